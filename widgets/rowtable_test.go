package widgets

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestRowTableSelectsRows(t *testing.T) {
	test.NewTempApp(t)
	data := [][]string{{"1", "县府办"}, {"2", "县财政局"}}
	got := -1
	tb := NewRowTable([]string{"序号", "单位"}, []float32{50, 120}, func() int { return len(data) },
		func(r, c int) string { return data[r][c] })
	tb.OnRowSelected = func(r int) { got = r }
	w := test.NewTempWindow(t, tb)
	w.Resize(w.Content().MinSize().AddWidthHeight(300, 200))
	tb.Table.Select(widget.TableCellID{Row: 1, Col: 1})
	if got != 1 || tb.SelectedRow() != 1 {
		t.Fatalf("selected %d / %d", got, tb.SelectedRow())
	}
	data = data[:1]
	tb.Select(-1)
	tb.Refresh()
}
