package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestTipShowsAfterRestingAndHidesOnLeaving(t *testing.T) {
	test.NewTempApp(t)
	// The wait is run by hand: rest fires the last wait started.
	var pending func()
	old := afterDelay
	afterDelay = func(f func()) func() bool {
		pending = f
		return func() bool { pending = nil; return true }
	}
	t.Cleanup(func() { afterDelay = old })
	rest := func() {
		if pending != nil {
			pending()
		}
	}
	tapped := 0
	b := NewTipButton(theme.HelpIcon(), "使用说明", func() { tapped++ })
	w := test.NewWindow(container.NewVBox(b))
	defer w.Close()
	w.Resize(fyne.NewSize(300, 200))

	b.MouseIn(&desktop.MouseEvent{})
	if b.TipShown() != "" {
		t.Fatal("the tip showed before the pointer rested")
	}
	rest()
	if b.TipShown() != "使用说明" {
		t.Fatal("the tip did not show once the pointer rested")
	}
	b.MouseOut()
	if b.TipShown() != "" {
		t.Fatal("the tip stayed after the pointer left")
	}
	// Leaving before the wait is over: no tip later, even if the wait
	// had already fired.
	b.MouseIn(&desktop.MouseEvent{})
	late := pending
	b.MouseOut()
	late()
	if b.TipShown() != "" {
		t.Fatal("a tip showed after the pointer had left")
	}
	test.Tap(b)
	if tapped != 1 {
		t.Fatalf("tapped %d times", tapped)
	}
}

// A click while the tip shows reaches the button: the tip lies over the
// whole window, and must not swallow it. Off the button it only hides.
func TestClickThroughTheTip(t *testing.T) {
	test.NewTempApp(t)
	tapped := 0
	b := NewTipButton(theme.HelpIcon(), "使用说明", func() { tapped++ })
	w := test.NewWindow(container.NewVBox(b))
	defer w.Close()
	w.Resize(fyne.NewSize(300, 200))
	b.ShowTip()
	top, ok := w.Canvas().Overlays().Top().(fyne.Tappable)
	if !ok || b.TipShown() == "" {
		t.Fatal("no tip over the window")
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(3, 3))
	top.Tapped(&fyne.PointEvent{AbsolutePosition: at})
	if tapped != 1 || b.TipShown() != "" || w.Canvas().Overlays().Top() != nil {
		t.Fatalf("tapped %d, tip %q", tapped, b.TipShown())
	}
	b.ShowTip()
	w.Canvas().Overlays().Top().(fyne.Tappable).Tapped(&fyne.PointEvent{AbsolutePosition: fyne.NewPos(250, 180)})
	if tapped != 1 || b.TipShown() != "" {
		t.Fatalf("a tap beside the button: tapped %d, tip %q", tapped, b.TipShown())
	}
	b.ShowTip()
	w.Canvas().Overlays().Top().(desktop.Hoverable).MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{AbsolutePosition: fyne.NewPos(250, 180)}})
	if b.TipShown() != "" {
		t.Fatal("the tip stayed after the pointer left the button")
	}
}
