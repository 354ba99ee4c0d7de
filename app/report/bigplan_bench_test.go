package report

import (
	"io"
	"testing"

	"taizhang/app/plan"
	"taizhang/internal/fakeledger"
)

// bigPlan is fakeledger.BigPlan for a benchmark.
func bigPlan(b *testing.B, n, units int) (*plan.Plan, *plan.Directory) {
	b.Helper()
	p, d, err := fakeledger.BigPlan(n, units)
	if err != nil {
		b.Fatal(err)
	}
	return p, d
}

// The summary of 10,000 tasks among 40 units, every owed return in: the
// .xlsx is to take at most 2 s (10.4 s while excelize checked the merged
// ranges against each other; about 1.2 s of CPU since writeMerged).
func BenchmarkSummaryXLSX10k(b *testing.B) { benchBigSummary(b, WriteSummaryXLSX) }

func benchBigSummary(b *testing.B, write func(io.Writer, *SummaryData) error) {
	p, d := bigPlan(b, 10000, 40)
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		must(b, write(io.Discard, Summary(p, d, "", rets, testNow)))
	}
	b.ReportMetric(float64(len(rets)), "returns")
}
