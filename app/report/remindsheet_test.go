package report

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/internal/fakeledger"
)

func TestRemindSheet(t *testing.T) {
	p, d := seedPlan(t)
	p.Due = map[string]string{p.DefaultPeriod(): "2018-12-31"}
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 3)
	contacts := map[string]plan.Contact{"县财政局": {Person: "李明", Phone: "0751-2812345"}}
	l := remind.Build(p, d, p.DefaultPeriod(), rets, contacts, time.Date(2019, 1, 10, 9, 0, 0, 0, time.Local))
	if len(l.Units) == 0 {
		t.Fatal("the sample leaves no unit owing")
	}
	var buf bytes.Buffer
	must(t, WriteRemindXLSX(&buf, l, OfficeName(d)))
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	must(t, err)
	defer f.Close()
	checkPrintSetup(t, f, buf.Bytes(), SheetRemind, "sheet1", 4)
	rows, err := f.GetRows(SheetRemind)
	must(t, err)
	if rows[0][0] != "翁源县2018年政务公开工作要点落实情况催报清单" || rows[1][0] != "（2018年度）" {
		t.Errorf("title rows %q %q", rows[0][0], rows[1][0])
	}
	if !strings.Contains(strings.Join(rows[2], ""), "截止日期：2018年12月31日　统计日期：2019年1月10日") {
		t.Errorf("info line %q", rows[2])
	}
	if strings.Join(rows[3], "|") != "序号|单位|未报事项（任务序号）|未报项数|应报项数|逾期天数|联系人|联系电话|备注" {
		t.Errorf("header %q", rows[3])
	}
	found := false
	for i, u := range l.Units {
		r := rows[4+i]
		if r[1] != u.Unit || strings.ReplaceAll(r[2], "\n", "") != u.MissingText || r[5] != "10" {
			t.Errorf("row %d %q for %+v", i, r, u)
		}
		if u.Unit == "县财政局" {
			found = r[6] == "李明" && r[7] == "0751-2812345"
		}
	}
	if !found {
		t.Error("县财政局's contact is not on its row")
	}
	// The program breaks the task list into lines itself, after a 、 only,
	// so no reader breaks it inside a number or a range.
	for _, r := range rows[4 : 4+len(l.Units)] {
		for _, line := range strings.Split(r[2], "\n") {
			if line == "" || strings.HasPrefix(line, "、") || strings.HasPrefix(line, "–") || strings.HasSuffix(line, "–") {
				t.Errorf("task list broken badly: %q", r[2])
			}
		}
	}
	// Counts are numbers the clerk can sum, and every cell has a border.
	if typ, _ := f.GetCellType(SheetRemind, "D5"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("未报项数 written as text")
	}
	if v, _ := f.GetCellValue(SheetRemind, "D5"); v != strconv.Itoa(len(l.Units[0].Missing)) {
		t.Errorf("D5 = %q", v)
	}
	id, _ := f.GetCellStyle(SheetRemind, "I5")
	st, _ := f.GetStyle(id)
	if st == nil || len(st.Border) != 4 {
		t.Errorf("body cell border %+v", st)
	}
}

// The 制表 line's dates show whole: the split moves left to give them room.
func TestInfoLineNotClipped(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	must(t, err)
	w := newSheetWriter(f, st, "Sheet1", remindCols)
	info := [2]string{"制表单位：翁源县人民政府办公室", "截止日期：2018年12月31日　统计日期：2019年1月10日"}
	half := w.infoSplit(info)
	if half == 0 {
		t.Fatal("no split found")
	}
	if n := cellLines(info[1], spanWidth(w.widths, half, w.lastCol()-1), bodyPt+0.5); n != 1 {
		t.Errorf("dates take %d lines right of column %d", n, half)
	}
	if n := cellLines(info[0], spanWidth(w.widths, 0, half-1), bodyPt+0.5); n != 1 {
		t.Errorf("office takes %d lines", n)
	}
}

// With no due date, or before it, the 逾期天数 cell stays empty as in the
// window and the Word notice: a 0 would read as "due today".
func TestRemindSheetNoOverdueLeftBlank(t *testing.T) {
	p, d := seedPlan(t)
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 3)
	l := remind.Build(p, d, p.DefaultPeriod(), rets, nil, time.Date(2019, 1, 10, 9, 0, 0, 0, time.Local))
	if len(l.Units) == 0 || l.Due != "" {
		t.Fatalf("want units owing and no due date, got %d units, due %q", len(l.Units), l.Due)
	}
	var buf bytes.Buffer
	must(t, WriteRemindXLSX(&buf, l, OfficeName(d)))
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	must(t, err)
	defer f.Close()
	for i := range l.Units {
		cell, _ := excelize.CoordinatesToCellName(6, 5+i)
		if v, _ := f.GetCellValue(SheetRemind, cell); v != "" {
			t.Fatalf("%s = %q with no due date", cell, v)
		}
	}
}
