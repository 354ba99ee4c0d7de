package storage

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
)

func periodNames(t *testing.T, s *Store, id string) []string {
	t.Helper()
	ps, err := s.Periods(id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+"@"+p.Due)
	}
	return out
}

func TestPeriodsAddDueOrderRemove(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	if got := periodNames(t, s, p.ID); !reflect.DeepEqual(got, []string{"2018年度@"}) {
		t.Fatalf("new plan periods %v", got)
	}
	if err := s.SetPeriodDue(p.ID, "2018年度", "2018-12-31"); err != nil {
		t.Fatal(err)
	}
	if err := s.AddPeriod(p.ID, " 2018年上半年 ", "2018-07-15"); err != nil {
		t.Fatal(err)
	}
	if err := s.AddPeriod(p.ID, "2019年第一季度", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.AddPeriod(p.ID, "2018年第一季度", "2018-04-10"); err != nil {
		t.Fatal(err)
	}
	want := []string{"2018年第一季度@2018-04-10", "2018年上半年@2018-07-15", "2018年度@2018-12-31", "2019年第一季度@"}
	if got := periodNames(t, s, p.ID); !reflect.DeepEqual(got, want) {
		t.Fatalf("periods in due order: %v", got)
	}
	got, _, _ := s.CurrentPlan()
	if got.PreviousPeriod("2018年度") != "2018年上半年" || got.DueDate("2018年度") != "2018-12-31" || len(got.Periods) != 4 {
		t.Fatalf("plan as read: %v %v", got.Periods, got.Due)
	}
	for _, bad := range []struct{ name, due string }{{"2018年度", ""}, {"", ""}, {"x", "2018-13-01"}, {"y", "12月31日"}} {
		if err := s.AddPeriod(p.ID, bad.name, bad.due); err == nil {
			t.Errorf("AddPeriod(%q, %q) accepted", bad.name, bad.due)
		}
	}
	if err := s.SetPeriodDue(p.ID, "2017年度", "2017-12-31"); !errors.Is(err, ErrNoPeriod) {
		t.Errorf("due of an unknown period: %v", err)
	}
	// A period with returns stays; an empty one goes.
	f := FileImport{Plan: p.ID, Period: "2018年上半年", Name: "a.xlsx", Hash: "h1", Unit: "县财政局",
		Returns: []plan.Return{{Plan: p.ID, Period: "2018年上半年", Task: 2, Unit: "县财政局", Date: "2018-07-01", Values: plan.Values{Status: "未启动"}}}}
	if _, _, err := s.Import([]FileImport{f}); err != nil {
		t.Fatal(err)
	}
	err := s.RemovePeriod(p.ID, "2018年上半年")
	if !errors.Is(err, ErrPeriodNotEmpty) || !strings.Contains(err.Error(), "1 条报送记录") {
		t.Fatalf("removing a period with returns: %v", err)
	}
	if err := s.RemovePeriod(p.ID, "2019年第一季度"); err != nil {
		t.Fatal(err)
	}
	if len(periodNames(t, s, p.ID)) != 3 {
		t.Fatalf("after remove %v", periodNames(t, s, p.ID))
	}
}

func TestLastPeriodStays(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	if err := s.RemovePeriod(p.ID, "2018年度"); err == nil || !strings.Contains(err.Error(), "唯一") {
		t.Fatalf("removing the only period: %v", err)
	}
}

// Storing the same plan again (the office re-imports its plan) keeps the
// periods the clerk added and their due dates.
func TestPlanAgainKeepsPeriods(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	s.AddPeriod(p.ID, "2018年上半年", "2018-07-15")
	p2, d2 := testPlan()
	if err := s.AddPlan(p2, d2); err != nil {
		t.Fatal(err)
	}
	if got := periodNames(t, s, p.ID); !reflect.DeepEqual(got, []string{"2018年上半年@2018-07-15", "2018年度@"}) {
		t.Fatalf("periods after storing the plan again: %v", got)
	}
}

func TestRenamePeriodMovesReturnsAndUndo(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	s.AddPeriod(p.ID, "2018年上半年", "2018-07-15")
	f1 := FileImport{Plan: p.ID, Period: "2018年度", Name: "a.xlsx", Hash: "h1", Unit: "县财政局",
		Returns: []plan.Return{ret(1, "县财政局", "2018-07-05", "持续推进", "一")}}
	f2 := FileImport{Plan: p.ID, Period: "2018年度", Name: "b.xlsx", Hash: "h2", Unit: "县财政局",
		Returns: []plan.Return{ret(1, "县财政局", "2018-07-20", "已完成", "一（更新）")}}
	s.Import([]FileImport{f1})
	s.Import([]FileImport{f2})
	if err := s.RenamePeriod(p.ID, "2018年度", "2018年全年"); err != nil {
		t.Fatal(err)
	}
	if err := s.RenamePeriod(p.ID, "2018年全年", "2018年上半年"); err == nil {
		t.Fatal("renamed onto an existing period")
	}
	if old, _ := s.Returns(p.ID, "2018年度"); len(old) != 0 {
		t.Fatalf("returns left under the old name: %v", old)
	}
	rets, _ := s.Returns(p.ID, "2018年全年")
	if len(rets) != 1 || rets[0].Period != "2018年全年" || rets[0].Text != "一（更新）" {
		t.Fatalf("renamed returns %+v", rets)
	}
	// The same file again is still known as imported.
	out, _ := s.Preview([]FileImport{{Plan: p.ID, Period: "2018年全年", Name: "b2.xlsx", Hash: "h2"}})
	if !out[0].AlreadyImported {
		t.Error("file record not moved with the period")
	}
	// Undo puts back the earlier value under the new name.
	if _, err := s.UndoLastImport(); err != nil {
		t.Fatal(err)
	}
	rets, _ = s.Returns(p.ID, "2018年全年")
	if len(rets) != 1 || rets[0].Text != "一" || rets[0].Period != "2018年全年" {
		t.Fatalf("after undo %+v", rets)
	}
	if old, _ := s.Returns(p.ID, "2018年度"); len(old) != 0 {
		t.Fatalf("undo wrote under the old name: %v", old)
	}
}

// A version 2 database (the layout before this one) has periods only in
// the plan; opening it gives them records and leaves every return where it
// was, in 2018年度.
func TestMigrateFromVersion2(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v2.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, d := testPlan()
	db.Update(func(tx *bolt.Tx) error {
		meta, _ := tx.CreateBucket(bucketMeta)
		meta.Put(keySchema, []byte("2"))
		meta.Put(keyCurrent, []byte(p.ID))
		for _, b := range [][]byte{bucketPlans, bucketDirs, bucketReturns, bucketFiles, bucketImports} {
			tx.CreateBucket(b)
		}
		putJSON(tx.Bucket(bucketPlans), []byte(p.ID), p)
		putJSON(tx.Bucket(bucketDirs), []byte(p.ID), d)
		for _, r := range []plan.Return{ret(1, "县府办", "2018-07-05", "已完成", "一"), ret(2, "县财政局", "2018-07-05", "未启动", "二")} {
			raw, _ := json.Marshal(r)
			tx.Bucket(bucketReturns).Put(returnKey(p.ID, r.Period, r.Task, r.Unit), raw)
		}
		return nil
	})
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := periodNames(t, s, p.ID); !reflect.DeepEqual(got, []string{"2018年度@"}) {
		t.Fatalf("migrated periods %v", got)
	}
	rets, _ := s.Returns(p.ID, "2018年度")
	if len(rets) != 2 || rets[0].Text != "一" || rets[1].Text != "二" {
		t.Fatalf("returns after migration %+v", rets)
	}
	var version string
	s.db.View(func(tx *bolt.Tx) error { version = string(tx.Bucket(bucketMeta).Get(keySchema)); return nil })
	if version != "3" {
		t.Fatalf("schema %q", version)
	}
	if err := s.SetPeriodDue(p.ID, "2018年度", "2018-12-31"); err != nil {
		t.Fatal(err)
	}
}

func TestContactsFromReturnsAndByHand(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	file := func(name, date, person, phone string) FileImport {
		return FileImport{Plan: p.ID, Period: "2018年度", Name: name, Hash: name, Unit: "县财政局", Date: date,
			Contact: person, Phone: phone, Returns: []plan.Return{ret(2, "县财政局", date, "未启动", name)}}
	}
	contact := func() plan.Contact {
		cs, err := s.Contacts()
		if err != nil {
			t.Fatal(err)
		}
		return cs["县财政局"]
	}
	// The later return wins, whichever arrives first.
	s.Import([]FileImport{file("later.xlsx", "2018-07-20", "王芳", "0751-2800000")})
	s.Import([]FileImport{file("earlier.xlsx", "2018-07-05", "李明", "0751-2812345")})
	if c := contact(); c.Person != "王芳" || c.Phone != "0751-2800000" {
		t.Fatalf("later return should win: %+v", c)
	}
	// Preview writes nothing.
	s.Preview([]FileImport{file("newest.xlsx", "2018-08-01", "赵六", "")})
	if c := contact(); c.Person != "王芳" {
		t.Fatalf("preview changed the contact: %+v", c)
	}
	// A phone typed by hand survives a newer return; the person does not.
	if err := s.EditContact("县财政局", func(c *plan.Contact) { c.SetPhone("13800138000"); c.Note = "周三下午在" }); err != nil {
		t.Fatal(err)
	}
	s.Import([]FileImport{file("newest.xlsx", "2018-08-01", "李明", "0751-2812345")})
	if c := contact(); c.Person != "李明" || c.Phone != "13800138000" || c.Note != "周三下午在" || !c.PhoneByHand {
		t.Fatalf("hand edit overwritten: %+v", c)
	}
	// Undoing the import leaves the contact as it is.
	s.UndoLastImport()
	if c := contact(); c.Person != "李明" || c.Phone != "13800138000" {
		t.Fatalf("after undo: %+v", c)
	}
}

// Files read for a period that is renamed or removed before they are
// written are refused whole: their rows would sit where no view looks.
func TestImportIntoAGonePeriodRefused(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	f := FileImport{Plan: p.ID, Period: "2018年度", Name: "a.xlsx", Hash: "h1", Unit: "县财政局",
		Returns: []plan.Return{ret(1, "县财政局", "2018-07-05", "持续推进", "一")}}
	if err := s.RenamePeriod(p.ID, "2018年度", "2018年全年"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Import([]FileImport{f}); err == nil || !strings.Contains(err.Error(), "a.xlsx") {
		t.Fatalf("import into a renamed period: %v", err)
	}
	if rets, _ := s.Returns(p.ID, "2018年度"); len(rets) != 0 {
		t.Fatalf("rows stored under the old name: %v", rets)
	}
	if _, err := s.LastImport(); err == nil {
		t.Error("a refused import left an undo record")
	}
}

// A dated 2019年上半年 added after the undated 2018年度 the plan came with
// is listed after it, and 2018年度 names no previous period.
func TestPeriodsDatedAfterUndated(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	if err := s.AddPeriod(p.ID, "2019年上半年", "2019-07-15"); err != nil {
		t.Fatal(err)
	}
	if got := periodNames(t, s, p.ID); !reflect.DeepEqual(got, []string{"2018年度@", "2019年上半年@2019-07-15"}) {
		t.Fatalf("periods %v", got)
	}
	got, _, _ := s.CurrentPlan()
	if prev := got.PreviousPeriod("2018年度"); prev != "" {
		t.Errorf("2018年度's previous period is %q", prev)
	}
	if prev := got.PreviousPeriod("2019年上半年"); prev != "2018年度" {
		t.Errorf("2019年上半年's previous period is %q", prev)
	}
}
