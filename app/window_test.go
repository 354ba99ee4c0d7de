package app

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"taizhang/app/workspace"
	"taizhang/internal/fixture"
)

func openUI(t *testing.T, db string) (*UI, *workspace.Workspace) {
	t.Helper()
	ws, err := workspace.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	w := a.NewWindow(AppTitle)
	w.Resize(fyne.NewSize(1366, 700))
	t.Cleanup(func() {
		// Some tests close the window themselves; closing twice panics.
		for _, open := range a.Driver().AllWindows() {
			if open == w {
				w.Close()
			}
		}
	})
	return NewUI(a, w, ws), ws
}

func TestEditTaskSurvivesRestart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	u, ws := openUI(t, db)
	u.planV.table.OnRowSelected(7) // task 8
	f := u.planV.form
	if f.no != 8 {
		t.Fatalf("form shows task %d", f.no)
	}
	f.notes.SetText("")
	test.Type(f.notes, "已电话催报县直各部门，七月十日前报送")
	f.units.SetText("")
	test.Type(f.units, "县财政局牵头，县直各部门负责，县审计局配合")
	if f.roles.Text != "牵头：县财政局；负责：县直各部门；配合：县审计局" {
		t.Errorf("parsed roles shown as %q", f.roles.Text)
	}
	test.Tap(f.saveBtn)
	ws.Close()

	u2, ws2 := openUI(t, db)
	defer ws2.Close()
	got := ws2.Plan.Task(8)
	if got.Notes != "已电话催报县直各部门，七月十日前报送" || got.UnitsText != "县财政局牵头，县直各部门负责，县审计局配合" {
		t.Fatalf("after restart: %+v", got)
	}
	u2.planV.table.OnRowSelected(7)
	if u2.planV.form.notes.Text != got.Notes {
		t.Errorf("form shows %q", u2.planV.form.notes.Text)
	}
}

// A unit, searched or chosen, finds every task it owes: those naming it
// and those it owes through a collective such as 县直各部门.
func TestUnitFindsTasksOwedThroughCollectives(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.planV
	owes := func(unit string) map[int]bool {
		out := map[int]bool{}
		for _, task := range ws.Plan.Tasks {
			for _, o := range ws.Dir.Owers(task.UnitsText, ws.Plan.SupportOwes) {
				if o == unit {
					out[task.No] = true
				}
			}
		}
		return out
	}
	shown := func() map[int]bool {
		out := map[int]bool{}
		for _, i := range v.shown {
			out[v.rows[i].task] = true
		}
		return out
	}
	for _, c := range []struct {
		query, unit string
		must        []int
	}{
		{"财政局", "县财政局", []int{2, 3, 7}},
		{"县国土局", "县国土资源局", []int{11, 21}}, // an alias finds the unit's tasks
		{"县金融办", "县金融办", []int{19}},
	} {
		v.search.SetText(c.query)
		got := shown()
		for no := range owes(c.unit) {
			if !got[no] {
				t.Errorf("%q misses task %d that %s owes", c.query, no, c.unit)
			}
		}
		for _, no := range c.must {
			if !got[no] {
				t.Errorf("%q misses task %d", c.query, no)
			}
		}
		v.search.SetText("")
		v.unit.SetSelected(c.unit)
		byChoice := shown()
		for no := range owes(c.unit) {
			if !byChoice[no] {
				t.Errorf("unit filter %s misses task %d", c.unit, no)
			}
		}
		v.unit.SetSelected(allUnits)
	}
}

func TestSearchFilters(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.planV
	cases := []struct {
		query string
		want  []int // task numbers
	}{
		{"", nil},
		{"49", []int{49}},
		{"第8项", []int{8}},
		{"政府公报", []int{48, 49}},
		{"公报 县府办", []int{48, 49}},
	}
	for _, c := range cases {
		v.search.SetText("")
		test.Type(v.search, c.query)
		var got []int
		for _, i := range v.shown {
			got = append(got, v.rows[i].task)
		}
		if c.want == nil {
			if len(got) != 57 {
				t.Errorf("empty search shows %d tasks", len(got))
			}
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.query, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %v, want %v", c.query, got, c.want)
				break
			}
		}
		if v.table.Table.Length == nil {
			t.Fatal("table has no data")
		}
	}
}

func TestSectionFilter(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.planV
	sec := ws.Plan.Sections[len(ws.Plan.Sections)-1].Title
	v.section.SetSelected(sec)
	want := len(ws.Plan.TasksIn(sec, ""))
	if len(v.shown) != want || want == 0 {
		t.Fatalf("section %s shows %d tasks, want %d", sec, len(v.shown), want)
	}
	if got := v.cell(0, 3); got == "" {
		t.Error("报送 column empty")
	}
	v.clearFilters()
	if len(v.shown) != len(ws.Plan.Tasks) {
		t.Errorf("cleared filters show %d", len(v.shown))
	}
}

// The window must fit a 1366×768 office screen: no view may demand more.
func TestContentFitsSmallScreen(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	for i := range u.tabs.Items {
		u.tabs.SelectIndex(i)
		if m := u.win.Content().MinSize(); m.Width > 1366 || m.Height > 740 {
			t.Errorf("tab %s needs %v", u.tabs.Items[i].Text, m)
		}
	}
	u.unitsV.pick(len(ws.Dir.Units)) // a collective, with its member list
	if m := u.win.Content().MinSize(); m.Width > 1366 || m.Height > 740 {
		t.Errorf("units view with a collective needs %v", m)
	}
}

func TestSwitchPlanRebuildsWindow(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	p, err := workspace.ReadPlanFile(fixture.Path(t, "fixtures/plan-2018.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	p.ID, p.Title = "2019-test", "翁源县2019年政务公开工作要点分工方案"
	u.switchPlan(func() error { return ws.AddPlan(p) }, nil)
	if ws.Plan.ID != "2019-test" || u.win.Title() != AppTitle+" — "+p.Title {
		t.Fatalf("current %s, title %q", ws.Plan.ID, u.win.Title())
	}
	plans, _ := ws.Plans()
	if len(plans) != 2 {
		t.Fatalf("%d plans stored", len(plans))
	}
}

// On a 1366×768 screen the window's content is about 1366×665 once the
// taskbar, title bar and menu bar are taken: with a task selected the
// ledger still shows at least 14 rows.
func TestLedgerShowsFourteenRows(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.win.Resize(fyne.NewSize(1366, 665))
	u.showTab(u.planTab)
	u.planV.table.OnRowSelected(0)
	if u.planV.form.no != 1 {
		t.Fatal("no task selected")
	}
	n := u.planV.table.VisibleRows()
	t.Logf("%d rows visible", n)
	if n < 14 {
		t.Errorf("%d rows visible (table %v)", n, u.planV.table.Size())
	}
}

// With a unit chosen the 状态 column shows that unit's own status.
func TestStatusColumnFollowsChosenUnit(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	if _, _, err := ws.ReadAndImport(context.Background(), []string{fixture.Path(t, "fixtures/returns/县民政局.xlsx")}, u.period, ""); err != nil {
		t.Fatal(err)
	}
	v := u.planV
	v.unit.SetSelected("县民政局")
	byTask := map[int]string{}
	for _, r := range u.m.returns {
		if r.Unit == "县民政局" {
			byTask[r.Task] = r.Status
		}
	}
	checked := 0
	for row, i := range v.shown {
		want, ok := byTask[v.rows[i].task]
		if !ok || want == "" {
			continue
		}
		if got := v.cell(row, 5); got != want {
			t.Errorf("task %d: 状态 %q, 县民政局 wrote %q", v.rows[i].task, got, want)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no task of 县民政局 checked")
	}
}
