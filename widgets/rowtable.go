// Package widgets holds the program's reusable widgets.
package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// RowTable is a table whose rows, not cells, are selected: Fyne's table
// selects single cells only, so it keeps its own selected row and paints
// the whole row. Rows and cells come from functions, so the table shows
// whatever slice the caller filters.
type RowTable struct {
	*widget.Table
	headers  []string
	rows     func() int
	cell     func(row, col int) string
	selected int
	// OnRowSelected is called with the row the clerk clicked.
	OnRowSelected func(row int)
}

// NewRowTable makes a table with a header row and the given column widths.
func NewRowTable(headers []string, widths []float32, rows func() int, cell func(row, col int) string) *RowTable {
	t := &RowTable{headers: headers, rows: rows, cell: cell, selected: -1}
	t.Table = widget.NewTableWithHeaders(
		func() (int, int) { return t.rows(), len(t.headers) },
		newCell,
		func(id widget.TableCellID, o fyne.CanvasObject) {
			t.fill(o, t.cell(id.Row, id.Col), id.Row == t.selected)
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = newCell
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		text := ""
		if id.Col >= 0 && id.Col < len(t.headers) {
			text = t.headers[id.Col]
		}
		stack := o.(*fyne.Container)
		l := stack.Objects[1].(*widget.Label)
		l.TextStyle = fyne.TextStyle{Bold: true}
		l.SetText(text)
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

func newCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(canvas.NewRectangle(color.Transparent), l)
}

func (t *RowTable) fill(o fyne.CanvasObject, text string, selected bool) {
	stack := o.(*fyne.Container)
	bg := stack.Objects[0].(*canvas.Rectangle)
	want := color.Color(color.Transparent)
	if selected {
		want = theme.Color(theme.ColorNameSelection)
	}
	if bg.FillColor != want {
		bg.FillColor = want
		bg.Refresh()
	}
	stack.Objects[1].(*widget.Label).SetText(text)
}

// Select marks row as the selected one (-1 for none) without calling
// OnRowSelected.
func (t *RowTable) Select(row int) {
	t.selected = row
	t.Table.UnselectAll()
	t.Refresh()
}

// SelectedRow is the selected row, or -1.
func (t *RowTable) SelectedRow() int { return t.selected }
