package app

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"taizhang/app/native"
	"taizhang/app/plan"
	"taizhang/app/settings"
	"taizhang/app/workspace"
	"taizhang/internal/fixture"
	"taizhang/widgets"
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

// openOn opens a window of app a on the database db, as a restart does
// when a is the same app (its preferences kept).
func openOn(t *testing.T, a fyne.App, db string) (*UI, *workspace.Workspace) {
	t.Helper()
	ws, err := workspace.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	w := a.NewWindow(AppTitle)
	w.Resize(fyne.NewSize(1366, 700))
	u := NewUI(a, w, ws)
	t.Cleanup(func() {
		for _, open := range a.Driver().AllWindows() {
			if open == w {
				w.Close()
			}
		}
		ws.Close()
	})
	return u, ws
}

// Filters by status show exactly the tasks whose 状态 reads that status,
// and the 总览's 任务全部完成 figure opens as many tasks as it counts.
func TestStatusFilterMatchesTheColumn(t *testing.T) {
	fixDay(t, "2019-01-10")
	u, ws := openUI(t, fixturesDue(t))
	defer ws.Close()
	v := u.planV
	for _, status := range plan.StatusOrder {
		u.navigate(route{tab: tabLedger, status: status})
		for row := range v.shown {
			if got := v.cell(row, 5); got != status {
				t.Errorf("filter %s shows task %s whose 状态 reads %s", status, v.cell(row, 0), got)
			}
		}
		want := 0
		for _, r := range v.rows {
			if r.state.Headline == status {
				want++
			}
		}
		if len(v.shown) != want {
			t.Errorf("filter %s shows %d tasks, the column has %d", status, len(v.shown), want)
		}
	}
	u.navigate(route{tab: tabLedger, status: plan.StatusDone})
	if d := u.m.overview; len(v.shown) != d.TasksDone {
		t.Errorf("已完成 shows %d tasks, the 总览 counts %d finished", len(v.shown), d.TasksDone)
	}
}

// firstRowUnderHeader is the row a click just under the table's header
// selects, -1 for none.
func firstRowUnderHeader(v *planView) int {
	got := -1
	old := v.table.OnRowSelected
	v.table.OnRowSelected = func(r int) { got = r }
	defer func() { v.table.OnRowSelected = old }()
	v.table.Table.Tapped(&fyne.PointEvent{Position: fyne.NewPos(20, v.table.CreateHeader().MinSize().Height+6)})
	return got
}

// After the table was scrolled, a search or filter shows its first match
// at the top; no match says so over the empty table.
func TestFilterShowsItsFirstMatch(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showTab(u.planTab)
	v := u.planV
	// Matches more than a screenful: the table could stay scrolled and
	// still show rows, just not the first ones.
	v.table.ScrollToRow(45)
	test.Type(v.search, "公开")
	if len(v.shown) <= v.table.VisibleRows() || firstRowUnderHeader(v) != 0 {
		t.Fatalf("search after scrolling: %d shown, first row under the header %d", len(v.shown), firstRowUnderHeader(v))
	}
	// A write elsewhere redraws the table where the clerk left it.
	v.search.SetText("")
	v.table.ScrollToRow(20)
	u.changed(workspace.Change{Kind: workspace.LedgerChanged})
	if got := firstRowUnderHeader(v); got != 20 {
		t.Fatalf("after a redraw the first row under the header is %d, not 20", got)
	}
	v.table.ScrollToRow(45)
	v.status.SetSelected(v.status.Options[len(v.status.Options)-2]) // 未报送: every task
	if len(v.shown) <= v.table.VisibleRows() || firstRowUnderHeader(v) != 0 {
		t.Fatalf("status filter after scrolling: %d shown, first row under the header %d", len(v.shown), firstRowUnderHeader(v))
	}
	if v.empty.Visible() {
		t.Error("matches shown under 没有符合条件的任务")
	}
	test.Type(v.search, "没有这样的词")
	if len(v.shown) != 0 || !v.empty.Visible() || v.empty.Text != "没有符合条件的任务" {
		t.Errorf("no match: %d shown, empty note shown %v", len(v.shown), v.empty.Visible())
	}
}

// The form leaves a task the filter hides, unless the clerk is typing in
// it (that edit is never dropped).
func TestHiddenTaskLeavesTheForm(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showTab(u.planTab)
	v := u.planV
	v.table.OnRowSelected(rowOf(u, 8))
	if v.form.no != 8 {
		t.Fatalf("form shows %d", v.form.no)
	}
	v.search.SetText("12")
	if v.form.no != 0 || v.form.fields.Visible() {
		t.Fatalf("task 8 hidden by the search, the form still shows %d", v.form.no)
	}
	v.search.SetText("")
	v.table.OnRowSelected(rowOf(u, 8))
	test.Type(v.form.notes, "已催报")
	v.search.SetText("12")
	if v.form.no != 8 || v.form.unsaved() == "" {
		t.Fatalf("an unsaved edit was dropped by a filter: form shows %d", v.form.no)
	}
}

// Undoing the import just applied marks its rows in the 导入 list, and
// that batch cannot be applied again from the old preview.
func TestUndoRedrawsTheImportList(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.importV
	previewed, applied := watch(v)
	v.read([]string{fixture.Path(t, "fixtures/returns/县民政局.xlsx"), fixture.Path(t, "fixtures/bad/word-document.xlsx")})
	wait(t, previewed, "preview")
	test.Tap(v.apply)
	wait(t, applied, "apply")
	u.undoImportNow()
	for row, r := range v.results {
		got := v.cell(row, 8)
		if r.Err == nil && got != "已撤销导入" || r.Err != nil && !strings.HasPrefix(got, "拒收") {
			t.Errorf("after undo row %d reads %q", row, got)
		}
	}
	if !v.apply.Disabled() || !strings.Contains(v.hint.Text, "已撤销") {
		t.Errorf("after undo: apply enabled %v, hint %q", !v.apply.Disabled(), v.hint.Text)
	}
}

// After a restart past the due date the window opens on the period last
// shown, with its late units, not on the next, empty one; the preview and
// the status bar name the period files go into and say it is past due.
func TestWindowOpensOnThePeriodLastShown(t *testing.T) {
	db := cycleDB(t, func(ws *workspace.Workspace) {
		if err := ws.AddPeriod("2018年上半年", "2018-07-15"); err != nil {
			t.Fatal(err)
		}
		if err := ws.SetPeriodDue("2018年度", "2018-12-31"); err != nil {
			t.Fatal(err)
		}
		importInto(t, ws, "2018年上半年", fixture.Path(t, "fixtures/returns/县民政局.xlsx"))
	})
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	fixDay(t, "2018-07-10")
	u, ws := openOn(t, a, db)
	if u.period != "2018年上半年" {
		t.Fatalf("before the due date the window opens on %s", u.period)
	}
	u.win.Close()
	ws.Close()

	fixDay(t, "2018-07-20")
	u, _ = openOn(t, a, db)
	if u.period != "2018年上半年" || len(u.m.overview.Behind) == 0 {
		t.Fatalf("after the due date the window opens on %s with %d units behind", u.period, len(u.m.overview.Behind))
	}
	if !strings.HasPrefix(u.status.Text, "导入到“2018年上半年”（截止 2018-07-15，已逾期 5 天") {
		t.Errorf("status %q", u.status.Text)
	}
	v := u.importV
	previewed, _ := watch(v)
	v.read([]string{fixture.Path(t, "fixtures/returns/县财政局-落实情况.xlsx")})
	wait(t, previewed, "preview")
	if !strings.Contains(v.hint.Text, "导入到报送期“2018年上半年”（已过截止日期 2018-07-15 5 天，仍可导入）") {
		t.Errorf("preview says %q", v.hint.Text)
	}
}

// countingPrefs counts the writes that reach the preferences file.
type countingPrefs struct {
	fyne.Preferences
	writes int
}

func (c *countingPrefs) SetBool(k string, v bool)     { c.writes++; c.Preferences.SetBool(k, v) }
func (c *countingPrefs) SetFloat(k string, v float64) { c.writes++; c.Preferences.SetFloat(k, v) }
func (c *countingPrefs) SetString(k string, v string) { c.writes++; c.Preferences.SetString(k, v) }
func (c *countingPrefs) SetInt(k string, v int)       { c.writes++; c.Preferences.SetInt(k, v) }

// Closing stores the window's size and every divider in one write (each
// write makes Fyne rewrite the file and reload it, and a run of them lost
// the height and the dividers), and the next start gets them back.
func TestLayoutRemembered(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	u, ws := openOn(t, a, db)
	u.win.Resize(fyne.NewSize(1200, 640))
	for key, s := range u.splits {
		s.SetOffset(0.3 + float64(len(key)%5)/20)
	}
	want := map[string]float64{}
	for key, s := range u.splits {
		want[key] = s.Offset
	}
	counted := &countingPrefs{Preferences: a.Preferences()}
	u.prefs = settings.NewPrefs(counted)
	u.saveLayout()
	if counted.writes != 1 {
		t.Errorf("closing wrote the preferences %d times", counted.writes)
	}
	u.win.Close()
	ws.Close()

	w := a.NewWindow(AppTitle)
	defer w.Close()
	if settings.NewPrefs(a.Preferences()).RestoreWindow(w); w.Canvas().Size() != fyne.NewSize(1200, 640) {
		t.Errorf("restored size %v", w.Canvas().Size())
	}
	u2, _ := openOn(t, a, db)
	for key, s := range u2.splits {
		if s.Offset != want[key] {
			t.Errorf("divider %s at %v, left at %v", key, s.Offset, want[key])
		}
	}
}

// 打印 says where the PDF went in the system's terms (a viewer to print
// from outside Windows), naming the file; a desktop with no program for
// it gets a sentence with the file's place, not a silence.
func TestPrintSaysWhatHappened(t *testing.T) {
	files := opened(t)
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.exportV
	done := make(chan struct{}, 2)
	v.afterRun = func() { done <- struct{}{} }
	settle := func() { wait(t, done, "打印") }
	v.print()
	pdf := got(t, files, "the summary PDF")
	settle()
	want := "请在打开的 PDF 中按 Ctrl+P 打印"
	if native.PrintOpensViewer {
		want = "请在阅读器中打印"
	}
	if !strings.Contains(u.status.Text, want) || !strings.Contains(u.status.Text, pdf) {
		t.Errorf("after 打印 the status says %q", u.status.Text)
	}
	printFile = func(string) error { return errors.New("no viewer") }
	v.print()
	settle()
	if u.win.Canvas().Overlays().Top() == nil || !strings.Contains(v.hint.Text, "失败") {
		t.Fatalf("a failed print: hint %q, no dialog", v.hint.Text)
	}
	// The dialog says where the PDF is and how to print it by hand.
	if msg := strings.Join(labelsIn(u.win.Canvas().Overlays().Top()), ""); !strings.Contains(msg, "Ctrl+P") || !strings.Contains(msg, "已保存在《") {
		t.Errorf("a failed print says %q", msg)
	}
}

// rectOf is o's place in the window.
func rectOf(o fyne.CanvasObject) (fyne.Position, fyne.Position) {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	return p, p.Add(o.Size())
}

// At 1366×700 every task's form shows 备注 whole without scrolling, clear
// of the buttons, also for a task with a long 牵头落实单位 (21).
func TestNotesReachableForEveryTask(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showTab(u.planTab)
	f := u.planV.form
	for _, task := range ws.Plan.Tasks {
		f.show(task.No)
		u.win.Canvas().Content().Refresh()
		scroll, sc := f.notes, f.scroll
		sc.ScrollToTop()
		top, bottom := rectOf(scroll)
		_, viewBottom := rectOf(sc)
		bTop, bBottom := rectOf(f.saveBtn)
		if bottom.Y > viewBottom.Y+1 {
			t.Errorf("task %d: 备注 ends at %v, below its pane's %v", task.No, bottom.Y, viewBottom.Y)
		}
		if bTop.Y < bottom.Y && bBottom.Y > top.Y && bTop.X < bottom.X {
			t.Errorf("task %d: 保存 (%v–%v) lies over 备注 (%v–%v)", task.No, bTop.Y, bBottom.Y, top.Y, bottom.Y)
		}
	}
}

// Every unit's 简称 in the seed directory reads whole in 单位.
func TestUnitNamesFitTheirColumn(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.unitsV
	for i := 0; i < v.count(); i++ {
		if name := v.cell(i, 0); widgets.CellWidth(name, false) > v.list.Width(0) {
			t.Errorf("%s needs %v, the column is %v", name, widgets.CellWidth(name, false), v.list.Width(0))
		}
	}
}

// Each of the 总览's four figures opens what it counts: the first three
// the filtered 台账 (as the README says), the overdue units 催报.
func TestFiguresOpenWhatTheyCount(t *testing.T) {
	// With returns: an empty period shows 从这里开始 instead of figures.
	u, ws := openUI(t, fixturesDue(t))
	defer ws.Close()
	var tiles []*widgets.Tappable
	for _, o := range test.LaidOutObjects(u.overV.content) {
		if tp, ok := o.(*widgets.Tappable); ok && len(tiles) < 4 {
			tiles = append(tiles, tp)
		}
	}
	if len(tiles) < 4 {
		t.Fatalf("the 总览 shows %d figures, not 4", len(tiles))
	}
	for i, tab := range []string{tabLedger, tabLedger, tabLedger, tabRemind} {
		u.showTab(u.overTab)
		tiles[i].OnTapped()
		if got := u.tabs.Selected().Text; got != tab {
			t.Errorf("figure %d opens %s, not %s", i+1, got, tab)
		}
	}
}
