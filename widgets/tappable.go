package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Tappable makes any content clickable, with a hand cursor: a figure that
// leads somewhere.
type Tappable struct {
	widget.BaseWidget
	content fyne.CanvasObject
	// OnTapped is called when the content is clicked.
	OnTapped func()
}

// NewTappable wraps content.
func NewTappable(content fyne.CanvasObject, onTapped func()) *Tappable {
	t := &Tappable{content: content, OnTapped: onTapped}
	t.ExtendBaseWidget(t)
	return t
}

// Tapped calls OnTapped.
func (t *Tappable) Tapped(*fyne.PointEvent) {
	if t.OnTapped != nil {
		t.OnTapped()
	}
}

// Cursor is a hand.
func (t *Tappable) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer shows the content.
func (t *Tappable) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.content)
}
