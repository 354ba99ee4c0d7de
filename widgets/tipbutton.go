package widgets

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// tipDelay is how long the pointer rests on a button before its tip shows,
// so passing over a row of buttons does not flash tips.
var tipDelay = 500 * time.Millisecond

// TipButton is an icon-only button that says what it does when the pointer
// rests on it (Fyne 2.7 has no tooltips of its own). Tip is also the
// button's accessible name for tests and screen readers.
type TipButton struct {
	widget.Button
	Tip string

	popup *widget.PopUp
	timer *time.Timer
	// hovering counts hovers, so a timer from a hover already left does
	// nothing.
	hovering int
}

// NewTipButton makes an icon-only button with its tip.
func NewTipButton(icon fyne.Resource, tip string, tapped func()) *TipButton {
	b := &TipButton{Tip: tip}
	b.Icon = icon
	b.OnTapped = tapped
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn starts the wait before the tip shows.
func (b *TipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.hovering++
	n := b.hovering
	if b.timer != nil {
		b.timer.Stop()
	}
	b.timer = time.AfterFunc(tipDelay, func() {
		fyne.Do(func() {
			if b.hovering == n {
				b.ShowTip()
			}
		})
	})
}

// MouseOut hides the tip.
func (b *TipButton) MouseOut() {
	b.Button.MouseOut()
	b.hovering++
	if b.timer != nil {
		b.timer.Stop()
	}
	b.HideTip()
}

// Tapped hides the tip before doing the button's work.
func (b *TipButton) Tapped(e *fyne.PointEvent) {
	b.hovering++
	b.HideTip()
	b.Button.Tapped(e)
}

// ShowTip shows the tip just below the button, kept inside the window.
func (b *TipButton) ShowTip() {
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil || b.Tip == "" {
		return
	}
	b.HideTip()
	l := widget.NewLabel(b.Tip)
	p := widget.NewPopUp(l, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
	size := p.MinSize()
	at := pos.Add(fyne.NewPos(0, b.Size().Height+2))
	if over := at.X + size.Width - c.Size().Width; over > 0 {
		at.X -= over
	}
	if at.Y+size.Height > c.Size().Height { // no room below: above instead
		at.Y = pos.Y - size.Height - 2
	}
	p.ShowAtPosition(at)
	b.popup = p
}

// HideTip hides the tip if it shows.
func (b *TipButton) HideTip() {
	if b.popup != nil {
		b.popup.Hide()
		b.popup = nil
	}
}

// TipShown is the tip showing now, or "".
func (b *TipButton) TipShown() string {
	if b.popup == nil || !b.popup.Visible() {
		return ""
	}
	return b.Tip
}
