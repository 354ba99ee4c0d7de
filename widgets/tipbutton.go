package widgets

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tipDelay is how long the pointer rests on a button before its tip shows,
// so passing over a row of buttons does not flash tips.
const tipDelay = 500 * time.Millisecond

// afterDelay runs f once the pointer has rested, and returns what stops
// it; tests replace it to rest without waiting.
var afterDelay = func(f func()) (stop func() bool) { return time.AfterFunc(tipDelay, f).Stop }

// TipButton is an icon-only button that says what it does when the pointer
// rests on it (Fyne 2.7 has no tooltips of its own). Tip is also the
// button's accessible name for tests and screen readers.
type TipButton struct {
	widget.Button
	Tip string

	popup *tipLayer
	stop  func() bool // the wait before the tip, while it runs
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
	if b.stop != nil {
		b.stop()
	}
	b.stop = afterDelay(func() {
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
	if b.stop != nil {
		b.stop()
	}
	b.HideTip()
}

// Tapped hides the tip before doing the button's work.
func (b *TipButton) Tapped(e *fyne.PointEvent) {
	b.hovering++
	b.HideTip()
	b.Button.Tapped(e)
}

// ShowTip shows the tip just below the button (above when there is no
// room), kept inside the window.
func (b *TipButton) ShowTip() {
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil || b.Tip == "" {
		return
	}
	b.HideTip()
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	bg.StrokeWidth = 1
	box := container.NewStack(bg, widget.NewLabel(b.Tip))
	size := box.MinSize()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
	at := pos.Add(fyne.NewPos(0, b.Size().Height+2))
	if over := at.X + size.Width - c.Size().Width; over > 0 {
		at.X -= over
	}
	if at.Y+size.Height > c.Size().Height {
		at.Y = pos.Y - size.Height - 2
	}
	box.Resize(size)
	box.Move(at)
	l := &tipLayer{button: b, canvas: c, at: pos, box: box}
	l.ExtendBaseWidget(l)
	l.Resize(c.Size())
	c.Overlays().Add(l)
	b.popup = l
}

// HideTip hides the tip if it shows.
func (b *TipButton) HideTip() {
	if b.popup != nil {
		b.popup.canvas.Overlays().Remove(b.popup)
		b.popup = nil
	}
}

// tipLayer holds a tip over the whole window. Fyne sends every pointer
// event to the top overlay alone, so the layer passes a tap on the
// button through to it and hides once the pointer leaves the button:
// a tip never costs the clerk a click.
type tipLayer struct {
	widget.BaseWidget
	button *TipButton
	canvas fyne.Canvas
	at     fyne.Position // the button's place in the window
	box    *fyne.Container
}

func (l *tipLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout(l.box))
}

// onButton is whether a window position lies on the button.
func (l *tipLayer) onButton(p fyne.Position) bool {
	s := l.button.Size()
	return p.X >= l.at.X && p.Y >= l.at.Y && p.X < l.at.X+s.Width && p.Y < l.at.Y+s.Height
}

// Tapped hides the tip and, on the button, taps it.
func (l *tipLayer) Tapped(e *fyne.PointEvent) {
	l.button.HideTip()
	if l.onButton(e.AbsolutePosition) {
		l.button.Tapped(e)
	}
}

// MouseIn, MouseMoved and MouseOut hide the tip once the pointer is off
// the button.
func (l *tipLayer) MouseIn(e *desktop.MouseEvent) { l.MouseMoved(e) }

func (l *tipLayer) MouseMoved(e *desktop.MouseEvent) {
	if !l.onButton(e.AbsolutePosition) {
		l.button.MouseOut()
	}
}

func (l *tipLayer) MouseOut() { l.button.MouseOut() }

// TipShown is the tip showing now, or "".
func (b *TipButton) TipShown() string {
	if b.popup == nil {
		return ""
	}
	return b.Tip
}
