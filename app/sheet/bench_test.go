package sheet

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"taizhang/internal/fixture"
)

// The import benchmark: 200 returns of 45 task rows each, as the office's
// template produces them, read by Read against merely reading their cells
// with excelize's row iterator. Read verifies every part and normalises
// values on top, so it should cost at most 1.5 times the bare read.

const benchReturns = 200

var (
	benchOnce  sync.Once
	benchDir   string
	benchPaths []string
	benchErr   error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// returnFiles generates the return files once per test binary run: the
// benchmark functions are called several times with growing b.N.
func returnFiles(tb testing.TB) []string {
	tb.Helper()
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "sheet-bench-")
		if benchErr != nil {
			return
		}
		for i := range benchReturns {
			p := filepath.Join(benchDir, fmt.Sprintf("县直单位%03d-落实情况.xlsx", i))
			if benchErr = writeReturn(p, i); benchErr != nil {
				return
			}
			benchPaths = append(benchPaths, p)
		}
	})
	if benchErr != nil {
		tb.Fatal(benchErr)
	}
	return benchPaths
}

var (
	benchTasks = []string{"（一）围绕建设法治政府全面推进政务公开", "（二）围绕促进经济发展加强政策解读", "（三）围绕保障和改善民生推进信息公开", "（四）加强政务舆情回应和平台建设"}
	benchState = []string{"已完成", "持续推进", "进度滞后", "未启动"}
	benchLead  = []string{"县府办牵头，各镇（场）政府、县直各部门负责", "县发改局牵头，县直各有关部门负责", "县财政局、县审计局按职责分工负责"}
)

func writeReturn(path string, unit int) error {
	f := excelize.NewFile()
	defer f.Close()
	const s = "Sheet1"
	set := func(cell string, v any) {
		if err := f.SetCellValue(s, cell, v); err != nil {
			panic(err)
		}
	}
	set("A1", "翁源县2018年政务公开工作要点落实情况表")
	if err := f.MergeCell(s, "A1", "J1"); err != nil {
		return err
	}
	set("A2", fmt.Sprintf("填报单位（盖章）：县直单位%03d", unit))
	set("E2", "填报人：李明")
	set("G2", "联系电话：0751-2812345")
	set("I2", "填报日期：2018年7月5日")
	header := []any{"序号", "工作任务", "具体要求", "牵头落实单位", "落实情况", "完成状态", "存在问题", "下一步工作计划", "佐证材料", "备注"}
	if err := f.SetSheetRow(s, "A3", &header); err != nil {
		return err
	}
	for r := range 45 {
		n := r + 1
		row := []any{
			n,
			benchTasks[r*len(benchTasks)/45],
			fmt.Sprintf("%d.结合政府机构改革和职能优化，做好第%d项权责清单调整和公开工作，强化对行政权力的制约和监督，推动依法全面规范履职。", n, n),
			benchLead[(r+unit)%len(benchLead)],
			fmt.Sprintf("县直单位%03d按要求推进第%d项工作，建立了工作台账，明确专人负责，已在县政府门户网站专栏公开相关信息%d条。", unit, n, (n*7+unit)%50),
			benchState[(r+unit)%len(benchState)],
			"部分信息更新不够及时，人员力量不足。",
			"下半年完成专栏改版，加强督促检查。",
			"http://www.wengyuan.gov.cn/zwgk/",
			"",
		}
		if err := f.SetSheetRow(s, fmt.Sprintf("A%d", r+4), &row); err != nil {
			return err
		}
	}
	return f.SaveAs(path)
}

// One op is the import of all 200 files. Besides ns/op, both report
// cpu-ns/op, the process CPU time, which is what to compare on a busy
// machine.
func BenchmarkReadXLSX(b *testing.B) {
	benchImport(b, readAll)
}

func BenchmarkExcelizeRowsBaseline(b *testing.B) {
	benchImport(b, excelizeAll)
}

func benchImport(b *testing.B, run func(testing.TB, []string)) {
	paths := returnFiles(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		run(b, paths)
	}
	if c := cpuTime(); c > 0 {
		b.ReportMetric(float64(c-cpu)/float64(b.N), "cpu-ns/op")
	}
}

func readAll(tb testing.TB, paths []string) {
	for _, p := range paths {
		book, err := ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		if len(book.Sheets[0].Rows) != 48 {
			tb.Fatalf("%d rows", len(book.Sheets[0].Rows))
		}
	}
}

func excelizeAll(tb testing.TB, paths []string) {
	for _, p := range paths {
		if n := excelizeRows(tb, p); n != 48 {
			tb.Fatalf("%d rows", n)
		}
	}
}

// excelizeRows is the baseline: open, and collect every sheet's cells with
// the row iterator.
func excelizeRows(tb testing.TB, path string) int {
	f, err := excelize.OpenFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	n := 0
	for _, name := range f.GetSheetList() {
		rows, err := f.Rows(name)
		if err != nil {
			tb.Fatal(err)
		}
		var grid [][]string
		for rows.Next() {
			cols, err := rows.Columns()
			if err != nil {
				tb.Fatal(err)
			}
			grid = append(grid, cols)
		}
		rows.Close()
		n += len(grid)
	}
	return n
}

// TestZipBombBounded reads the 2 GiB bomb and checks time and memory.
func TestZipBombBounded(t *testing.T) {
	p := fixture.Path(t, "fixtures/bad/zipbomb.xlsx")
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := ReadFile(p)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if r := reasonOf(t, err); r != TooLarge {
		t.Fatalf("reason %v: %v", r, err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	heap := int64(after.HeapInuse) - int64(before.HeapInuse)
	t.Logf("zip bomb refused in %v, allocated %.1f MB in total, heap in use %+.1f MB", elapsed, float64(alloc)/(1<<20), float64(heap)/(1<<20))
	if alloc > 100<<20 {
		t.Errorf("allocated %d bytes", alloc)
	}
}

func BenchmarkZipBomb(b *testing.B) {
	data, err := os.ReadFile(fixture.Path(b, "fixtures/bad/zipbomb.xlsx"))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("zipbomb.xlsx", data); err == nil {
			b.Fatal("read")
		}
	}
}

// BenchmarkZipBombUnderstated is the harder bomb: headers that claim a
// size small enough to pass the directory checks (under 64 MB and a
// believable ratio), so the refusal comes from inflating: archive/zip stops
// at the declared size, and the buffer never grows past it.
func BenchmarkZipBombUnderstated(b *testing.B) {
	big := make([]byte, 256<<20)
	for i := range big {
		big[i] = ' '
	}
	compressed := deflate(big)
	declared := min(60<<20, int64(len(compressed))*(maxRatio-10))
	parts := entriesOf(xlsxParts(wpsSheet))
	for i := range parts {
		if parts[i].name == "xl/worksheets/sheet1.xml" {
			parts[i] = zipEntry{name: parts[i].name, data: big, raw: true, compressed: compressed, uncompressedSizeDelta: declared - int64(len(big))}
		}
	}
	data := buildZip(b, parts)
	big = nil
	b.Logf("%d KB file, entry declares %d MB, inflates to 256 MB", len(data)>>10, declared>>20)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, err := Read("bomb.xlsx", data)
		if err == nil {
			b.Fatal("read")
		}
		var re *RefusedError
		if !errors.As(err, &re) || (re.Reason != Damaged && re.Reason != TooLarge) {
			b.Fatal(err)
		}
	}
}
