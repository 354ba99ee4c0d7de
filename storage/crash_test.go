package storage

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

const (
	rowsPerFile  = 20
	crashEnvPath = "TAIZHANG_CRASH_DB"
)

// crashBatches are the imports the child makes, in files: single-file
// imports and grouped ones, one of them long enough to be written in many
// transactions. They add up to 300 files.
var crashBatches = []int{1, 1, 2, 5, 20, 150, 1, 70, 50}

// crashChunk is how many files the child hands to one Batch.Add when the
// i-th file comes next: varied, as the reader delivers them.
func crashChunk(i int) int { return 1 + i%13 }

// crashFile is the i-th generated return: one unit, rowsPerFile tasks.
func crashFile(i int) FileImport {
	unit := fmt.Sprintf("单位%03d", i)
	f := FileImport{Plan: "2018-test", Period: "2018年度", Name: unit + ".xlsx", Hash: fmt.Sprintf("hash%03d", i), Unit: unit}
	for t := 1; t <= rowsPerFile; t++ {
		f.Returns = append(f.Returns, ret(t, unit, "2018-07-05", "已完成", fmt.Sprintf("%s第%d项落实情况", unit, t)))
	}
	return f
}

// TestCrashHelper is the child process: it imports until it is killed,
// saying on stdout when an import begins ("begin <files before> <size>")
// and after each commit ("committed <files in the ledger>").
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
	if err := s.AddPlan(p, d); err != nil {
		t.Fatal(err)
	}
	i := 0
	for _, size := range crashBatches {
		fmt.Printf("begin %d %d\n", i, size)
		b := s.NewBatch()
		for end := i + size; i < end; {
			var chunk []FileImport
			for n := min(crashChunk(i), end-i); n > 0; n-- {
				chunk = append(chunk, crashFile(i))
				i++
			}
			if _, err := b.Add(chunk); err != nil {
				t.Fatal(err)
			}
			fmt.Printf("committed %d\n", i)
		}
	}
}

// crashLog is what the child said before it died.
type crashLog struct {
	committed   int // files the child saw committed
	begun, size int // the last import begun: files before it, and its size
}

func (l *crashLog) read(line string) {
	f := strings.Fields(line)
	num := func(k int) int { n, _ := strconv.Atoi(f[k]); return n }
	switch {
	case len(f) == 2 && f[0] == "committed":
		l.committed = num(1)
	case len(f) == 3 && f[0] == "begin":
		l.begun, l.size = num(1), num(2)
	}
}

// crashRun starts the child on a fresh database and kills it once kill
// says so (fed every line the child prints) or after wait, whichever is
// first. It returns everything the child printed before it died.
func crashRun(t *testing.T, path string, kill func(crashLog) bool, wait time.Duration) crashLog {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$")
	cmd.Env = append(os.Environ(), crashEnvPath+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(wait, func() { cmd.Process.Kill() })
	defer timer.Stop()
	var log crashLog
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		log.read(sc.Text())
		if kill(log) {
			cmd.Process.Kill()
			break
		}
	}
	for sc.Scan() { // lines written before the kill landed
		log.read(sc.Text())
	}
	cmd.Wait()
	return log
}

// TestKillDuringImport kills an importing process at chosen and at random
// moments and checks that every file is in the ledger whole or not at all,
// and that no commit the child saw finish is lost. The rounds must include
// a kill after a commit and one in the middle of an import written in
// several transactions, or the test proves nothing.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	never := func(crashLog) bool { return false }
	atCommitted := func(n int) func(crashLog) bool {
		return func(l crashLog) bool { return l.committed >= n }
	}
	type round struct {
		kill func(crashLog) bool
		wait time.Duration
	}
	firstBegins := func(l crashLog) bool { return l.size > 0 }
	rounds := []round{
		{firstBegins, time.Minute},      // before anything is committed
		{atCommitted(1), time.Minute},   // after the first import
		{atCommitted(40), time.Minute},  // inside the 150-file import
		{atCommitted(120), time.Minute}, // deeper inside it
		{atCommitted(270), time.Minute}, // inside the last import
	}
	rng := rand.New(rand.NewSource(1))
	for k := 0; k < 4; k++ {
		rounds = append(rounds, round{never, time.Duration(40+rng.Intn(400)) * time.Millisecond})
	}
	afterCommit, midImport := 0, 0
	for r, rd := range rounds {
		path := filepath.Join(t.TempDir(), "crash.db")
		log := crashRun(t, path, rd.kill, rd.wait)
		whole, files := checkWhole(t, path)
		t.Logf("round %d: child saw %d files committed, ledger has %d; last import began after %d files, %d long", r, log.committed, whole, log.begun, log.size)
		if whole != files {
			t.Fatalf("round %d: %d file records but %d whole files", r, files, whole)
		}
		if whole < log.committed {
			t.Fatalf("round %d: the child saw %d files committed but the ledger has %d", r, log.committed, whole)
		}
		if whole > 0 {
			afterCommit++
		}
		if whole > log.begun && whole < log.begun+log.size {
			midImport++
		}
	}
	if afterCommit == 0 || midImport == 0 {
		t.Fatalf("%d kills after a commit, %d in the middle of an import: both must happen", afterCommit, midImport)
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
