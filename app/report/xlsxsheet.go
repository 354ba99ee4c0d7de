package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// sheetWriter writes titles and tables into one worksheet, row by row,
// fitting each row's height to its wrapped text. The first error stops
// further writing and is returned by done.
type sheetWriter struct {
	f         *excelize.File
	st        *styles
	name      string
	widths    []float64
	row       int // next row, 1-based
	headerRow int // the first table's header row, repeated on every page
	bodyTop   map[int]int
	// autoRows marks table rows as fitted to their text rather than of a
	// set height, so Excel, WPS and LibreOffice refit them as the unit
	// types (a template's answer rows); the height written is where they
	// start.
	autoRows bool
	year     int      // the table's year: its dates are shown without it
	later    []func() // cell styles that must follow the rows' own styles
	err      error
}

func newSheetWriter(f *excelize.File, st *styles, name string, cols []column) *sheetWriter {
	w := &sheetWriter{f: f, st: st, name: name, row: 1, bodyTop: map[int]int{}}
	for i, c := range cols {
		w.widths = append(w.widths, c.Width)
		col := colName(i + 1)
		w.check(f.SetColWidth(name, col, col, c.Width))
	}
	return w
}

func (w *sheetWriter) check(err error) {
	if w.err == nil && err != nil {
		w.err = err
	}
}

func colName(c int) string {
	s, _ := excelize.ColumnNumberToName(c)
	return s
}

func cell(c, r int) string { return colName(c) + strconv.Itoa(r) }

func (w *sheetWriter) lastCol() int { return len(w.widths) }

func (w *sheetWriter) style(c1, c2, r, style int) {
	w.check(w.f.SetCellStyle(w.name, cell(c1, r), cell(c2, r), style))
}

func (w *sheetWriter) merge(c1, r1, c2, r2 int) {
	if c1 != c2 || r1 != r2 {
		w.check(w.f.MergeCell(w.name, cell(c1, r1), cell(c2, r2)))
	}
}

func (w *sheetWriter) height(r int, h float64) {
	w.check(w.f.SetRowHeight(w.name, r, h))
}

// line writes text merged across columns c1..c2 of a new row.
func (w *sheetWriter) line(text string, c1, c2, style int, pt float64) {
	r := w.row
	w.str(c1, r, text)
	w.merge(c1, r, c2, r)
	w.style(c1, c2, r, style)
	n := cellLines(text, spanWidth(w.widths, c1-1, c2-1), pt)
	w.height(r, clampRow(linesHeight(n, pt)))
	w.row++
}

// titles writes the title, the period under it, and the 制表 line.
func (w *sheetWriter) titles(m *sheetModel) {
	w.line(m.Title, 1, w.lastCol(), w.st.title, titlePt)
	w.height(w.row-1, linesHeight(cellLines(m.Title, spanWidth(w.widths, 0, w.lastCol()-1), titlePt), titlePt)+8)
	if m.Subtitle != "" {
		w.line(m.Subtitle, 1, w.lastCol(), w.st.subtitle, subtitlePt)
	}
	if m.Info[0] != "" || m.Info[1] != "" {
		half := (w.lastCol() + 1) / 2
		r := w.row
		w.str(1, r, m.Info[0])
		w.merge(1, r, half, r)
		w.style(1, half, r, w.st.infoLeft)
		w.str(half+1, r, m.Info[1])
		w.merge(half+1, r, w.lastCol(), r)
		w.style(half+1, w.lastCol(), r, w.st.infoRight)
		w.height(r, linesHeight(1, bodyPt+0.5)+4)
		w.row++
	}
}

// table writes a table: caption, header, blocks. ti is the table's index
// on the sheet.
func (w *sheetWriter) table(ti int, t tableModel) {
	if t.Caption != "" {
		w.line(t.Caption, 1, w.lastCol(), w.st.caption, captionPt)
	}
	r := w.row
	w.year = t.Year
	heads := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		heads[i] = strings.Join(headLines(c.Head, colPixels(w.widths[i])-cellPadPx, excelAdvance(bodyPt)), "\n")
		w.str(i+1, r, heads[i])
	}
	w.style(1, len(t.Cols), r, w.st.head)
	w.height(r, rowHeight(heads, w.widths, bodyPt))
	if w.headerRow == 0 {
		w.headerRow = r
	}
	w.row++
	w.bodyTop[ti] = w.row
	for _, b := range t.Blocks {
		w.block(t.Cols, b)
	}
}

func (w *sheetWriter) block(cols []column, b block) {
	if b.Heading != "" {
		w.line(b.Heading, 1, len(cols), w.st.section, bodyPt)
		return
	}
	rows := b.Rows
	if len(rows) == 0 {
		rows = [][]string{nil}
	}
	span, first := b.span(), w.row
	heights := make([]float64, len(rows))
	for i, cells := range rows {
		for j, s := range cells {
			w.value(cols[span+j], span+j+1, first+i, s)
		}
		heights[i] = rowHeight(cells, w.widths[span:], bodyPt)
		w.rowStyles(cols, span, first+i, b.Bold)
	}
	if span > 0 {
		for j, s := range b.Shared {
			w.value(cols[j], j+1, first, s)
			w.merge(j+1, first, j+1, first+len(rows)-1)
		}
		fitMerged(heights, rowHeight(b.Shared, w.widths[:span], bodyPt))
		w.sharedStyles(cols[:span], first, first+len(rows)-1, b.Bold, sum(heights) > tallMergePt)
	}
	for i, h := range heights {
		w.height(first+i, h)
	}
	w.row += len(rows)
}

// value writes a cell: numbers as numbers in numeric columns, dates as
// dates, the rest as text; a status that needs attention stands out.
func (w *sheetWriter) value(col column, c, r int, s string) {
	at := cell(c, r)
	switch {
	case col.Numeric:
		if n, err := strconv.Atoi(s); err == nil {
			w.check(w.f.SetCellInt(w.name, at, int64(n)))
			return
		}
	case col.Date:
		if t, err := time.Parse("2006-01-02", s); err == nil {
			w.check(w.f.SetCellValue(w.name, at, t))
			style := w.st.dateLong
			if t.Year() == w.year {
				style = w.st.dateShort
			}
			w.afterRows(at, func(int) int { return style })
			return
		}
	case col.Status && statusInk[s] != "":
		style := w.st.ink[s]
		w.afterRows(at, func(int) int { return style })
	case col.Prewrap:
		s = strings.Join(wrapLines(s, colPixels(col.Width)-cellPadPx, excelAdvance(bodyPt)), "\n")
	}
	w.str(c, r, s)
}

// str writes text as a string: never a formula, whatever it starts with.
// Text Excel would take for a formula or a sign (= + - @) is marked with
// a quote prefix too, so F2 and Enter in Excel keep it text.
func (w *sheetWriter) str(c, r int, s string) {
	if s == "" {
		return
	}
	at := cell(c, r)
	w.check(w.f.SetCellStr(w.name, at, s))
	if strings.ContainsRune("=+-@", []rune(s)[0]) {
		w.afterRows(at, w.st.quoted)
	}
}

// afterRows changes a cell's style once the rows are styled: restyle maps
// the cell's style then to the one it gets.
func (w *sheetWriter) afterRows(at string, restyle func(int) int) {
	w.later = append(w.later, func() {
		cur, err := w.f.GetCellStyle(w.name, at)
		w.check(err)
		if err == nil {
			w.check(w.f.SetCellStyle(w.name, at, at, restyle(cur)))
		}
	})
}

// cellStyle is the style of a table cell of column col.
func (w *sheetWriter) cellStyle(col column, bold bool) int {
	switch {
	case bold:
		return w.st.total
	case col.Input && col.Center:
		return w.st.inputCenter
	case col.Input:
		return w.st.input
	case col.Center:
		return w.st.bodyCenter
	}
	return w.st.body
}

// rowStyles styles the unshared cells of a row, a run of equal styles at a
// time.
func (w *sheetWriter) rowStyles(cols []column, from, r int, bold bool) {
	start := from
	for c := from + 1; c <= len(cols); c++ {
		if c == len(cols) || w.cellStyle(cols[c], bold) != w.cellStyle(cols[start], bold) {
			w.style(start+1, c, r, w.cellStyle(cols[start], bold))
			start = c
		}
	}
}

// tallMergePt is the height past which a merged task cell may cross a
// page break: its text then sits at the top, so it prints on the page
// where the task begins instead of being cut at the break.
const tallMergePt = 250

func (w *sheetWriter) sharedStyles(cols []column, r1, r2 int, bold, tall bool) {
	for j, c := range cols {
		style := w.cellStyle(c, bold)
		if tall && !bold {
			style = w.st.mergedTop
			if c.Center {
				style = w.st.mergedTopCenter
			}
		}
		w.check(w.f.SetCellStyle(w.name, cell(j+1, r1), cell(j+1, r2), style))
	}
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// notes writes lines of text under the tables.
func (w *sheetWriter) notes(lines []string) {
	if len(lines) == 0 {
		return
	}
	w.row++
	for _, l := range lines {
		w.line(l, 1, w.lastCol(), w.st.note, bodyPt)
	}
}

// done records the used range (excelize otherwise writes A1, and readers
// that trust it see one cell) and returns the first error.
func (w *sheetWriter) done() error {
	for _, f := range w.later {
		f()
	}
	w.later = nil
	last := max(w.row-1, 1)
	w.check(w.f.SetSheetDimension(w.name, fmt.Sprintf("A1:%s", cell(w.lastCol(), last))))
	return w.err
}
