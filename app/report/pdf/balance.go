package pdf

import (
	"math"

	"taizhang/app/report"
)

// Column widths follow what units wrote: a row is as tall as its fullest
// cell, so width moves, a little at a time, to the columns whose lines make
// the rows tallest, for as long as that shortens the table. Lines are
// counted by wrapping each cell as it will print. 完成状态 and 报送日期
// take part too: a status or unit name on two lines costs a row a line.
// 落实情况, the column people read, stays the widest.

const (
	balanceStep   = 1.0  // millimetres moved at least
	balanceMinW   = 10.0 // no text column narrower
	balanceRounds = 80
	balanceRows   = 2000 // rows measured at most, spread over the table
)

// tableCols places a table's columns on the page, balanced.
func (lt *layouter) tableCols(t report.TableModel) []pcol {
	cols := lt.columns(t)
	lt.balance(t, cols)
	return cols
}

// balance rebalances the unshared text columns of a table of task groups.
func (lt *layouter) balance(t report.TableModel, cols []pcol) {
	span := tableSpan(t)
	var idx []int // the columns that may change
	widest := -1
	for i := span; i < len(cols); i++ {
		idx = append(idx, i)
		if !cols[i].col.Center && (widest < 0 || t.Cols[i].Width > t.Cols[widest].Width) {
			widest = i
		}
	}
	f := lt.newFitter(t, cols, span, idx)
	if len(idx) < 2 || len(f.texts) == 0 {
		return
	}
	w := make([]float64, len(idx))
	low := make([]float64, len(idx))
	for k, i := range idx {
		w[k] = cols[i].w
		low[k] = max(balanceMinW, min(cols[i].w, lt.headNeed(t.Cols[i])))
		if cols[i].col.Center {
			low[k] = cols[i].w // dates and statuses stay whole on their line
		}
	}
	cur := make([][]int, len(w))
	for k := range w {
		cur[k] = f.lines(k, w[k])
	}
	best := f.total(cur, w)
	// Line counts change in steps, so moves of several sizes are tried.
	for round := 0; round < balanceRounds; round++ {
		from, to, step, cost := -1, -1, 0.0, best-eps
		f.prepare(cur, w)
		for a := range w {
			for _, d := range []float64{balanceStep, 2 * balanceStep, 4 * balanceStep, 8 * balanceStep, 16 * balanceStep, 24 * balanceStep, 32 * balanceStep, w[a] - low[a]} {
				if d < balanceStep || w[a]-d < low[a]-eps {
					continue
				}
				la := f.lines(a, w[a]-d)
				for b := range w {
					if a == b {
						continue
					}
					w[a], w[b] = w[a]-d, w[b]+d
					kept := widestKept(w, idx, widest)
					w[a], w[b] = w[a]+d, w[b]-d
					if !kept {
						continue
					}
					if c := f.moved(w, a, b, la, f.lines(b, w[b]+d), d); c < cost {
						from, to, step, cost = a, b, d, c
					}
				}
			}
		}
		if from < 0 {
			break
		}
		w[from], w[to], best = w[from]-step, w[to]+step, cost
		cur[from], cur[to] = f.lines(from, w[from]), f.lines(to, w[to])
	}
	for k, i := range idx {
		cols[i].w = w[k]
	}
	x := marginX
	for i := range cols {
		cols[i].x = x
		x += cols[i].w
	}
}

// tableSpan is how many leading columns the table's blocks share.
func tableSpan(t report.TableModel) int {
	span := 0
	for _, b := range t.Blocks {
		span = max(span, b.Span())
	}
	return span
}

// widestKept reports whether the widest column is still the widest.
func widestKept(w []float64, idx []int, widest int) bool {
	for k, i := range idx {
		if i == widest {
			for _, v := range w {
				if v > w[k]+eps {
					return false
				}
			}
		}
	}
	return true
}

// fitter counts the lines of a table's rows at trial column widths.
type fitter struct {
	lt    *layouter
	texts [][]string      // per row, each changeable column's text as printed
	bold  [][]bool        // and whether it prints bold
	ink   [][]float64     // the same texts' widths on one line, mm
	base  []int           // per row, the lines of the columns that stay
	cache []map[int][]int // per changeable column: width in 0.01 mm → lines per row

	lineTop, fillTop []top3 // per row, its fullest cells (see prepare)
}

// newFitter gathers the rows of a table's task groups.
func (lt *layouter) newFitter(t report.TableModel, cols []pcol, span int, idx []int) *fitter {
	f := &fitter{lt: lt, cache: make([]map[int][]int, len(idx))}
	changes := map[int]int{}
	for k, i := range idx {
		f.cache[k] = map[int][]int{}
		changes[i] = k
	}
	var rows [][]string
	var bold []bool
	for _, b := range t.Blocks {
		if b.Span() == span {
			for _, r := range b.Rows {
				rows, bold = append(rows, r), append(bold, b.Bold)
			}
		}
	}
	// A long table is measured on a sample, so balancing stays quick.
	every := max(1, (len(rows)+balanceRows-1)/balanceRows)
	for n := 0; n < len(rows); n += every {
		f.add(t, cols, span, changes, rows[n], bold[n])
	}
	return f
}

// add measures one row: the texts of the columns that may change, and the
// lines of those that stay.
func (f *fitter) add(t report.TableModel, cols []pcol, span int, changes map[int]int, r []string, bold bool) {
	lt := f.lt
	texts, ink, heavy := make([]string, len(f.cache)), make([]float64, len(f.cache)), make([]bool, len(f.cache))
	base := 1
	for j, v := range r {
		i := span + j
		if i >= len(cols) {
			break
		}
		if k, ok := changes[i]; ok {
			texts[k] = lt.shown(t.Cols[i], v)
			heavy[k] = bold || t.Cols[i].Status && report.StandsOut(v)
			ink[k] = lt.metrics(heavy[k]).widthMM(texts[k], pdfBodyPt)
		} else if v != "" {
			base = max(base, len(lt.wrap(lt.shown(t.Cols[i], v), cols[i].w-2*padX, pdfBodyPt, bold || report.StandsOut(v))))
		}
	}
	f.texts = append(f.texts, texts)
	f.bold = append(f.bold, heavy)
	f.ink = append(f.ink, ink)
	f.base = append(f.base, base)
}

// lines is each row's line count for changeable column k at width w.
func (f *fitter) lines(k int, w float64) []int {
	key := int(math.Round(w * 100))
	if n, ok := f.cache[k][key]; ok {
		return n
	}
	// Units write the same words again and again: each is wrapped once.
	type cell struct {
		s    string
		bold bool
	}
	seen := map[cell]int{}
	n := make([]int, len(f.texts))
	for r, row := range f.texts {
		c := cell{row[k], f.bold[r][k]}
		got, ok := seen[c]
		if !ok {
			got = len(f.lt.wrap(c.s, w-2*padX, pdfBodyPt, c.bold))
			seen[c] = got
		}
		n[r] = got
	}
	f.cache[k][key] = n
	return n
}

// total is the rows' height in lines, each row as tall as its fullest
// cell, at widths w and line counts cur. Whole lines count first; a trace
// of the lines as if text filled its cells exactly breaks ties, so width
// drifts from columns that do not need it towards those close to saving a
// line.
func (f *fitter) total(cur [][]int, w []float64) float64 {
	sum, fill := 0, 0.0
	for r := range f.texts {
		most, full := f.base[r], 0.0
		for k := range cur {
			most = max(most, cur[k][r])
			full = max(full, f.ink[r][k]/(w[k]-2*padX))
		}
		sum += most
		fill += full
	}
	return f.cost(sum, fill)
}

func (f *fitter) cost(lines int, fill float64) float64 {
	return float64(lines) + fill/float64(10*len(f.texts)+1)/100
}

// top3 are a row's three largest values and their columns, so the
// largest outside any two columns is at hand.
type top3 struct {
	v [3]float64
	k [3]int
}

func (t *top3) add(v float64, k int) {
	for i := range t.v {
		if v > t.v[i] {
			copy(t.v[i+1:], t.v[i:2])
			copy(t.k[i+1:], t.k[i:2])
			t.v[i], t.k[i] = v, k
			return
		}
	}
}

// without is the largest value outside columns a and b.
func (t *top3) without(a, b int) float64 {
	for i, k := range t.k {
		if k != a && k != b {
			return t.v[i]
		}
	}
	return 0
}

// prepare notes each row's fullest cells at widths w and line counts cur,
// for moved to price moves quickly.
func (f *fitter) prepare(cur [][]int, w []float64) {
	f.lineTop = make([]top3, len(f.texts))
	f.fillTop = make([]top3, len(f.texts))
	for r := range f.texts {
		lt, ft := &f.lineTop[r], &f.fillTop[r]
		lt.k, ft.k = [3]int{-1, -1, -1}, [3]int{-1, -1, -1}
		for k := range cur {
			lt.add(float64(cur[k][r]), k)
			ft.add(f.ink[r][k]/(w[k]-2*padX), k)
		}
	}
}

// moved is total with column a d narrower and b d wider, their rows at
// the line counts la and lb; prepare must have seen the widths before.
func (f *fitter) moved(w []float64, a, b int, la, lb []int, d float64) float64 {
	sum, fill := 0, 0.0
	wa, wb := w[a]-d-2*padX, w[b]+d-2*padX
	for r := range f.texts {
		most := max(float64(f.base[r]), float64(la[r]), float64(lb[r]), f.lineTop[r].without(a, b))
		full := max(f.ink[r][a]/wa, f.ink[r][b]/wb, f.fillTop[r].without(a, b))
		sum += int(most)
		fill += full
	}
	return f.cost(sum, fill)
}

// headNeed is the width a column's label needs, broken where chosen.
func (lt *layouter) headNeed(c report.TableColumn) float64 {
	need := 0.0
	for _, part := range report.SplitHead(c.Head) {
		need = max(need, lt.metrics(true).widthMM(part, pdfBodyPt)+2*padX+0.5)
	}
	return need
}
