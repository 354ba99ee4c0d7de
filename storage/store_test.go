package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
)

func testPlan() (*plan.Plan, *plan.Directory) {
	p := &plan.Plan{ID: "2018-test", Title: "翁源县2018年政务公开工作要点分工方案", Year: 2018, Periods: []string{"2018年度"},
		Sections: []plan.Section{{Title: "一、公开", Subsections: []string{"（一）法治"}}},
		Tasks: []plan.Task{
			{No: 1, Section: "一、公开", Subsection: "（一）法治", Text: "把公开透明作为基本要求", UnitsText: "县府办"},
			{No: 2, Section: "一、公开", Subsection: "（一）法治", Text: "制定政策文件", UnitsText: "县财政局负责"},
		}}
	return p, plan.SeedDirectory(p)
}

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "t.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s, path
}

func TestWriteReopenRead(t *testing.T) {
	s, path := openTemp(t)
	p, d := testPlan()
	if err := s.AddPlan(p, d); err != nil {
		t.Fatal(err)
	}
	err := s.UpdatePlan(p.ID, func(p *plan.Plan) error {
		p.Task(2).Notes = "已电话催报，财政局李明"
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, gotDir, err := s.CurrentPlan()
	if err != nil {
		t.Fatal(err)
	}
	if got.Task(2).Notes != "已电话催报，财政局李明" || got.Title != p.Title || len(gotDir.Units) != len(d.Units) {
		t.Fatalf("read back %+v", got)
	}
}

// A second program opening the same database is refused with a sentence
// that says what to do, and the refusal writes nothing.
func TestSecondOpenIsRefused(t *testing.T) {
	s, path := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	if err := s.AddPlan(p, d); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	second, err := Open(path)
	if err == nil {
		second.Close()
		t.Fatal("a second open of a database in use succeeded")
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v", err)
	}
	if want := "数据库《" + path + "》正被另一个台账程序使用：请先关闭那个窗口再打开。"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Error("the refused open changed the database")
	}
	if _, _, err := s.Plan(p.ID); err != nil {
		t.Errorf("the first program lost its database: %v", err)
	}
}

// BenchmarkSecondOpen measures how long the clerk waits to be told the
// database is in use (the lock wait, lockWait).
func BenchmarkSecondOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "t.db")
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Open(path); !errors.Is(err, ErrLocked) {
			b.Fatalf("second open: %v", err)
		}
	}
}

func TestNewerDatabaseRefusedUntouched(t *testing.T) {
	s, path := openTemp(t)
	s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte("99")) })
	s.Close()
	before, _ := os.ReadFile(path)
	_, err := Open(path)
	if !errors.Is(err, ErrTooNew) {
		t.Fatalf("got %v", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("refusing changed the file")
	}
}

// A version 1 database has no schema key and keys returns without a period.
func TestMigrateFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, d := testPlan()
	p.Periods = nil
	db.Update(func(tx *bolt.Tx) error {
		meta, _ := tx.CreateBucket(bucketMeta)
		meta.Put(keyCurrent, []byte(p.ID))
		plans, _ := tx.CreateBucket(bucketPlans)
		putJSON(plans, []byte(p.ID), p)
		dirs, _ := tx.CreateBucket(bucketDirs)
		putJSON(dirs, []byte(p.ID), d)
		rets, _ := tx.CreateBucket(bucketReturns)
		for _, r := range []plan.Return{
			{Plan: p.ID, Task: 1, Unit: "县财政局", Values: plan.Values{Status: "持续推进", Text: "推进中"}},
			{Plan: p.ID, Task: 2, Unit: "县财政局", Values: plan.Values{Status: "已完成", Text: "完成了"}},
		} {
			raw, _ := json.Marshal(r)
			rets.Put([]byte(fmt.Sprintf("%s\x00%04d\x00%s", p.ID, r.Task, r.Unit)), raw)
		}
		return nil
	})
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rets, err := s.Returns(p.ID, "2018年度")
	if err != nil || len(rets) != 2 || rets[1].Task != 2 || rets[1].Text != "完成了" || rets[1].Period != "2018年度" {
		t.Fatalf("migrated returns %+v %v", rets, err)
	}
	got, _, _ := s.CurrentPlan()
	if len(got.Periods) != 1 {
		t.Fatalf("periods %v", got.Periods)
	}
	// Each return sits under the key a new import of its task and unit
	// writes, so that import updates it instead of adding a second row.
	s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketReturns).ForEach(func(k, v []byte) error {
			var r plan.Return
			json.Unmarshal(v, &r)
			if want := returnKey(p.ID, "2018年度", r.Task, r.Unit); string(k) != string(want) {
				t.Errorf("return of task %d under key %q, want %q", r.Task, k, want)
			}
			return nil
		})
	})
	f := FileImport{Plan: p.ID, Period: "2018年度", Name: "b.xlsx", Hash: "h2", Unit: "县财政局",
		Returns: []plan.Return{ret(2, "县财政局", "2018-07-20", "已完成", "完成了（更新）")}}
	out, _, err := s.Import([]FileImport{f})
	if err != nil || out[0].Count[plan.Updated] != 1 {
		t.Fatalf("import after migration %+v %v", out, err)
	}
	if rets, _ = s.Returns(p.ID, "2018年度"); len(rets) != 2 || rets[1].Text != "完成了（更新）" || len(rets[1].History) != 1 {
		t.Fatalf("ledger after the next import: %+v", rets)
	}
}

func ret(task int, unit, date, status, text string) plan.Return {
	return plan.Return{Plan: "2018-test", Period: "2018年度", Task: task, Unit: unit, Date: date,
		Values: plan.Values{Status: status, Text: text}}
}

func TestImportUndoAndAlreadyImported(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	f1 := FileImport{Plan: p.ID, Period: "2018年度", Name: "a.xlsx", Hash: "h1", Unit: "县财政局",
		Returns: []plan.Return{ret(1, "县财政局", "2018-07-05", "持续推进", "一"), ret(2, "县财政局", "2018-07-05", "未启动", "二")}}
	out, _, err := s.Import([]FileImport{f1, f1})
	if err != nil {
		t.Fatal(err)
	}
	if out[0].Count[plan.New] != 2 || !out[1].AlreadyImported {
		t.Fatalf("outcomes %+v", out)
	}
	f2 := FileImport{Plan: p.ID, Period: "2018年度", Name: "b.xlsx", Hash: "h2", Unit: "县财政局",
		Returns: []plan.Return{ret(2, "县财政局", "2018-07-20", "已完成", "二（更新）")}}
	prev, err := s.Preview([]FileImport{f2})
	if err != nil || prev[0].Count[plan.Updated] != 1 {
		t.Fatalf("preview %+v %v", prev, err)
	}
	if _, _, err := s.Import([]FileImport{f2}); err != nil {
		t.Fatal(err)
	}
	rets, _ := s.Returns(p.ID, "2018年度")
	if rets[1].Text != "二（更新）" || len(rets[1].History) != 1 {
		t.Fatalf("after update %+v", rets[1])
	}
	if _, err := s.UndoLastImport(); err != nil {
		t.Fatal(err)
	}
	rets, _ = s.Returns(p.ID, "2018年度")
	if rets[1].Text != "二" || len(rets[1].History) != 0 {
		t.Fatalf("after undo %+v", rets[1])
	}
	// The undone file can be imported again: it is no longer "already imported".
	out, _, _ = s.Import([]FileImport{f2})
	if out[0].AlreadyImported || out[0].Count[plan.Updated] != 1 {
		t.Fatalf("re-import after undo %+v", out[0])
	}
	s.UndoLastImport()
	s.UndoLastImport()
	if rets, _ = s.Returns(p.ID, "2018年度"); len(rets) != 0 {
		t.Fatalf("undo everything left %d", len(rets))
	}
	if _, err := s.UndoLastImport(); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("undo on empty: %v", err)
	}
}

// The undo the clerk confirmed is refused when another import came after
// the one shown, and nothing is undone.
func TestUndoOnlyTheImportShown(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	file := func(name, hash, text string) FileImport {
		return FileImport{Plan: p.ID, Period: "2018年度", Name: name, Hash: hash, Unit: "县财政局",
			Returns: []plan.Return{ret(1, "县财政局", "2018-07-05", "持续推进", text)}}
	}
	s.Import([]FileImport{file("a.xlsx", "h1", "一")})
	shown, err := s.LastImport()
	if err != nil {
		t.Fatal(err)
	}
	s.Import([]FileImport{file("b.xlsx", "h2", "二")})
	if _, err := s.UndoImport(shown.ID); !errors.Is(err, ErrNotLastImport) {
		t.Fatalf("undo of an import no longer last: %v", err)
	}
	if rets, _ := s.Returns(p.ID, "2018年度"); len(rets) != 1 || rets[0].Text != "二" {
		t.Fatalf("a refused undo changed the ledger: %+v", rets)
	}
	last, _ := s.LastImport()
	if _, err := s.UndoImport(last.ID); err != nil {
		t.Fatal(err)
	}
	if rets, _ := s.Returns(p.ID, "2018年度"); len(rets) != 1 || rets[0].Text != "一" {
		t.Fatalf("after undo %+v", rets)
	}
}
