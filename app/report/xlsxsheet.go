package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
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
	year      int // the table's year: its dates are shown without it
	// The program breaks the printed pages itself, so a task that runs
	// over a page is repeated there: pageH is how many points of rows a
	// page holds (0: leave it to the reader), pageStart the first row of
	// the current page, repeatH the header repeated at its top.
	pageH, repeatH float64
	pageStart      int
	heights        map[int]float64
	later          []func() // cell styles that must follow the rows' own styles
	merges         [][4]int // c1, r1, c2, r2: applied by done, see merge
	// deferred, when set, takes the merged ranges instead of excelize,
	// and the charts' print changes, for writeMerged to write.
	deferred *bookPatch
	err      error
}

func newSheetWriter(f *excelize.File, st *styles, name string, cols []TableColumn) *sheetWriter {
	w := &sheetWriter{f: f, st: st, name: name, row: 1, bodyTop: map[int]int{}, heights: map[int]float64{}, pageStart: 1}
	for i, c := range cols {
		w.widths = append(w.widths, c.Width)
		col := colName(i + 1)
		w.check(f.SetColWidth(name, col, col, c.Width))
	}
	w.pageH = pageRowsPt(w.widths)
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

// merge records a merged range. They are applied together by done:
// excelize checks every merged range on every cell written, so merging as
// we go made a 10,000-task summary quadratic.
func (w *sheetWriter) merge(c1, r1, c2, r2 int) {
	if c1 != c2 || r1 != r2 {
		w.merges = append(w.merges, [4]int{c1, r1, c2, r2})
	}
}

func (w *sheetWriter) height(r int, h float64) {
	w.check(w.f.SetRowHeight(w.name, r, h))
	w.heights[r] = h
}

// line writes text merged across columns c1..c2 of a new row.
func (w *sheetWriter) line(text string, c1, c2, style int, pt float64) {
	r := w.row
	w.str(c1, r, text)
	w.merge(c1, r, c2, r)
	w.style(c1, c2, r, style)
	w.height(r, w.lineHeight(text, c1, c2, pt))
	w.row++
}

// titles writes the title, the period under it, and the 制表 line.
func (w *sheetWriter) titles(m *SheetModel) {
	w.line(m.Title, 1, w.lastCol(), w.st.title, titlePt)
	w.height(w.row-1, linesHeight(cellLines(m.Title, spanWidth(w.widths, 0, w.lastCol()-1), titlePt), titlePt)+8)
	if m.Subtitle != "" {
		w.line(m.Subtitle, 1, w.lastCol(), w.st.subtitle, subtitlePt)
	}
	if m.Info[0] != "" || m.Info[1] != "" {
		half := w.infoSplit(m.Info)
		if half == 0 { // the two parts do not fit one row: one each
			w.line(m.Info[0], 1, w.lastCol(), w.st.infoLeft, bodyPt)
			w.line(m.Info[1], 1, w.lastCol(), w.st.infoRight, bodyPt)
			return
		}
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

// prewrapShare is the share of a cell's width the program fills when it
// breaks lines itself: LibreOffice's substitute fonts set digits and
// Chinese punctuation wider than Excel's, and a line that is only just too
// long for them is broken again, wherever they like (31、3 | 2).
const prewrapShare = 0.9

// prewrap breaks text into the lines a column of Excel width w shows at
// pt points, at the points the program allows (never inside a number, a
// range or a web address, never before a closing mark), so no reader
// breaks it elsewhere.
func prewrap(text string, w, pt float64) string {
	return strings.Join(WrapLines(text, prewrapShare*(colPixels(w)-cellPadPx), excelAdvance(pt)), "\n")
}

// BreakCell is text with line breaks where a wrapped cell of Excel width w,
// set at pt points, shows them, placed only where a line may break: other
// writers' workbooks use it for cells holding numbers, ranges and lists.
func BreakCell(text string, w, pt float64) string { return prewrap(text, w, pt) }

// FitsCell reports whether text shows on one line in a cell of Excel
// width w at pt points.
func FitsCell(text string, w, pt float64) bool {
	return len(sheetLines(text, colPixels(w)-cellPadPx, excelAdvance(pt))) <= 1
}

// infoSplit is the last column of the 制表 line's left part: the middle,
// or further left when the right part (the dates) would not show whole
// there; 0 when no split shows both parts on one line.
func (w *sheetWriter) infoSplit(info [2]string) int {
	fits := func(s string, from, to int) bool {
		return cellLines(s, prewrapShare*spanWidth(w.widths, from, to), bodyPt+0.5) <= 1
	}
	for half := (w.lastCol() + 1) / 2; half >= 1; half-- {
		if !fits(info[0], 0, half-1) {
			break
		}
		if fits(info[1], half, w.lastCol()-1) {
			return half
		}
	}
	return 0
}

// table writes a table: caption, header, blocks, and the sheet's chart
// after the block it follows. ti is the table's index on the sheet.
func (w *sheetWriter) table(ti int, t TableModel, c *ChartModel) {
	if t.Caption != "" {
		w.line(t.Caption, 1, w.lastCol(), w.st.caption, captionPt)
	}
	w.year = t.Year
	w.header(t.Cols)
	w.bodyTop[ti] = w.row
	for i, b := range t.Blocks {
		if b.Heading != "" {
			// A section heading stays with the first rows under it.
			if i+1 < len(t.Blocks) && !w.fits(w.lineHeight(b.Heading, 1, w.lastCol(), bodyPt)+w.firstPart(t.Cols, t.Blocks[i+1])) {
				w.newPage()
			}
			w.line(b.Heading, 1, len(t.Cols), w.st.section, bodyPt)
		} else {
			w.block(t.Cols, b)
		}
		if c != nil && c.After == i {
			w.chart(c, t)
			// The rows below the chart need their labels: a header row of
			// their own, or the page's repeated one when they start a page.
			if i+1 < len(t.Blocks) {
				if w.fits(w.repeatH + linesHeight(2, bodyPt)) {
					w.header(t.Cols)
				} else {
					w.newPage()
				}
			}
		}
	}
}

// header writes a table's header row; the first is repeated on every
// printed page.
func (w *sheetWriter) header(cols []TableColumn) {
	r := w.row
	heads := make([]string, len(cols))
	for i, c := range cols {
		heads[i] = strings.Join(HeadLines(c.Head, colPixels(w.widths[i])-cellPadPx, excelAdvance(bodyPt)), "\n")
		w.str(i+1, r, heads[i])
	}
	w.style(1, len(cols), r, w.st.head)
	h := rowHeight(heads, w.widths, bodyPt)
	w.height(r, h)
	if w.headerRow == 0 {
		w.headerRow, w.repeatH = r, h
	}
	w.row++
}

// lineHeight is the height of a line of text merged across columns
// c1..c2.
func (w *sheetWriter) lineHeight(s string, c1, c2 int, pt float64) float64 {
	return clampRow(linesHeight(cellLines(s, spanWidth(w.widths, c1-1, c2-1), pt), pt))
}

// firstPart is the least height a block needs on a page: its first row
// beside its shared cells.
func (w *sheetWriter) firstPart(cols []TableColumn, b TableBlock) float64 {
	if len(b.Rows) == 0 {
		return rowHeight(b.Shared, w.widths, bodyPt)
	}
	return max(rowHeight(w.shown(cols[b.Span():], b.Rows[0]), w.widths[b.Span():], bodyPt), rowHeight(b.Shared, w.widths[:b.Span()], bodyPt))
}

// continued marks the shared cells of a block's part on a later page: the
// task is repeated, its requirement marked （续）.
func continued(shared []string) []string {
	out := append([]string{}, shared...)
	if len(out) > 2 {
		out[2] = ContinuedMark + out[2]
	}
	return out
}

const ContinuedMark = "（续）"

// splitRoom is the share of a page that must be left for a block to be
// split there rather than moved whole to the next page.
const splitRoom = 0.2

// block writes a group of rows with its shared cells merged beside them.
// A block that does not fit on the page goes to the next; one longer than
// a page is split at row boundaries, each part with its task repeated.
func (w *sheetWriter) block(cols []TableColumn, b TableBlock) {
	span := b.Span()
	rows := b.Rows
	if len(rows) == 0 {
		rows = [][]string{nil}
	}
	measure := func() []float64 {
		hs := make([]float64, len(rows))
		for i, cells := range rows {
			hs[i] = rowHeight(w.shown(cols[span:], cells), w.widths[span:], bodyPt)
		}
		return hs
	}
	heights := measure()
	if slices.Contains(heights, maxRowPt) { // a row at Excel's limit may need more
		rows = w.splitTall(cols[span:], w.widths[span:], rows)
		heights = measure()
	}
	// The shared cells' height, measured once for the block and once for
	// its continued parts: the requirement is the longest text wrapped.
	sharedH := func(shared []string) float64 {
		if span == 0 {
			return 0
		}
		return rowHeight(shared, w.widths[:span], bodyPt)
	}
	shared, need := b.Shared, sharedH(b.Shared)
	// A block that does not fit goes whole to the next page when little
	// room is left here (a fifth of a page); with more it is split, not to
	// waste paper.
	whole := max(sum(heights), need)
	if !w.fits(whole) && whole <= w.fresh() && !w.fits(splitRoom*w.fresh()) {
		w.newPage()
	}
	for i := 0; i < len(rows); {
		k := w.take(heights[i:], need)
		if k == 0 && !w.pageEmpty() {
			w.newPage()
			continue
		}
		k = max(k, 1) // taller than a page: it goes alone
		w.part(cols, b.Bold, shared, need, rows[i:i+k], heights[i:i+k])
		if i += k; i < len(rows) {
			w.newPage()
			shared = continued(b.Shared)
			need = sharedH(shared)
		}
	}
}

// take is how many of the rows fit on the page with shared cells of
// height need beside them.
func (w *sheetWriter) take(heights []float64, need float64) int {
	if !w.fits(need) {
		return 0
	}
	k, used := 0, 0.0
	for k < len(heights) && w.fits(used+heights[k]) {
		used += heights[k]
		k++
	}
	return k
}

// part writes rows with the shared cells merged down beside them.
// need is the height the shared cells take.
func (w *sheetWriter) part(cols []TableColumn, bold bool, shared []string, need float64, rows [][]string, heights []float64) {
	span, first := len(shared), w.row
	heights = append([]float64{}, heights...)
	for i, cells := range rows {
		for j, s := range cells {
			w.value(cols[span+j], span+j+1, first+i, s)
		}
		w.rowStyles(cols, span, first+i, bold)
	}
	if span > 0 {
		for j, s := range shared {
			w.value(cols[j], j+1, first, s)
			w.merge(j+1, first, j+1, first+len(rows)-1)
		}
		fitMerged(heights, need)
		w.sharedStyles(cols[:span], first, first+len(rows)-1, bold, sum(heights) > tallMergePt)
	}
	for i, h := range heights {
		w.height(first+i, h)
	}
	w.row += len(rows)
}

// shown is a row's cells as the reader shows them, for measuring: dates
// in their short format, web addresses shortened.
func (w *sheetWriter) shown(cols []TableColumn, cells []string) []string {
	out := make([]string, len(cells))
	for i, s := range cells {
		switch {
		case i >= len(cols) || cols[i].Numeric:
			out[i] = s
		case cols[i].Prewrap:
			out[i] = prewrap(s, cols[i].Width, bodyPt) // measured as written
		case cols[i].Date:
			out[i] = ShownDate(s, w.year)
		default:
			out[i] = ShortURLs(s)
		}
	}
	return out
}

// value writes a cell: numbers as numbers in numeric columns, dates as
// dates, the rest as text; a status that needs attention stands out.
func (w *sheetWriter) value(col TableColumn, c, r int, s string) {
	at := cell(c, r)
	switch {
	case col.Numeric:
		if n, err := strconv.Atoi(s); err == nil {
			w.check(w.f.SetCellInt(w.name, at, int64(n)))
			return
		}
	case col.Date:
		if t, err := time.Parse(plan.DateLayout, s); err == nil {
			w.check(w.f.SetCellValue(w.name, at, t))
			style := w.st.dateLong
			if t.Year() == w.year {
				style = w.st.dateShort
			}
			w.afterRows(at, func(int) int { return style })
			return
		}
	case col.Status && StandsOut(s):
		style := w.st.ink[s]
		w.afterRows(at, func(int) int { return style })
	case col.Prewrap:
		s = prewrap(s, col.Width, bodyPt)
	default:
		// Web addresses as people type them: the scheme, www. and a
		// closing slash only cost lines on paper.
		s = ShortURLs(s)
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
func (w *sheetWriter) cellStyle(col TableColumn, bold bool) int {
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
func (w *sheetWriter) rowStyles(cols []TableColumn, from, r int, bold bool) {
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

func (w *sheetWriter) sharedStyles(cols []TableColumn, r1, r2 int, bold, tall bool) {
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
	for _, m := range w.merges {
		if w.deferred != nil {
			w.deferred.merges[w.name] = append(w.deferred.merges[w.name], cell(m[0], m[1])+":"+cell(m[2], m[3]))
			continue
		}
		w.check(w.f.MergeCell(w.name, cell(m[0], m[1]), cell(m[2], m[3])))
	}
	w.merges = nil
	for _, f := range w.later {
		f()
	}
	w.later = nil
	last := max(w.row-1, 1)
	w.check(w.f.SetSheetDimension(w.name, fmt.Sprintf("A1:%s", cell(w.lastCol(), last))))
	return w.err
}
