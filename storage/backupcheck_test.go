package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// CheckBackup takes a copy of a database with a plan, and refuses with one
// sentence naming the file whatever else the clerk may pick.
func TestCheckBackup(t *testing.T) {
	s, _ := openTemp(t)
	p, d := testPlan()
	if err := s.AddPlan(p, d); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	good := filepath.Join(dir, "备份.db")
	if err := s.BackupTo(good); err != nil {
		t.Fatal(err)
	}
	if err := CheckBackup(good); err != nil {
		t.Fatalf("a backup refused: %v", err)
	}
	// A database with no plan: the program's tables, nothing to show.
	empty, _ := openTemp(t)
	noPlan := filepath.Join(dir, "空.db")
	if err := empty.BackupTo(noPlan); err != nil {
		t.Fatal(err)
	}
	empty.Close()
	// A newer program's database.
	newer := filepath.Join(dir, "新版.db")
	if err := CopyFile(good, newer); err != nil {
		t.Fatal(err)
	}
	editBolt(t, newer, func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte("99")) })
	badMark := filepath.Join(dir, "坏标记.db")
	if err := CopyFile(good, badMark); err != nil {
		t.Fatal(err)
	}
	editBolt(t, badMark, func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte("三")) })
	// Another program's bbolt file, without the program's tables.
	foreign := filepath.Join(dir, "别的.db")
	editBolt(t, foreign, func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("x")); return err })
	short, notDB := filepath.Join(dir, "短.db"), filepath.Join(dir, "表.xlsx")
	os.WriteFile(short, []byte("PK"), 0o600)
	os.WriteFile(notDB, []byte(strings.Repeat("PK\x03\x04 not a database ", 100)), 0o600)
	// A copy with a page overwritten.
	broken := filepath.Join(dir, "坏.db")
	raw, _ := os.ReadFile(good)
	for i := 2 * 4096; i < 3*4096 && i < len(raw); i++ {
		raw[i] = 0xff
	}
	os.WriteFile(broken, raw, 0o600)

	for _, c := range []struct {
		path, says string
		is         error
	}{
		{noPlan, "没有分工方案", ErrNotBackup},
		{newer, "更新版本", ErrTooNew},
		{badMark, "版本标记损坏", ErrNotBackup},
		{foreign, "没有分工方案和台账", ErrNotBackup},
		{short, "文件太短", ErrNotBackup},
		{notDB, "文件格式不对", ErrNotBackup},
		{broken, "损坏", ErrNotBackup},
	} {
		err := CheckBackup(c.path)
		if !errors.Is(err, c.is) || !strings.Contains(err.Error(), c.says) || !strings.Contains(err.Error(), filepath.Base(c.path)) {
			t.Errorf("%s: %v", filepath.Base(c.path), err)
		}
	}
	if err := CheckBackup(filepath.Join(dir, "没有.db")); err == nil || !strings.Contains(err.Error(), "没有.db") {
		t.Errorf("a missing file: %v", err)
	}
}

// editBolt changes a closed database file directly.
func editBolt(t *testing.T, path string, edit func(*bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(edit); err != nil {
		t.Fatal(err)
	}
}
