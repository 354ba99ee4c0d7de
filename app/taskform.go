package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// taskForm edits one task and lists every unit's return on it, the
// selected return shown whole below.
type taskForm struct {
	ui      *UI
	content fyne.CanvasObject
	no      int // the task shown, 0 for none
	loaded  workspace.TaskEdit
	heading *widgets.Text
	text    *widget.Entry
	units   *widget.Entry
	roles   *widgets.Text
	notes   *widget.Entry
	saveBtn *widget.Button
	undoBtn *widget.Button
	fields  *fyne.Container
	top     *fyne.Container // the heading and the buttons
	form    *widget.Form
	pane    *fyne.Container   // the hint or the fields
	box     *fyne.Container   // the pane above the returns, see fitFirst
	scroll  *container.Scroll // the fields, scrolled when taller than the pane
	hint    *widgets.Text
	returns *widgets.RowTable
	detail  *widgets.Text
	rows    []returnRow
}

const pickReturnHint = "点选左侧一个单位，在此查看它报送的全部内容和历史。"

// returnRow is one owing or reporting unit's line under the task.
type returnRow struct {
	unit string
	ret  *plan.Return // nil: 未报送
}

// The returns table names who reported what; the pane beside it shows the
// chosen return whole, so no column needs to hold long text.
// 上期 and 变化 (the previous period's status and the change since) come
// right after the status they compare with.
var returnHeaders = []string{"单位", "完成状态", "上期", "变化", "填报日期", "历史"}

// returnWidths hold the longest word of each column whole (上期 and 变化
// say up to four characters: 正在推进, 仍未报送), and the four columns the
// clerk reads first fit the pane at 1366×768 without scrolling sideways.
var returnWidths = []float32{100, 100, 72, 72, 92, 40}

func newTaskForm(u *UI) *taskForm {
	f := &taskForm{ui: u, heading: widgets.NewText("")}
	f.heading.TextStyle = fyne.TextStyle{Bold: true}
	f.text = widget.NewMultiLineEntry()
	f.text.Wrapping = fyne.TextWrapWord
	f.text.SetMinRowsVisible(3)
	f.units = widget.NewMultiLineEntry()
	f.units.Wrapping = fyne.TextWrapWord
	f.units.SetMinRowsVisible(2)
	f.units.OnChanged = func(s string) { f.showRoles(s) }
	f.roles = widgets.NewText("")
	f.notes = widget.NewMultiLineEntry()
	f.notes.Wrapping = fyne.TextWrapWord
	f.notes.SetPlaceHolder("催报记录、说明等")
	f.notes.SetMinRowsVisible(2)
	f.saveBtn = widget.NewButton("保存（Ctrl+S）", func() { f.save() })
	f.saveBtn.Importance = widget.HighImportance
	f.undoBtn = widget.NewButton("撤销修改", f.discard)
	f.returns = widgets.NewRowTable(returnHeaders, returnWidths,
		func() int { return len(f.rows) }, f.returnCell)
	f.returns.OnRowSelected = f.showReturn
	f.returns.SwatchFor = func(row, col int) (widgets.Swatch, bool) {
		if col != 1 {
			return widgets.Swatch{}, false
		}
		if r := f.rows[row].ret; r != nil {
			return swatch(r.Status), true
		}
		return swatch(plan.StatusMissing), true
	}
	f.detail = widgets.NewText(pickReturnHint)
	form := widget.NewForm(
		widget.NewFormItem("具体要求", f.text),
		widget.NewFormItem("牵头落实单位", f.units),
		widget.NewFormItem("解析", f.roles),
		widget.NewFormItem("备注", f.notes),
	)
	// The buttons sit beside the heading, not in a bar under the form: a
	// bar there covered half of 备注 once a long 牵头落实单位 made the form
	// taller than its pane.
	f.top = container.NewBorder(nil, nil, nil, container.NewHBox(f.saveBtn, f.undoBtn), f.heading)
	f.form = form
	f.scroll = container.NewVScroll(form)
	f.fields = container.NewBorder(f.top, nil, nil, nil, f.scroll)
	f.hint = widgets.NewText("请在左侧表格中点选一项任务，查看和修改它的要求、单位和备注，以及各单位的报送情况。")
	f.fields.Hide()
	f.pane = container.NewStack(container.NewPadded(f.hint), f.fields)
	bottom := u.split("task.detail", true, 0.57, f.returns, container.NewVScroll(f.detail))
	// The form takes what it needs and the units' returns the rest: a
	// fixed divider left the list five rows at 1366×700 under a form with
	// room to spare, and still cut a tall form short.
	f.box = container.New(&fitFirst{need: f.neededHeight, minRest: minReturnsHeight}, f.pane, bottom)
	f.content = f.box
	return f
}

// minReturnsHeight keeps the header and about four units' rows of the
// returns in sight under the tallest form.
const minReturnsHeight = 150

// neededHeight is how tall the pane above the returns must be at width to
// show the hint, or the whole form without scrolling.
func (f *taskForm) neededHeight(width float32) float32 {
	// Wrapped texts (解析, the hint) are as tall as their lines at the
	// width they were last laid out at, so lay the pane out at this width
	// before asking.
	f.pane.Resize(fyne.NewSize(width, f.pane.Size().Height))
	if !f.fields.Visible() {
		return f.pane.Objects[0].MinSize().Height
	}
	return f.top.MinSize().Height + theme.Padding() + f.form.MinSize().Height
}

// fit lays the pane and the returns out again after the form's height
// changed.
func (f *taskForm) fit() {
	if f.box == nil || f.box.Size().IsZero() {
		return
	}
	f.box.Layout.Layout(f.box.Objects, f.box.Size())
}

// show fills the form with a task and lists its returns.
func (f *taskForm) show(no int) {
	t := f.ui.ws.Plan.Task(no)
	if t == nil {
		f.no = 0
		f.fields.Hide()
		f.hint.Show()
		f.fit()
		f.refreshReturns()
		return
	}
	f.no = no
	f.heading.SetText(fmt.Sprintf("第 %d 项 · %s", t.No, t.Subsection))
	f.loaded = storedEdit(t)
	f.text.SetText(t.Text)
	f.units.SetText(t.UnitsText)
	f.notes.SetText(t.Notes)
	f.hint.Hide()
	f.fields.Show()
	f.fit()
	f.refreshReturns()
}

// storedEdit is a task as stored, to compare the form with.
func storedEdit(t *plan.Task) workspace.TaskEdit {
	return workspace.TaskEdit{Text: t.Text, Units: t.UnitsText, Notes: t.Notes}
}

// edit is what the form holds now.
func (f *taskForm) edit() workspace.TaskEdit {
	// 牵头落实单位 is one line in the plan: a line break typed in the box
	// is not part of it.
	units := strings.Join(strings.Fields(strings.ReplaceAll(f.units.Text, "\n", "")), " ")
	return workspace.TaskEdit{Text: f.text.Text, Units: units, Notes: f.notes.Text}
}

// unsaved names the task when the form differs from what is stored.
func (f *taskForm) unsaved() string {
	if f.no == 0 {
		return ""
	}
	e, l := f.edit(), f.loaded
	if strings.TrimSpace(e.Text) == strings.TrimSpace(l.Text) && e.Units == strings.TrimSpace(l.Units) &&
		strings.TrimSpace(e.Notes) == strings.TrimSpace(l.Notes) {
		return ""
	}
	return fmt.Sprintf("第 %d 项", f.no)
}

// discard puts the stored task back in the form.
func (f *taskForm) discard() { f.show(f.no) }

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
	f.fit()
}

// save writes the edited task in one transaction; the change redraws the
// table. It reports whether the edit is now stored.
func (f *taskForm) save() bool {
	if f.no == 0 {
		return true
	}
	no := f.no
	if err := f.ui.ws.SaveTask(no, f.edit()); err != nil {
		f.ui.showError(err)
		return false
	}
	if t := f.ui.ws.Plan.Task(no); t != nil {
		f.loaded = storedEdit(t)
	}
	f.ui.say(fmt.Sprintf("第 %d 项已保存。", no))
	return true
}

// refresh follows a change in the ledger or plan: the returns are listed
// again, and the fields reloaded unless the clerk is typing in them.
func (f *taskForm) refresh() {
	if f.no != 0 && f.unsaved() == "" {
		f.show(f.no)
		return
	}
	f.refreshReturns()
}

// refreshReturns lists the owing units first, each with its return or
// 未报送, then any other unit that reported on the task.
func (f *taskForm) refreshReturns() {
	f.rows = f.rows[:0]
	f.detail.SetText(pickReturnHint)
	defer f.returns.Reset()
	t := f.ui.ws.Plan.Task(f.no)
	if t == nil {
		return
	}
	byUnit := map[string]*plan.Return{}
	for i := range f.ui.m.returns {
		if r := &f.ui.m.returns[i]; r.Task == t.No {
			byUnit[r.Unit] = r
		}
	}
	for _, unit := range f.ui.ws.Dir.Owers(t.UnitsText, f.ui.ws.Plan.SupportOwes) {
		f.rows = append(f.rows, returnRow{unit: unit, ret: byUnit[unit]})
		delete(byUnit, unit)
	}
	for _, r := range f.ui.m.returns {
		if r.Task == t.No && byUnit[r.Unit] != nil {
			f.rows = append(f.rows, returnRow{unit: r.Unit + notOwerMark, ret: byUnit[r.Unit]})
		}
	}
}

func (f *taskForm) returnCell(row, col int) string {
	r := f.rows[row]
	switch col {
	case 2, 3:
		return f.ui.m.changes.cell(f.no, r.unit, col-2)
	case 4, 5:
		col -= 2 // 填报日期 and 历史 follow the comparison
	}
	if r.ret == nil {
		return map[int]string{0: r.unit, 1: plan.StatusMissing}[col]
	}
	switch col {
	case 0:
		return r.unit
	case 1:
		return r.ret.StatusText()
	case 2:
		return r.ret.Date
	case 3:
		if len(r.ret.History) == 0 {
			return ""
		}
		return fmt.Sprint(len(r.ret.History))
	}
	return ""
}

// showReturn shows one unit's return whole, with its history, below the
// table.
func (f *taskForm) showReturn(row int) {
	r := f.rows[row]
	if r.ret == nil {
		f.detail.SetText(r.unit + "尚未报送第 " + fmt.Sprint(f.no) + " 项。\n" + f.ui.m.changes.prevText(f.no, r.unit))
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s · 第 %d 项\n", r.unit, f.no)
	writeValues(&b, r.ret.Values, r.ret.Date, r.ret.File)
	b.WriteString(f.ui.m.changes.prevText(f.no, r.unit))
	for i := len(r.ret.History) - 1; i >= 0; i-- {
		h := r.ret.History[i]
		b.WriteString("\n———— 历史 ————\n")
		writeValues(&b, h.Values, h.Date, h.File)
	}
	f.detail.SetText(b.String())
}

func writeValues(b *strings.Builder, v plan.Values, date, file string) {
	fmt.Fprintf(b, "完成状态：%s\n落实情况：%s\n存在问题：%s\n下一步工作计划：%s\n佐证材料：%s\n备注：%s\n",
		v.StatusText(), v.Text, v.Problems, v.Next, v.Evidence, v.Remark)
	// The columns the unit added to its table (完成时间, 责任人…).
	for _, x := range v.ExtraColumns() {
		fmt.Fprintf(b, "%s：%s\n", x.Header, x.Text)
	}
	fmt.Fprintf(b, "填报日期：%s（来自《%s》）\n", date, file)
}
