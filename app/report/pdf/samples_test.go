package pdf

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"taizhang/app/report"
	"taizhang/internal/fakeledger"
)

// TestWriteSamples writes the files to look at by eye when
// TAIZHANG_SAMPLES names a folder:
//
//	TAIZHANG_SAMPLES=/tmp/x go test -run WriteSamples ./app/report/
//	cd /tmp/x && soffice --headless --convert-to pdf *.xlsx && pdftoppm -png -r 60 汇总表.pdf sum
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("TAIZHANG_SAMPLES")
	if dir == "" {
		t.Skip("TAIZHANG_SAMPLES is not set")
	}
	must(t, os.MkdirAll(dir, 0o755))
	p, d := seedPlan(t)
	must(t, report.SaveTemplate(filepath.Join(dir, report.TemplateFileName("县财政局")), p, d, "县财政局", ""))
	s := report.Summary(p, d, "", fakeledger.Returns(p, d, p.DefaultPeriod(), 7), testNow)
	must(t, report.SaveSummaryXLSX(filepath.Join(dir, "汇总表.xlsx"), s))
	savePDF(t, filepath.Join(dir, "汇总表-程序.pdf"), s)
	forty := report.Summary(p, d, "", fortyReturns(p, d), testNow)
	must(t, report.SaveSummaryXLSX(filepath.Join(dir, "汇总表-40单位.xlsx"), forty))
	savePDF(t, filepath.Join(dir, "汇总表-40单位-程序.pdf"), forty)
	big := report.Summary(p, d, "", bigLedger(p, d), testNow)
	must(t, report.SaveSummaryXLSX(filepath.Join(dir, "汇总表-40.xlsx"), big))
	savePDF(t, filepath.Join(dir, "汇总表-40-程序.pdf"), big)
	l, err := LayoutSummary(s)
	must(t, err)
	img, err := PreviewImage(l, 0, 1400)
	must(t, err)
	f, err := os.Create(filepath.Join(dir, "打印预览.png"))
	must(t, err)
	defer f.Close()
	must(t, png.Encode(f, img))
}

func savePDF(t testing.TB, path string, s *report.SummaryData) {
	t.Helper()
	must(t, SaveSummaryPDF(path, s))
}
