package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// taskForm edits one task and lists every unit's return on it.
type taskForm struct {
	ui      *UI
	content fyne.CanvasObject
	task    *plan.Task
	heading *widget.Label
	text    *widget.Entry
	units   *widget.Entry
	roles   *widget.Label
	notes   *widget.Entry
	saveBtn *widget.Button
	returns *widgets.RowTable
	rows    []returnRow
}

// returnRow is one owing or reporting unit's line under the task.
type returnRow struct {
	unit string
	ret  *plan.Return // nil: 未报送
}

var returnHeaders = []string{"单位", "完成状态", "落实情况", "填报日期", "历史"}

func newTaskForm(u *UI) *taskForm {
	f := &taskForm{ui: u, heading: widget.NewLabel("请在上方表格中选择一项任务。")}
	f.heading.TextStyle = fyne.TextStyle{Bold: true}
	f.heading.Wrapping = fyne.TextWrapWord
	f.text = widget.NewMultiLineEntry()
	f.text.Wrapping = fyne.TextWrapWord
	f.text.SetMinRowsVisible(3)
	f.units = widget.NewEntry()
	f.units.OnChanged = func(s string) { f.showRoles(s) }
	f.roles = widget.NewLabel("")
	f.roles.Wrapping = fyne.TextWrapWord
	f.notes = widget.NewMultiLineEntry()
	f.notes.SetPlaceHolder("备注：催报记录、说明等")
	f.notes.SetMinRowsVisible(2)
	f.saveBtn = widget.NewButton("保存（Ctrl+S）", f.save)
	f.saveBtn.Importance = widget.HighImportance
	f.returns = widgets.NewRowTable(returnHeaders, []float32{130, 80, 430, 100, 50},
		func() int { return len(f.rows) }, f.returnCell)
	f.returns.OnRowSelected = f.showReturn
	form := widget.NewForm(
		widget.NewFormItem("具体要求", f.text),
		widget.NewFormItem("牵头落实单位", f.units),
		widget.NewFormItem("解析", f.roles),
		widget.NewFormItem("备注", f.notes),
	)
	left := container.NewBorder(f.heading, container.NewHBox(f.saveBtn), nil, nil, container.NewVScroll(form))
	split := container.NewHSplit(left, f.returns)
	split.Offset = 0.5
	f.content = split
	f.enable(false)
	return f
}

func (f *taskForm) enable(on bool) {
	for _, e := range []*widget.Entry{f.text, f.units, f.notes} {
		if on {
			e.Enable()
		} else {
			e.Disable()
		}
	}
	if on {
		f.saveBtn.Enable()
	} else {
		f.saveBtn.Disable()
	}
}

// show fills the form with a task.
func (f *taskForm) show(t *plan.Task) {
	f.task = t
	f.heading.SetText(fmt.Sprintf("第 %d 项 · %s", t.No, t.Subsection))
	f.text.SetText(t.Text)
	f.units.SetText(t.UnitsText)
	f.notes.SetText(t.Notes)
	f.enable(true)
	f.refreshReturns()
}

func (f *taskForm) showRoles(units string) {
	r := f.ui.ws.Dir.Roles(units)
	var parts []string
	add := func(name string, list []string) {
		if len(list) > 0 {
			parts = append(parts, name+"："+strings.Join(list, "、"))
		}
	}
	add("牵头", r.Lead)
	add("负责", r.Responsible)
	add("配合", r.Support)
	s := strings.Join(parts, "；")
	if r.Separately {
		s += "（分别负责）"
	}
	f.roles.SetText(s)
}

// save writes the edited task in one transaction; the change redraws the
// table.
func (f *taskForm) save() {
	if f.task == nil {
		return
	}
	no := f.task.No
	err := f.ui.ws.SaveTask(no, workspace.TaskEdit{Text: f.text.Text, Units: f.units.Text, Notes: f.notes.Text})
	if err != nil {
		f.ui.showError(err)
		return
	}
	f.task = f.ui.ws.Plan.Task(no)
	f.ui.status.SetText(fmt.Sprintf("第 %d 项已保存。", no))
}

// refreshReturns lists the owing units first, each with its return or
// 未报送, then any other unit that reported on the task.
func (f *taskForm) refreshReturns() {
	f.rows = f.rows[:0]
	if f.task == nil {
		f.returns.Refresh()
		return
	}
	byUnit := map[string]*plan.Return{}
	for i := range f.ui.returns {
		if r := &f.ui.returns[i]; r.Task == f.task.No {
			byUnit[r.Unit] = r
		}
	}
	for _, unit := range f.ui.ws.Dir.Owers(f.task.UnitsText, f.ui.ws.Plan.SupportOwes) {
		f.rows = append(f.rows, returnRow{unit: unit, ret: byUnit[unit]})
		delete(byUnit, unit)
	}
	for _, r := range f.ui.returns {
		if r.Task == f.task.No && byUnit[r.Unit] != nil {
			f.rows = append(f.rows, returnRow{unit: r.Unit + "（非责任单位）", ret: byUnit[r.Unit]})
		}
	}
	f.returns.Select(-1)
	f.returns.Refresh()
}

func (f *taskForm) returnCell(row, col int) string {
	r := f.rows[row]
	if r.ret == nil {
		return map[int]string{0: r.unit, 1: plan.StatusMissing}[col]
	}
	switch col {
	case 0:
		return r.unit
	case 1:
		return r.ret.StatusText()
	case 2:
		return plan.ShortText(r.ret.Text, 60)
	case 3:
		return r.ret.Date
	case 4:
		if len(r.ret.History) == 0 {
			return ""
		}
		return fmt.Sprint(len(r.ret.History))
	}
	return ""
}

// showReturn opens one unit's return with its history.
func (f *taskForm) showReturn(row int) {
	r := f.rows[row]
	if r.ret == nil {
		dialog.ShowInformation(r.unit, r.unit+"尚未报送第 "+fmt.Sprint(f.task.No)+" 项。", f.ui.win)
		return
	}
	var b strings.Builder
	writeValues(&b, r.ret.Values, r.ret.Date, r.ret.File)
	for i := len(r.ret.History) - 1; i >= 0; i-- {
		h := r.ret.History[i]
		b.WriteString("\n———— 历史 ————\n")
		writeValues(&b, h.Values, h.Date, h.File)
	}
	text := widget.NewLabel(b.String())
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(640, 420))
	dialog.ShowCustom(fmt.Sprintf("%s · 第 %d 项", r.unit, f.task.No), "关闭", scroll, f.ui.win)
}

func writeValues(b *strings.Builder, v plan.Values, date, file string) {
	fmt.Fprintf(b, "完成状态：%s\n落实情况：%s\n存在问题：%s\n下一步工作计划：%s\n佐证材料：%s\n备注：%s\n填报日期：%s（来自《%s》）\n",
		v.StatusText(), v.Text, v.Problems, v.Next, v.Evidence, v.Remark, date, file)
}
