package pdf

import (
	"io"
	"strings"
	"testing"

	"taizhang/app/plan"
	"taizhang/app/report"
	"taizhang/internal/fakeledger"
)

func TestRemarkPrinted(t *testing.T) {
	p, d := seedPlan(t)
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 7)
	rets[3].Remark = "已报县政府审定"
	s := report.Summary(p, d, "", rets, testNow)
	l, err := LayoutSummary(s)
	must(t, err)
	var all strings.Builder
	for _, pg := range l.Pages {
		for _, tx := range pg.Texts {
			all.WriteString(tx.S)
		}
	}
	if !strings.Contains(all.String(), "已报县政府审定") {
		t.Error("the PDF does not print 备注")
	}
}

func TestStatusStandsOut(t *testing.T) {
	p, d, rets, _ := sampleSummary(t)
	var kept []plan.Return // task 1 without returns: 未报送
	for _, r := range rets {
		if r.Task != 1 {
			kept = append(kept, r)
		}
	}
	s := report.Summary(p, d, "", kept, testNow)
	l, err := LayoutSummary(s)
	must(t, err)
	// Each status that needs attention is printed bold in the palette's
	// text colour on a box of its fill; 已完成 stays plain.
	seen := map[string]bool{}
	for _, pg := range l.Pages {
		fills := map[string]bool{}
		for _, b := range pg.Boxes {
			fills[b.Fill] = true
		}
		for _, tx := range pg.Texts {
			switch {
			case report.StandsOut(tx.S) && tx.Bold && tx.Color == report.StatusLabel(tx.S) && fills[report.StatusFill(tx.S)]:
				seen[tx.S] = true
			case tx.S == plan.StatusDone && tx.Color != "":
				t.Errorf("已完成 printed in colour")
			}
		}
	}
	for _, st := range []string{plan.StatusLate, plan.StatusNotStarted, plan.StatusMissing} {
		if !seen[st] {
			t.Errorf("%s does not stand out in the PDF", st)
		}
	}
}

// In grey print every status of the 统计 chart differs from the others:
// by its grey, or by its pattern, in the workbook and the PDF alike.
func TestChartStatusesDifferInGrey(t *testing.T) {
	seen := map[string]string{}
	for _, st := range plan.StatusOrder {
		key := report.StatusPattern[st]
		if prev, ok := seen[key]; ok {
			t.Errorf("%s and %s share the pattern %q", st, prev, key)
		}
		seen[key] = st
	}
	p, d := seedPlan(t)
	l, err := LayoutSummary(report.Summary(p, d, "", fortyReturns(p, d), testNow))
	must(t, err)
	hatches := map[string]bool{}
	for _, pg := range l.Pages {
		for _, b := range pg.Boxes {
			if b.Hatch != "" {
				hatches[b.Hatch] = true
			}
		}
	}
	if len(hatches) < 5 {
		t.Errorf("the PDF chart uses %d patterns", len(hatches))
	}
}

func BenchmarkSummaryPDF10k(b *testing.B) {
	p, d := bigPlan(b, 10000, 40)
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		must(b, WriteSummaryPDF(io.Discard, report.Summary(p, d, "", rets, testNow)))
	}
	b.ReportMetric(float64(len(rets)), "returns")
}
