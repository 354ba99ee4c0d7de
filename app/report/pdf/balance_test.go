package pdf

import (
	"math"
	"testing"

	"taizhang/app/report"
)

// TestBalanceKeepsReadingColumnWidest: balancing keeps the page width, leaves
// 落实情况 the widest column and never makes the sampled rows taller.
func TestBalanceKeepsReadingColumnWidest(t *testing.T) {
	p, d := seedPlan(t)
	s := report.Summary(p, d, "", fortyReturns(p, d), testNow)
	lt, err := newLayouter()
	must(t, err)
	tb := banded(s.Sheets()[0].Tables[0])
	lt.year = tb.Year
	before := lt.columns(tb)
	after := lt.tableCols(tb)
	var idx []int
	for i := 1; i < len(before); i++ {
		if !before[i].col.Center {
			idx = append(idx, i)
		}
	}
	f := lt.newFitter(tb, before, 1, idx)
	lines := func(cols []pcol) int {
		cur, w := make([][]int, len(idx)), make([]float64, len(idx))
		for k, i := range idx {
			cur[k], w[k] = f.lines(k, cols[i].w), cols[i].w
		}
		return int(f.total(cur, w))
	}
	if a, b := lines(after), lines(before); a >= b {
		t.Errorf("balanced rows take %v lines, %v before", a, b)
	}
	total := func(cols []pcol) float64 {
		last := cols[len(cols)-1]
		return last.x + last.w - cols[0].x
	}
	if math.Abs(total(after)-total(before)) > 0.01 {
		t.Errorf("width %.1f, was %.1f", total(after), total(before))
	}
	for _, c := range after {
		if c.col.Head != "落实情况" && c.w > colNamed(after, "落实情况").w {
			t.Errorf("%s (%.1f) is wider than 落实情况 (%.1f)", report.HeadText(c.col.Head), c.w, colNamed(after, "落实情况").w)
		}
	}
}

// TestMovedPricesAsTotal: pricing a move from each row's fullest cells
// gives the table's height at the moved widths.
func TestMovedPricesAsTotal(t *testing.T) {
	p, d := seedPlan(t)
	tb := banded(report.Summary(p, d, "", fortyReturns(p, d), testNow).Sheets()[0].Tables[0])
	lt, err := newLayouter()
	must(t, err)
	lt.year = tb.Year
	cols := lt.columns(tb)
	var idx []int
	for i := 1; i < len(cols); i++ {
		idx = append(idx, i)
	}
	f := lt.newFitter(tb, cols, 1, idx)
	w, cur := make([]float64, len(idx)), make([][]int, len(idx))
	for k, i := range idx {
		w[k] = cols[i].w
		cur[k] = f.lines(k, w[k])
	}
	f.prepare(cur, w)
	for a := range w {
		for b := range w {
			for _, dd := range []float64{1, 3, 7} {
				if a == b || w[a]-dd < 5 {
					continue
				}
				got := f.moved(w, a, b, f.lines(a, w[a]-dd), f.lines(b, w[b]+dd), dd)
				mw := append([]float64{}, w...)
				mw[a], mw[b] = mw[a]-dd, mw[b]+dd
				mc := append([][]int{}, cur...)
				mc[a], mc[b] = f.lines(a, mw[a]), f.lines(b, mw[b])
				if want := f.total(mc, mw); math.Abs(got-want) > 1e-9 {
					t.Fatalf("moving %.0f mm from %d to %d: priced %.6f, table %.6f", dd, a, b, got, want)
				}
			}
		}
	}
}
