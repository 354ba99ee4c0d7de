package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/internal/fakeledger"
)

func sampleSummary(t testing.TB) (*plan.Plan, *plan.Directory, []plan.Return, *SummaryData) {
	t.Helper()
	p, d := seedPlan(t)
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 7)
	return p, d, rets, Summary(p, d, "", rets, testNow)
}

func TestSummaryData(t *testing.T) {
	p, d, rets, s := sampleSummary(t)
	if s.Title != "翁源县2018年政务公开工作要点落实情况汇总表" || s.Office != "翁源县人民政府办公室" {
		t.Errorf("title %q, office %q", s.Title, s.Office)
	}
	sections, tasks, rows := 0, 0, 0
	for _, b := range s.Blocks {
		if b.Task == nil {
			sections++
			continue
		}
		tasks++
		rows += len(b.Rows)
	}
	if sections != len(p.Sections) || tasks != len(p.Tasks) || rows != len(rets) || s.Returns != len(rets) {
		t.Errorf("%d sections, %d tasks, %d rows for %d returns", sections, tasks, rows, len(rets))
	}
	owed := 0
	for _, task := range p.Tasks {
		owed += len(d.Owers(task.UnitsText, p.SupportOwes))
	}
	if s.Stats.Total.Total != owed || s.Stats.Count(s.Stats.Total, plan.StatusMissing) != owed-len(rets) {
		t.Errorf("stats total %d (未报送 %d) for %d owed, %d returned", s.Stats.Total.Total,
			s.Stats.Count(s.Stats.Total, plan.StatusMissing), owed, len(rets))
	}
	missing := 0
	for i, m := range s.Missing {
		missing += len(m.Tasks)
		if m.Owed-m.Reported != len(m.Tasks) || i > 0 && len(m.Tasks) > len(s.Missing[i-1].Tasks) {
			t.Errorf("missing line %d: %+v", i, m)
		}
	}
	if missing != owed-len(rets) {
		t.Errorf("%d missing in the 催报 list, want %d", missing, owed-len(rets))
	}
}

func TestSummaryTaskWithoutReturns(t *testing.T) {
	p, d := seedPlan(t)
	rets := []plan.Return{fakeledger.Return(p, p.DefaultPeriod(), 2, "县财政局", 1)}
	s := Summary(p, d, "", rets, testNow)
	for _, b := range s.Blocks {
		if b.Task != nil && b.Task.No == 1 && len(b.Rows) != 0 {
			t.Errorf("task 1 has rows %+v", b.Rows)
		}
	}
	m := s.Sheets()[0]
	for _, b := range m.Tables[0].Blocks {
		if len(b.Shared) > 0 && b.Shared[0] == "1" {
			if got := strings.Join(b.Rows[0], "|"); got != NoReturn+"||未报送|||||" {
				t.Errorf("task 1 row %q", got)
			}
		}
	}
	// A return from a unit that does not owe the task still shows, after the owers.
	rets = append(rets, fakeledger.Return(p, p.DefaultPeriod(), 1, "县财政局", 2))
	s = Summary(p, d, "", rets, testNow)
	for _, b := range s.Blocks {
		if b.Task != nil && b.Task.No == 1 && (len(b.Rows) != 1 || b.Rows[0].Unit != "县财政局") {
			t.Errorf("task 1 rows %+v", b.Rows)
		}
	}
}

func summaryBook(t testing.TB, s *SummaryData) ([]byte, *excelize.File) {
	t.Helper()
	var buf bytes.Buffer
	must(t, WriteSummaryXLSX(&buf, s))
	return buf.Bytes(), openBook(t, buf.Bytes())
}

// TestSummaryReadBack reads the 汇总表 back cell by cell and compares it
// with the ledger, merged task cells included.
func TestSummaryReadBack(t *testing.T) {
	_, _, rets, s := sampleSummary(t)
	_, f := summaryBook(t, s)
	if got := strings.Join(f.GetSheetList(), ","); got != "汇总表,未报送,统计" {
		t.Fatalf("sheets %s", got)
	}
	merged := map[string]string{}
	mcs, err := f.GetMergeCells(SheetSummary)
	must(t, err)
	for _, m := range mcs {
		merged[m.GetStartAxis()] = m.GetEndAxis()
	}
	grid, err := f.GetRows(SheetSummary)
	must(t, err)
	val := func(c, r int) string {
		if r-1 < len(grid) && c-1 < len(grid[r-1]) {
			return grid[r-1][c-1]
		}
		return ""
	}
	byKey := map[string]plan.Return{}
	for _, r := range rets {
		byKey[fmt.Sprint(r.Task, r.Unit)] = r
	}
	head := []string{"序号", "工作任务", "具体要求", "牵头落实单位", "报送单位", "落实情况", "完成状态", "存在问题", "下一步工作计划", "佐证材料", "报送日期", "备注"}
	for i, h := range head {
		if got := strings.ReplaceAll(val(i+1, 4), "\n", ""); got != h {
			t.Errorf("header %d = %q, want %q", i+1, got, h)
		}
	}
	if !strings.HasPrefix(val(1, 3), "制表单位：翁源县人民政府办公室") || val(7, 3) != "制表时间：2018年7月5日" {
		t.Errorf("info line %q / %q", val(1, 3), val(7, 3))
	}
	row, seen := 5, 0
	for _, b := range s.Blocks {
		if b.Task == nil {
			if val(1, row) != b.Section || merged[cell(1, row)] != cell(len(head), row) {
				t.Errorf("row %d: section %q, merged to %q", row, val(1, row), merged[cell(1, row)])
			}
			row++
			continue
		}
		n := max(len(b.Rows), 1)
		// The task's cells are merged down its rows, part by part where
		// the block runs over pages, each later part marked （续）.
		shared := []string{strconv.Itoa(b.Task.No), b.Task.Subsection, b.Task.Text, b.Task.UnitsText}
		for start, part := row, 0; start < row+n; part++ {
			want := shared
			if part > 0 {
				want = continued(shared)
			}
			end := start
			if m, ok := merged[cell(1, start)]; ok {
				_, end, _ = excelize.CellNameToCoordinates(m)
			}
			if end >= row+n || end < start {
				t.Fatalf("task %d part %d merged %d..%d of rows %d..%d", b.Task.No, part, start, end, row, row+n-1)
			}
			for c, w := range want {
				if got := val(c+1, start); got != w {
					t.Errorf("task %d part %d column %d = %q, want %q", b.Task.No, part, c+1, got, w)
				}
				if end > start && merged[cell(c+1, start)] != cell(c+1, end) {
					t.Errorf("task %d column %d merged to %q, want %s", b.Task.No, c+1, merged[cell(c+1, start)], cell(c+1, end))
				}
			}
			start = end + 1
		}
		for i, r := range b.Rows {
			ret, ok := byKey[fmt.Sprint(b.Task.No, val(5, row+i))]
			if !ok || r.Unit != ret.Unit {
				t.Fatalf("row %d: unit %q has no return on task %d", row+i, val(5, row+i), b.Task.No)
			}
			status := ret.Status
			if status == "" {
				status = ret.RawStatus
			}
			want := []string{ShortURLs(ret.Text), status, ret.Problems, ret.Next, ShortURLs(ret.Evidence), ShownDate(ret.Date, testNow.Year()), ret.Remark}
			for c, w := range want {
				if got := val(6+c, row+i); got != w {
					t.Errorf("row %d column %d = %q, want %q", row+i, 6+c, got, w)
				}
			}
			seen++
		}
		row += n
	}
	if seen != len(rets) {
		t.Errorf("read back %d returns of %d", seen, len(rets))
	}
}

// TestFormulaLookingTextStaysText: what a unit wrote is never run as a
// formula, whatever it starts with.
func TestFormulaLookingTextStaysText(t *testing.T) {
	p, d := seedPlan(t)
	var rets []plan.Return
	texts := []string{"=SUM(A1)", "+86 0751", "-", "@x", "=HYPERLINK(\"http://x\",\"y\")"}
	for i, txt := range texts {
		r := fakeledger.Return(p, p.DefaultPeriod(), i+2, "县财政局", i)
		r.Text, r.Problems, r.Status = txt, txt, plan.StatusDone
		rets = append(rets, r)
	}
	data, f := summaryBook(t, Summary(p, d, "", rets, testNow))
	for _, part := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"} {
		if xml := zipPart(t, data, part); regexp.MustCompile(`<f[ >]`).MatchString(xml) {
			t.Errorf("%s has a formula: %s", part, between(xml, "<f", "</f>"))
		}
	}
	rows, err := f.GetRows(SheetSummary)
	must(t, err)
	found := map[string]int{}
	for _, r := range rows {
		for _, c := range r {
			found[c]++
		}
	}
	for _, txt := range texts {
		if found[txt] < 2 {
			t.Errorf("%q read back %d times, want 2", txt, found[txt])
		}
	}
}

func TestSummaryPrintSetup(t *testing.T) {
	_, _, _, s := sampleSummary(t)
	data, f := summaryBook(t, s)
	checkPrintSetup(t, f, data, SheetSummary, "sheet1", 4)
	checkPrintSetup(t, f, data, SheetMissing, "sheet2", 4)
	checkPrintSetup(t, f, data, SheetStats, "sheet3", 4)
	if xml := zipPart(t, data, "xl/worksheets/sheet3.xml"); !strings.Contains(xml, "<drawing ") {
		t.Error("统计 has no chart")
	}
}

// checkPrintSetup checks A4 landscape at the scale the program set, the
// header row on every page, the page-number footer and a true used range.
func checkPrintSetup(t *testing.T, f *excelize.File, data []byte, name, part string, headerRow int) {
	t.Helper()
	pl, err := f.GetPageLayout(name)
	must(t, err)
	if *pl.Size != 9 || *pl.Orientation != "landscape" || pl.AdjustTo == nil || *pl.AdjustTo < 10 || *pl.AdjustTo > 100 {
		t.Errorf("%s page layout: size %d, %s, scale %v", name, *pl.Size, *pl.Orientation, pl.AdjustTo)
	}
	props, err := f.GetSheetProps(name)
	must(t, err)
	if props.FitToPage != nil && *props.FitToPage {
		t.Errorf("%s: fitted to the page, not at the program's scale", name)
	}
	titles := ""
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == name {
			titles = dn.RefersTo
		}
	}
	if want := fmt.Sprintf("'%s'!$%d:$%d", name, headerRow, headerRow); titles != want {
		t.Errorf("%s print titles %q, want %q", name, titles, want)
	}
	hf, err := f.GetHeaderFooter(name)
	must(t, err)
	if hf.OddFooter != "&C第 &P 页 共 &N 页" {
		t.Errorf("%s footer %q", name, hf.OddFooter)
	}
	xml := zipPart(t, data, "xl/worksheets/"+part+".xml")
	if dim := between(xml, "<dimension", ">"); !regexp.MustCompile(`ref="A1:[A-Z]+[0-9]+"`).MatchString(dim) {
		t.Errorf("%s dimension %s", name, dim)
	}
	setup := between(xml, "<pageSetup", ">")
	for _, attr := range []string{`paperSize="9"`, `orientation="landscape"`, `scale="`} {
		if !strings.Contains(setup, attr) {
			t.Errorf("%s pageSetup lacks %s: %s", name, attr, setup)
		}
	}
}

// TestRowHeightsFitText: every row is at least as tall as its wrapped text.
func TestRowHeightsFitText(t *testing.T) {
	_, _, _, s := sampleSummary(t)
	_, f := summaryBook(t, s)
	rows, err := f.GetRows(SheetSummary)
	must(t, err)
	widths := make([]float64, len(summaryCols))
	for i, c := range summaryCols {
		widths[i] = c.Width
	}
	merged, err := f.GetMergeCells(SheetSummary)
	must(t, err)
	inMerge := map[string]bool{}
	for _, m := range merged {
		inMerge[m.GetStartAxis()] = m.GetStartAxis() != m.GetEndAxis()
	}
	for r := 4; r < len(rows); r++ {
		h, err := f.GetRowHeight(SheetSummary, r+1)
		must(t, err)
		for c, v := range rows[r] {
			if c >= len(widths) || inMerge[cell(c+1, r+1)] {
				continue
			}
			if need := linesHeight(cellLines(v, widths[c], bodyPt), bodyPt); h < min(need, maxRowPt) {
				t.Errorf("row %d is %.0fpt, %q needs %.0fpt", r+1, h, plan.ShortText(v, 20), need)
			}
		}
	}
}

func TestMissingAndStatsSheets(t *testing.T) {
	_, _, _, s := sampleSummary(t)
	_, f := summaryBook(t, s)
	rows, err := f.GetRows(SheetMissing)
	must(t, err)
	for i, m := range s.Missing {
		want := []string{strconv.Itoa(i + 1), m.Unit, strconv.Itoa(m.Owed), strconv.Itoa(m.Reported), m.TaskText()}
		if got := strings.Join(rows[4+i], "|"); got != strings.Join(want, "|") {
			t.Errorf("未报送 row %d = %q, want %q", 5+i, got, strings.Join(want, "|"))
		}
	}
	stats, err := f.GetRows(SheetStats)
	must(t, err)
	want := statCells(s.Stats.Total)
	found := false
	for _, r := range stats {
		found = found || strings.Join(r, "|") == strings.Join(want, "|")
	}
	if !found {
		t.Errorf("统计 has no total row %q", want)
	}
	typ, err := f.GetCellType(SheetStats, "B6")
	must(t, err)
	if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("counts are not numbers: %v", typ)
	}
}

// The 汇总表 prints its 五号 text at 9 pt or more: its scale comes from its
// own column widths, and the page breaks the program puts follow it.
func TestSummaryPrintsAtNinePoints(t *testing.T) {
	var widths []float64
	for _, c := range summaryCols {
		widths = append(widths, c.Width)
	}
	if pt := fitScale(widths) * bodyPt; pt < 9 {
		t.Errorf("汇总表 prints at %.2f pt", pt)
	}
	_, _, _, s := sampleSummary(t)
	_, f := summaryBook(t, s)
	pl, err := f.GetPageLayout(SheetSummary)
	must(t, err)
	if pl.AdjustTo == nil || float64(*pl.AdjustTo) != fitScale(widths)*100 {
		t.Errorf("scale %v, want %.0f", pl.AdjustTo, fitScale(widths)*100)
	}
}
