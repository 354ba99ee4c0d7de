package report

// prow is a table row being laid out: its cells' lines and its height.
type prow struct {
	lines [][]string
	h     float64
	mark  []string // a cell's status when it stands out (printed bold on its colour), else ""
}

// table lays out a caption, a header repeated on every page, and blocks,
// with the sheet's chart under the block it follows.
func (lt *layouter) table(t tableModel, c *chartModel) {
	lt.repeat = nil
	lt.year = t.Year
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
			if cols[i].col.Status && standsOut(cells[i]) {
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
		r.lines[i] = headLines(lt.clean(c.col.Head, true), c.w-2*padX, adv)
		n = max(n, len(r.lines[i]))
	}
	r.h = float64(n)*lineH(pdfBodyPt) + 2*padY
	return r
}

// shown is a cell's text as printed: dates as the office writes them,
// web addresses without their scheme.
func (lt *layouter) shown(c column, s string) string {
	if c.Date {
		return shownDate(s, lt.year)
	}
	return shortURLs(s)
}

// drawRow draws a row's cells at top; centred says the text sits in the
// middle of each cell, not at its top.
func (lt *layouter) drawRow(r prow, cols []pcol, top float64, bold bool, fill string, centred bool) {
	lh := lineH(pdfBodyPt)
	for i, c := range cols {
		mark, cellFill, ink := "", fill, ""
		if i < len(r.mark) && r.mark[i] != "" {
			mark = r.mark[i]
			cellFill, ink = statusFill(mark), statusText(mark)
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
		if c.center || fill == fillHead {
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

// group lays out a block: its own rows, and the shared cells (a task's
// 序号, 工作任务, 具体要求, 牵头落实单位) drawn once beside them on each
// page the block reaches, their text flowing from one page to the next.
func (lt *layouter) group(b block) {
	span := b.span()
	cells := b.Rows
	if len(cells) == 0 {
		cells = [][]string{nil}
	}
	rows := make([]prow, len(cells))
	for i, c := range cells {
		rows[i] = lt.makeRow(c, lt.cols[span:], b.Bold)
	}
	shared := lt.makeRow(b.Shared, lt.cols[:span], b.Bold)
	stretch(rows, shared.h)
	cursor := make([]int, span)
	for i, part := 0, 0; i < len(rows); {
		var ok bool
		if rows, ok = lt.makeRoom(rows, i); !ok {
			lt.newPage()
			continue
		}
		top, j := lt.y, i
		for j < len(rows) && lt.y+rows[j].h <= lt.bottom()+eps {
			lt.y += rows[j].h
			j++
		}
		last := j == len(rows)
		if last && span > 0 {
			lt.growLast(rows[i:j], remaining(shared.lines, cursor), top)
		}
		for k := i; k < j; k++ {
			lt.drawRow(rows[k], lt.cols[span:], top+sumH(rows[i:k]), b.Bold, "", true)
		}
		if span > 0 {
			lt.drawShared(shared.lines, cursor, top, lt.y, part, last && part == 0, b.Bold)
			if n := remaining(shared.lines, cursor); last && n > 0 {
				rows = append(rows, prow{h: float64(n)*lineH(pdfBodyPt) + 2*padY})
			}
		}
		lt.hasRows = true
		part++
		if i = j; i < len(rows) {
			lt.newPage()
		}
	}
}

// makeRoom makes row i fit at the current position: a row taller than the
// space left is split there when it could not fit on a fresh page either.
// ok is false when the row should start on the next page instead.
func (lt *layouter) makeRoom(rows []prow, i int) ([]prow, bool) {
	avail := lt.bottom() - lt.y
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
	head := prow{lines: make([][]string, len(r.lines)), h: avail, mark: r.mark}
	tail := prow{lines: make([][]string, len(r.lines)), mark: r.mark}
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

// remaining is how many lines of the shared cells are still to be drawn.
func remaining(lines [][]string, cursor []int) int {
	n := 0
	for c, l := range lines {
		n = max(n, len(l)-cursor[c])
	}
	return n
}

// growLast lengthens the last row of a block's final part, within the
// page, so the shared cells' remaining text fits beside it.
func (lt *layouter) growLast(part []prow, lines int, top float64) {
	if len(part) == 0 || lines == 0 {
		return
	}
	need := float64(lines)*lineH(pdfBodyPt) + 2*padY - (lt.y - top)
	grow := min(max(need, 0), lt.bottom()-lt.y)
	part[len(part)-1].h += grow
	lt.y += grow
}

// drawShared draws the shared cells of one part of a block, from top to
// bottom, continuing each cell's text where the previous part stopped. A
// continued block repeats its first cell (the task's 序号) marked 续.
func (lt *layouter) drawShared(lines [][]string, cursor []int, top, bottom float64, part int, whole, bold bool) {
	lh := lineH(pdfBodyPt)
	capacity := fitLines(bottom-top, pdfBodyPt)
	for c := range lines {
		col := lt.cols[c]
		lt.box(col.x, top, col.w, bottom-top, "", true)
		var show []string
		if c == 0 && part > 0 {
			show = append(append(show, lines[0]...), "续")
		} else {
			end := min(cursor[c]+capacity, len(lines[c]))
			show = lines[c][cursor[c]:end]
			cursor[c] = end
		}
		y := top + padY
		if whole || c == 0 {
			y = top + (bottom-top-float64(len(show))*lh)/2
		}
		align := byte('l')
		if col.center {
			align = 'c'
		}
		for _, l := range show {
			lt.text(l, col.x+padX, col.w-2*padX, y, pdfBodyPt, bold, align)
			y += lh
		}
	}
}
