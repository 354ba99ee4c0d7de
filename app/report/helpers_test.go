package report

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"taizhang/app/plan"
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

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func joinLines(l []string) string { return strings.Join(l, "|") }

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
