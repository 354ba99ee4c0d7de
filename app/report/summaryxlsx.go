package report

import (
	"fmt"
	"io"
	"os"

	"github.com/xuri/excelize/v2"
)

// WriteSummaryXLSX writes the summary workbook (汇总表, 未报送, 统计),
// print-ready, to w.
func WriteSummaryXLSX(w io.Writer, s *SummaryData) (err error) {
	defer RecoverAs(&err, "生成汇总表")
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	book := newBookPatch()
	for i, m := range s.Sheets() {
		if i == 0 {
			err = f.SetSheetName("Sheet1", m.Name)
		} else {
			_, err = f.NewSheet(m.Name)
		}
		if err == nil {
			err = writeSheet(f, st, m, book)
		}
		if err != nil {
			return fmt.Errorf("写“%s”表出错：%w", m.Name, err)
		}
	}
	f.SetActiveSheet(0)
	return writeMerged(f, book, w)
}

// SaveSummaryXLSX writes the summary workbook to a file.
func SaveSummaryXLSX(path string, s *SummaryData) error {
	return SaveFile(path, func(f *os.File) error { return WriteSummaryXLSX(f, s) })
}

// writeSheet writes one printed sheet with its page setup.
func writeSheet(f *excelize.File, st *styles, m *SheetModel, book *bookPatch) error {
	w := newSheetWriter(f, st, m.Name, m.Tables[0].Cols)
	w.deferred = book
	w.titles(m)
	for i, t := range m.Tables {
		if i > 0 {
			w.row++
		}
		var c *ChartModel
		if m.Chart != nil && m.Chart.Table == i {
			c = m.Chart
		}
		w.table(i, t, c)
	}
	w.notes(m.Notes)
	if err := w.done(); err != nil {
		return err
	}
	if err := freezeBelow(f, m.Name, w.headerRow+1); err != nil {
		return err
	}
	return printSetup(f, m.Name, w.headerRow, w.widths)
}
