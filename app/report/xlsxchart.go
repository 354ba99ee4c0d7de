package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Chart size in pixels and the rows kept free for it, so the table under
// it is not covered whatever default row height the reader assumes. The
// height lets the title, the section table and the chart share a page.
const (
	chartRowPt  = 15
	chartHeight = 16 * chartRowPt * 96 / 72
)

// chart draws a stacked bar chart of a table of counts just written above,
// one bar per category row, one series per numeric column, and keeps the
// rows it covers free.
func (w *sheetWriter) chart(c *chartModel, t tableModel) {
	if c.Cats == 0 {
		return
	}
	head := w.bodyTop[c.Table] - 1
	top := w.bodyTop[c.Table] + c.First // each block before is one row
	ref := func(col, r1, r2 int) string {
		return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", w.name, colName(col), r1, colName(col), r2)
	}
	var series []excelize.ChartSeries
	for i, col := range c.Series {
		s := excelize.ChartSeries{
			Name:       fmt.Sprintf("'%s'!$%s$%d", w.name, colName(col+1), head),
			Categories: ref(1, top, top+c.Cats-1),
			Values:     ref(col+1, top, top+c.Cats-1),
		}
		if i < len(statusColors) {
			s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{statusColors[i]}}
		}
		series = append(series, s)
	}
	width := 0.0
	for _, x := range w.widths {
		width += colPixels(x)
	}
	w.row++
	// The chart takes a page of its own rather than being cut in two.
	w.check(w.f.InsertPageBreak(w.name, cell(1, w.row)))
	anchor := cell(1, w.row)
	for i := 0; i < chartHeight*72/96/chartRowPt+1; i++ {
		w.height(w.row, chartRowPt)
		w.row++
	}
	font := excelize.Font{Family: fontBody, Size: 9}
	no, printed := false, true
	w.check(w.f.AddChart(w.name, anchor, &excelize.Chart{
		Type:      excelize.BarStacked,
		Series:    series,
		Dimension: excelize.ChartDimension{Width: uint(width), Height: chartHeight},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.Title, Font: &excelize.Font{Family: fontHead, Size: 12}}}},
		Legend:    excelize.ChartLegend{Position: "bottom", Font: &font},
		XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: font},
		YAxis:     excelize.ChartAxis{MajorGridLines: true, Font: font},
		Format:    excelize.GraphicOptions{PrintObject: &printed, Locked: &no},
	}))
}
