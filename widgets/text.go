package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Text is text that wraps to its width by the Chinese line-breaking rules
// (see BreakLines), with a label's padding so it lines up with labels.
//
// It also lets the mouse wheel through: a wrapped Fyne label holds a
// scroller of its own that takes the wheel and does nothing with it, so a
// page of labels inside a scroll would not scroll under the pointer.
type Text struct {
	widget.BaseWidget
	Text      string
	TextStyle fyne.TextStyle
	// Color, when set, is the text's colour instead of the theme's.
	Color color.Color
	// SizeScale, when above 0, scales the theme's text size (2 for a big
	// figure).
	SizeScale float32
}

// NewText makes a wrapping text.
func NewText(text string) *Text {
	t := &Text{Text: text}
	t.ExtendBaseWidget(t)
	return t
}

// NewBoldText makes a wrapping text in bold, for a heading.
func NewBoldText(text string) *Text {
	t := NewText(text)
	t.TextStyle.Bold = true
	return t
}

// SetText changes the text and redraws it.
func (t *Text) SetText(text string) {
	if t.Text == text {
		return
	}
	t.Text = text
	t.Refresh()
}

func (t *Text) textSize() float32 {
	if t.SizeScale > 0 {
		return theme.TextSize() * t.SizeScale
	}
	return theme.TextSize()
}

// Lines are the lines the text is broken into at width (the text's own,
// padding included).
func (t *Text) Lines(width float32) []string {
	size, style := t.textSize(), t.TextStyle
	inner := width - 2*theme.InnerPadding()
	if width <= 0 {
		inner = 1 << 20 // not laid out yet: one line a paragraph
	}
	return BreakLines(t.Text, inner, func(s string) float32 { return fyne.MeasureText(s, size, style).Width })
}

// CreateRenderer draws the lines.
func (t *Text) CreateRenderer() fyne.WidgetRenderer {
	r := &textRenderer{t: t}
	r.Refresh()
	return r
}

type textRenderer struct {
	t     *Text
	lines []*canvas.Text
	width float32 // the width the lines were broken at
}

func (r *textRenderer) lineHeight() float32 {
	return fyne.MeasureText("国", r.t.textSize(), r.t.TextStyle).Height
}

// MinSize is as tall as the lines at the present width, and as wide as
// its widest unbreakable piece would need: like a wrapped label, it gives
// way to the width its container has.
func (r *textRenderer) MinSize() fyne.Size {
	pad := theme.InnerPadding()
	n := len(r.t.Lines(r.t.Size().Width))
	if n == 0 {
		n = 1
	}
	return fyne.NewSize(r.lineHeight()*2+2*pad, float32(n)*r.lineHeight()+2*pad)
}

func (r *textRenderer) Layout(size fyne.Size) {
	if size.Width != r.width {
		r.build(size.Width)
	}
	pad, h := theme.InnerPadding(), r.lineHeight()
	for i, l := range r.lines {
		l.Move(fyne.NewPos(pad, pad+float32(i)*h))
		l.Resize(fyne.NewSize(size.Width-2*pad, h))
	}
}

// build makes one canvas text a line at width.
func (r *textRenderer) build(width float32) {
	r.width = width
	texts := r.t.Lines(width)
	for len(r.lines) < len(texts) {
		r.lines = append(r.lines, canvas.NewText("", nil))
	}
	r.lines = r.lines[:len(texts)]
	c := r.t.Color
	if c == nil {
		c = theme.Color(theme.ColorNameForeground)
	}
	for i, s := range texts {
		l := r.lines[i]
		l.Text, l.Color, l.TextStyle, l.TextSize = s, c, r.t.TextStyle, r.t.textSize()
	}
}

func (r *textRenderer) Refresh() {
	r.build(r.t.Size().Width)
	r.Layout(r.t.Size())
	for _, l := range r.lines {
		l.Refresh()
	}
}

func (r *textRenderer) Objects() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(r.lines))
	for i, l := range r.lines {
		out[i] = l
	}
	return out
}

func (r *textRenderer) Destroy() {}
