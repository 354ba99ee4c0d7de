package pdf

import (
	"strconv"

	"taizhang/app/report"
)

// Chart geometry on the page, in millimetres.
const (
	chartLabelW = 70.0
	chartBarH   = 6.0
	chartGap    = 3.0
	chartPt     = 9.0
)

// chart draws the stacked bars of a table of counts, one per category
// row, with a legend: the PDF's counterpart of the workbook's bar chart.
func (lt *layouter) chart(c *report.ChartModel, t report.TableModel) {
	if c.Cats == 0 || c.First+c.Cats > len(t.Blocks) {
		return
	}
	height := lineH(pdfCaptionPt) + 2 + float64(c.Cats)*(chartBarH+chartGap) + 3*lineH(chartPt) + 4
	lt.y += 4
	if lt.y+height > lt.bottom() {
		lt.newPage()
	}
	lt.text(c.Title, marginX, contentW, lt.y, pdfCaptionPt, true, 'c')
	lt.y += lineH(pdfCaptionPt) + 2
	values, most := report.ChartValues(c, t)
	x0 := marginX + chartLabelW
	scale := 0.0
	if most > 0 {
		scale = (contentW - chartLabelW - 10) / float64(most)
	}
	lt.box(x0, lt.y-1, 0.01, float64(c.Cats)*(chartBarH+chartGap)+1, "", true)
	for k := 0; k < c.Cats; k++ {
		label := ""
		if b := t.Blocks[c.First+k]; len(b.Rows) > 0 && len(b.Rows[0]) > 0 {
			label = b.Rows[0][0]
		}
		if lines := lt.wrap(label, chartLabelW-3, chartPt, false); len(lines) > 0 {
			lt.text(lines[0], marginX, chartLabelW-3, lt.y+(chartBarH-lineH(chartPt))/2, chartPt, false, 'r')
		}
		x := x0
		for i, v := range values[k] {
			w := float64(v) * scale
			if w <= 0 {
				continue
			}
			status := t.Cols[c.Series[i]].Head
			lt.hatched(x, lt.y, w, chartBarH, status, false)
			// The count on a white patch, so the pattern never runs through it.
			if n := strconv.Itoa(v); w > lt.metrics(false).widthMM(n, chartPt)+2 {
				nw := lt.metrics(false).widthMM(n, chartPt) + 1
				lt.box(x+(w-nw)/2, lt.y+1, nw, chartBarH-2, "FFFFFF", false)
				lt.inkText(n, x, w, lt.y+(chartBarH-lineH(chartPt))/2, chartPt, false, 'c', report.ChartInk)
			}
			x += w
		}
		lt.y += chartBarH + chartGap
	}
	lt.legend(c, t)
}

// legend names the series under the bars, wrapping across the page.
func (lt *layouter) legend(c *report.ChartModel, t report.TableModel) {
	lt.y += 1
	x := marginX + chartLabelW
	for _, col := range c.Series {
		name := t.Cols[col].Head
		w := 4 + 1.5 + lt.metrics(false).widthMM(name, chartPt) + 5
		if x+w > marginX+contentW {
			x = marginX + chartLabelW
			lt.y += lineH(chartPt) + 1
		}
		lt.hatched(x, lt.y+(lineH(chartPt)-3)/2, 4, 3, name, true)
		lt.text(name, x+5.5, w, lt.y, chartPt, false, 'l')
		x += w
	}
	lt.y += lineH(chartPt) + 2
}

// hatched is a box in a status's colour with its pattern over it.
func (lt *layouter) hatched(x, y, w, h float64, status string, stroke bool) {
	lt.page.Boxes = append(lt.page.Boxes, Box{X: x, Y: y, W: w, H: h, Fill: report.ChartFill(status), Stroke: stroke, Hatch: report.StatusPattern[status]})
}
