package workspace

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/internal/benchreturns"
)

var benchFiles struct {
	once  sync.Once
	dir   string
	paths []string
}

// returnsForBench writes, once, the 200 returns scripts/bench-import.sh
// times: the seed directory's units in turn, most sending several.
func returnsForBench(b *testing.B) []string {
	benchFiles.once.Do(func() {
		dir, err := filepathTemp()
		if err != nil {
			b.Fatal(err)
		}
		if benchFiles.paths, err = benchreturns.Write(dir, 200); err != nil {
			b.Fatal(err)
		}
	})
	return benchFiles.paths
}

// importOnce imports the returns into a fresh database, timing only the
// import (read, verify, match and commit) in wall and CPU time.
func importOnce(b *testing.B, paths []string) (wall, cpu time.Duration) {
	b.StopTimer()
	w, err := Open(filepath.Join(b.TempDir(), "t.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	b.StartTimer()
	start, cpu0 := time.Now(), cpuTime()
	res, out, err := w.ReadAndImport(context.Background(), paths, "", "")
	wall, cpu = time.Since(start), cpuTime()-cpu0
	if err != nil || len(out) != len(paths) || res[0].Err != nil || out[0].Count[plan.New] != 45 {
		b.Fatalf("imported %d: %v", len(out), err)
	}
	return wall, cpu
}

// BenchmarkImport200 imports 200 returns into a fresh database: read,
// verify, match and commit. Compare with BenchmarkReadCells200.
func BenchmarkImport200(b *testing.B) {
	paths := returnsForBench(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		importOnce(b, paths)
	}
}

// BenchmarkImportVsBareRead200 holds the import to its target: the whole
// import of 200 returns in at most 0.6 of the time a bare excelize read of
// the same files takes in one goroutine (scripts/bench-import.sh measures
// the same with process start included). It reports the ratios of wall
// time and, where the system gives it, of CPU time, which a busy machine
// disturbs less.
func BenchmarkImportVsBareRead200(b *testing.B) {
	paths := returnsForBench(b)
	var readWall, readCPU, impWall, impCPU time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start, cpu0 := time.Now(), cpuTime()
		for _, p := range paths {
			readCells(b, p)
		}
		readWall, readCPU = readWall+time.Since(start), readCPU+cpuTime()-cpu0
		wall, cpu := importOnce(b, paths)
		impWall, impCPU = impWall+wall, impCPU+cpu
	}
	b.ReportMetric(float64(impWall)/float64(readWall), "import/read")
	if readCPU > 0 {
		b.ReportMetric(float64(impCPU)/float64(readCPU), "import/read-cpu")
	}
}

// BenchmarkReadCells200 only reads the same files' cells with excelize's row
// iterator, in parallel as the import does: the floor the import is held to.
func BenchmarkReadCells200(b *testing.B) {
	paths := returnsForBench(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var wg sync.WaitGroup
		jobs := make(chan string)
		for n := 0; n < 2; n++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for p := range jobs {
					readCells(b, p)
				}
			}()
		}
		for _, p := range paths {
			jobs <- p
		}
		close(jobs)
		wg.Wait()
	}
}

func readCells(b *testing.B, path string) int {
	f, err := excelize.OpenFile(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	n := 0
	for _, s := range f.GetSheetList() {
		rows, err := f.Rows(s)
		if err != nil {
			b.Fatal(err)
		}
		for rows.Next() {
			cols, _ := rows.Columns()
			n += len(cols)
		}
		rows.Close()
	}
	return n
}

func filepathTemp() (string, error) {
	dir, err := os.MkdirTemp("", "taizhang-bench-")
	benchFiles.dir = dir
	return dir, err
}

// TestMain removes the generated returns, which outlive single benchmarks.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchFiles.dir != "" {
		os.RemoveAll(benchFiles.dir)
	}
	os.Exit(code)
}
