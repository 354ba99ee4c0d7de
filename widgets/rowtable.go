// Package widgets holds the program's reusable widgets.
package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Swatch is a small coloured mark drawn before a cell's text, such as a
// status colour with its shape.
type Swatch struct {
	Fill, Text color.Color
	Mark       string
}

// RowTable is a table whose rows, not cells, are selected: Fyne's table
// selects single cells only, so it keeps its own selected row and paints
// the whole row. Rows and cells come from functions, so the table shows
// whatever slice the caller filters. A tap on a column header sorts, when
// the caller asks for it.
type RowTable struct {
	*widget.Table
	headers  []string
	widths   []float32 // as asked; the last column may grow past its own
	rows     func() int
	cell     func(row, col int) string
	selected int
	sortCol  int
	sortDesc bool
	// OnRowSelected is called with the row the clerk clicked.
	OnRowSelected func(row int)
	// OnHeaderTapped, when set, makes every header a button; it is called
	// with the column tapped.
	OnHeaderTapped func(col int)
	// SwatchFor, when set, gives the swatch drawn before a cell's text
	// (ok false for none).
	SwatchFor func(row, col int) (s Swatch, ok bool)
}

// NewRowTable makes a table with a header row and the given column widths.
func NewRowTable(headers []string, widths []float32, rows func() int, cell func(row, col int) string) *RowTable {
	t := &RowTable{headers: headers, widths: widths, rows: rows, cell: cell, selected: -1, sortCol: -1}
	t.Table = widget.NewTableWithHeaders(
		func() (int, int) { return t.rows(), len(t.headers) },
		newCell,
		func(id widget.TableCellID, o fyne.CanvasObject) { t.fill(o, id) })
	t.ShowHeaderColumn = false
	// The table's rows are as tall as its header: both compact.
	t.CreateHeader = func() fyne.CanvasObject { return newHeaderCell() }
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		h := o.(*headerCell)
		col := id.Col
		h.line.SetText(t.headerText(col))
		h.onTap = func() {
			if t.OnHeaderTapped != nil {
				t.OnHeaderTapped(col)
			}
		}
	}
	for i, w := range widths {
		t.SetColumnWidth(i, w)
	}
	t.OnSelected = func(id widget.TableCellID) {
		t.Select(id.Row)
		if t.OnRowSelected != nil {
			t.OnRowSelected(id.Row)
		}
	}
	return t
}

// Resize stretches the last column over whatever width the others leave,
// so the column that holds the longest text (结果, 未报事项, 全称) shows as
// much of it as the window has room for, and a selected row is painted
// across the whole table.
func (t *RowTable) Resize(s fyne.Size) {
	if n := len(t.widths); n > 0 {
		pad := theme.Padding()
		used := pad // room for the divider the table draws at its edge
		for _, w := range t.widths[:n-1] {
			used += w + pad
		}
		t.SetColumnWidth(n-1, max(t.widths[n-1], s.Width-used))
	}
	t.Table.Resize(s)
}

// headerText is a column's title with the sort arrow when it sorts.
func (t *RowTable) headerText(col int) string {
	if col < 0 || col >= len(t.headers) {
		return ""
	}
	text := t.headers[col]
	if col == t.sortCol {
		if t.sortDesc {
			return text + " ▼"
		}
		return text + " ▲"
	}
	return text
}

// SetSortMark shows which column the rows are sorted by (-1 for none).
func (t *RowTable) SetSortMark(col int, desc bool) {
	t.sortCol, t.sortDesc = col, desc
	t.Refresh()
}

// HeaderText is what the header of col shows, for tests.
func (t *RowTable) HeaderText(col int) string { return t.headerText(col) }

// cell layout: background, swatch, text.
func newCell() fyne.CanvasObject {
	text := NewLine("")
	mark := canvas.NewText("", color.Black)
	mark.Alignment = fyne.TextAlignCenter
	mark.TextSize = theme.TextSize() * 0.8
	box := canvas.NewRectangle(color.Transparent)
	box.CornerRadius = 3
	box.SetMinSize(fyne.NewSize(18, 18))
	swatch := container.NewCenter(container.NewStack(box, mark))
	swatch.Hide()
	return container.NewStack(canvas.NewRectangle(color.Transparent),
		container.NewBorder(nil, nil, container.NewPadded(swatch), nil, text))
}

// cellParts are the parts of a cell newCell made: its background, its text
// and the padded box holding its swatch.
func cellParts(o fyne.CanvasObject) (bg *canvas.Rectangle, label *Line, pad *fyne.Container) {
	stack := o.(*fyne.Container)
	border := stack.Objects[1].(*fyne.Container) // the text, then the swatch at its left
	return stack.Objects[0].(*canvas.Rectangle),
		border.Objects[0].(*Line),
		border.Objects[1].(*fyne.Container)
}

func (t *RowTable) fill(o fyne.CanvasObject, id widget.TableCellID) {
	bg, label, pad := cellParts(o)
	want := color.Color(color.Transparent)
	if id.Row == t.selected {
		want = theme.Color(theme.ColorNameSelection)
	}
	if bg.FillColor != want {
		bg.FillColor = want
		bg.Refresh()
	}
	swatch := pad.Objects[0].(*fyne.Container)
	s, ok := Swatch{}, false
	if t.SwatchFor != nil {
		s, ok = t.SwatchFor(id.Row, id.Col)
	}
	if ok {
		inner := swatch.Objects[0].(*fyne.Container)
		box, mark := inner.Objects[0].(*canvas.Rectangle), inner.Objects[1].(*canvas.Text)
		box.FillColor, mark.Color, mark.Text = s.Fill, s.Text, s.Mark
		box.Refresh()
		mark.Refresh()
		swatch.Show()
		pad.Show()
	} else {
		swatch.Hide()
		pad.Hide()
	}
	label.SetText(t.cell(id.Row, id.Col))
}

// Select marks row as the selected one (-1 for none) without calling
// OnRowSelected.
func (t *RowTable) Select(row int) {
	t.selected = row
	t.Table.UnselectAll()
	t.Refresh()
}

// Mark marks row as the selected one without redrawing, for a caller that
// refreshes the table anyway.
func (t *RowTable) Mark(row int) { t.selected = row }

// VisibleRows is how many whole rows the table shows at its current size.
func (t *RowTable) VisibleRows() int {
	row := t.rowHeight()
	gap := theme.Padding()              // the table's divider between rows
	body := t.Size().Height - row - gap // less the header
	if body <= 0 {
		return 0
	}
	return int((body + gap) / (row + gap))
}

// ScrollToRow brings row to the top of the view (or as near as the rows
// below allow). Fyne's Table.ScrollTo counts the header row's height
// twice, so a row above the view ends up hidden just behind the header.
func (t *RowTable) ScrollToRow(row int) {
	t.ScrollToOffset(fyne.NewPos(0, float32(row)*(t.rowHeight()+theme.Padding())))
}

// rowHeight is the height of a row, the header's as well: the table makes
// them all as tall as the taller of a cell and a header.
func (t *RowTable) rowHeight() float32 {
	return newCell().MinSize().Max(t.CreateHeader().MinSize()).Height
}

// CellWidth is the column width a cell needs to show text whole, after a
// swatch when swatch is set.
func CellWidth(text string, swatch bool) float32 {
	w := TextWidth(text, fyne.TextStyle{})
	if swatch {
		_, _, pad := cellParts(newCell())
		pad.Objects[0].Show()
		w += pad.MinSize().Width
	}
	return w
}

// SetWidth changes a column's width, the last column's as the least it
// takes.
func (t *RowTable) SetWidth(col int, w float32) {
	if col < 0 || col >= len(t.widths) {
		return
	}
	t.widths[col] = w
	t.SetColumnWidth(col, w)
	t.Resize(t.Size())
}

// Width is the width asked for col.
func (t *RowTable) Width(col int) float32 { return t.widths[col] }

// SelectedRow is the selected row, or -1.
func (t *RowTable) SelectedRow() int { return t.selected }

// Reset clears the selection and scrolls back to the first row and column,
// for when the table shows new data: a sideways scroll left over from the
// last rows would hide the first columns of the new ones.
func (t *RowTable) Reset() {
	t.Select(-1)
	t.ScrollToTop()
	t.ScrollToLeading()
}

// headerCell is a column's title, a button when the caller sorts by it.
type headerCell struct {
	widget.BaseWidget
	line  *Line
	bg    *canvas.Rectangle
	onTap func()
}

func newHeaderCell() *headerCell {
	h := &headerCell{line: NewLine(""), bg: canvas.NewRectangle(color.Transparent)}
	h.ExtendBaseWidget(h)
	return h
}

// Text is what the header shows.
func (h *headerCell) Text() string { return h.line.Text }

// Tapped calls the table's OnHeaderTapped with the column.
func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.onTap != nil {
		h.onTap()
	}
}

// Cursor is a hand: a tap sorts.
func (h *headerCell) Cursor() desktop.Cursor { return desktop.PointerCursor }

// MouseIn shades the header as a button does under the pointer.
func (h *headerCell) MouseIn(*desktop.MouseEvent) {
	h.bg.FillColor = theme.Color(theme.ColorNameHover)
	h.bg.Refresh()
}

// MouseMoved is needed for MouseIn and MouseOut.
func (h *headerCell) MouseMoved(*desktop.MouseEvent) {}

// MouseOut takes the shade away.
func (h *headerCell) MouseOut() {
	h.bg.FillColor = color.Transparent
	h.bg.Refresh()
}

func (h *headerCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(h.bg, h.line))
}
