package gongwen

import (
	"strconv"
	"strings"

	"taizhang/app/docx"
)

// StyleTable is the text of the attachment's table: 仿宋 四号, centred,
// on lines of 22 pt.
const StyleTable = "TableText"

// attachmentCols are the 附件's columns and their widths in characters of
// 四号 (14 pt); together they fill the type area's 156 mm.
var attachmentCols = []struct {
	head   string
	chars  float64
	center bool
}{
	{"序号", 2.0, true},
	{"单位", 6.4, true},
	{"未报事项", 8.6, false},
	{"逾期\n天数", 2.6, true},
	{"联系人", 3.4, true},
	{"联系电话", 6.2, true},
}

// cellTwips is a 四号 character (14 pt) in twips; cellPad the cell's left
// and right margins together.
const (
	cellTwips docx.Twips = 280
	cellPad   docx.Twips = 114
)

// attachmentTable is the 附件 as a table: one row per unit, 序号 | 单位 |
// 未报事项 | 逾期天数 | 联系人 | 联系电话.
func attachmentTable(units []Owing) *docx.Table {
	t := &docx.TextTable{Style: StyleTable}
	var missingChars float64
	for _, c := range attachmentCols {
		w := docx.Twips(c.chars*float64(cellTwips)) + cellPad
		t.Widths = append(t.Widths, w)
		t.Center = append(t.Center, c.center)
		if c.head == "未报事项" {
			missingChars = c.chars
		}
	}
	head := make([]string, len(attachmentCols))
	for i, c := range attachmentCols {
		head[i] = c.head
	}
	t.Rows = append(t.Rows, head)
	for i, u := range units {
		overdue := ""
		if u.Overdue > 0 {
			overdue = strconv.Itoa(u.Overdue)
		}
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), u.Unit, missingCell(u, missingChars), overdue, u.Contact, u.Phone})
	}
	return t.Table()
}

// missingCell is what a unit owes: 全部未报（N项） when it sent nothing,
// else the task numbers as ranges and their count, broken into lines by
// the program after a 、 only, so no number or range is ever split.
func missingCell(u Owing, chars float64) string {
	count := "（共" + strconv.Itoa(u.Count) + "项）"
	if u.Owed > 0 && u.Count == u.Owed {
		return "全部未报\n" + count
	}
	return strings.Join(wrapAtCommas(u.Missing, chars), "\n") + "\n" + count
}

// wrapAtCommas breaks a list written with 、 into lines no wider than
// chars, each line ending on its 、.
func wrapAtCommas(list string, chars float64) []string {
	var lines []string
	line := ""
	for _, item := range strings.SplitAfter(list, "、") {
		if line != "" && listWidth(line+strings.TrimSuffix(item, "、")) > chars {
			lines = append(lines, line)
			line = ""
		}
		line += item
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// listWidth is a conservative width of a list of numbers in characters:
// readers add space between digits and Chinese punctuation, so a digit
// counts 0.6 rather than half.
func listWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < 0x80 || r == '–' {
			w += 0.6
		} else {
			w++
		}
	}
	return w
}
