package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Page setup the office prints with: A4 landscape, as many pages long as
// needed, the header row on every page, page numbers. The print scale is
// set from the sheet's own column widths (fitScale), not left to the
// reader's fit-to-width, so the program knows the size the text prints
// at and where the pages break.
const (
	paperA4       = 9 // the OOXML paper size code for A4
	pageFooter    = "&C第 &P 页 共 &N 页"
	xlMarginSide  = 0.3 // inches
	xlMarginTop   = 0.4
	xlMarginBelow = 0.5
)

// printSetup applies the page setup to a sheet of columns widths wide;
// headerRow (1-based, 0 for none) is repeated at the top of every printed
// page.
func printSetup(f *excelize.File, sheet string, headerRow int, widths []float64) error {
	size, orient := paperA4, "landscape"
	scale := uint(fitScale(widths)*100 + 0.5)
	yes, no := true, false
	side, top, below, foot, head := xlMarginSide, xlMarginTop, xlMarginBelow, 0.3, 0.3
	steps := []func() error{
		func() error {
			return f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, AdjustTo: &scale})
		},
		func() error { return f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &no}) },
		func() error {
			return f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &top,
				Bottom: &below, Footer: &foot, Header: &head, Horizontally: &yes})
		},
		func() error { return f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: pageFooter}) },
	}
	if headerRow > 0 {
		steps = append(steps, func() error {
			return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
				RefersTo: fmt.Sprintf("'%s'!$%d:$%d", sheet, headerRow, headerRow)})
		})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// freezeBelow keeps rows above row (1-based) in view while scrolling.
func freezeBelow(f *excelize.File, sheet string, row int) error {
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: row - 1, TopLeftCell: fmt.Sprintf("A%d", row), ActivePane: "bottomLeft"})
}
