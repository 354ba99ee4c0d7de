package sheet

// gridBuilder lays out cells of the markup formats (HTML tables,
// SpreadsheetML), where a cell's column is implied by the cells before it
// and by spans reaching down from rows above. It bounds what a hostile file
// can make it allocate.
type gridBuilder struct {
	// flow: cells flow around spans from rows above, as in HTML; in
	// SpreadsheetML a cell without ss:Index simply follows the one before
	// (Excel writes the index after a merged area; LibreOffice reads so).
	flow   bool
	rows   [][]string
	merges []Merge
	spans  []Merge // merges still reaching down into later rows
	row    int     // current row, 0-based; -1 before the first
	col    int     // next free column in the current row
	slots  int
	hidden []bool
}

// maxSpan bounds one cell's rowspan or colspan: far beyond any return, small
// enough that a forged span cannot blow up a grid.
const maxSpan = 1000

func newGridBuilder(flow bool) *gridBuilder { return &gridBuilder{row: -1, flow: flow} }

// nextRow starts a row; at >= 0 places it there (SpreadsheetML's ss:Index),
// never before the current one.
func (b *gridBuilder) nextRow(at int) {
	b.row++
	if at > b.row && at < 1<<20 {
		b.row = at
	}
	b.col = 0
	// Drop spans that ended above this row.
	kept := b.spans[:0]
	for _, s := range b.spans {
		if s.Bottom >= b.row {
			kept = append(kept, s)
		}
	}
	b.spans = kept
}

// hideRow marks the current row hidden.
func (b *gridBuilder) hideRow() { b.hidden = markHidden(b.hidden, b.row, b.row, 1<<20) }

// free moves col past the columns taken by spans from rows above.
func (b *gridBuilder) free() {
	for moved := true; moved; {
		moved = false
		for _, s := range b.spans {
			if s.Top < b.row && b.row <= s.Bottom && s.Left <= b.col && b.col <= s.Right {
				b.col, moved = s.Right+1, true
			}
		}
	}
}

// cell places text at the next free column (or at column at, when >= 0 and
// not before it), spanning across extra columns and down extra rows.
func (b *gridBuilder) cell(text string, at, across, down int) error {
	if b.row < 0 {
		b.nextRow(-1)
	}
	if at > b.col && at < maxHiddenCols {
		b.col = at
	}
	if b.flow {
		b.free()
	}
	across, down = min(max(across, 0), maxSpan), min(max(down, 0), maxSpan)
	c := b.col
	if c >= maxHiddenCols {
		return refuse(TooLarge, "表格超过 16384 列", nil)
	}
	b.col = c + across + 1
	if across > 0 || down > 0 {
		m := Merge{Top: b.row, Left: c, Bottom: b.row + down, Right: c + across}
		b.merges = append(b.merges, m)
		if down > 0 {
			b.spans = append(b.spans, m)
		}
		if len(b.merges) > maxGridSlots/100 {
			return refuse(TooLarge, "合并单元格过多", nil)
		}
	}
	if text == "" {
		return nil
	}
	for len(b.rows) <= b.row {
		b.rows = append(b.rows, nil)
	}
	r := b.rows[b.row]
	if len(r) <= c {
		b.slots += c + 1 - len(r)
		if b.slots > maxGridSlots {
			return refuse(TooLarge, "表格范围过大，单元格超过 400 万个", nil)
		}
		r = append(r, make([]string, c+1-len(r))...)
	}
	r[c] = text
	b.rows[b.row] = r
	return nil
}

// grid is the sheet built so far.
func (b *gridBuilder) grid(name string) Grid {
	return Grid{Name: name, Rows: b.rows, Merges: b.merges, HiddenRows: b.hidden}
}
