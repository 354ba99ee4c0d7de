package native

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// caretRect is a text cursor in window client pixels: its top-left corner
// and its height.
type caretRect struct {
	x, y, h int
}

// cursorWidget is a focused widget that can say where its text cursor is:
// widget.Entry (since Fyne 2.7), and every widget built on it
// (SelectEntry, password entries, the program's own extended entries).
type cursorWidget interface {
	fyne.CanvasObject
	CursorPosition() fyne.Position
}

// focusedCaret returns the caret of win's focused text field in client
// pixels, or false when no text field has focus. It must run on the UI
// goroutine: it reads widget state.
func focusedCaret(win fyne.Window) (caretRect, bool) {
	c := win.Canvas()
	w, ok := c.Focused().(cursorWidget)
	if !ok || !w.Visible() {
		return caretRect{}, false
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(w)
	cur := w.CursorPosition()
	size := w.Size()
	lineH := fyne.MeasureText("国", theme.Current().Size(theme.SizeNameText), fyne.TextStyle{}).Height
	// A multi-line entry scrolls inside itself and Fyne does not expose
	// the offset: keep the point within the field rather than below it.
	x := clampF(cur.X, 0, size.Width)
	y := clampF(cur.Y, 0, max(0, size.Height-lineH))
	scale := c.Scale()
	return caretRect{
		x: int(math.Round(float64((pos.X + x) * scale))),
		y: int(math.Round(float64((pos.Y + y) * scale))),
		h: int(math.Ceil(float64(lineH * scale))),
	}, true
}

func clampF(v, lo, hi float32) float32 {
	return min(max(v, lo), hi)
}
