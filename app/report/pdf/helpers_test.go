package pdf

import (
	"fmt"
	"testing"
	"time"

	"taizhang/app/plan"
	"taizhang/app/report"
	"taizhang/internal/fakeledger"
	"taizhang/seeds"
)

func seedPlan(t testing.TB) (*plan.Plan, *plan.Directory) {
	t.Helper()
	p, d, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p, d
}

var testNow = time.Date(2018, 7, 5, 10, 0, 0, 0, time.Local)

// sampleTexts, fakeReturns and fakeReturn are the made-up ledger the
// workbook and PDF tests share.
var sampleTexts = fakeledger.SampleTexts

func fakeReturns(p *plan.Plan, d *plan.Directory, period string, skip int) []plan.Return {
	return fakeledger.Returns(p, d, period, skip)
}

func fakeReturn(p *plan.Plan, period string, task int, unit string, k int) plan.Return {
	return fakeledger.Return(p, period, task, unit, k)
}

// bigLedger is 40 units reporting on every task: the benchmark's load.
func bigLedger(p *plan.Plan, d *plan.Directory) []plan.Return {
	var out []plan.Return
	k := 0
	for _, t := range p.Tasks {
		for i := 1; i <= 40; i++ {
			k++
			out = append(out, fakeReturn(p, p.DefaultPeriod(), t.No, fmt.Sprintf("测试单位%02d", i), k))
		}
	}
	return out
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// fortyReturns is 40 units' returns: every directory unit reports on each
// task it owes, and eight more units report as eight of them do.
func fortyReturns(p *plan.Plan, d *plan.Directory) []plan.Return {
	out := fakeReturns(p, d, p.DefaultPeriod(), 0)
	units := map[string]string{}
	for _, u := range d.Units {
		if len(units) < 40-len(d.Units) {
			units[u.Name] = fmt.Sprintf("测试单位%02d", len(units)+1)
		}
	}
	for i, r := range append([]plan.Return{}, out...) {
		if name, ok := units[r.Unit]; ok {
			out = append(out, fakeReturn(p, r.Period, r.Task, name, i+7))
		}
	}
	return out
}

// newLayouter starts a document with the program's fonts.
func newLayouter() (*layouter, error) {
	fs, err := documentFonts()
	if err != nil {
		return nil, err
	}
	return newLayouterWith(fs), nil
}

func sampleSummary(t testing.TB) (*plan.Plan, *plan.Directory, []plan.Return, *report.SummaryData) {
	t.Helper()
	p, d := seedPlan(t)
	rets := fakeReturns(p, d, p.DefaultPeriod(), 7)
	return p, d, rets, report.Summary(p, d, "", rets, testNow)
}

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
