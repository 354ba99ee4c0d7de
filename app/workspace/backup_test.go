package workspace

import (
	"path/filepath"
	"testing"

	"taizhang/app/plan"
)

func TestBackupAndRestore(t *testing.T) {
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	before, err := w.Backup()
	if err != nil {
		t.Fatal(err)
	}
	w.Store.UpdatePlan(w.Plan.ID, func(p *plan.Plan) error { p.Task(1).Notes = "改动"; return nil })
	w.Reload()
	if err := w.Restore(before); err != nil {
		t.Fatal(err)
	}
	if w.Plan.Task(1).Notes != "" {
		t.Fatalf("restore kept the change: %q", w.Plan.Task(1).Notes)
	}
	list, _ := w.Backups()
	if len(list) != 2 {
		t.Fatalf("backups %v", list)
	}
	for i := 0; i < 12; i++ {
		w.Backup()
	}
	if list, _ = w.Backups(); len(list) != keepBackups {
		t.Fatalf("kept %d backups", len(list))
	}
}
