// Package sheet reads spreadsheets (xlsx, xls, csv, web-page tables, Excel 2003 XML) into plain grids of text
// and refuses files that are not safe or not complete enough to trust.
package sheet

// Book is a workbook read into memory: every sheet as a grid of cell text.
type Book struct {
	Format string // "xlsx", "xls", "csv", "html" (a web-page table) or "xmlss" (Excel 2003 XML): what the content was, whatever the file name says
	Sheets []Grid
}

// Grid is one sheet. Rows are ragged: trailing empty cells may be missing.
// Merged ranges are kept so callers can fill a merged value across its range.
type Grid struct {
	Name   string
	Rows   [][]string
	Merges []Merge
	Hidden bool // hidden or "very hidden" in the workbook; still read, since templates keep their identification there
	// HiddenRows and HiddenCols mark the rows and columns the clerk cannot
	// see (0-based; shorter than the grid when the rest are shown). They
	// are still read: the caller decides what a hidden cell may mean.
	HiddenRows []bool
	HiddenCols []bool
}

// RowHidden reports whether row r is hidden.
func (g *Grid) RowHidden(r int) bool { return r >= 0 && r < len(g.HiddenRows) && g.HiddenRows[r] }

// ColHidden reports whether column c is hidden.
func (g *Grid) ColHidden(c int) bool { return c >= 0 && c < len(g.HiddenCols) && g.HiddenCols[c] }

// maxHiddenCols is the last column a hidden mark is kept for: Excel's own
// limit, and far beyond any return table.
const maxHiddenCols = 16384

// markHidden sets marks[from..to] (0-based, inclusive), growing the slice
// only as far as needed.
func markHidden(marks []bool, from, to, limit int) []bool {
	if from < 0 || to < from || from >= limit {
		return marks
	}
	to = min(to, limit-1)
	if len(marks) <= to {
		marks = append(marks, make([]bool, to+1-len(marks))...)
	}
	for i := from; i <= to; i++ {
		marks[i] = true
	}
	return marks
}

// Merge is a merged cell range, 0-based and inclusive on both ends.
type Merge struct {
	Top, Left, Bottom, Right int
}

// Cell returns the text at row r, column c, or "" outside the grid.
func (g *Grid) Cell(r, c int) string {
	if r < 0 || r >= len(g.Rows) || c < 0 || c >= len(g.Rows[r]) {
		return ""
	}
	return g.Rows[r][c]
}
