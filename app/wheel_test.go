package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// Nothing on the 总览 but the page itself takes the wheel: anything else
// that does (a sideways scroll, a text box) swallows it where it sits.
func TestOnlyThePageTakesTheWheel(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	scroll := u.overV.content.(*container.Scroll)
	for _, o := range test.LaidOutObjects(scroll.Content) {
		if _, ok := o.(fyne.Scrollable); ok && o != scroll {
			t.Errorf("%T on the 总览 takes the wheel", o)
		}
	}
}
