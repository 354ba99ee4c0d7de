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

// bigLedgerDB is a database holding the 10,000-task plan and every
// unit's return.
func bigLedgerDB(b *testing.B) string {
	b.Helper()
	dir := b.TempDir()
	plan := filepath.Join(dir, "plan-10000.xlsx")
	returns := filepath.Join(dir, "returns")
	if err := bigplan.WritePlan(plan, 10000, bigplan.Units); err != nil {
		b.Fatal(err)
	}
	if err := bigplan.WriteReturns(returns, 10000, bigplan.Units); err != nil {
		b.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	if code := Run([]string{"plan", "--db", db, "import", plan}, io.Discard, io.Discard); code != ExitOK {
		b.Fatalf("plan import: exit %d", code)
	}
	files, _ := filepath.Glob(filepath.Join(returns, "*.xlsx"))
	if code := Run(append([]string{"import", "--db", db}, files...), io.Discard, io.Discard); code != ExitOK {
		b.Fatalf("import: exit %d", code)
	}
	return db
}

// BenchmarkExportSummary10k exports the summary of 10,000 tasks among 40
// units, 20,000 returns, as `taizhang export summary` does.
func BenchmarkExportSummaryXLSX10k(b *testing.B) { benchExport(b, "汇总表.xlsx") }

func BenchmarkExportSummaryPDF10k(b *testing.B) { benchExport(b, "汇总表.pdf") }

func benchExport(b *testing.B, name string) {
	db := bigLedgerDB(b)
	out := filepath.Join(b.TempDir(), name)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if code := Run([]string{"export", "summary", "--db", db, "-o", out}, io.Discard, io.Discard); code != ExitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
