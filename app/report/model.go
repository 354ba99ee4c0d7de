package report

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"time"

	"taizhang/app/plan"
)

// The summary is described once as printed sheets of tables; the .xlsx
// writer and the PDF layout both draw from this, so the two never disagree.

// sheetModel is one printed sheet: a title, a line under it, tables and an
// optional chart.
type SheetModel struct {
	Name     string // the sheet's tab name
	Title    string
	Subtitle string    // the reporting period, centred under the title
	Info     [2]string // the line above the table: left part, right part
	Tables   []TableModel
	Notes    []string // lines under the last table
	Chart    *ChartModel
}

// column is one column of a table.
type TableColumn struct {
	// Head is the label; a "|" marks where it may break when the column is
	// too narrow for it on one line (牵头落实|单位), and is not printed.
	Head    string
	Width   float64 // Excel width units (about one digit; a Chinese character is two)
	Center  bool    // short values (序号, 完成状态, counts) are centred
	Numeric bool    // written as numbers, so the clerk can sum them
	Input   bool    // a cell the unit fills in: left unlocked in a template
	Date    bool    // a stored 2006-01-02 date, written as a date cell
	Status  bool    // 完成状态: the statuses that need attention stand out
	// Prewrap breaks the text into lines in the workbook itself, so no
	// reader breaks it inside a number (the task list of 未报送).
	Prewrap bool
	// Whole keeps a centred value on one line however wide (a phone
	// number, a unit's name in the 催报 list): the PDF gives it the width.
	Whole bool
}

// tableModel is one table: a caption (for a second table on a sheet), the
// columns and the rows in blocks.
type TableModel struct {
	Caption string
	Cols    []TableColumn
	Blocks  []TableBlock
	Year    int // dates of this year are shown without it (7月5日)
}

// block is either a full-width heading row (a section of the plan), or a
// group of rows whose first Span cells are shared: a task's 序号, 工作任务,
// 具体要求 and 牵头落实单位 merged down the units that reported on it.
type TableBlock struct {
	Heading string
	Shared  []string   // the first len(Shared) cells, merged down the rows
	Rows    [][]string // the remaining cells of each row
	Bold    bool       // a total row
	// Band is the text the PDF prints in a band across the rows' columns,
	// above the rows, in place of the shared cells after the first (see
	// banded); "" for none.
	Band string
}

// span is how many leading columns a block shares.
func (b TableBlock) Span() int { return len(b.Shared) }

// chartModel is a stacked bar chart drawn from a table of counts: one bar
// per row, one series per numeric column.
type ChartModel struct {
	Title  string
	Table  int // index of the table in the sheet
	Series []int
	First  int // the block of the first category row
	Cats   int // how many category rows follow it (the 合计 row is left out)
	After  int // the block the chart is placed under
}

// Statuses are coloured as the window colours them (plan.Style): the
// chart's bars, and in the tables the statuses that need the office's
// attention, printed bold on their colour so they stand out in colour and,
// bold, in black and white too.

// outstanding are the statuses the office must act on.
var outstanding = []string{plan.StatusLate, plan.StatusNotStarted, plan.StatusMissing}

// standsOut reports whether a status is one the office must act on.
func StandsOut(status string) bool { return slices.Contains(outstanding, status) }

// statusFill is the palette's colour of a status as RGB hex.
func StatusFill(status string) string { return hexRGB(plan.Style(status).Fill) }

// statusText is the text colour that reads on statusFill.
func StatusLabel(status string) string { return hexRGB(plan.Style(status).Text) }

// chartFill is a status's bar colour: its fill, but a light grey for the
// white of 未填状态, which would not show on paper.
func ChartFill(status string) string {
	if c := plan.Style(status).Fill; plan.Luminance(c) < 0.9 {
		return hexRGB(c)
	}
	return "D9D9D9"
}

func hexRGB(c color.RGBA) string { return fmt.Sprintf("%02X%02X%02X", c.R, c.G, c.B) }

// splitHead is a label's parts between its break marks.
func SplitHead(h string) []string { return strings.Split(h, "|") }

// headText is a column label as printed, without its break marks.
func HeadText(h string) string { return strings.ReplaceAll(h, "|", "") }

// headLines breaks a label into lines: whole when it fits, else at its
// break marks, each part wrapped further only if it must be.
func HeadLines(h string, max float64, adv Advance) []string {
	whole := HeadText(h)
	if lines := WrapLines(whole, max, adv); len(lines) <= 1 || !strings.Contains(h, "|") {
		return lines
	}
	var out []string
	for _, part := range SplitHead(h) {
		out = append(out, WrapLines(part, max, adv)...)
	}
	return out
}

// shownDate writes a stored 2006-01-02 date as the office does: 7月5日 in
// the summary's own year, 2019年1月3日 otherwise; anything else as it is.
func ShownDate(s string, year int) string {
	t, err := time.Parse(plan.DateLayout, s)
	switch {
	case err != nil:
		return s
	case t.Year() == year:
		return fmt.Sprintf("%d月%d日", int(t.Month()), t.Day())
	}
	return plan.ChineseDate(t)
}

// storedDate turns a stored 2006-01-02 date into 2018年7月5日, leaving
// anything else as it is.
func storedDate(s string) string {
	if t, err := time.Parse(plan.DateLayout, s); err == nil {
		return plan.ChineseDate(t)
	}
	return s
}

// ChartValues reads the counts of the chart's series for each category.
func ChartValues(c *ChartModel, t TableModel) ([][]int, int) {
	out := make([][]int, c.Cats)
	most := 0
	for k := 0; k < c.Cats; k++ {
		row := t.Blocks[c.First+k].Rows[0]
		sum := 0
		for _, col := range c.Series {
			v := 0
			if col < len(row) {
				v, _ = strconv.Atoi(row[col])
			}
			out[k] = append(out[k], v)
			sum += v
		}
		most = max(most, sum)
	}
	return out, most
}
