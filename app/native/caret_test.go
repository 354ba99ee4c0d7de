package native

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestFocusedCaretFollowsTheCursor(t *testing.T) {
	a := test.NewTempApp(t)
	label := widget.NewLabel("单位")
	entry := widget.NewEntry()
	w := a.NewWindow("台账")
	defer w.Close()
	w.SetContent(container.NewVBox(label, entry))
	w.Resize(fyne.NewSize(400, 300))

	if _, ok := focusedCaret(w); ok {
		t.Fatal("a caret without a focused field")
	}
	w.Canvas().Focus(entry)
	start, ok := focusedCaret(w)
	if !ok {
		t.Fatal("no caret in the focused entry")
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(entry)
	scale := w.Canvas().Scale()
	if start.y < int(abs.Y*scale) || start.x < int(abs.X*scale) {
		t.Errorf("caret %+v above or left of the entry at %v", start, abs)
	}
	if start.h <= 0 {
		t.Errorf("caret height %d", start.h)
	}

	test.Type(entry, "县府办")
	typed, _ := focusedCaret(w)
	if typed.x <= start.x || typed.y != start.y {
		t.Errorf("after typing the caret went from %+v to %+v, want it to the right", start, typed)
	}

	w.Canvas().Unfocus()
	if _, ok := focusedCaret(w); ok {
		t.Error("a caret after the field lost focus")
	}
}
