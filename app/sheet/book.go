// Package sheet reads spreadsheets (xlsx, xls, csv) into plain grids of text
// and refuses files that are not safe or not complete enough to trust.
package sheet

// Book is a workbook read into memory: every sheet as a grid of cell text.
type Book struct {
	Format string // "xlsx", "xls" or "csv": what the content was, whatever the file name says
	Sheets []Grid
}

// Grid is one sheet. Rows are ragged: trailing empty cells may be missing.
// Merged ranges are kept so callers can fill a merged value across its range.
type Grid struct {
	Name   string
	Rows   [][]string
	Merges []Merge
	Hidden bool // hidden or "very hidden" in the workbook (.xlsx only); still read, since templates keep their identification there
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
