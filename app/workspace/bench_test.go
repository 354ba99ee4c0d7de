package workspace

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/seeds"
)

// benchUnit names the i-th reporting unit of the benchmark: 200 returns
// from 200 units, as a large county's one round of reporting.
func benchUnit(i int) string { return fmt.Sprintf("县测试单位%03d", i) }

// withBenchUnits adds the benchmark's units to the directory.
func withBenchUnits(b *testing.B, w *Workspace, n int) {
	d := *w.Dir
	d.Units = append([]plan.Unit{}, d.Units...)
	for i := 0; i < n; i++ {
		d.Units = append(d.Units, plan.Unit{Name: benchUnit(i), Kind: plan.KindDepartment})
	}
	if err := w.SaveDirectory(&d); err != nil {
		b.Fatal(err)
	}
	if err := w.Reload(); err != nil {
		b.Fatal(err)
	}
}

// makeReturns writes n returns in the office's format, 45 tasks each, with
// realistic Chinese text, for the import benchmark.
func makeReturns(b *testing.B, dir string, n int) []string {
	b.Helper()
	p, _, err := seeds.Default()
	if err != nil {
		b.Fatal(err)
	}
	var paths []string
	for i := 0; i < n; i++ {
		unit := benchUnit(i)
		f := excelize.NewFile()
		s := "Sheet1"
		f.SetCellStr(s, "A1", "翁源县2018年政务公开工作要点落实情况表")
		f.SetCellStr(s, "A2", "填报单位（盖章）："+unit)
		f.SetCellStr(s, "I2", fmt.Sprintf("填报日期：2018年7月%d日", 1+i%28))
		f.SetSheetRow(s, "A3", &[]any{"序号", "工作任务", "具体要求", "牵头落实单位", "落实情况", "完成状态", "存在问题", "下一步工作计划", "佐证材料", "备注"})
		for k := 0; k < 45; k++ {
			t := p.Tasks[(k+i)%len(p.Tasks)]
			row := []any{t.No, t.Subsection, fmt.Sprintf("%d.%s", t.No, t.Text), t.UnitsText,
				fmt.Sprintf("%s按要求推进第%d项工作，已在县政府门户网站专栏公开相关信息，建立了工作台账，明确专人负责。", unit, t.No),
				plan.Statuses[(k+i)%5], "部分信息更新不够及时。", "下半年完成专栏改版。", "http://www.wengyuan.gov.cn/zwgk/", ""}
			f.SetSheetRow(s, fmt.Sprintf("A%d", k+4), &row)
		}
		path := filepath.Join(dir, fmt.Sprintf("%03d-%s.xlsx", i, unit))
		if err := f.SaveAs(path); err != nil {
			b.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

var benchFiles struct {
	once  sync.Once
	dir   string
	paths []string
}

func returnsForBench(b *testing.B) []string {
	benchFiles.once.Do(func() {
		dir, err := filepathTemp()
		if err != nil {
			b.Fatal(err)
		}
		benchFiles.paths = makeReturns(b, dir, 200)
	})
	return benchFiles.paths
}

// BenchmarkImport200 imports 200 returns into a fresh database: read,
// verify, match and commit. Compare with BenchmarkReadCells200.
func BenchmarkImport200(b *testing.B) {
	paths := returnsForBench(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		w, err := Open(filepath.Join(b.TempDir(), "t.db"))
		if err != nil {
			b.Fatal(err)
		}
		withBenchUnits(b, w, len(paths))
		b.StartTimer()
		res, out, err := w.ReadAndImport(context.Background(), paths, "", "")
		if err != nil || len(out) != len(paths) || out[len(out)-1].Count[plan.New] != 45 || res[0].Unit != benchUnit(0) {
			b.Fatalf("imported %d: %v", len(out), err)
		}
		b.StopTimer()
		w.Close()
		b.StartTimer()
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
