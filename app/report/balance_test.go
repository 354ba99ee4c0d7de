package report

import (
	"math"
	"strings"
	"testing"
)

// TestBalanceKeepsReadingColumnWidest: balancing keeps the page width, leaves
// 落实情况 the widest column and never makes the sampled rows taller.
func TestBalanceKeepsReadingColumnWidest(t *testing.T) {
	p, d := seedPlan(t)
	s := Summary(p, d, "", fortyReturns(p, d), testNow)
	lt, err := newLayouter()
	must(t, err)
	tb := s.summarySheet().Tables[0]
	lt.year = tb.Year
	before := lt.columns(tb)
	after := lt.tableCols(tb)
	var idx []int
	for i := 4; i < len(before); i++ {
		if !before[i].center {
			idx = append(idx, i)
		}
	}
	ink := lt.sampleInk(tb, 4, idx)
	widths := func(cols []pcol) []float64 {
		var w []float64
		for _, i := range idx {
			w = append(w, cols[i].w)
		}
		return w
	}
	if a, b := inkLines(ink, widths(after)), inkLines(ink, widths(before)); a > b {
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
		if c.col.Head != "落实情况" && c.w > after[5].w {
			t.Errorf("%s (%.1f) is wider than 落实情况 (%.1f)", headText(c.col.Head), c.w, after[5].w)
		}
	}
}

// TestLineBreakingRules: no line starts with closing punctuation or ends
// with an opening mark, at any width.
func TestLineBreakingRules(t *testing.T) {
	texts := append([]string{
		"依据《中华人民共和国政府信息公开条例》（国务院令第711号）“谁公开、谁解读”。",
		"各镇（场）、县直各单位：做好“双随机、一公开”！监管？已完成。",
	}, sampleTexts...)
	adv := excelAdvance(bodyPt)
	for _, text := range texts {
		for w := 84.0; w < 400; w += 7 { // six characters and more, as cells are
			lines := wrapLines(text, w, adv)
			for i, l := range lines {
				r := []rune(l)
				if len(r) == 0 {
					continue
				}
				if i > 0 && strings.ContainsRune("。，、；：？！）》」』”’", r[0]) {
					t.Errorf("width %v: line %q starts with %c", w, l, r[0])
				}
				if i < len(lines)-1 && strings.ContainsRune("（《「『“‘", r[len(r)-1]) {
					t.Errorf("width %v: line %q ends with %c", w, l, r[len(r)-1])
				}
			}
		}
	}
}

// TestFortyUnitsPaper: the summary of 40 units' returns stays within its
// paper budget in the PDF, nothing printed under 9 pt. Measured: 115
// pages; before the columns were rebalanced, 202.
func TestFortyUnitsPaper(t *testing.T) {
	p, d := seedPlan(t)
	l, err := LayoutSummary(Summary(p, d, "", fortyReturns(p, d), testNow))
	must(t, err)
	if n := len(l.Pages); n > 120 {
		t.Errorf("%d pages, the budget is 120", n)
	}
	for i, pg := range l.Pages {
		for _, tx := range pg.Texts {
			if tx.Size < 9 {
				t.Fatalf("page %d: %q at %.1f pt", i+1, tx.S, tx.Size)
			}
		}
	}
}
