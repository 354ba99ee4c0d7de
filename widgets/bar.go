package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Segment is one coloured part of a bar.
type Segment struct {
	Value float64
	Fill  color.Color
}

// Bar is a horizontal bar of coloured segments drawn with canvas
// rectangles, each as long as its share of Scale (or of the segments' sum
// when Scale is 0). A tap reports the segment under the pointer.
type Bar struct {
	widget.BaseWidget
	Segments []Segment
	Scale    float64
	// OnTapped is called with the index of the segment tapped, or -1 for
	// the empty rest of the bar.
	OnTapped func(segment int)
}

// NewBar makes a bar.
func NewBar(segments []Segment, scale float64, onTapped func(int)) *Bar {
	b := &Bar{Segments: segments, Scale: scale, OnTapped: onTapped}
	b.ExtendBaseWidget(b)
	return b
}

// total is what a full bar stands for.
func (b *Bar) total() float64 {
	if b.Scale > 0 {
		return b.Scale
	}
	sum := 0.0
	for _, s := range b.Segments {
		sum += s.Value
	}
	return sum
}

// SegmentAt is the segment at x pixels from the bar's start, or -1.
func (b *Bar) SegmentAt(x float32) int {
	total := b.total()
	if total <= 0 {
		return -1
	}
	w := float64(b.Size().Width)
	at := 0.0
	for i, s := range b.Segments {
		at += s.Value / total * w
		if float64(x) < at {
			return i
		}
	}
	return -1
}

// Tapped reports the segment under the pointer.
func (b *Bar) Tapped(e *fyne.PointEvent) {
	if b.OnTapped != nil {
		b.OnTapped(b.SegmentAt(e.Position.X))
	}
}

// Cursor shows a hand, since a bar is a way into the table.
func (b *Bar) Cursor() desktop.Cursor {
	if b.OnTapped == nil {
		return desktop.DefaultCursor
	}
	return desktop.PointerCursor
}

// CreateRenderer draws the track and the segments.
func (b *Bar) CreateRenderer() fyne.WidgetRenderer {
	r := &barRenderer{b: b, track: canvas.NewRectangle(color.NRGBA{0x80, 0x80, 0x80, 0x22})}
	r.Refresh()
	return r
}

type barRenderer struct {
	b     *Bar
	track *canvas.Rectangle
	rects []*canvas.Rectangle
}

func (r *barRenderer) Layout(size fyne.Size) {
	r.track.Resize(size)
	total := r.b.total()
	x := float32(0)
	for i, rect := range r.rects {
		w := float32(0)
		if total > 0 && i < len(r.b.Segments) {
			w = float32(r.b.Segments[i].Value / total * float64(size.Width))
		}
		rect.Move(fyne.NewPos(x, 0))
		rect.Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

// barHeight is how tall a bar stands.
const barHeight = 18

func (r *barRenderer) MinSize() fyne.Size { return fyne.NewSize(40, barHeight) }

func (r *barRenderer) Refresh() {
	for len(r.rects) < len(r.b.Segments) {
		r.rects = append(r.rects, canvas.NewRectangle(color.Transparent))
	}
	r.rects = r.rects[:len(r.b.Segments)]
	for i, s := range r.b.Segments {
		r.rects[i].FillColor = s.Fill
		r.rects[i].Refresh()
	}
	r.Layout(r.b.Size())
	r.track.Refresh()
}

func (r *barRenderer) Objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{r.track}
	for _, rect := range r.rects {
		out = append(out, rect)
	}
	return out
}

func (r *barRenderer) Destroy() {}
