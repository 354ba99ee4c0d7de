package report

// Printed pages of a sheet. The page setup (printsetup.go) prints A4
// landscape at fitScale: the page's printable width over the sheet's, to
// whole percents, so a page holds the printable height divided by that
// scale.

const (
	a4LongIn, a4ShortIn = 11.69, 8.27
	pxPerIn, ptPerIn    = 96.0, 72.0
	// pageSlack leaves room for readers that measure a little differently
	// (LibreOffice's fonts, WPS), so their own break never comes first.
	pageSlack      = 0.95
	readerSlack    = 1.03
	defaultRowPt   = 15 // a row whose height was never set
	breakEpsilonPt = 0.01
)

// fitScale is the scale the program prints a sheet of these column widths
// at: as large as fits the width of an A4 landscape page.
func fitScale(widths []float64) float64 {
	px := 0.0
	for _, w := range widths {
		px += colPixels(w)
	}
	// LibreOffice draws the columns a little wider than Excel does:
	// the scale leaves it room, or the last column prints on a page of its own.
	px *= readerSlack
	printable := (a4LongIn - 2*xlMarginSide) * pxPerIn
	if px <= printable {
		return 1
	}
	return float64(int(100*printable/px)) / 100
}

// pageRowsPt is how many points of rows one printed page holds.
func pageRowsPt(widths []float64) float64 {
	return (a4ShortIn - xlMarginTop - xlMarginBelow) * ptPerIn / fitScale(widths) * pageSlack
}

// used is the height of the rows on the current page so far.
func (w *sheetWriter) used() float64 {
	u := 0.0
	if w.pageStart > w.headerRow && w.headerRow > 0 {
		u = w.repeatH
	}
	for r := w.pageStart; r < w.row; r++ {
		if h, ok := w.heights[r]; ok {
			u += h
		} else {
			u += defaultRowPt
		}
	}
	return u
}

// fits reports whether rows h points tall fit on the current page.
func (w *sheetWriter) fits(h float64) bool {
	return w.pageH == 0 || w.used()+h <= w.pageH+breakEpsilonPt
}

// fresh is the room of a new page, below the repeated header.
func (w *sheetWriter) fresh() float64 { return w.pageH - w.repeatH }

// pageEmpty reports whether the current page has no rows of its own yet.
func (w *sheetWriter) pageEmpty() bool { return w.row == w.pageStart }

// newPage breaks the page before the next row.
func (w *sheetWriter) newPage() {
	if w.pageH == 0 || w.pageEmpty() {
		return
	}
	w.check(w.f.InsertPageBreak(w.name, cell(1, w.row)))
	w.pageStart = w.row
}
