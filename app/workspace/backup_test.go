package workspace

import (
	"os"
	"path/filepath"
	"testing"
	"time"
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
	if err := w.SaveTask(1, TaskEdit{Text: w.Plan.Task(1).Text, Units: w.Plan.Task(1).UnitsText, Notes: "改动"}); err != nil {
		t.Fatal(err)
	}
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

// Copies are named to the second; two in one second both survive, the
// later listed first, and the clerk reads them as times.
func TestBackupNamesWithoutNanoseconds(t *testing.T) {
	dir := t.TempDir()
	at := time.Date(2018, 12, 20, 14, 3, 5, 123456789, time.Local)
	first := backupName(dir, at)
	if filepath.Base(first) != "taizhang-20181220-140305.db" {
		t.Fatalf("named %s", first)
	}
	os.WriteFile(first, nil, 0o600)
	second := backupName(dir, at)
	if filepath.Base(second) != "taizhang-20181220-140305_02.db" {
		t.Fatalf("second named %s", second)
	}
	if second <= first {
		t.Errorf("second copy %s does not sort after %s", second, first)
	}
	for path, want := range map[string]string{
		first:                                   "2018-12-20 14:03:05",
		second:                                  "2018-12-20 14:03:05（第 2 份）",
		"taizhang-20181220-140305.123456789.db": "2018-12-20 14:03:05",
		"other.db":                              "other.db",
	} {
		if got := BackupLabel(path); got != want {
			t.Errorf("%s reads %q, want %q", path, got, want)
		}
	}
}

// Two databases in one folder keep their copies apart: neither lists,
// restores or prunes the other's.
func TestBackupsOfNeighbouringDatabasesStayApart(t *testing.T) {
	dir := t.TempDir()
	open := func(name string) *Workspace {
		w, err := Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { w.Close() })
		return w
	}
	a, b, def := open("2018.db"), open("2019.db"), open("taizhang.db")
	for i := 0; i < keepBackups; i++ {
		if _, err := a.Backup(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := def.Backup(); err != nil {
		t.Fatal(err)
	}
	if list, _ := b.Backups(); len(list) != 0 {
		t.Fatalf("2019.db is offered %v", list)
	}
	if list, _ := a.Backups(); len(list) != keepBackups {
		t.Fatalf("2018.db keeps %d copies", len(list))
	}
	if list, _ := def.Backups(); len(list) != 1 || filepath.Dir(list[0]) != filepath.Join(dir, "backups") {
		t.Fatalf("taizhang.db's copies %v", list)
	}
}
