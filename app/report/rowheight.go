package report

import "math"

// Excel, WPS and LibreOffice do not fit the height of a row to wrapped
// text written by a program, so heights are computed here from the column
// widths: a column of width w is w×7+5 pixels wide at 96 dpi (the default
// font's digit is 7 px, see setUnitFont), a Chinese character is one em, other characters
// a little over half an em, and a line takes lineFactor × the font size.
const (
	lineFactor = 1.4  // LibreOffice's substitute fonts need 1.4; Excel's 仿宋 1.3
	cellPadPt  = 5    // space above and below the text in a cell
	cellPadPx  = 8    // the cell's own margins left and right, with slack
	latinEm    = 0.55 // a Latin letter or digit, as a share of the em
	maxRowPt   = 409  // the tallest row Excel allows
	minRowPt   = 20
)

// colPixels is the drawn width of a column of Excel width w.
func colPixels(w float64) float64 { return math.Trunc(w*7 + 5) }

// excelAdvance measures runes in pixels for a font of pt points.
func excelAdvance(pt float64) Advance {
	em := pt * 96 / 72
	return func(r rune) float64 {
		if wideRune(r) {
			return em
		}
		return em * latinEm
	}
}

// cellLines is how many lines text takes in a column of Excel width w.
// Readers break lines their own way (LibreOffice lets ， start a line,
// and its substitute fonts set brackets wider), which costs a long text
// a line in eight or so: that much is added.
func cellLines(text string, w, pt float64) int {
	if text == "" {
		return 1
	}
	n := len(sheetLines(text, colPixels(w)-cellPadPx, excelAdvance(pt)))
	return n + n/8
}

// linesHeight is the row height in points that shows n lines whole.
func linesHeight(n int, pt float64) float64 {
	return math.Ceil(float64(n)*pt*lineFactor + cellPadPt)
}

// rowHeight is the height of a row of cells in columns of the given widths.
func rowHeight(cells []string, widths []float64, pt float64) float64 {
	n := 1
	for i, c := range cells {
		if i < len(widths) {
			n = max(n, cellLines(c, widths[i], pt))
		}
	}
	return clampRow(linesHeight(n, pt))
}

func clampRow(h float64) float64 {
	return min(max(h, minRowPt), maxRowPt)
}

// spanWidth is the width of merged columns from..to (inclusive), with the
// padding the merge gains back.
func spanWidth(widths []float64, from, to int) float64 {
	px := 0.0
	for i := from; i <= to && i < len(widths); i++ {
		px += colPixels(widths[i])
	}
	return (px - 5) / 7
}

// fitMerged spreads over heights whatever a merged cell needs beyond their
// sum, so the merged text shows whole.
func fitMerged(heights []float64, need float64) {
	sum := 0.0
	for _, h := range heights {
		sum += h
	}
	if sum >= need || len(heights) == 0 {
		return
	}
	extra := math.Ceil((need - sum) / float64(len(heights)))
	for i := range heights {
		heights[i] = min(heights[i]+extra, maxRowPt)
	}
}
