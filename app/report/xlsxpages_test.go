package report

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"taizhang/app/plan"
)

// TestSummaryPagesBreakAtTasks: the 40-unit summary is broken into pages
// by the program, between tasks or with the task repeated and marked
// （续）, and no page holds more rows than fit on it.
func TestSummaryPagesBreakAtTasks(t *testing.T) {
	p, d := seedPlan(t)
	s := Summary(p, d, "", fortyReturns(p, d), testNow)
	data, f := summaryBook(t, s)
	xml := zipPart(t, data, "xl/worksheets/sheet1.xml")
	var breaks []int // the first row of each page after the first
	for _, m := range regexp.MustCompile(`<brk id="(\d+)"`).FindAllStringSubmatch(xml, -1) {
		n, _ := strconv.Atoi(m[1])
		breaks = append(breaks, n+1)
	}
	if len(breaks) < 20 {
		t.Fatalf("%d page breaks", len(breaks))
	}
	rows, err := f.GetRows(SheetSummary)
	must(t, err)
	widths := make([]float64, len(summaryCols))
	for i, c := range summaryCols {
		widths[i] = c.Width
	}
	page := pageRowsPt(widths)
	head, err := f.GetRowHeight(SheetSummary, 4)
	must(t, err)
	conts := 0
	for i, b := range breaks {
		v := rows[b-1]
		// A page starts with a section, or a task (or part of one) whose
		// 序号 is there: inside a merged task the first cell is empty.
		if len(v) == 0 || v[0] == "" {
			t.Errorf("page %d starts at row %d inside a task: %q", i+2, b, v)
		}
		if len(v) > 2 && strings.HasPrefix(v[2], ContinuedMark) {
			conts++
		}
		end := len(rows) + 1
		if i+1 < len(breaks) {
			end = breaks[i+1]
		}
		used := head
		for r := b; r < end; r++ {
			h, err := f.GetRowHeight(SheetSummary, r)
			must(t, err)
			used += h
		}
		if used > page+0.5 && end-b > 1 {
			t.Errorf("page %d holds %.0fpt of rows, %.0fpt fit", i+2, used, page)
		}
	}
	if conts == 0 {
		t.Error("no task continued on a new page is marked （续）")
	}
}

// TestChartOnFirstPage: the statistics chart writes its counts in dark
// labels and sits under the section totals, before any page break.
func TestChartOnFirstPage(t *testing.T) {
	_, _, _, s := sampleSummary(t)
	data, _ := summaryBook(t, s)
	chart := zipPart(t, data, "xl/charts/chart1.xml")
	for _, want := range []string{`showVal val="1"`, ChartInk} {
		if !strings.Contains(chart, want) {
			t.Errorf("the chart has no %s", want)
		}
	}
	drawing := zipPart(t, data, "xl/drawings/drawing1.xml")
	m := regexp.MustCompile(`<xdr:from><xdr:col>\d+</xdr:col><xdr:colOff>\d+</xdr:colOff><xdr:row>(\d+)</xdr:row>`).FindStringSubmatch(drawing)
	if m == nil {
		t.Fatalf("no chart anchor in %s", drawing)
	}
	anchor, _ := strconv.Atoi(m[1]) // 0-based
	sheet := zipPart(t, data, "xl/worksheets/sheet3.xml")
	if b := regexp.MustCompile(`<brk id="(\d+)"`).FindStringSubmatch(sheet); b != nil {
		if first, _ := strconv.Atoi(b[1]); first < anchor+chartRows {
			t.Errorf("a page break at row %d comes before the chart's end (rows %d–%d)", first+1, anchor+1, anchor+chartRows)
		}
	}
	if top := 4 + 1 + len(s.Stats.Sections) + 1; anchor+1 < top {
		t.Errorf("the chart starts at row %d, inside the section table", anchor+1)
	}
}

// TestSummaryRowsMeasuredAsShown: a row is as tall as its text as the
// reader shows it: a return of short cells takes one line (its date as
// 7月5日, not as stored), and a web address moved whole to a line of its
// own is counted so.
func TestSummaryRowsMeasuredAsShown(t *testing.T) {
	p, d := seedPlan(t)
	_, f := summaryBook(t, Summary(p, d, "", fortyReturns(p, d), testNow))
	rows, err := f.GetRows(SheetSummary)
	must(t, err)
	low := 1000.0
	for i, r := range rows {
		if len(r) > 5 && r[4] != "" && r[4] != "报送\n单位" {
			h, err := f.GetRowHeight(SheetSummary, i+1)
			must(t, err)
			low = min(low, h)
		}
	}
	if low != minRowPt {
		t.Errorf("the lowest return row is %v pt, want %v", low, float64(minRowPt))
	}
	url := "详见 wengyuan.gov.cn/zwgk/zcjd/content/post_123456.html"
	lines := sheetLines(url, colPixels(37)-cellPadPx, excelAdvance(bodyPt))
	if len(lines) != 3 || lines[0] != "详见" {
		t.Errorf("%q measured as %q", url, lines)
	}
}

// An answer taller than Excel's 409 pt row goes on into the rows below,
// each marked （续）; no text is lost and no row is taller than Excel allows.
func TestTallAnswerContinued(t *testing.T) {
	p, d := seedPlan(t)
	long := strings.Repeat("今年以来，我局通过政府门户网站公开政策文件12件，政策解读5篇，及时回应社会关切。", 45)
	rets := []plan.Return{{Task: 1, Unit: "县府办", Values: plan.Values{Status: plan.StatusDone, Text: long}, Date: "2018-07-05"}}
	_, f := summaryBook(t, Summary(p, d, "", rets, testNow))
	rows, err := f.GetRows(SheetSummary)
	must(t, err)
	var parts []string
	for i, r := range rows {
		if len(r) > 5 && strings.Contains(r[5], "我局通过") {
			parts = append(parts, r[5])
			h, err := f.GetRowHeight(SheetSummary, i+1)
			must(t, err)
			if h > maxRowPt {
				t.Errorf("row %d is %.0f pt", i+1, h)
			}
			if len(parts) > 1 && (!strings.HasPrefix(r[5], ContinuedMark) || r[4] != "县府办") {
				t.Errorf("row %d continues without its mark or unit: %q %.20q", i+1, r[4], r[5])
			}
		}
	}
	if len(parts) < 2 {
		t.Fatalf("a %d-character answer is in %d row(s)", utf8.RuneCountInString(long), len(parts))
	}
	joined := strings.ReplaceAll(strings.Join(parts, ""), ContinuedMark, "")
	if joined != long {
		t.Errorf("the continued answer lost text: %d of %d bytes", len(joined), len(long))
	}
	for _, part := range parts[:len(parts)-1] {
		if !strings.HasSuffix(part, "。") {
			t.Errorf("a part ends inside a sentence: …%s", part[len(part)-30:])
		}
	}
}
