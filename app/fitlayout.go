package app

import "fyne.io/fyne/v2"

// fitFirst lays out two objects one above the other: the first as tall as
// need says it must be at the width it has, the second with all the height
// left. The first never takes so much that less than minRest is left for
// the second (it scrolls instead), so a task with long texts still shows
// some of its units' returns.
type fitFirst struct {
	need    func(width float32) float32
	minRest float32
}

func (l *fitFirst) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) < 2 {
		return
	}
	h := l.need(size.Width)
	if limit := size.Height - l.minRest; h > limit {
		h = limit
	}
	if h < 0 {
		h = 0
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, h))
	objs[1].Move(fyne.NewPos(0, h))
	objs[1].Resize(fyne.NewSize(size.Width, size.Height-h))
}

func (l *fitFirst) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) < 2 {
		return fyne.Size{}
	}
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(fyne.Max(a.Width, b.Width), a.Height+fyne.Max(b.Height, l.minRest))
}
