package workspace

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
	"taizhang/internal/fixture"
	"taizhang/storage"
)

// filled is a database with something in every kind of record: two plans,
// an edited directory and task, periods with due dates, returns imported
// twice (so with history), a contact typed by hand.
func filled(t *testing.T, path string) *Workspace {
	t.Helper()
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	seed := w.Plan.ID
	other, err := ReadPlanFile(fixture.Path(t, "fixtures/plan-2018.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	other.ID, other.Title = "other", "另一份方案"
	if err := w.AddPlan(other); err != nil {
		t.Fatal(err)
	}
	if err := w.SwitchPlan(seed); err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(w.SetPeriodDue("2018年度", "2018-12-31"))
	must(w.AddPeriod("2019年上半年", "2019-06-30"))
	t1 := w.Plan.Task(1)
	must(w.SaveTask(1, TaskEdit{Text: t1.Text, Units: t1.UnitsText, Notes: "已核对"}))
	files := fixture.Glob(t, "fixtures/returns/*")
	for range 2 {
		if _, _, err := w.ReadAndImport(context.Background(), files, "2018年度", ""); err != nil {
			t.Fatal(err)
		}
	}
	_, err = w.EditContact("县公安局", func(c *plan.Contact) { c.SetPerson("张警官"); c.SetPhone("0751-2800110") })
	must(err)
	return w
}

// dump is every bucket's every key and value, nested buckets included.
func dump(t *testing.T, path string) map[string]string {
	t.Helper()
	db, err := bolt.Open(path, 0o400, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string]string{}
	var walk func(prefix string, b *bolt.Bucket)
	walk = func(prefix string, b *bolt.Bucket) {
		b.ForEach(func(k, v []byte) error {
			if v == nil {
				walk(prefix+string(k)+"/", b.Bucket(k))
				return nil
			}
			out[prefix+string(k)] = string(v)
			return nil
		})
	}
	db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			walk(string(name)+"/", b)
			return nil
		})
	})
	return out
}

// countIn is how many records lie in a top-level bucket of a dump.
func countIn(d map[string]string, bucket string) int {
	n := 0
	for k := range d {
		if len(k) > len(bucket) && k[:len(bucket)+1] == bucket+"/" {
			n++
		}
	}
	return n
}

// A backup made on one database, restored into a fresh one, gives every
// record back equal: plans, directories, periods, contacts, returns with
// their history and the import records.
func TestBackupToRestoresIntoFreshDatabase(t *testing.T) {
	dir := t.TempDir()
	src := filled(t, filepath.Join(dir, "office.db"))
	stick := filepath.Join(dir, "U盘", "台账备份.db")
	os.MkdirAll(filepath.Dir(stick), 0o755)
	if err := src.BackupTo(stick); err != nil {
		t.Fatal(err)
	}
	wantLedger, _ := src.Ledger("2018年度")
	src.Close()
	want := dump(t, filepath.Join(dir, "office.db"))
	for _, b := range []string{"plans", "directories", "periods", "contacts", "returns", "files", "imports"} {
		if countIn(want, b) == 0 {
			t.Fatalf("the source database has nothing in %s: the test would prove nothing", b)
		}
	}

	fresh := filepath.Join(t.TempDir(), "new-pc.db")
	w, err := Open(fresh)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	changed := 0
	w.OnChange(func(c Change) { changed++ })
	if err := w.RestoreFile(stick); err != nil {
		t.Fatal(err)
	}
	if changed != 1 || len(w.Plan.Tasks) == 0 {
		t.Fatalf("after restore: %d changes, plan %q", changed, w.Plan.Title)
	}
	gotLedger, _ := w.Ledger("2018年度")
	if len(gotLedger) == 0 || !reflect.DeepEqual(gotLedger, wantLedger) {
		t.Fatalf("ledger: %d returns restored, %d backed up", len(gotLedger), len(wantLedger))
	}
	w.Close()
	got := dump(t, fresh)
	for k, v := range want {
		if got[k] != v {
			t.Errorf("record %s differs after restore", k)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("record %s appeared from nowhere", k)
		}
	}
}

// Files that are not backups are refused with one sentence, and the
// database is left as it was.
func TestRestoreRefusesWhatIsNotABackup(t *testing.T) {
	dir := t.TempDir()
	w := filled(t, filepath.Join(dir, "office.db"))
	before, _ := w.Ledger("2018年度")
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	text := filepath.Join(dir, "notes.db")
	os.WriteFile(text, []byte("这不是数据库，只是一段很长很长的文字而已。"), 0o600)
	foreign := filepath.Join(dir, "foreign.db")
	db, err := bolt.Open(foreign, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("settings")); return err })
	db.Close()
	planless := filepath.Join(dir, "planless.db")
	st, err := storage.Open(planless)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	cut := filepath.Join(dir, "cut.db")
	if err := w.BackupTo(cut); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(cut)
	os.WriteFile(cut, raw[:len(raw)/3], 0o600)
	for _, bad := range []string{empty, text, foreign, planless, cut, fixture.Path(t, "fixtures/returns/县民政局.xlsx"), w.Path()} {
		err := w.RestoreFile(bad)
		if err == nil {
			t.Errorf("%s was restored", filepath.Base(bad))
			continue
		}
		if bad != w.Path() && !errors.Is(err, storage.ErrNotBackup) {
			t.Errorf("%s: %v", filepath.Base(bad), err)
		}
		after, lerr := w.Ledger("2018年度")
		if lerr != nil || !reflect.DeepEqual(after, before) {
			t.Fatalf("after refusing %s the ledger changed (%v)", filepath.Base(bad), lerr)
		}
	}
	if _, err := os.Stat(w.Path() + ".restore"); err == nil {
		t.Error("a refused restore left its staged copy behind")
	}
}

// Restoring puts the database back as the backup had it, and the state
// before the restore is one automatic copy away.
func TestRestoreFileKeepsTheStateBeforeAsACopy(t *testing.T) {
	dir := t.TempDir()
	w := filled(t, filepath.Join(dir, "office.db"))
	saved := filepath.Join(dir, "before.db")
	if err := w.BackupTo(saved); err != nil {
		t.Fatal(err)
	}
	if _, err := w.UndoImport(); err != nil {
		t.Fatal(err)
	}
	undone, _ := w.Ledger("2018年度")
	if err := w.RestoreFile(saved); err != nil {
		t.Fatal(err)
	}
	copies, _ := w.Backups()
	if len(copies) == 0 {
		t.Fatal("no automatic copy of the state before the restore")
	}
	if err := w.Restore(copies[0]); err != nil {
		t.Fatal(err)
	}
	again, _ := w.Ledger("2018年度")
	if fmt.Sprint(again) != fmt.Sprint(undone) {
		t.Error("the copy made before the restore does not hold the state before it")
	}
}
