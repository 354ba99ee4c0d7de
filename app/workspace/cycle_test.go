package workspace

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/internal/fixture"
	"taizhang/storage"
)

func openTest(t *testing.T) *Workspace {
	t.Helper()
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w
}

func fixedDay(s string) time.Time {
	d, _ := time.Parse(plan.DateLayout, s)
	return d.Add(15 * time.Hour) // mid-afternoon: the hour must not matter
}

// The fixtures' 2018年度, due 2018-12-31, chased on 2019-01-10.
func TestRemindOnFixtures(t *testing.T) {
	w := openTest(t)
	if err := w.SetPeriodDue("2018年度", "2018-12-31"); err != nil {
		t.Fatal(err)
	}
	files := fixture.Glob(t, "fixtures/returns/*")
	if _, _, err := w.ReadAndImport(context.Background(), files, "2018年度", ""); err != nil {
		t.Fatal(err)
	}
	l, err := w.Remind("", fixedDay("2019-01-10"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Period != "2018年度" || l.Due != "2018-12-31" || len(l.Units) == 0 {
		t.Fatalf("list %+v", l)
	}
	if _, err := w.EditContact("县公安局", func(c *plan.Contact) { c.SetPerson("张警官"); c.SetPhone("0751-2800110") }); err != nil {
		t.Fatal(err)
	}
	l, _ = w.Remind("2018年度", fixedDay("2019-01-10"))
	var police *remind.Unit
	for i, u := range l.Units {
		if u.OverdueDays != 10 {
			t.Errorf("%s overdue %d days", u.Unit, u.OverdueDays)
		}
		if len(u.Missing) == 0 || u.MissingText != plan.FormatRanges(u.Missing) {
			t.Errorf("%+v", u)
		}
		if u.Unit == "县公安局" {
			police = &l.Units[i]
		}
	}
	if police == nil || police.Contact != "张警官" || police.Phone != "0751-2800110" {
		t.Fatalf("县公安局 %+v", police)
	}
	// Every fixture unit sent all it owes; 县财政局's return named its contact.
	if len(l.Complete) != 6 {
		t.Errorf("complete %v", l.Complete)
	}
	cs, _ := w.Contacts()
	if c := cs["县财政局"]; c.Person != "李明" || c.Phone != "0751-2812345" || c.PersonByHand {
		t.Fatalf("县财政局 contact %+v", c)
	}
	// The clerk's phone stays through another import of a return naming one.
	if _, err := w.EditContact("翁源县财政局", func(c *plan.Contact) { c.SetPhone("13900000000") }); err != nil {
		t.Fatal(err)
	}
	w.store.UndoLastImport()
	w.ReadAndImport(context.Background(), files, "2018年度", "")
	cs, _ = w.Contacts()
	if c := cs["县财政局"]; c.Phone != "13900000000" || c.Person != "李明" {
		t.Fatalf("contact after re-import %+v", c)
	}
	if _, err := w.EditContact("不存在的局", func(*plan.Contact) {}); err == nil {
		t.Error("contact of an unknown unit accepted")
	}
}

func TestPeriodsThroughWorkspace(t *testing.T) {
	w := openTest(t)
	if err := w.AddPeriod("2018年上半年", "2018-07-15"); err != nil {
		t.Fatal(err)
	}
	w.SetPeriodDue("2018年度", "2018-12-31")
	if got := w.Plan.Periods; len(got) != 2 || got[0] != "2018年上半年" {
		t.Fatalf("periods %v", got)
	}
	if p, _ := w.PeriodAt("", fixedDay("2018-08-01")); p != "2018年度" {
		t.Errorf("current period in August: %s", p)
	}
	if _, err := w.PeriodAt("2017年度", time.Now()); !errors.Is(err, storage.ErrNoPeriod) {
		t.Errorf("unknown period: %v", err)
	}
	// One return in each period: the change shows against 上半年.
	fin := fixture.Path(t, "fixtures/returns/县财政局-落实情况.xlsx")
	upd := fixture.Path(t, "fixtures/returns/县财政局-落实情况（更新）.xlsx")
	w.ReadAndImport(context.Background(), []string{fin}, "2018年上半年", "")
	w.ReadAndImport(context.Background(), []string{upd}, "2018年度", "")
	prev, ds, err := w.Changes("2018年度")
	if err != nil || prev != "2018年上半年" {
		t.Fatalf("changes against %q: %v", prev, err)
	}
	tally := remind.Tally(ds)
	// The update moved task 9 from 未启动 and task 8 from 持续推进 to
	// 已完成: only the first is a step up; 持续推进 already ranks as done.
	if tally[remind.MovedUp] != 1 || tally[remind.Same] != 44 || tally[remind.StillMissing] == 0 {
		t.Fatalf("tally %v", tally)
	}
	for _, d := range remind.ByTask(ds, 9) {
		if d.Unit == "县财政局" && (d.Change != remind.MovedUp || d.Prev == nil || d.Prev.Status != "未启动") {
			t.Fatalf("task 9 %+v", d)
		}
	}
	states, err := w.PeriodStates(fixedDay("2019-01-10"))
	if err != nil || len(states) != 2 || states[0].Returns == 0 || states[1].OverdueDays != 10 || states[0].Owing == 0 {
		t.Fatalf("states %+v %v", states, err)
	}
	if err := w.RemovePeriod("2018年上半年"); !errors.Is(err, storage.ErrPeriodNotEmpty) {
		t.Fatalf("remove a period with returns: %v", err)
	}
	if err := w.RenamePeriod("2018年上半年", "2018年半年"); err != nil || !w.Plan.HasPeriod("2018年半年") {
		t.Fatalf("rename: %v %v", err, w.Plan.Periods)
	}
}
