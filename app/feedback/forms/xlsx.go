// Package forms writes the documents of the comment round: the 征求意见反馈表
// for each unit (.xlsx and .docx), the issued 分工方案 as .docx, and the
// 征求意见采纳情况表 (.xlsx and .docx).
package forms

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"taizhang/app/report"
	"taizhang/internal/atomicfile"
)

// book is an excelize workbook being written, with the few styles the
// round's sheets use.
type book struct {
	f                                      *excelize.File
	sheet                                  string
	title, info, head, body, center, input int
	inputCenter, label, note, section      int
	widths                                 []float64
	err                                    error
}

const (
	fontBody = "仿宋"
	fontHead = "黑体"
	bodyPt   = 11.0
	notePt   = 10.5
)

func newBook(sheet string, widths []float64) *book {
	b := &book{f: excelize.NewFile(), sheet: sheet, widths: widths}
	b.check(b.f.SetSheetName("Sheet1", sheet))
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	mk := func(dst *int, family string, size float64, bold bool, h string, bordered, unlocked bool) {
		st := &excelize.Style{
			Font:       &excelize.Font{Family: family, Size: size, Bold: bold},
			Alignment:  &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: true},
			Protection: &excelize.Protection{Locked: !unlocked},
		}
		if bordered {
			st.Border = border
		}
		if b.err == nil {
			*dst, b.err = b.f.NewStyle(st)
		}
	}
	mk(&b.title, fontHead, 16, false, "center", false, false)
	mk(&b.info, fontBody, 12, false, "left", false, false)
	mk(&b.label, fontBody, 12, false, "right", false, false)
	mk(&b.head, fontHead, bodyPt, false, "center", true, false)
	mk(&b.body, fontBody, bodyPt, false, "left", true, false)
	mk(&b.center, fontBody, bodyPt, false, "center", true, false)
	mk(&b.input, fontBody, bodyPt, false, "left", true, true)
	mk(&b.inputCenter, fontBody, bodyPt, false, "center", true, true)
	mk(&b.note, fontBody, notePt, false, "left", false, false)
	mk(&b.section, fontHead, bodyPt, false, "left", true, false)
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		b.check(b.f.SetColWidth(sheet, col, col, w))
	}
	return b
}

func (b *book) check(err error) {
	if b.err == nil {
		b.err = err
	}
}

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

// set writes text into a cell (as text: a unit's words starting with = are
// not formulas) with a style.
func (b *book) set(col, row int, v string, style int) {
	b.check(b.f.SetCellStr(b.sheet, cellName(col, row), v))
	b.check(b.f.SetCellStyle(b.sheet, cellName(col, row), cellName(col, row), style))
}

// wrapped writes text broken into lines by the program, as the summary's
// lists are, so no reader splits a number or a range (2018 | 年, 2 | 8) or
// starts a line with a closing mark; it returns the text as written, for
// fit to measure.
func (b *book) wrapped(col, row int, v string, style int) string {
	v = report.BreakCell(v, b.widths[col-1], bodyPt)
	b.set(col, row, v, style)
	return v
}

// heading writes a column's label, broken into lines by the program only
// when it does not fit on one: 序号 stays whole, 意见（…职责） never leaves
// its ） alone. It returns the label as written, for fit to measure.
func (b *book) heading(col, row int, v string) string {
	if report.FitsCell(v, b.widths[col-1], bodyPt) {
		b.set(col, row, v, b.head)
		return v
	}
	return b.wrapped(col, row, v, b.head)
}

// span merges columns from..to of a row and styles them all.
func (b *book) span(from, to, row int, v string, style int) {
	b.set(from, row, v, style)
	if to > from {
		b.check(b.f.SetCellStyle(b.sheet, cellName(from, row), cellName(to, row), style))
		b.check(b.f.MergeCell(b.sheet, cellName(from, row), cellName(to, row)))
	}
}

// fit sets a row's height to show its cells' wrapped text whole: excelize
// does not fit heights, and Excel does not refit merged or locked rows.
func (b *book) fit(row int, cells map[int]string, minLines int) {
	lines := float64(max(minLines, 1))
	for col, v := range cells {
		w := b.widths[col-1]
		n := 0.0
		for _, part := range bytes.Split([]byte(v), []byte("\n")) {
			n += math.Max(1, math.Ceil(widthUnits(string(part))/math.Max(w-1, 1)))
		}
		lines = math.Max(lines, n)
	}
	b.check(b.f.SetRowHeight(b.sheet, row, lines*bodyPt*1.45+6))
}

// widthUnits is how wide s is set, in Excel's column units.
func widthUnits(s string) float64 {
	width := 0.0
	for _, r := range s {
		if r < 0x80 {
			width += 1.1
		} else {
			width += 2.1
		}
	}
	return width
}

// landscape prints the sheet on A4 landscape, fitted to the width, with
// its header rows repeated on every page.
func (b *book) landscape(headerRow int) {
	orient, size, fit, zero := "landscape", 9, 1, 0
	b.check(b.f.SetPageLayout(b.sheet, &excelize.PageLayoutOptions{Orientation: &orient, Size: &size, FitToWidth: &fit, FitToHeight: &zero}))
	yes := true
	b.check(b.f.SetSheetProps(b.sheet, &excelize.SheetPropsOptions{FitToPage: &yes}))
	m := 0.5
	b.check(b.f.SetPageMargins(b.sheet, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &m, Bottom: &m}))
	if headerRow > 0 {
		b.check(b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: b.sheet,
			RefersTo: fmt.Sprintf("'%s'!$%d:$%d", b.sheet, headerRow, headerRow)}))
	}
	b.check(b.f.SetHeaderFooter(b.sheet, &excelize.HeaderFooterOptions{OddFooter: "&C第 &P 页 共 &N 页"}))
}

// save writes the workbook to path through a temporary file, so a failure
// leaves no half-written file.
func (b *book) save(path string) error {
	if b.err != nil {
		return fmt.Errorf("生成《%s》出错：%w", filepath.Base(path), b.err)
	}
	defer b.f.Close()
	return saveAtomic(path, func(f *os.File) error { return b.f.Write(f) })
}

func saveAtomic(path string, write func(*os.File) error) error {
	err := atomicfile.Write(path, 0o644, write)
	var ae *atomicfile.Error
	if errors.As(err, &ae) {
		switch ae.Stage {
		case atomicfile.AtCreate:
			return fmt.Errorf("无法在“%s”中写文件：%w", filepath.Dir(path), ae.Err)
		case atomicfile.AtRename:
			return fmt.Errorf("无法保存《%s》：文件可能正在 Excel、WPS 或 Word 中打开，请关闭后再试（%v）", filepath.Base(path), ae.Err)
		}
		return fmt.Errorf("无法写入《%s》：%w", filepath.Base(path), ae.Err)
	}
	return err
}
