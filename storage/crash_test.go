package storage

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

const (
	crashFiles   = 300
	rowsPerFile  = 20
	crashEnvPath = "TAIZHANG_CRASH_DB"
)

// crashFile is the i-th generated return: one unit, rowsPerFile tasks.
func crashFile(i int) FileImport {
	unit := fmt.Sprintf("单位%03d", i)
	f := FileImport{Plan: "2018-test", Period: "2018年度", Name: unit + ".xlsx", Hash: fmt.Sprintf("hash%03d", i), Unit: unit}
	for t := 1; t <= rowsPerFile; t++ {
		f.Returns = append(f.Returns, ret(t, unit, "2018-07-05", "已完成", fmt.Sprintf("%s第%d项落实情况", unit, t)))
	}
	return f
}

// TestCrashHelper is the child process: it imports until it is killed.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv(crashEnvPath)
	if path == "" {
		t.Skip("only run as the child of TestKillDuringImport")
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	p, d := testPlan()
	s.AddPlan(p, d)
	for i := 0; i < crashFiles; {
		n := 1 + i%70 // one-file imports and grouped ones
		var batch []FileImport
		for k := 0; k < n && i < crashFiles; k++ {
			batch = append(batch, crashFile(i))
			i++
		}
		if _, _, err := s.Import(batch); err != nil {
			t.Fatal(err)
		}
	}
}

// TestKillDuringImport kills an importing process at random moments and
// checks that every file is in the ledger whole or not at all.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 6; round++ {
		path := filepath.Join(t.TempDir(), "crash.db")
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
		cmd.Env = append(os.Environ(), crashEnvPath+"="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(40+rng.Intn(400)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		whole, files := checkWhole(t, path)
		t.Logf("round %d: killed with %d files committed", round, whole)
		if whole != files {
			t.Fatalf("round %d: %d file records but %d whole files", round, files, whole)
		}
	}
}

// checkWhole reopens the database and counts files whose every row is
// there; a unit with some rows but not all, or rows without a file
// record, fails the test.
func checkWhole(t *testing.T, path string) (whole, files int) {
	if _, err := os.Stat(path); err != nil {
		return 0, 0 // killed before the file was made
	}
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer s.Close()
	rets, err := s.Returns("2018-test", "2018年度")
	if err != nil {
		t.Fatal(err)
	}
	perUnit := map[string]int{}
	for _, r := range rets {
		perUnit[r.Unit]++
	}
	s.db.View(func(tx *bolt.Tx) error {
		files = tx.Bucket(bucketFiles).Stats().KeyN
		return nil
	})
	for unit, n := range perUnit {
		if n != rowsPerFile {
			t.Fatalf("%s has %d of %d rows: a file was half written", unit, n, rowsPerFile)
		}
		whole++
	}
	return whole, files
}
