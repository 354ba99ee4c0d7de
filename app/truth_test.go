package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
)

// menuItem finds the main menu's item with that label.
func menuItem(t *testing.T, u *UI, label string) *fyne.MenuItem {
	t.Helper()
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %s", label)
	return nil
}

// Ctrl+F works from every tab: it opens 台账 with the search box taking
// the keys.
func TestFindFromEveryTab(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	find := menuItem(t, u, "查找任务")
	if find.Shortcut == nil {
		t.Fatal("查找任务 has no key")
	}
	for _, tab := range u.tabs.Items {
		u.showTab(tab)
		u.win.Canvas().Unfocus()
		find.Action()
		if u.tabs.Selected() != u.planTab || u.win.Canvas().Focused() != u.planV.search {
			t.Errorf("from %s: tab %s, focus %v", tab.Text, u.tabs.Selected().Text, u.win.Canvas().Focused())
		}
	}
}
