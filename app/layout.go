package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// split makes a divided pane whose divider the window remembers under key.
func (u *UI) split(key string, horizontal bool, def float64, a, b fyne.CanvasObject) *container.Split {
	var s *container.Split
	if horizontal {
		s = container.NewHSplit(a, b)
	} else {
		s = container.NewVSplit(a, b)
	}
	s.Offset = u.prefs.SplitOffset(key, def)
	u.splits[key] = s
	return s
}

// saveLayout stores the window's size and every divider, for next start,
// in one write.
func (u *UI) saveLayout() {
	offsets := make(map[string]float64, len(u.splits))
	for key, s := range u.splits {
		offsets[key] = s.Offset
	}
	u.prefs.SaveLayout(u.win, offsets)
}
