package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"taizhang/app/plan"
	"taizhang/internal/fixture"
)

// The overview counts the ledger, names the overdue units once the period
// is past due, and every figure leads to the table filtered to it.
func TestOverviewFiguresAndClickThrough(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	if _, _, err := ws.ReadAndImport(context.Background(), []string{fixture.Path(t, "fixtures/returns/县民政局.xlsx")}, u.period, ""); err != nil {
		t.Fatal(err)
	}
	d := u.overV.data
	if d.UnitsReported != 1 || d.Returned == 0 || d.Returned > d.Owed || len(d.Behind) == 0 {
		t.Fatalf("overview %+v", d)
	}
	if _, _, known := overdueUnits(ws, u.period, d.Behind, time.Now()); known {
		t.Error("overdue known without a due date")
	}
	if err := ws.SetPeriodDue(u.period, "2018-07-10"); err != nil {
		t.Fatal(err)
	}
	late, days, known := overdueUnits(ws, u.period, d.Behind, time.Date(2018, 7, 15, 9, 0, 0, 0, time.Local))
	if !known || days != 5 || len(late) != len(d.Behind) {
		t.Errorf("overdue %v %d %v", late, days, known)
	}
	if _, _, known := overdueUnits(ws, u.period, d.Behind, time.Date(2018, 7, 1, 9, 0, 0, 0, time.Local)); !known {
		t.Error("a period not yet due reads as unknown")
	}

	// A status bar leads to the ledger showing only tasks with that status.
	u.planV.showFiltered(plan.StatusLate, "", "")
	if u.tabs.Selected() != u.planTab || u.planV.status.Selected != plan.StatusLate {
		t.Fatalf("tab %s, status %q", u.tabs.Selected().Text, u.planV.status.Selected)
	}
	for _, i := range u.planV.shown {
		if !u.planV.rows[i].state.Has(plan.StatusLate) {
			t.Errorf("task %d shown without 进度滞后", u.planV.rows[i].task)
		}
	}
	// A unit leads to its own missing tasks, also one that has reported
	// some: the status chosen is the unit's own.
	for _, p := range plan.Progress(ws.Plan, ws.Dir, u.m.returns) {
		if p.Unit != "县民政局" && p.Unit != d.Behind[0].Unit {
			continue
		}
		u.planV.showFiltered(plan.StatusMissing, p.Unit, "")
		var got []int
		for _, i := range u.planV.shown {
			got = append(got, u.planV.rows[i].task)
		}
		if plan.FormatRanges(got) != plan.FormatRanges(p.Missing) {
			t.Errorf("%s: shown %v, missing %v", p.Unit, got, p.Missing)
		}
	}
}
