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

// bigLedger is 40 units reporting on every task: the benchmark's load.
func bigLedger(p *plan.Plan, d *plan.Directory) []plan.Return {
	var out []plan.Return
	k := 0
	for _, t := range p.Tasks {
		for i := 1; i <= 40; i++ {
			k++
			out = append(out, fakeledger.Return(p, p.DefaultPeriod(), t.No, fmt.Sprintf("测试单位%02d", i), k))
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
	out := fakeledger.Returns(p, d, p.DefaultPeriod(), 0)
	units := map[string]string{}
	for _, u := range d.Units {
		if len(units) < 40-len(d.Units) {
			units[u.Name] = fmt.Sprintf("测试单位%02d", len(units)+1)
		}
	}
	for i, r := range append([]plan.Return{}, out...) {
		if name, ok := units[r.Unit]; ok {
			out = append(out, fakeledger.Return(p, r.Period, r.Task, name, i+7))
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
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 7)
	return p, d, rets, report.Summary(p, d, "", rets, testNow)
}

// bigPlan is fakeledger.BigPlan for a benchmark.
func bigPlan(b *testing.B, n, units int) (*plan.Plan, *plan.Directory) {
	b.Helper()
	p, d, err := fakeledger.BigPlan(n, units)
	if err != nil {
		b.Fatal(err)
	}
	return p, d
}
