package widgets

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cellPadding is the room around a table cell's text: tighter than a
// label's, so a table shows more rows on a 768-pixel screen without
// smaller text.
const cellPadding = 4

// Line is one line of text that ends in "…" when it does not fit, with a
// small padding around it: a table cell's text.
//
// It replaces a Label inside a theme override: Fyne gives every override,
// and every refresh of one, a new font scope, and caches the parsed fonts
// per scope for the life of the program, so a table of overridden labels
// parsed the fonts again on every redraw and never let go of them.
type Line struct {
	widget.BaseWidget
	Text      string
	TextStyle fyne.TextStyle
}

// NewLine makes a line of text.
func NewLine(text string) *Line {
	l := &Line{Text: text}
	l.ExtendBaseWidget(l)
	return l
}

// SetText changes the text and redraws it.
func (l *Line) SetText(text string) {
	if l.Text == text {
		return
	}
	l.Text = text
	l.Refresh()
}

// CreateRenderer draws the text.
func (l *Line) CreateRenderer() fyne.WidgetRenderer {
	r := &lineRenderer{l: l, text: canvas.NewText("", theme.Color(theme.ColorNameForeground))}
	r.Refresh()
	return r
}

type lineRenderer struct {
	l    *Line
	text *canvas.Text
}

func (r *lineRenderer) Layout(size fyne.Size) {
	style, ts := r.l.TextStyle, theme.TextSize()
	r.text.Text = Ellipsize(r.l.Text, size.Width-2*cellPadding, ts, style)
	h := fyne.MeasureText(r.text.Text+"国", ts, style).Height
	r.text.Move(fyne.NewPos(cellPadding, (size.Height-h)/2))
	r.text.Resize(fyne.NewSize(size.Width-2*cellPadding, h))
}

// MinSize is one line's height and room for the "…" alone, as a truncated
// label asks.
func (r *lineRenderer) MinSize() fyne.Size {
	s := fyne.MeasureText("…国", theme.TextSize(), r.l.TextStyle)
	return fyne.NewSize(fyne.MeasureText("…", theme.TextSize(), r.l.TextStyle).Width+2*cellPadding, s.Height+2*cellPadding)
}

func (r *lineRenderer) Refresh() {
	r.text.TextSize = theme.TextSize()
	r.text.TextStyle = r.l.TextStyle
	r.text.Color = theme.Color(theme.ColorNameForeground)
	r.Layout(r.l.Size())
	r.text.Refresh()
}

func (r *lineRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.text} }

func (r *lineRenderer) Destroy() {}

// TextWidth is the width text needs on one line with a table cell's
// padding around it.
func TextWidth(text string, style fyne.TextStyle) float32 {
	return fyne.MeasureText(text, theme.TextSize(), style).Width + 2*cellPadding
}

// Ellipsize cuts text to fit width, ending it in "…", or returns it whole
// when it fits.
func Ellipsize(text string, width, size float32, style fyne.TextStyle) string {
	if text == "" || fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	// The longest prefix that fits with the "…": a binary search over rune
	// counts keeps the measuring to a few calls per cell.
	runes := []rune(text)
	lo, hi := 0, len(runes)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 && utf8.RuneCountInString(text) > 0 {
		return "…"
	}
	return string(runes[:lo]) + "…"
}
