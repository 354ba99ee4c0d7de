package storage

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func storeAt(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The swap puts the restored file in place and opens it; the old one is
// gone only once the new one opened.
func TestReplaceSwapsAndOpens(t *testing.T) {
	dir := t.TempDir()
	path, staged := filepath.Join(dir, "taizhang.db"), filepath.Join(dir, "taizhang.db.restore")
	storeAt(t, path).Close()
	s := storeAt(t, staged)
	s.MarkStep("p", "2018年度", "report", "2018-12-31")
	s.Close()
	got, err := Replace(path, staged)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	if done, _ := got.StepsDone("p", "2018年度"); done["report"] != "2018-12-31" {
		t.Fatalf("the database opened is not the restored one: %v", done)
	}
	for _, left := range []string{staged, path + ".before-restore"} {
		if _, err := os.Stat(left); err == nil {
			t.Errorf("%s left behind", filepath.Base(left))
		}
	}
}

// Another program opening the restored file between the swap and the
// reopen: the restore stands, and the clerk is told in one sentence.
func TestReplaceWhenAnotherProgramOpensFirst(t *testing.T) {
	old := reopenWait
	reopenWait = 10 * time.Millisecond
	t.Cleanup(func() { reopenWait = old })
	dir := t.TempDir()
	path, staged := filepath.Join(dir, "taizhang.db"), filepath.Join(dir, "taizhang.db.restore")
	storeAt(t, path).Close()
	other := storeAt(t, staged) // holds the file that becomes the database
	defer other.Close()
	_, err := Replace(path, staged)
	if !errors.Is(err, ErrRestoredInUse) {
		t.Fatalf("got %v", err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatal("the restored database is not in place")
	}
}
