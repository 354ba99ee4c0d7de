package report

import "math"

// Column widths follow what units wrote: a row is as tall as its fullest
// cell, so width moves, a little at a time, to the column whose lines make
// the rows tallest, for as long as that shortens the table. 落实情况, the
// column people read, stays the widest.

const (
	balanceStep    = 1.0  // millimetres moved at least
	balanceMinW    = 10.0 // no text column narrower
	balanceRounds  = 60
	balanceSamples = 2000 // rows measured, spread over the table
)

// tableCols places a table's columns on the page, balanced.
func (lt *layouter) tableCols(t tableModel) []pcol {
	cols := lt.columns(t)
	lt.balance(t, cols)
	return cols
}

// balance rebalances the unshared text columns of a table of task groups.
func (lt *layouter) balance(t tableModel, cols []pcol) {
	span := 0
	for _, b := range t.Blocks {
		span = max(span, b.span())
	}
	var idx []int // the columns that may change
	widest := -1
	for i := span; i < len(cols); i++ {
		if !cols[i].center {
			idx = append(idx, i)
			if widest < 0 || t.Cols[i].Width > t.Cols[widest].Width {
				widest = i
			}
		}
	}
	ink := lt.sampleInk(t, span, idx)
	if len(idx) < 2 || len(ink) == 0 {
		return
	}
	w := make([]float64, len(idx))
	low := make([]float64, len(idx))
	for k, i := range idx {
		w[k] = cols[i].w
		low[k] = max(balanceMinW, min(cols[i].w, lt.headNeed(t.Cols[i])))
	}
	best := inkLines(ink, w)
	// Line counts change in steps, so moves of several sizes are tried.
	for round := 0; round < balanceRounds; round++ {
		from, to, step, cost := -1, -1, 0.0, best
		for a := range w {
			// Moves of several sizes, and all a column can give.
			for _, d := range []float64{balanceStep, 2 * balanceStep, 4 * balanceStep, 8 * balanceStep, 16 * balanceStep, w[a] - low[a]} {
				for b := range w {
					if a == b || d < balanceStep || w[a]-d < low[a]-eps {
						continue
					}
					w[a], w[b] = w[a]-d, w[b]+d
					if c := inkLines(ink, w); c < cost && widestKept(w, idx, widest) {
						from, to, step, cost = a, b, d, c
					}
					w[a], w[b] = w[a]+d, w[b]-d
				}
			}
		}
		if from < 0 {
			break
		}
		w[from], w[to], best = w[from]-step, w[to]+step, cost
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

// sampleInk measures, for rows spread over the table, each changeable
// cell's text as one line in millimetres.
func (lt *layouter) sampleInk(t tableModel, span int, idx []int) [][]float64 {
	var rows [][]string
	for _, b := range t.Blocks {
		if b.span() == span {
			rows = append(rows, b.Rows...)
		}
	}
	every := max(1, len(rows)/balanceSamples)
	m := lt.metrics(false)
	var out [][]float64
	for r := 0; r < len(rows); r += every {
		line := make([]float64, len(idx))
		for k, i := range idx {
			if j := i - span; j < len(rows[r]) {
				line[k] = m.widthMM(lt.shown(t.Cols[i], rows[r][j]), pdfBodyPt)
			}
		}
		out = append(out, line)
	}
	return out
}

// inkLines is the height of the sampled rows in lines, each as tall as its
// fullest cell at widths w.
func inkLines(ink [][]float64, w []float64) float64 {
	total := 0.0
	for _, row := range ink {
		most := 1.0
		for k, v := range row {
			// A little over the width, as wrapping at words loses some.
			most = max(most, math.Ceil(v*1.08/(w[k]-2*padX)))
		}
		total += most
	}
	return total
}

// headNeed is the width a column's label needs, broken where chosen.
func (lt *layouter) headNeed(c column) float64 {
	need := 0.0
	for _, part := range splitHead(c.Head) {
		need = max(need, lt.metrics(true).widthMM(part, pdfBodyPt)+2*padX+0.5)
	}
	return need
}
