package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/internal/fakeledger"
)

// findCell is the first cell of a sheet whose value is v.
func findCell(t *testing.T, f *excelize.File, sheet, v string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	must(t, err)
	for r, row := range rows {
		for c, got := range row {
			if got == v {
				return cell(c+1, r+1)
			}
		}
	}
	t.Fatalf("%s has no cell %q", sheet, v)
	return ""
}

func TestRemarkPrinted(t *testing.T) {
	p, d := seedPlan(t)
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 7)
	rets[3].Remark = "已报县政府审定"
	s := Summary(p, d, "", rets, testNow)
	_, f := summaryBook(t, s)
	findCell(t, f, SheetSummary, "已报县政府审定")
}

func TestQuotePrefixAndDates(t *testing.T) {
	_, _, rets, s := sampleSummary(t)
	_, f := summaryBook(t, s)
	for _, v := range []string{"=SUM(A1)", "+86 0751", "@x"} {
		at := findCell(t, f, SheetSummary, v)
		id, err := f.GetCellStyle(SheetSummary, at)
		must(t, err)
		xf := f.Styles.CellXfs.Xf[id]
		if xf.QuotePrefix == nil || !*xf.QuotePrefix {
			t.Errorf("%s %q has no quote prefix", at, v)
		}
		if typ, _ := f.GetCellType(SheetSummary, at); typ == excelize.CellTypeFormula {
			t.Errorf("%s is a formula", at)
		}
	}
	plain := findCell(t, f, SheetSummary, "已按要求完成。")
	id, err := f.GetCellStyle(SheetSummary, plain)
	must(t, err)
	if q := f.Styles.CellXfs.Xf[id].QuotePrefix; q != nil && *q {
		t.Error("ordinary text has a quote prefix")
	}
	// 报送日期 is a number with a date format, shown 7月d日 in the year of the summary.
	at := findCell(t, f, SheetSummary, ShownDate(rets[0].Date, testNow.Year()))
	raw, err := f.GetCellValue(SheetSummary, at, excelize.Options{RawCellValue: true})
	must(t, err)
	if typ, _ := f.GetCellType(SheetSummary, at); strings.Contains(raw, "-") || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("报送日期 %s is text %q (%v)", at, raw, typ)
	}
}

func TestMissingRangesAndContacts(t *testing.T) {
	p, d := seedPlan(t)
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 3)
	// One unit sent nothing at all.
	var kept []plan.Return
	for _, r := range rets {
		if r.Unit != "县财政局" {
			kept = append(kept, r)
		}
	}
	s := Summary(p, d, "", kept, testNow)
	var fin *Missing
	for i := range s.Missing {
		if s.Missing[i].Unit == "县财政局" {
			fin = &s.Missing[i]
		}
	}
	if fin == nil || !strings.HasPrefix(fin.TaskText(), allMissing) {
		t.Fatalf("a unit that sent nothing: %+v", fin)
	}
	m := Missing{Owed: 12, Reported: 3, Tasks: []int{2, 3, 4, 5, 6, 7, 8, 10, 36, 37}}
	if got := m.TaskText(); got != "2–8、10、36、37" {
		t.Errorf("ranges %q", got)
	}
	// A long list never breaks inside a number or a range.
	long := Missing{Owed: 60, Reported: 1}
	for n := 1; n < 120; n += 2 {
		long.Tasks = append(long.Tasks, n)
	}
	for _, l := range WrapLines(long.TaskText(), 200, excelAdvance(bodyPt)) {
		first := []rune(l)[0]
		if first < '0' || first > '9' {
			t.Errorf("line %q starts inside an item", l)
		}
	}
	// The contact columns appear once the caller supplies them.
	sheet := s.missingSheet()
	if n := len(sheet.Tables[0].Cols); n != len(missingCols) {
		t.Errorf("%d columns without contacts", n)
	}
	s.Missing[0].Overdue, s.Missing[0].Contact, s.Missing[1].Phone = 12, "张三", "0751-2812345"
	sheet = s.missingSheet()
	var heads []string
	for _, c := range sheet.Tables[0].Cols {
		heads = append(heads, HeadText(c.Head))
	}
	if got := strings.Join(heads, ","); !strings.HasSuffix(got, "逾期天数,联系人,联系电话") {
		t.Errorf("columns %s", got)
	}
	row := sheet.Tables[0].Blocks[0].Rows[0]
	if strings.Join(row[len(row)-3:], "|") != "12|张三|" {
		t.Errorf("first row %q", row)
	}
	var buf bytes.Buffer
	must(t, WriteSummaryXLSX(&buf, s))
	f := openBook(t, buf.Bytes())
	findCell(t, f, SheetMissing, "0751-2812345")
}

func TestStatusStandsOut(t *testing.T) {
	p, d, rets, _ := sampleSummary(t)
	var kept []plan.Return // task 1 without returns: 未报送
	for _, r := range rets {
		if r.Task != 1 {
			kept = append(kept, r)
		}
	}
	s := Summary(p, d, "", kept, testNow)
	_, f := summaryBook(t, s)
	for _, status := range []string{plan.StatusLate, plan.StatusNotStarted} {
		at := findCell(t, f, SheetSummary, status)
		id, err := f.GetCellStyle(SheetSummary, at)
		must(t, err)
		st, err := f.GetStyle(id)
		must(t, err)
		if !st.Font.Bold || st.Font.Color != StatusLabel(status) || len(st.Fill.Color) == 0 || st.Fill.Color[0] != StatusFill(status) {
			t.Errorf("%s font %+v fill %+v", status, st.Font, st.Fill)
		}
	}
}

func TestHeaderBreaksWhereChosen(t *testing.T) {
	adv := excelAdvance(bodyPt)
	if got := joinLines(HeadLines("牵头|落实单位", colPixels(9)-cellPadPx, adv)); got != "牵头|落实单位" {
		t.Errorf("narrow: %s", got)
	}
	if got := joinLines(HeadLines("牵头|落实单位", colPixels(20)-cellPadPx, adv)); got != "牵头落实单位" {
		t.Errorf("wide: %s", got)
	}
}

func TestShortURLs(t *testing.T) {
	for in, want := range map[string]string{
		"详见 http://www.wengyuan.gov.cn/zwgk/post_1.html": "详见 wengyuan.gov.cn/zwgk/post_1.html",
		"https://wengyuan.gov.cn/，已公开":                   "wengyuan.gov.cn，已公开",
		"会议纪要":                                           "会议纪要",
	} {
		if got := ShortURLs(in); got != want {
			t.Errorf("shortURLs(%q) = %q, want %q", in, got, want)
		}
	}
}
