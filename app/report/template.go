package report

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/app/sheet"
)

// TemplateSheet is the name of the sheet a unit fills in.
const TemplateSheet = "落实情况表"

// templateCols is the office's return format; the unit fills the columns
// from 落实情况 on, the rest is locked.
var templateCols = []TableColumn{
	{Head: "序号", Width: 5, Center: true, Numeric: true},
	// The given columns are broken into lines by the program: a reader
	// left to itself splits 2018 | 年 or 10 | 周年, or starts a line with ）.
	{Head: "工作任务", Width: 12, Prewrap: true},
	{Head: "具体要求", Width: 34, Prewrap: true},
	{Head: "牵头落实单位", Width: 13, Prewrap: true},
	{Head: "落实情况", Width: 36, Input: true},
	{Head: "完成状态", Width: 11, Center: true, Input: true},
	{Head: "存在问题", Width: 16, Input: true},
	{Head: "下一步工作计划", Width: 16, Input: true},
	{Head: "佐证材料", Width: 16, Input: true},
	{Head: "备注", Width: 10, Input: true},
}

const statusCol = 6 // 完成状态

// TemplateTasks lists the tasks a unit owes a return on, in plan order.
func TemplateTasks(p *plan.Plan, d *plan.Directory, unit string) []*plan.Task {
	var out []*plan.Task
	for i := range p.Tasks {
		t := &p.Tasks[i]
		for _, u := range d.Owers(t.UnitsText, p.SupportOwes) {
			if u == unit {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// TemplateUnits lists every unit that owes at least one return, in the
// directory's order: the units a "all templates" export writes for.
func TemplateUnits(p *plan.Plan, d *plan.Directory) []string {
	owes := map[string]bool{}
	for _, t := range p.Tasks {
		for _, u := range d.Owers(t.UnitsText, p.SupportOwes) {
			owes[u] = true
		}
	}
	return sortedKeys(owes, unitOrder(d))
}

// TemplateFileName is the file a unit's template is saved as.
func TemplateFileName(unit string) string {
	return safeFileName(unit) + "-" + returnWord + ".xlsx"
}

// templateUnit resolves the unit a template is asked for and checks it
// owes something.
func templateUnit(p *plan.Plan, d *plan.Directory, unit string) (string, []*plan.Task, error) {
	name, collective, known := d.Resolve(unit)
	if collective {
		return "", nil, fmt.Errorf("“%s”是多个单位的统称，请指定其中一个单位（%s）", unit, strings.Join(d.Expand(name), "、"))
	}
	tasks := TemplateTasks(p, d, name)
	switch {
	case len(tasks) > 0:
		return name, tasks, nil
	case !known:
		return "", nil, fmt.Errorf("单位“%s”不在单位名录中", unit)
	}
	return "", nil, fmt.Errorf("%s在本方案中没有需要报送的任务", name)
}

// WriteTemplate writes the return template of one unit for one reporting
// period ("" for the plan's default) to w.
func WriteTemplate(w io.Writer, p *plan.Plan, d *plan.Directory, unit, period string) (err error) {
	defer RecoverAs(&err, "生成落实情况表")
	name, tasks, err := templateUnit(p, d, unit)
	if err != nil {
		return err
	}
	if period == "" {
		period = p.DefaultPeriod()
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := buildTemplate(f, p, name, period, tasks); err != nil {
		return fmt.Errorf("生成%s的落实情况表出错：%w", name, err)
	}
	return f.Write(w)
}

// SaveTemplate writes one unit's template to a file.
func SaveTemplate(path string, p *plan.Plan, d *plan.Directory, unit, period string) error {
	return SaveFile(path, func(f *os.File) error { return WriteTemplate(f, p, d, unit, period) })
}

// TemplatesAll writes a template for every unit that owes returns into
// dir, one file per unit named after it, and returns the paths written.
func TemplatesAll(dir string, p *plan.Plan, d *plan.Directory, period string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("无法创建文件夹“%s”：%w", dir, err)
	}
	var paths []string
	for _, u := range TemplateUnits(p, d) {
		path := filepath.Join(dir, TemplateFileName(u))
		if err := SaveTemplate(path, p, d, u, period); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

func buildTemplate(f *excelize.File, p *plan.Plan, unit, period string, tasks []*plan.Task) error {
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", TemplateSheet); err != nil {
		return err
	}
	w := newSheetWriter(f, st, TemplateSheet, templateCols)
	w.titles(&SheetModel{Title: ReturnTitle(p), Subtitle: "（" + period + "）"})
	w.fillLine(unit)
	t := TableModel{Cols: templateCols}
	for _, task := range tasks {
		t.Blocks = append(t.Blocks, TableBlock{Rows: [][]string{{strconv.Itoa(task.No), task.Subsection, task.Text, task.UnitsText}}})
	}
	// No page breaks of the program's: the answer rows grow as the unit
	// types, so the reader places them.
	w.pageH = 0
	w.table(0, t, nil)
	first, last := w.headerRow+1, w.row-1
	w.statusList(first, last)
	if err := w.done(); err != nil {
		return err
	}
	if err := fittedRows(f, 1, first, last); err != nil {
		return err
	}
	steps := []func() error{
		func() error { return freezeBelow(f, TemplateSheet, first) },
		func() error { return printSetup(f, TemplateSheet, w.headerRow, w.widths) },
		func() error { return protect(f, TemplateSheet) },
		func() error { return writeTemplateID(f, p.ID, unit, period) },
		func() error {
			return f.SetDocProps(&excelize.DocProperties{Title: ReturnTitle(p) + "（" + unit + "）", Subject: period})
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return nil
}

// fillLine is the 填报单位 line: the unit printed, the person, phone and
// date left open to fill in (each in its own unlocked cell, so the date is
// one click away and the importer reads it wherever it sits in the row).
func (w *sheetWriter) fillLine(unit string) {
	r := w.row
	w.str(1, r, "填报单位（盖章）："+unit)
	w.merge(1, r, 3, r)
	w.style(1, 3, r, w.st.infoLeft)
	for _, l := range []struct {
		col   int
		label string
	}{{4, "填报人："}, {6, "联系电话："}, {8, "填报日期："}} {
		w.str(l.col, r, l.label)
		w.style(l.col, l.col, r, w.st.lineLabel)
	}
	w.style(5, 5, r, w.st.lineInput)
	w.style(7, 7, r, w.st.lineInput)
	w.merge(9, r, 10, r)
	w.style(9, 10, r, w.st.lineDate)
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(cell(9, r) + ":" + cell(10, r))
	dv.SetInput("填报日期", "请填写填报日期，如 2018年7月5日")
	w.check(w.f.AddDataValidation(w.name, dv))
	w.height(r, linesHeight(1, bodyPt+0.5)+10)
	w.row++
}

// statusList puts the status drop-down on the 完成状态 cells.
func (w *sheetWriter) statusList(first, last int) {
	if last < first {
		return
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(cell(statusCol, first) + ":" + cell(statusCol, last))
	w.check(dv.SetDropList(plan.Statuses))
	dv.SetError(excelize.DataValidationErrorStyleStop, "完成状态", "请从下拉列表中选择："+strings.Join(plan.Statuses, "、"))
	dv.SetInput("完成状态", "请从下拉列表中选择")
	w.check(w.f.AddDataValidation(w.name, dv))
}

// protect locks the sheet without a password, so the given columns are not
// changed by accident, while rows and columns can still be resized to
// read long text.
func protect(f *excelize.File, name string) error {
	return f.ProtectSheet(name, &excelize.SheetProtectionOptions{
		FormatRows: true, FormatColumns: true, SelectLockedCells: true, SelectUnlockedCells: true,
	})
}

// writeTemplateID adds the very hidden sheet that tells the importer which
// plan, unit and period the template was made for.
func writeTemplateID(f *excelize.File, planID, unit, period string) error {
	if _, err := f.NewSheet(sheet.TemplateIDSheet); err != nil {
		return err
	}
	rows := [][2]string{
		{sheet.TemplateKeyPlan, planID},
		{sheet.TemplateKeyUnit, unit},
		{sheet.TemplateKeyPeriod, period},
		{sheet.TemplateKeyVer, sheet.TemplateVersion},
	}
	for i, kv := range rows {
		for c, v := range kv {
			if err := f.SetCellStr(sheet.TemplateIDSheet, cell(c+1, i+1), v); err != nil {
				return err
			}
		}
	}
	if err := f.SetSheetDimension(sheet.TemplateIDSheet, "A1:"+cell(2, len(rows))); err != nil {
		return err
	}
	return f.SetSheetVisible(sheet.TemplateIDSheet, false, true)
}
