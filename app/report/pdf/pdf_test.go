package pdf

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"taizhang/app/plan"
	"taizhang/app/report"

	"taizhang/internal/fakeledger"
	"taizhang/internal/tooltest"
)

func TestSummaryPDF(t *testing.T) {
	_, _, rets, s := sampleSummary(t)
	l, err := LayoutSummary(s)
	must(t, err)
	var buf bytes.Buffer
	must(t, RenderPDF(&buf, l, s.Made))
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatal("not a PDF")
	}
	pages := len(regexp.MustCompile(`/Type /Page\b`).FindAll(buf.Bytes(), -1))
	if pages != len(l.Pages) || pages < 3 {
		t.Errorf("%d pages in the PDF, %d laid out", pages, len(l.Pages))
	}
	tooltest.Program(t, "pdftotext", "poppler-utils")
	path := filepath.Join(t.TempDir(), "汇总表.pdf")
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	must(t, err)
	text := string(out)
	for _, want := range []string{s.Title, "制表单位：翁源县人民政府办公室", "未报送单位名单", "按工作要点统计",
		"具体要求", "落实情况", "县财政局", "龙仙镇", "=SUM(A1)", "第 1 页 共", fmt.Sprintf("共 %d 页", len(l.Pages)), rets[0].Text[:9]} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext finds no %q", want)
		}
	}
}

// TestLayoutStaysOnPage: nothing is drawn outside the page margins.
func TestLayoutStaysOnPage(t *testing.T) {
	_, _, _, s := sampleSummary(t)
	l, err := LayoutSummary(s)
	must(t, err)
	lt, err := newLayouter()
	must(t, err)
	const slack = 0.05
	for i, p := range l.Pages {
		for _, b := range p.Boxes {
			if b.X < marginX-slack || b.X+b.W > pageW-marginX+slack || b.Y < marginTop-slack || b.Y+b.H > pageH-marginBottom+slack {
				t.Fatalf("page %d: box %+v outside the margins", i+1, b)
			}
		}
		for _, tx := range p.Texts {
			if w := lt.metrics(tx.Bold).widthMM(tx.S, tx.Size); tx.X < marginX-slack || tx.X+w > pageW-marginX+slack || tx.Y > pageH-2 {
				t.Fatalf("page %d: text %q at %.1f,%.1f (%.1f wide) off the page", i+1, tx.S, tx.X, tx.Y, w)
			}
		}
	}
}

// TestLayoutLosesNoText: every line of every task and return is drawn, a
// task's text continuing across pages when its units run over.
func TestLayoutLosesNoText(t *testing.T) {
	p, d := seedPlan(t)
	s := report.Summary(p, d, "", bigLedger(p, d), testNow)
	l, err := LayoutSummary(s)
	must(t, err)
	drawn := map[string]int{}
	headers := 0
	for _, pg := range l.Pages {
		for _, tx := range pg.Texts {
			drawn[tx.S]++
		}
		for _, b := range pg.Boxes {
			if b.Fill == fillHead {
				headers++
				break
			}
		}
	}
	if headers < len(l.Pages)-1 {
		t.Errorf("a header on %d of %d pages", headers, len(l.Pages))
	}
	lt, err := newLayouter()
	must(t, err)
	lt.year = testNow.Year()
	tb := banded(s.Sheets()[0].Tables[0])
	lt.cols = lt.tableCols(tb)
	check := func(text string, w float64) {
		for _, line := range lt.wrap(report.ShortURLs(text), w-2*padX, pdfBodyPt, false) {
			if line != "" && drawn[line] == 0 {
				t.Errorf("line %q of %q is not drawn", line, plan20(text))
				return
			}
		}
	}
	for _, b := range tb.Blocks {
		if b.Band == "" {
			continue
		}
		check(b.Band, lt.bandW(1))
		for _, r := range b.Rows {
			check(r[1], colNamed(lt.cols, "落实情况").w)
		}
	}
	continued := 0
	for s := range drawn {
		if strings.HasPrefix(s, report.ContinuedMark+"工作任务：") {
			continued++
		}
	}
	if drawn["1"] < 2 || continued == 0 {
		t.Error("a task running over a page is not marked （续） with its number")
	}
}

// colNamed is the placed column whose label is head.
func colNamed(cols []pcol, head string) pcol {
	for _, c := range cols {
		if report.HeadText(c.col.Head) == head {
			return c
		}
	}
	panic("no column " + head)
}

// TestSummaryPDFPaper bounds the paper the 40-unit summary takes, its body
// text no smaller than 9 pt: 115 A4 pages before the task's columns became
// a band and widths followed content, 76 after, 74 with 8 mm margins, 70 with
// a sheet following the one before it on a page with room and 完成状态,
// 报送日期 balanced with the text columns; 74 once the rows of the eight
// units that report on tasks they do not owe carry their 额外报送 mark.
func TestSummaryPDFPaper(t *testing.T) {
	p, d := seedPlan(t)
	l, err := LayoutSummary(report.Summary(p, d, "", fortyReturns(p, d), testNow))
	must(t, err)
	n := len(l.Pages)
	t.Logf("%d pages for 40 units", n)
	if n > 74 {
		t.Errorf("%d pages for 40 units, want at most 74", n)
	}
	for i, pg := range l.Pages {
		for _, tx := range pg.Texts {
			if strings.HasSuffix(tx.S, "未报送单位名单") {
				return // the chart's labels, on a later sheet, are smaller
			}
			if tx.Size < pdfBodyPt {
				t.Fatalf("page %d: %q at %.1f pt", i+1, tx.S, tx.Size)
			}
		}
	}
}

// The summary PDF is A4 landscape as a PDF reader takes it: every media
// box 297 × 210 mm (841.89 × 595.28 pt), wider than tall, and no page
// rotated back to portrait.
func TestSummaryPDFIsA4Landscape(t *testing.T) {
	_, _, _, s := sampleSummary(t)
	l, err := LayoutSummary(s)
	must(t, err)
	if l.PageW != 297 || l.PageH != 210 {
		t.Errorf("laid out on %.0f × %.0f mm, want 297 × 210", l.PageW, l.PageH)
	}
	var buf bytes.Buffer
	must(t, RenderPDF(&buf, l, s.Made))
	boxes := regexp.MustCompile(`/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]`).FindAllSubmatch(buf.Bytes(), -1)
	if len(boxes) == 0 {
		t.Fatal("no /MediaBox in the PDF")
	}
	for _, b := range boxes {
		var v [4]float64
		for i := range v {
			fmt.Sscan(string(b[i+1]), &v[i])
		}
		w, h := v[2]-v[0], v[3]-v[1]
		if math.Abs(w-841.89) > 0.5 || math.Abs(h-595.28) > 0.5 {
			t.Errorf("media box %s: %.2f × %.2f pt, want A4 landscape 841.89 × 595.28", b[0], w, h)
		}
	}
	if m := regexp.MustCompile(`/Rotate\s+(-?\d+)`).FindSubmatch(buf.Bytes()); m != nil && string(m[1]) != "0" {
		t.Errorf("pages rotated by %s", m[1])
	}
}

func plan20(s string) string {
	r := []rune(s)
	if len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}

func TestPreviewImage(t *testing.T) {
	_, _, _, s := sampleSummary(t)
	l, err := LayoutSummary(s)
	must(t, err)
	img, err := PreviewImage(l, 0, 900)
	must(t, err)
	if b := img.Bounds(); b.Dx() != 900 || b.Dy() < 630 || b.Dy() > 645 {
		t.Errorf("preview %v", b)
	}
	dark := 0
	for y := 0; y < img.Bounds().Dy(); y += 2 {
		for x := 0; x < 900; x += 2 {
			if c := color.GrayModel.Convert(img.At(x, y)).(color.Gray); c.Y < 100 {
				dark++
			}
		}
	}
	if dark < 2000 {
		t.Errorf("the preview is nearly blank (%d dark pixels)", dark)
	}
	if _, err := PreviewImage(l, len(l.Pages), 900); err == nil {
		t.Error("a page past the end gives no error")
	}
}

// TestSaveSummaryPDFAndXLSX writes to files, as the command line does.
func TestSaveSummaryFiles(t *testing.T) {
	_, _, _, s := sampleSummary(t)
	dir := t.TempDir()
	for _, name := range []string{"汇总表.xlsx", "汇总表.pdf"} {
		path := filepath.Join(dir, name)
		save := report.SaveSummaryXLSX
		if strings.HasSuffix(name, ".pdf") {
			save = SaveSummaryPDF
		}
		must(t, save(path, s))
		st, err := os.Stat(path)
		must(t, err)
		if st.Size() < 10000 || st.Mode().Perm() != 0o644 {
			t.Errorf("%s: %d bytes, mode %v", name, st.Size(), st.Mode())
		}
	}
}

// Benchmarks on the load the issue names: 57 tasks × 40 units.

func BenchmarkSummaryXLSX(b *testing.B) { benchSummary(b, report.WriteSummaryXLSX) }

func BenchmarkSummaryPDF(b *testing.B) { benchSummary(b, WriteSummaryPDF) }

// benchSummary computes and writes the summary of the big ledger.
func benchSummary(b *testing.B, write func(io.Writer, *report.SummaryData) error) {
	p, d := seedPlan(b)
	rets := bigLedger(p, d)
	b.ResetTimer()
	for b.Loop() {
		must(b, write(io.Discard, report.Summary(p, d, "", rets, testNow)))
	}
}

// BenchmarkBalanceColumns: fitting the summary's columns to 40 units'
// returns, which the preview waits for.
func BenchmarkBalanceColumns(b *testing.B) {
	p, d := seedPlan(b)
	tb := banded(report.Summary(p, d, "", fortyReturns(p, d), testNow).Sheets()[0].Tables[0])
	lt, err := newLayouter()
	must(b, err)
	lt.year = tb.Year
	b.ResetTimer()
	for b.Loop() {
		lt.tableCols(tb)
	}
}

func BenchmarkPreviewFirstPage(b *testing.B) {
	p, d := seedPlan(b)
	l, err := LayoutSummary(report.Summary(p, d, "", bigLedger(p, d), testNow))
	must(b, err)
	b.ResetTimer()
	for b.Loop() {
		_, err := PreviewImage(l, 0, 1200)
		must(b, err)
	}
}

// TestLayoutSplitsHugeCell: a return longer than a page runs on to the
// next page instead of being cut.
func TestLayoutSplitsHugeCell(t *testing.T) {
	p, d := seedPlan(t)
	huge := strings.Repeat("今年以来，我局认真落实政务公开各项要求，取得明显成效。", 120)
	r := fakeledger.Return(p, p.DefaultPeriod(), 2, "县财政局", 1)
	r.Text = huge
	s := report.Summary(p, d, "", []plan.Return{r}, testNow)
	l, err := LayoutSummary(s)
	must(t, err)
	var got strings.Builder
	pages := map[int]bool{}
	lt, err := newLayouter()
	must(t, err)
	lt.year = testNow.Year()
	col := colNamed(lt.tableCols(banded(s.Sheets()[0].Tables[0])), "落实情况")
	for i, pg := range l.Pages {
		for _, tx := range pg.Texts {
			if tx.X >= col.x && tx.X < col.x+col.w && strings.HasPrefix(huge, got.String()+tx.S) && tx.S != "" {
				got.WriteString(tx.S)
				pages[i] = true
			}
		}
	}
	if got.String() != huge || len(pages) < 2 {
		t.Errorf("drew %d of %d characters over %d pages", len([]rune(got.String())), len([]rune(huge)), len(pages))
	}
}

// TestLayoutKeepsValuesWhole: a date of another year and a phone number
// print on one line, never broken inside.
func TestLayoutKeepsValuesWhole(t *testing.T) {
	p, d := seedPlan(t)
	r := fakeledger.Return(p, p.DefaultPeriod(), 2, "县财政局", 1)
	r.Date = "2019-01-03"
	s := report.Summary(p, d, "", []plan.Return{r}, testNow)
	for i := range s.Missing {
		s.Missing[i].Phone = "0751-2871234"
	}
	l, err := LayoutSummary(s)
	must(t, err)
	drawn := map[string]bool{}
	for _, pg := range l.Pages {
		for _, tx := range pg.Texts {
			drawn[tx.S] = true
		}
	}
	for _, want := range []string{"2019年1月3日", "0751-2871234"} {
		if !drawn[want] {
			t.Errorf("%s is not drawn whole", want)
		}
	}
}

// TestSheetFollowsOnPageWithRoom: a sheet starts below the one before it
// when the page has room for its start, else on the next page.
func TestSheetFollowsOnPageWithRoom(t *testing.T) {
	p, d := seedPlan(t)
	s := report.Summary(p, d, "", fakeledger.Returns(p, d, p.DefaultPeriod(), 7), testNow)
	for _, c := range []struct {
		y    float64
		page int // where the sheet's title goes
	}{{marginTop + 20, 0}, {pageH - marginBottom - sheetRoom, 1}} {
		lt, err := newLayouter()
		must(t, err)
		lt.newPage()
		lt.y = c.y
		lt.sheet(s.Sheets()[1])
		page, y := -1, 0.0
		for i, pg := range lt.doc.Pages {
			for _, tx := range pg.Texts {
				if page < 0 && strings.Contains(tx.S, "未报送单位名单") {
					page, y = i, tx.Y
				}
			}
		}
		if page != c.page || page == 0 && y < c.y+sheetGap {
			t.Errorf("sheet after %.0f mm: title on page %d at %.0f mm, want page %d", c.y, page+1, y, c.page+1)
		}
	}
}
