package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// answer taps a button of the question on top of the window; it fails the
// test when no question is showing.
func answer(t *testing.T, u *UI, label string) {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no question asked (wanted to answer %s)", label)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("the question has no %s button", label)
}

func noQuestion(t *testing.T, u *UI) {
	t.Helper()
	if u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("a question is showing")
	}
}

// typeNote puts unsaved typing in task 8's 备注.
func typeNote(t *testing.T, u *UI, note string) *taskForm {
	t.Helper()
	u.showTab(u.planTab)
	u.planV.table.OnRowSelected(7)
	f := u.planV.form
	if f.no != 8 {
		t.Fatalf("form shows %d", f.no)
	}
	test.Type(f.notes, note)
	return f
}

func rowOf(u *UI, no int) int {
	for row, i := range u.planV.shown {
		if u.planV.rows[i].task == no {
			return row
		}
	}
	return -1
}

// Picking another task with unsaved typing asks; 取消 keeps the edit and
// the task, 不保存 drops it, 保存 stores it.
func TestSwitchingTaskAsks(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	f := typeNote(t, u, "已催报")
	u.planV.table.OnRowSelected(rowOf(u, 9))
	answer(t, u, "取消")
	if f.no != 8 || f.notes.Text != "已催报" || u.planV.table.SelectedRow() != rowOf(u, 8) {
		t.Fatalf("cancel: form on %d with %q, row %d", f.no, f.notes.Text, u.planV.table.SelectedRow())
	}
	u.planV.table.OnRowSelected(rowOf(u, 9))
	answer(t, u, "不保存")
	if f.no != 9 || ws.Plan.Task(8).Notes != "" {
		t.Fatalf("discard: form on %d, stored %q", f.no, ws.Plan.Task(8).Notes)
	}
	u.planV.table.OnRowSelected(rowOf(u, 8))
	test.Type(f.notes, "电话催报")
	u.planV.table.OnRowSelected(rowOf(u, 9))
	answer(t, u, "保存")
	if f.no != 9 || ws.Plan.Task(8).Notes != "电话催报" {
		t.Fatalf("save: form on %d, stored %q", f.no, ws.Plan.Task(8).Notes)
	}
	// Nothing typed: no question.
	u.planV.table.OnRowSelected(rowOf(u, 10))
	noQuestion(t, u)
	if f.no != 10 {
		t.Fatalf("form on %d", f.no)
	}
}

func TestSwitchingTabAsks(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	f := typeNote(t, u, "待核实")
	u.tabs.Select(u.overTab)
	answer(t, u, "取消")
	if u.tabs.Selected() != u.planTab || f.notes.Text != "待核实" {
		t.Fatalf("cancel: tab %s, notes %q", u.tabs.Selected().Text, f.notes.Text)
	}
	u.tabs.Select(u.overTab)
	answer(t, u, "保存")
	if u.tabs.Selected() != u.overTab || ws.Plan.Task(8).Notes != "待核实" {
		t.Fatalf("save: tab %s, stored %q", u.tabs.Selected().Text, ws.Plan.Task(8).Notes)
	}
}

// The window's close button, 文件 → 退出 and Ctrl+Q all ask the same
// question before closing.
func TestClosingAsks(t *testing.T) {
	quitItem := func(u *UI) *fyne.MenuItem {
		for _, it := range u.win.MainMenu().Items[0].Items {
			if it.IsQuit {
				return it
			}
		}
		t.Fatal("no 退出 in 文件")
		return nil
	}
	paths := map[string]func(u *UI){
		"close button": func(u *UI) { u.requestClose() },
		"文件 → 退出":      func(u *UI) { quitItem(u).Action() },
		"Ctrl+Q": func(u *UI) {
			it := quitItem(u)
			s, ok := it.Shortcut.(*desktop.CustomShortcut)
			if !ok || s.KeyName != fyne.KeyQ || s.Modifier != fyne.KeyModifierShortcutDefault {
				t.Fatalf("退出 has shortcut %v", it.Shortcut)
			}
			it.Action()
		},
	}
	for name, closeIt := range paths {
		t.Run(name, func(t *testing.T) {
			u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
			defer ws.Close()
			closed := false
			u.win.SetOnClosed(func() { closed = true })
			typeNote(t, u, "未存的备注")
			closeIt(u)
			answer(t, u, "取消")
			if closed {
				t.Fatal("closed after 取消")
			}
			closeIt(u)
			answer(t, u, "保存")
			if !closed || ws.Plan.Task(8).Notes != "未存的备注" {
				t.Fatalf("closed %v, stored %q", closed, ws.Plan.Task(8).Notes)
			}
		})
	}
}

// A refused save (empty 具体要求) keeps the window open and the edit on
// screen.
func TestFailedSaveKeepsEdit(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	closed := false
	u.win.SetOnClosed(func() { closed = true })
	f := typeNote(t, u, "x")
	f.text.SetText("")
	u.requestClose()
	answer(t, u, "保存")
	if closed || f.no != 8 || f.notes.Text != "x" {
		t.Fatalf("closed %v, form %d %q", closed, f.no, f.notes.Text)
	}
}

// The unit editor asks the same way when another unit is picked, the tab
// is left or the window closed.
func TestUnitEditorAsks(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.unitsV
	u.showTab(u.unitsTab)
	v.pickRow(0)
	first := ws.Dir.Units[0].Name
	v.aliases.SetText(v.aliases.Text + "、测试别名")
	v.pickRow(1)
	answer(t, u, "取消")
	if v.sel != 0 || v.list.SelectedRow() != 0 {
		t.Fatalf("cancel: editor on %d, row %d", v.sel, v.list.SelectedRow())
	}
	u.tabs.Select(u.planTab)
	answer(t, u, "取消")
	if u.tabs.Selected() != u.unitsTab {
		t.Fatal("tab left after 取消")
	}
	closed := false
	u.win.SetOnClosed(func() { closed = true })
	u.requestClose()
	answer(t, u, "保存")
	if !closed {
		t.Fatal("not closed after 保存")
	}
	found := false
	for _, a := range ws.Dir.Unit(first).Aliases {
		found = found || a == "测试别名"
	}
	if !found {
		t.Fatalf("alias not stored: %v", ws.Dir.Unit(first).Aliases)
	}
}
