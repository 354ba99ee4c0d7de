package app

import (
	"path/filepath"
	"testing"
)

// At 1366×700 the units' returns under a task take all the height the
// form leaves: they begin just under 备注 and end at the foot of the
// pane, so a task shows many more rows than the five a fixed divider gave.
func TestUnitListUsesTheHeightLeft(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showTab(u.planTab)
	f := u.planV.form
	_, paneBottom := rectOf(f.content)
	least := 1000
	for _, task := range ws.Plan.Tasks {
		f.show(task.No)
		u.win.Canvas().Content().Refresh()
		_, notesBottom := rectOf(f.notes)
		listTop, listBottom := rectOf(f.returns)
		if gap := listTop.Y - notesBottom.Y; gap > 24 {
			t.Errorf("task %d: %v of empty space between 备注 and the units' list", task.No, gap)
		}
		if listBottom.Y < paneBottom.Y-1 {
			t.Errorf("task %d: the list ends at %v, the pane at %v", task.No, listBottom.Y, paneBottom.Y)
		}
		if n := f.returns.VisibleRows(); n < least {
			least = n
		}
	}
	t.Logf("fewest rows shown: %d", least)
	if least < 6 {
		t.Errorf("a task shows only %d units' rows", least)
	}
}
