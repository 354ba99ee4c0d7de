package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Chart size in rows of chartRowPt, and the rows kept free below it:
// LibreOffice draws the chart about a tenth taller than asked, and the
// table under it must not be covered. The height lets the title, the
// section table and the chart share the first page.
const (
	chartRowPt  = 15
	chartRows   = 12
	chartSpare  = 3
	chartHeight = chartRows * chartRowPt * 96 / 72 // pixels
	ChartInk    = "262626"                         // labels: near black, readable at 9 pt on paper
)

// chart draws a stacked bar chart of the table c.Table's counts, one bar per
// category row, one series per numeric column, with the counts written
// on the bars, and keeps the rows it covers free. It is kept whole on one
// page.
func (w *sheetWriter) chart(c *ChartModel, t TableModel) {
	if c.Cats == 0 {
		return
	}
	head := w.bodyTop[c.Table] - 1
	top := w.bodyTop[c.Table] + c.First // each block before is one row
	ref := func(col, r1, r2 int) string {
		return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", w.name, colName(col), r1, colName(col), r2)
	}
	ink := excelize.Font{Family: fontBody, Size: 9, Color: ChartInk}
	var series []excelize.ChartSeries
	for _, col := range c.Series {
		s := excelize.ChartSeries{
			Name:       fmt.Sprintf("'%s'!$%s$%d", w.name, colName(col+1), head),
			Categories: ref(1, top, top+c.Cats-1),
			Values:     ref(col+1, top, top+c.Cats-1),
			DataLabel:  excelize.ChartDataLabel{Font: ink},
		}
		status := t.Cols[col].Head
		s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{ChartFill(status)}}
		s.DataLabel.Font.Color = ChartInk // dark on the patterns and colours alike
		series = append(series, s)
	}
	width := 0.0
	for _, x := range w.widths {
		width += colPixels(x)
	}
	w.row++
	if !w.fits(float64((chartRows + chartSpare) * chartRowPt)) {
		w.newPage()
	}
	anchor := cell(1, w.row)
	for i := 0; i < chartRows+chartSpare; i++ {
		w.height(w.row, chartRowPt)
		w.row++
	}
	title := excelize.Font{Family: fontHead, Size: 12, Color: ChartInk}
	no, printed := false, true
	if w.deferred != nil {
		values, _ := ChartValues(c, t)
		p := chartPatch{Hidden: hiddenLabels(values)}
		for _, col := range c.Series {
			status := t.Cols[col].Head
			p.Patterns = append(p.Patterns, StatusPattern[status])
			p.Colors = append(p.Colors, ChartFill(status))
		}
		w.deferred.charts = append(w.deferred.charts, p)
	}
	w.check(w.f.AddChart(w.name, anchor, &excelize.Chart{
		Type:      excelize.BarStacked,
		Series:    series,
		Dimension: excelize.ChartDimension{Width: uint(width), Height: chartHeight},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: c.Title, Font: &title}}},
		Legend:    excelize.ChartLegend{Position: "bottom", Font: &ink},
		// Counts on the bars; a zero writes nothing.
		PlotArea: excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0;;;"}},
		XAxis:    excelize.ChartAxis{ReverseOrder: true, Font: ink},
		YAxis:    excelize.ChartAxis{MajorGridLines: true, Font: ink},
		Format:   excelize.GraphicOptions{PrintObject: &printed, Locked: &no},
	}))
}
