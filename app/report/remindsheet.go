package report

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/app/remind"
)

// SheetRemind is the sheet name of the 催报清单.
const SheetRemind = "催报清单"

var remindCols = []TableColumn{
	{Head: "序号", Width: 6, Center: true, Numeric: true},
	{Head: "单位", Width: 16, Center: true},
	{Head: "未报事项（任务序号）", Width: 44, Prewrap: true},
	{Head: "未报项数", Width: 9, Center: true, Numeric: true},
	{Head: "应报项数", Width: 9, Center: true, Numeric: true},
	{Head: "逾期天数", Width: 9, Center: true, Numeric: true},
	{Head: "联系人", Width: 10, Center: true},
	{Head: "联系电话", Width: 14, Center: true, Whole: true},
	{Head: "备注", Width: 19},
}

// remindSheet describes the 催报清单: one row per unit still owing, with
// how to reach it, ready to print and phone down.
func remindSheet(l *remind.List, office string) *SheetModel {
	t := TableModel{Cols: remindCols}
	for i, u := range l.Units {
		overdue := "" // blank, as in the window, when not overdue or no due date
		if u.OverdueDays > 0 {
			overdue = strconv.Itoa(u.OverdueDays)
		}
		t.Blocks = append(t.Blocks, TableBlock{Rows: [][]string{{strconv.Itoa(i + 1), u.Unit, u.MissingText,
			strconv.Itoa(len(u.Missing)), strconv.Itoa(len(u.Owed)), overdue, u.Contact, u.Phone, u.Note}}})
	}
	due := "未设定"
	if l.Due != "" {
		due = storedDate(l.Due)
	}
	var notes []string
	if len(l.Units) == 0 {
		notes = append(notes, "各单位均已全部报送。")
	} else {
		notes = append(notes, fmt.Sprintf("共 %d 个单位尚未报齐，按未报项数从多到少排列。", len(l.Units)))
	}
	if l.Due != "" {
		notes = append(notes, "逾期天数自截止日期次日起算至统计日期。")
	}
	if len(l.Complete) > 0 {
		notes = append(notes, fmt.Sprintf("已全部报送的单位（%d 个）：%s", len(l.Complete), strings.Join(l.Complete, "、")))
	}
	return &SheetModel{Name: SheetRemind, Title: retitle(l.Plan, "落实情况催报清单"), Subtitle: "（" + l.Period + "）",
		Info:   [2]string{"制表单位：" + office, "截止日期：" + due + "　统计日期：" + plan.ChineseDate(l.Today)},
		Tables: []TableModel{t}, Notes: notes}
}

// WriteRemindXLSX writes the 催报清单 workbook, print-ready, to w.
func WriteRemindXLSX(w io.Writer, l *remind.List, office string) (err error) {
	defer RecoverAs(&err, "生成催报清单")
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	m := remindSheet(l, office)
	if err := f.SetSheetName("Sheet1", m.Name); err != nil {
		return err
	}
	if err := writeSheet(f, st, m, nil); err != nil {
		return fmt.Errorf("写“%s”表出错：%w", m.Name, err)
	}
	return f.Write(w)
}

// SaveRemindXLSX writes the 催报清单 to a file.
func SaveRemindXLSX(path string, l *remind.List, office string) error {
	return SaveFile(path, func(f *os.File) error { return WriteRemindXLSX(f, l, office) })
}
