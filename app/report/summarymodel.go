package report

import (
	"fmt"
	"strconv"
	"strings"

	"taizhang/app/plan"
)

// Sheet names of the summary workbook.
const (
	SheetSummary = "汇总表"
	SheetMissing = "未报送"
	SheetStats   = "统计"
)

// summaryCols are the 汇总表's columns; the first four are the task's,
// merged down its units.
// 落实情况, the column people read, is the widest; the task's own columns
// are printed once per task, so they can be narrow. Fitted to the width
// of A4 landscape, the sheet prints its 五号 text at 9 pt or a little
// more, as the PDF does (TestSummaryPrintsAtNinePoints); 报送单位 holds
// （暂无报送） and 报送日期 a date of another year (2019年1月3日) on one
// line, so no bracket or number is left alone on a line.
var summaryCols = []TableColumn{
	{Head: "序号", Width: 4.5, Center: true, Numeric: true},
	{Head: "工作|任务", Width: 8.5},
	{Head: "具体要求", Width: 16.5},
	{Head: "牵头|落实单位", Width: 10},
	{Head: "报送|单位", Width: 12.5, Center: true},
	{Head: "落实情况", Width: 39.5},
	{Head: "完成|状态", Width: 9.5, Center: true, Status: true},
	{Head: "存在问题", Width: 14.5},
	{Head: "下一步|工作计划", Width: 14.5},
	{Head: "佐证材料", Width: 11},
	{Head: "报送|日期", Width: 14, Center: true, Date: true, Whole: true},
	{Head: "备注", Width: 6},
}

const taskSpan = 4 // 序号, 工作任务, 具体要求, 牵头落实单位

// sheets describes the three printed sheets of the summary.
func (s *SummaryData) Sheets() []*SheetModel {
	return []*SheetModel{s.summarySheet(), s.missingSheet(), s.statsSheet()}
}

// year is the year the summary reports on: the first year its period
// names (2018年度, 2018年上半年), else the year it is made.
func (s *SummaryData) year() int {
	if y := plan.YearIn(s.Period); y != 0 {
		return y
	}
	return s.Made.Year()
}

func (s *SummaryData) info() [2]string {
	return [2]string{"制表单位：" + s.Office, "制表时间：" + plan.ChineseDate(s.Made)}
}

func (s *SummaryData) subtitle() string { return "（" + s.Period + "）" }

func (s *SummaryData) summarySheet() *SheetModel {
	t := TableModel{Cols: summaryCols, Year: s.year()}
	for _, b := range s.Blocks {
		if b.Task == nil {
			t.Blocks = append(t.Blocks, TableBlock{Heading: b.Section})
			continue
		}
		tb := TableBlock{Shared: []string{strconv.Itoa(b.Task.No), b.Task.Subsection, b.Task.Text, b.Task.UnitsText}}
		for _, r := range b.Rows {
			tb.Rows = append(tb.Rows, []string{r.UnitText(), r.Text, r.StatusText(), r.Problems, r.Next, r.Evidence, r.Date, r.PrintedRemark()})
		}
		if len(tb.Rows) == 0 {
			tb.Rows = [][]string{{NoReturn, "", plan.StatusMissing, "", "", "", "", ""}}
		}
		t.Blocks = append(t.Blocks, tb)
	}
	return &SheetModel{Name: SheetSummary, Title: s.Title, Subtitle: s.subtitle(), Info: s.info(), Tables: []TableModel{t}}
}

var missingCols = []TableColumn{
	{Head: "序号", Width: 6, Center: true, Numeric: true},
	{Head: "单位", Width: 20, Center: true, Whole: true},
	{Head: "应报项数", Width: 10, Center: true, Numeric: true},
	{Head: "已报项数", Width: 10, Center: true, Numeric: true},
	{Head: "未报事项", Width: 58, Prewrap: true},
}

// The columns of the 催报 list that show only when the caller knows them.
var (
	overdueCol = TableColumn{Head: "逾期|天数", Width: 8, Center: true, Numeric: true}
	contactCol = TableColumn{Head: "联系人", Width: 10, Center: true}
	phoneCol   = TableColumn{Head: "联系电话", Width: 16, Center: true, Whole: true}
)

func (s *SummaryData) missingSheet() *SheetModel {
	var overdue, contact, phone bool
	for _, m := range s.Missing {
		overdue = overdue || m.Overdue > 0
		contact = contact || m.Contact != ""
		phone = phone || m.Phone != ""
	}
	cols := append([]TableColumn{}, missingCols...)
	for _, c := range []struct {
		on  bool
		col TableColumn
	}{{overdue, overdueCol}, {contact, contactCol}, {phone, phoneCol}} {
		if c.on {
			cols = append(cols, c.col)
		}
	}
	t := TableModel{Cols: cols}
	for i, m := range s.Missing {
		row := []string{strconv.Itoa(i + 1), m.Unit, strconv.Itoa(m.Owed), strconv.Itoa(m.Reported), m.TaskText()}
		if overdue {
			row = append(row, "")
			if m.Overdue > 0 {
				row[len(row)-1] = strconv.Itoa(m.Overdue)
			}
		}
		if contact {
			row = append(row, m.Contact)
		}
		if phone {
			row = append(row, m.Phone)
		}
		t.Blocks = append(t.Blocks, TableBlock{Rows: [][]string{row}})
	}
	var notes []string
	switch {
	case len(s.Missing) == 0 && len(s.Complete) > 0:
		notes = append(notes, "各单位均已全部报送。")
	case len(s.Missing) == 0:
		notes = append(notes, "本方案没有需要报送的单位。")
	default:
		notes = append(notes, fmt.Sprintf("共 %d 个单位有未报送事项，按未报项数从多到少排列。", len(s.Missing)))
	}
	if len(s.Complete) > 0 {
		notes = append(notes, fmt.Sprintf("已全部报送的单位（%d 个）：%s", len(s.Complete), strings.Join(s.Complete, "、")))
	}
	title := strings.TrimSuffix(s.Title, summaryWord) + "落实情况未报送单位名单"
	return &SheetModel{Name: SheetMissing, Title: title, Subtitle: s.subtitle(), Info: s.info(), Tables: []TableModel{t}, Notes: notes}
}

// allMissing is what the 未报事项 of a unit that sent nothing says.
const allMissing = "全部未报"

// TaskText is the 未报事项 as the clerk reads it on the phone: 全部未报
// for a unit that sent nothing, else the task numbers as ranges (2–8、10).
func (m Missing) TaskText() string {
	if m.Reported == 0 && len(m.Tasks) > 0 && len(m.Tasks) == m.Owed {
		return allMissing + "（" + strconv.Itoa(m.Owed) + " 项）"
	}
	return plan.FormatRanges(m.Tasks)
}

// statsSheet is one table, so that one header row repeats on every page:
// the sections with their total, then the units, each under a heading row;
// the chart of the sections follows.
func (s *SummaryData) statsSheet() *SheetModel {
	st := s.Stats
	cols := []TableColumn{{Head: "项目", Width: 36}}
	for _, name := range st.Columns {
		cols = append(cols, TableColumn{Head: name, Width: 9, Center: true, Numeric: true})
	}
	cols = append(cols, TableColumn{Head: "合计", Width: 9, Center: true, Numeric: true})
	t := TableModel{Cols: cols, Blocks: []TableBlock{{Heading: "一、按工作要点统计"}}}
	for _, r := range st.Sections {
		t.Blocks = append(t.Blocks, TableBlock{Rows: [][]string{statCells(r)}})
	}
	t.Blocks = append(t.Blocks, TableBlock{Rows: [][]string{statCells(st.Total)}, Bold: true}, TableBlock{Heading: "二、按单位统计"})
	for _, r := range st.Units {
		t.Blocks = append(t.Blocks, TableBlock{Rows: [][]string{statCells(r)}})
	}
	series := make([]int, len(st.Columns))
	for i := range series {
		series[i] = i + 1
	}
	title := strings.TrimSuffix(s.Title, summaryWord) + "落实情况统计"
	notes := []string{"说明：按“任务—单位”逐项统计，每个应报单位在每项任务中计一次；应报而未报的计为“未报送”。"}
	if st.Extra > 0 {
		notes = append(notes, fmt.Sprintf("另有%s %d 条（报送单位不是该项任务的应报单位），在汇总表中标注“%s”，不计入上表。", plan.ExtraWord, st.Extra, plan.ExtraWord))
	}
	return &SheetModel{Name: SheetStats, Title: title, Subtitle: s.subtitle(), Info: s.info(),
		Tables: []TableModel{t},
		Notes:  notes,
		Chart: &ChartModel{Title: "各工作要点完成情况", Table: 0, First: 1, Series: series, Cats: len(st.Sections),
			After: len(st.Sections) + 1}}
}

func statCells(r StatRow) []string {
	out := []string{r.Name}
	for _, n := range r.Counts {
		out = append(out, strconv.Itoa(n))
	}
	return append(out, strconv.Itoa(r.Total))
}
