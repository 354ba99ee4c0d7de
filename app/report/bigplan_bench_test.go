package report

import (
	"fmt"
	"io"
	"testing"

	"taizhang/app/plan"
)

// bigPlan is a plan far larger than a county's: n tasks, each led by one
// of units units with another responsible, as the master sheet of
// scripts/bigplan lays them out.
func bigPlan(b *testing.B, n, units int) (*plan.Plan, *plan.Directory) {
	b.Helper()
	rows := [][]string{{"工作任务", "具体要求", "牵头落实单位"}}
	name := func(i int) string { return fmt.Sprintf("县测试%02d局", i%units+1) }
	for i := 1; i <= n; i++ {
		if (i-1)%500 == 0 {
			title := fmt.Sprintf("%s、第%d部分", []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}[(i-1)/500%10], (i-1)/500+1)
			rows = append(rows, []string{title, title, title})
		}
		rows = append(rows, []string{"（一）重点任务",
			fmt.Sprintf("%d.按照上级统一部署，做好第%d项政务公开工作，及时在政府门户网站公开相关信息并做好政策解读。", i, i),
			name(i) + "牵头，" + name(i*7+3) + "负责"})
	}
	p, err := plan.FromRows(rows, fmt.Sprintf("翁源县2030年政务公开工作要点（%d 项）", n))
	if err != nil {
		b.Fatal(err)
	}
	return p, plan.SeedDirectory(p)
}

// The summary of 10,000 tasks among 40 units, every owed return in: the
// .xlsx is to take at most 2 s (10.4 s while excelize checked the merged
// ranges against each other; about 1.2 s of CPU since writeMerged).
func BenchmarkSummaryXLSX10k(b *testing.B) { benchBigSummary(b, WriteSummaryXLSX) }

func benchBigSummary(b *testing.B, write func(io.Writer, *SummaryData) error) {
	p, d := bigPlan(b, 10000, 40)
	rets := fakeReturns(p, d, p.DefaultPeriod(), 0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		must(b, write(io.Discard, Summary(p, d, "", rets, testNow)))
	}
	b.ReportMetric(float64(len(rets)), "returns")
}
