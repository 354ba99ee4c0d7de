package report

import (
	"image/png"
	"os"
	"testing"
)

func TestScratchSummary(t *testing.T) {
	p, d := seedPlan(t)
	s := Summary(p, d, "", fakeReturns(p, d, p.DefaultPeriod(), 7), testNow)
	must(t, os.MkdirAll("/tmp/x", 0o755))
	must(t, SaveSummaryXLSX("/tmp/x/summary.xlsx", s))
}

func TestScratchTemplate(t *testing.T) {
	p, d := seedPlan(t)
	must(t, SaveTemplate("/tmp/x/县财政局-落实情况表.xlsx", p, d, "县财政局", ""))
}

func TestScratchPDF(t *testing.T) {
	p, d := seedPlan(t)
	s := Summary(p, d, "", fakeReturns(p, d, p.DefaultPeriod(), 7), testNow)
	must(t, SaveSummaryPDF("/tmp/x/mine.pdf", s))
}

func TestScratchPreview(t *testing.T) {
	p, d := seedPlan(t)
	s := Summary(p, d, "", fakeReturns(p, d, p.DefaultPeriod(), 7), testNow)
	l, err := LayoutSummary(s)
	must(t, err)
	img, err := PreviewImage(l, 0, 1400)
	must(t, err)
	f, _ := os.Create("/tmp/x/preview.png")
	defer f.Close()
	must(t, png.Encode(f, img))
}
