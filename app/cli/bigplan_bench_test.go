package cli

import (
	"io"
	"path/filepath"
	"testing"

	"taizhang/internal/bigplan"
)

// bigPlanFile writes the master sheet of a 10,000-task plan among 40 units.
func bigPlanFile(b *testing.B) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "plan-10000.xlsx")
	if err := bigplan.WritePlan(path, 10000, bigplan.Units); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkPlanImport10k reads the master sheet and stores the plan, as
// `taizhang plan import` does.
func BenchmarkPlanImport10k(b *testing.B) {
	file := bigPlanFile(b)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), "t.db")
		b.StartTimer()
		if code := Run([]string{"plan", "--db", db, "import", file}, io.Discard, io.Discard); code != ExitOK {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkTasksJSON10k lists the plan's tasks with their parsed roles.
func BenchmarkTasksJSON10k(b *testing.B) {
	file := bigPlanFile(b)
	db := filepath.Join(b.TempDir(), "t.db")
	if code := Run([]string{"plan", "--db", db, "import", file}, io.Discard, io.Discard); code != ExitOK {
		b.Fatalf("exit %d", code)
	}
	b.ReportAllocs()
	for b.Loop() {
		if code := Run([]string{"tasks", "--db", db, "--json"}, io.Discard, io.Discard); code != ExitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
