package pdf

import (
	"strings"

	"taizhang/app/report"
)

// prow is a table row being laid out: its cells' lines and its height.
type prow struct {
	lines [][]string
	h     float64
	mark  []string // a cell's status when it stands out (printed bold on its colour), else ""
	band  bool     // a band across the columns after the shared ones
}

// table lays out a caption, a header repeated on every page, and blocks,
// with the sheet's chart under the block it follows.
func (lt *layouter) table(t report.TableModel, c *report.ChartModel) {
	lt.repeat = nil
	lt.year = t.Year
	t = banded(t)
	lt.cols = lt.tableCols(t)
	head := lt.makeHead(lt.cols)
	// The caption, header and a first row belong together.
	need := head.h + lineH(pdfBodyPt)*2 + 2*padY
	if t.Caption != "" {
		need += lineH(pdfCaptionPt) + 1
	}
	if lt.y+need > lt.bottom() {
		lt.newPage()
	}
	if t.Caption != "" {
		lt.text(t.Caption, marginX, contentW, lt.y, pdfCaptionPt, true, 'l')
		lt.y += lineH(pdfCaptionPt) + 1
	}
	lt.repeat = func() {
		lt.drawRow(head, lt.cols, lt.y, true, fillHead, true)
		lt.y += head.h
	}
	lt.repeat()
	for i, b := range t.Blocks {
		if b.Heading != "" {
			lt.heading(b.Heading)
		} else {
			lt.group(b)
		}
		if c != nil && c.After == i {
			repeat := lt.repeat
			lt.repeat = nil
			lt.chart(c, t)
			lt.y += 2
			lt.repeat = repeat
			if i+1 < len(t.Blocks) && lt.y+head.h+lineH(pdfBodyPt)*3 <= lt.bottom() {
				lt.repeat() // the rows below the chart need their labels
			} else if i+1 < len(t.Blocks) {
				lt.newPage()
			}
		}
	}
}

// makeRow wraps a row's cells into their columns.
func (lt *layouter) makeRow(cells []string, cols []pcol, bold bool) prow {
	r := prow{lines: make([][]string, len(cols)), mark: make([]string, len(cols))}
	n := 1
	for i := range cols {
		if i < len(cells) {
			if cols[i].col.Status && report.StandsOut(cells[i]) {
				r.mark[i] = cells[i]
			}
			r.lines[i] = lt.wrap(lt.shown(cols[i].col, cells[i]), cols[i].w-2*padX, pdfBodyPt, bold || r.mark[i] != "")
			n = max(n, len(r.lines[i]))
		}
	}
	r.h = float64(n)*lineH(pdfBodyPt) + 2*padY
	return r
}

// makeHead is the header row, each label broken where its column chose.
func (lt *layouter) makeHead(cols []pcol) prow {
	r := prow{lines: make([][]string, len(cols))}
	n := 1
	adv := lt.metrics(true).advanceMM(pdfBodyPt)
	for i, c := range cols {
		r.lines[i] = report.HeadLines(lt.clean(c.col.Head, true), c.w-2*padX, adv)
		n = max(n, len(r.lines[i]))
	}
	r.h = float64(n)*lineH(pdfBodyPt) + 2*padY
	return r
}

// shown is a cell's text as printed: dates as the office writes them,
// web addresses without their scheme.
func (lt *layouter) shown(c report.TableColumn, s string) string {
	if c.Date {
		return report.ShownDate(s, lt.year)
	}
	return report.ShortURLs(s)
}

// drawRow draws a row's cells at top; centred says the text sits in the
// middle of each cell, not at its top.
func (lt *layouter) drawRow(r prow, cols []pcol, top float64, bold bool, fill string, centred bool) {
	lh := lineH(pdfBodyPt)
	for i, c := range cols {
		mark, cellFill, ink := "", fill, ""
		if i < len(r.mark) && r.mark[i] != "" {
			mark = r.mark[i]
			cellFill, ink = report.StatusFill(mark), report.StatusLabel(mark)
		}
		lt.box(c.x, top, c.w, r.h, cellFill, true)
		var lines []string
		if i < len(r.lines) {
			lines = r.lines[i]
		}
		y := top + padY
		if centred {
			y = top + (r.h-float64(len(lines))*lh)/2
		}
		align := byte('l')
		if c.col.Center || fill == fillHead {
			align = 'c'
		}
		for _, l := range lines {
			lt.inkText(l, c.x+padX, c.w-2*padX, y, pdfBodyPt, bold || mark != "", align, ink)
			y += lh
		}
	}
}

// heading is a full-width section row, kept with the row after it.
func (lt *layouter) heading(s string) {
	full := []pcol{{x: marginX, w: contentW}}
	r := lt.makeRow([]string{s}, full, true)
	if lt.y+r.h+lineH(pdfBodyPt)*2+2*padY > lt.bottom() {
		lt.newPage()
	}
	lt.drawRow(r, full, lt.y, true, fillSection, true)
	lt.y += r.h
	lt.hasRows = true
}

// banded is a table as the PDF prints it: a block's shared cells after
// the first (a task's 工作任务, 具体要求, 牵头落实单位) go, labelled, into a
// band across the rows' columns above its rows. Beside 40 units' rows those
// columns would stand mostly empty on every page the task reaches; as a
// band the requirement is printed once and the rows get the whole width.
func banded(t report.TableModel) report.TableModel {
	span := tableSpan(t)
	if span < 2 {
		return t
	}
	out := t
	out.Cols = append(append([]report.TableColumn{}, t.Cols[:1]...), t.Cols[span:]...)
	out.Blocks = make([]report.TableBlock, len(t.Blocks))
	for i, b := range t.Blocks {
		if b.Span() == span {
			var parts []string
			for j, s := range b.Shared[1:] {
				if s != "" {
					parts = append(parts, report.HeadText(t.Cols[j+1].Head)+"："+s)
				}
			}
			b.Band, b.Shared = strings.Join(parts, "　"), b.Shared[:1]
		}
		out.Blocks[i] = b
	}
	return out
}

// group lays out a block: its band, its rows, and its shared cell (a
// task's 序号) beside them on each page the block reaches. Each later page
// starts with the band's first line marked （续）, so the task is named on
// every page.
func (lt *layouter) group(b report.TableBlock) {
	span := b.Span()
	cells := b.Rows
	if len(cells) == 0 {
		cells = [][]string{nil}
	}
	var rows []prow
	if b.Band != "" {
		band := lt.bandRow(b.Band, span)
		rows = append(rows, band)
	}
	for _, c := range cells {
		rows = append(rows, lt.makeRow(c, lt.cols[span:], b.Bold))
	}
	shared := lt.makeRow(b.Shared, lt.cols[:span], b.Bold)
	stretch(rows, shared.h)
	for i, part := 0, 0; i < len(rows); {
		top := lt.y
		var cont prow
		if part > 0 && b.Band != "" {
			cont = lt.continuedBand(b.Band, span)
			lt.y += cont.h
		}
		var ok bool
		if rows, ok = lt.makeRoom(rows, i); !ok {
			lt.y = top
			lt.newPage()
			continue
		}
		if cont.h > 0 {
			lt.drawBand(cont, span, top)
		}
		j := i
		for j < len(rows) && lt.y+rows[j].h <= lt.bottom()+eps {
			if rows[j].band {
				lt.drawBand(rows[j], span, lt.y)
			} else {
				lt.drawRow(rows[j], lt.cols[span:], lt.y, b.Bold, "", true)
			}
			lt.y += rows[j].h
			j++
		}
		lt.drawShared(shared.lines, top, lt.y, b.Bold)
		lt.hasRows = true
		part++
		if i = j; i < len(rows) {
			lt.newPage()
		}
	}
}

// bandRow is a block's band, wrapped across the rows' columns.
func (lt *layouter) bandRow(s string, span int) prow {
	lines := lt.wrap(s, lt.bandW(span)-2*padX, pdfBodyPt, false)
	return prow{lines: [][]string{lines}, h: float64(len(lines))*lineH(pdfBodyPt) + 2*padY, band: true}
}

// continuedBand is the band of a block's later page: its first line, cut
// short with … and marked （续）.
func (lt *layouter) continuedBand(s string, span int) prow {
	lines := lt.wrap(report.ContinuedMark+s, lt.bandW(span)-2*padX, pdfBodyPt, false)
	line := lines[0]
	if len(lines) > 1 {
		r := []rune(line)
		line = string(r[:max(len(r)-2, 0)]) + "…"
	}
	return prow{lines: [][]string{{line}}, h: lineH(pdfBodyPt) + 2*padY, band: true}
}

// bandW is the width of the columns after the shared ones.
func (lt *layouter) bandW(span int) float64 {
	last := lt.cols[len(lt.cols)-1]
	return last.x + last.w - lt.cols[span].x
}

// drawBand draws a band across the columns after the shared ones.
func (lt *layouter) drawBand(r prow, span int, top float64) {
	x, w := lt.cols[span].x, lt.bandW(span)
	lt.box(x, top, w, r.h, fillBand, true)
	y := top + padY
	for _, l := range r.lines[0] {
		lt.text(l, x+padX, w-2*padX, y, pdfBodyPt, false, 'l')
		y += lineH(pdfBodyPt)
	}
}

// makeRoom makes row i fit at the current position: a row taller than the
// space left is split there when it could not fit on a fresh page either.
// ok is false when the row should start on the next page instead.
func (lt *layouter) makeRoom(rows []prow, i int) ([]prow, bool) {
	avail := lt.bottom() - lt.y
	if rows[i].band && i+1 < len(rows) && lt.hasRows && rows[i].h+rows[i+1].h > avail+eps {
		return rows, false // a band goes on with the row under it
	}
	if rows[i].h <= avail+eps {
		return rows, true
	}
	fresh := lt.bottom() - marginTop - 15 // a page less its header, roughly
	if lt.hasRows && rows[i].h <= fresh || fitLines(avail, pdfBodyPt) < 1 {
		return rows, false
	}
	head, tail := splitRow(rows[i], avail)
	out := append(append(append([]prow{}, rows[:i]...), head, tail), rows[i+1:]...)
	return out, true
}

// splitRow cuts a row so its head fills avail; the tail goes on.
func splitRow(r prow, avail float64) (prow, prow) {
	n := fitLines(avail, pdfBodyPt)
	head := prow{lines: make([][]string, len(r.lines)), h: avail, mark: r.mark, band: r.band}
	tail := prow{lines: make([][]string, len(r.lines)), mark: r.mark, band: r.band}
	most := 0
	for c, l := range r.lines {
		k := min(n, len(l))
		head.lines[c], tail.lines[c] = l[:k], l[k:]
		most = max(most, len(l)-k)
	}
	tail.h = float64(most)*lineH(pdfBodyPt) + 2*padY
	if most == 0 { // a row with no text left (a filler): the rest of its height
		tail.h = max(r.h-avail, 2*padY+lineH(pdfBodyPt))
	}
	return head, tail
}

// stretch spreads over the rows whatever the shared cells need beyond
// their sum.
func stretch(rows []prow, need float64) {
	sum := sumH(rows)
	if sum >= need || len(rows) == 0 {
		return
	}
	extra := (need - sum) / float64(len(rows))
	for i := range rows {
		rows[i].h += extra
	}
}

func sumH(rows []prow) float64 {
	s := 0.0
	for _, r := range rows {
		s += r.h
	}
	return s
}

// drawShared draws the shared cells of one part of a block, whole, from
// top to bottom, their text in the middle.
func (lt *layouter) drawShared(lines [][]string, top, bottom float64, bold bool) {
	lh := lineH(pdfBodyPt)
	for c := range lines {
		col := lt.cols[c]
		lt.box(col.x, top, col.w, bottom-top, "", true)
		y := top + (bottom-top-float64(len(lines[c]))*lh)/2
		align := byte('l')
		if col.col.Center {
			align = 'c'
		}
		for _, l := range lines[c] {
			lt.text(l, col.x+padX, col.w-2*padX, y, pdfBodyPt, bold, align)
			y += lh
		}
	}
}
