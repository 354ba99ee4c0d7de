package widgets

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

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
	// The data shrinks and the caller clears the selection: the table
	// forgets the row without calling back and shows only what is left.
	data = data[:1]
	got = -1
	tb.Select(-1)
	tb.Refresh()
	if got != -1 || tb.SelectedRow() != -1 {
		t.Errorf("after Select(-1): called back with %d, selected %d", got, tb.SelectedRow())
	}
	if rows, cols := tb.Length(); rows != 1 || cols != 2 {
		t.Errorf("after the data shrank the table has %d×%d cells", rows, cols)
	}
}

// shownHeaders is the set of column headers the table visibly draws.
func shownHeaders(tb *RowTable) map[string]bool {
	shown := map[string]bool{}
	for _, o := range test.LaidOutObjects(tb) {
		if x, ok := o.(*canvas.Text); ok && x.Visible() && x.Text != "" {
			shown[x.Text] = true
		}
	}
	return shown
}

// A tap on a header reaches the caller, which marks the sorted column; a
// swatch shows only where asked; Reset brings back the first columns.
func TestRowTableHeadersSwatchesAndReset(t *testing.T) {
	test.NewTempApp(t)
	data := [][]string{{"1", "已完成", "很长的落实情况"}, {"2", "未报送", ""}}
	tb := NewRowTable([]string{"序号", "状态", "落实情况"}, []float32{50, 120, 900}, func() int { return len(data) },
		func(r, c int) string { return data[r][c] })
	tapped := -1
	tb.OnHeaderTapped = func(c int) { tapped = c }
	tb.SwatchFor = func(r, c int) (Swatch, bool) {
		return Swatch{Fill: color.Black, Text: color.White, Mark: "●"}, c == 1
	}
	w := test.NewTempWindow(t, tb)
	w.Resize(fyne.NewSize(400, 300))
	var headers []*headerCell
	for _, o := range test.LaidOutObjects(tb) {
		if b, ok := o.(*headerCell); ok {
			headers = append(headers, b)
		}
	}
	if len(headers) != 3 {
		t.Fatalf("%d header buttons", len(headers))
	}
	test.Tap(headers[1])
	if tapped != 1 {
		t.Fatalf("header tap gave %d", tapped)
	}
	tb.SetSortMark(1, true)
	if tb.HeaderText(1) != "状态 ▼" || tb.HeaderText(0) != "序号" {
		t.Errorf("headers %q %q", tb.HeaderText(0), tb.HeaderText(1))
	}
	for col, want := range []string{"", "●", ""} {
		cell := newCell()
		tb.fill(cell, widget.TableCellID{Row: 0, Col: col})
		var mark string
		for _, o := range test.LaidOutObjects(cell) {
			if x, ok := o.(*canvas.Text); ok && x.Visible() && x.Text == "●" {
				mark = x.Text
			}
		}
		if mark != want {
			t.Errorf("column %d shows mark %q, want %q", col, mark, want)
		}
	}
	tb.Select(1)
	tb.ScrollToTrailing()
	if shownHeaders(tb)["序号"] {
		t.Fatal("scrolled to the last column, the first one still shows")
	}
	tb.Reset()
	if shown := shownHeaders(tb); !shown["序号"] || !shown["状态 ▼"] || tb.SelectedRow() != -1 {
		t.Errorf("after Reset the table shows %v with row %d selected", shown, tb.SelectedRow())
	}
}

// A bar tells which segment was tapped by where; an empty bar says -1.
func TestBarSegmentAt(t *testing.T) {
	test.NewTempApp(t)
	got := -2
	b := NewBar([]Segment{{Value: 1, Fill: color.Black}, {Value: 3, Fill: color.White}}, 8, func(i int) { got = i })
	b.Resize(fyne.NewSize(80, 18))
	for x, want := range map[float32]int{5: 0, 15: 1, 35: 1, 45: -1} {
		if s := b.SegmentAt(x); s != want {
			t.Errorf("x=%v: segment %d, want %d", x, s, want)
		}
	}
	test.TapAt(b, fyne.NewPos(15, 5))
	if got != 1 {
		t.Errorf("tap gave %d", got)
	}
	if NewBar(nil, 0, nil).SegmentAt(3) != -1 {
		t.Error("empty bar has a segment")
	}
}

// ScrollToRow puts the row just under the header, where a tap finds it,
// whichever way the table had to scroll: up past the header as well.
func TestRowTableScrollToRowShowsItUnderTheHeader(t *testing.T) {
	test.NewTempApp(t)
	tb := NewRowTable([]string{"单位"}, []float32{200}, func() int { return 60 },
		func(r, c int) string { return "第" + string(rune('0'+r%10)) + "行" })
	got := -1
	tb.OnRowSelected = func(r int) { got = r }
	w := test.NewTempWindow(t, tb)
	w.Resize(fyne.NewSize(300, 300))
	under := fyne.NewPos(20, tb.CreateHeader().MinSize().Height+4)
	for _, row := range []int{30, 0, 12, 3} {
		tb.ScrollToRow(row)
		got = -1
		tb.Table.Tapped(&fyne.PointEvent{Position: under})
		if got != row {
			t.Errorf("after ScrollToRow(%d) the first row under the header is %d", row, got)
		}
	}
}

// The last column reaches the table's right edge: a tap there finds a row.
func TestRowTableLastColumnFillsTheWidth(t *testing.T) {
	test.NewTempApp(t)
	got := -1
	tb := NewRowTable([]string{"序号", "结果"}, []float32{50, 100}, func() int { return 3 },
		func(r, c int) string { return "拒收：文件不完整" })
	tb.OnRowSelected = func(r int) { got = r }
	w := test.NewTempWindow(t, tb)
	w.Resize(fyne.NewSize(500, 300))
	row := tb.CreateHeader().MinSize().Height + 4
	tb.Table.Tapped(&fyne.PointEvent{Position: fyne.NewPos(tb.Size().Width-20, row)})
	if got != 0 {
		t.Fatalf("a tap near the right edge found row %d", got)
	}
}
