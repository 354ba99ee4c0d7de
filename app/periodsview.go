package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// today is the day the window counts overdue days against; tests fix it.
var today = time.Now

// newPeriodPicker is the 报送期 chooser the clerk works in, with the button
// that opens the periods dialog beside it.
func (u *UI) newPeriodPicker() fyne.CanvasObject {
	u.periodPick = widget.NewSelect(u.ws.Plan.Periods, func(p string) {
		if p != "" && p != u.period {
			u.choosePeriod(p)
		}
	})
	u.periodPick.SetSelected(u.period)
	manage := widget.NewButton("管理报送期…", u.showPeriods)
	return container.NewHBox(u.periodPick, manage)
}

// choosePeriod shows another period's ledger in every view.
func (u *UI) choosePeriod(p string) {
	u.period = p
	u.rememberPeriod()
	u.notice = ""
	if u.periodPick != nil && u.periodPick.Selected != p {
		u.periodPick.SetSelected(p)
	}
	u.loadModel()
	u.redraw(false)
}

// periodsChanged follows an added, renamed, removed or re-dated period:
// the chooser lists the periods again, and a period gone from the plan
// gives way to the plan's default.
func (u *UI) periodsChanged() {
	if !u.ws.Plan.HasPeriod(u.period) {
		u.period = u.ws.Plan.CurrentPeriod(today())
		u.rememberPeriod()
	}
	if u.periodPick != nil {
		u.periodPick.Options = u.ws.Plan.Periods
		u.periodPick.SetSelected(u.period)
		u.periodPick.Refresh()
	}
	if u.periodsD != nil {
		u.periodsD.reload()
	}
}

// overdueText is the status bar's word on the shown period's due date.
func (u *UI) overdueText() string {
	due := u.ws.Plan.DueDate(u.period)
	if due == "" {
		return ""
	}
	days := plan.DaysOverdue(due, today())
	if days == 0 {
		return "截止 " + due
	}
	// The 总览's own list of units with returns missing, worked out already.
	n := len(u.m.overview.Behind)
	if n == 0 {
		return "截止 " + due + "，已全部报齐"
	}
	return fmt.Sprintf("截止 %s，已逾期 %d 天，%d 个单位未报齐", due, days, n)
}

// periodsDialog is the 报送期 dialog: every period with its due date,
// returns and owing units, and the actions on them.
type periodsDialog struct {
	ui     *UI
	states []workspace.PeriodState
	table  *widgets.RowTable
	d      dialog.Dialog
	hint   *widgets.Text
	rename *widget.Button
	due    *widget.Button
	remove *widget.Button
	show   *widget.Button
	// follow, when set, is the period to select at the next reload: one
	// just added or renamed, so the next action on it is one click away.
	follow string
}

var periodHeaders = []string{"报送期", "截止日期", "已报条数", "未报齐单位", "逾期"}

// showPeriods opens the 报送期 dialog.
func (u *UI) showPeriods() {
	pd := &periodsDialog{ui: u, hint: widgets.NewText("")}
	pd.table = widgets.NewRowTable(periodHeaders, []float32{150, 100, 80, 90, 110},
		func() int { return len(pd.states) }, pd.cell)
	pd.table.OnRowSelected = func(int) { pd.enable() }
	add := widget.NewButton("新增报送期…", pd.add)
	pd.rename = widget.NewButton("改名…", pd.renameSel)
	pd.due = widget.NewButton("设截止日期…", pd.dueSel)
	pd.remove = widget.NewButton("删除", pd.removeSel)
	show := widget.NewButton("在台账中查看", func() {
		if s := pd.selected(); s != nil {
			u.choosePeriod(s.Name)
			pd.d.Hide()
			u.navigate(route{tab: tabLedger}) // as the button says, unfiltered
		}
	})
	pd.show = show
	buttons := container.NewHBox(add, pd.rename, pd.due, pd.remove, show)
	body := container.NewBorder(buttons, pd.hint, nil, nil, pd.table)
	pd.d = dialog.NewCustom("报送期", "关闭", body, u.win)
	pd.d.SetOnClosed(func() { u.periodsD = nil })
	pd.d.Resize(fyne.NewSize(640, 420))
	u.periodsD = pd
	pd.reload()
	pd.d.Show()
}

// reload reads the periods' states again, keeping the selection by name.
func (pd *periodsDialog) reload() {
	keep := pd.follow
	if s := pd.selected(); s != nil && keep == "" {
		keep = s.Name
	}
	pd.follow = ""
	states, err := pd.ui.ws.PeriodStates(today())
	if err != nil {
		pd.hint.SetText(err.Error())
		return
	}
	pd.states = states
	pd.table.Select(-1)
	for i, s := range states {
		if s.Name == keep {
			pd.table.Select(i)
		}
	}
	pd.enable()
	pd.hint.SetText("报送期按截止日期排列；比较“上期”时，用的是排在前面的一期。只有没有任何报送记录的报送期可以删除。")
}

func (pd *periodsDialog) selected() *workspace.PeriodState {
	if r := pd.table.SelectedRow(); r >= 0 && r < len(pd.states) {
		return &pd.states[r]
	}
	return nil
}

func (pd *periodsDialog) enable() {
	on := pd.selected() != nil
	for _, b := range []*widget.Button{pd.rename, pd.due, pd.remove, pd.show} {
		setEnabled(b, on)
	}
}

func (pd *periodsDialog) cell(row, col int) string {
	s := pd.states[row]
	switch col {
	case 0:
		return s.Name
	case 1:
		if s.Due == "" {
			return "未设"
		}
		return s.Due
	case 2:
		// Counted as the 总览 and the status bar count them: a return on
		// a task its unit does not owe is kept but not owed.
		return fmt.Sprintf("%d/%d", s.Answered, s.Owed)
	case 3:
		return fmt.Sprint(s.Owing)
	}
	if s.OverdueDays > 0 && s.Owing > 0 {
		return fmt.Sprintf("逾期 %d 天", s.OverdueDays)
	}
	return ""
}

// ask shows a one-line form and runs do with what was typed; a refusal
// keeps the form open with the sentence under it, so nothing typed is
// lost.
func (pd *periodsDialog) ask(title, label, value, placeholder, action string, do func(string) error) {
	e := widget.NewEntry()
	e.SetText(value)
	e.SetPlaceHolder(placeholder)
	msg := widget.NewLabel("")
	msg.Wrapping = fyne.TextWrapWord
	msg.Importance = widget.DangerImportance
	var d *dialog.CustomDialog
	submit := func() {
		if err := do(e.Text); err != nil {
			msg.SetText(err.Error())
			return
		}
		d.Hide()
	}
	e.OnSubmitted = func(string) { submit() }
	ok := widget.NewButton(action, submit)
	ok.Importance = widget.HighImportance
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(widget.NewForm(widget.NewFormItem(label, e)), msg), pd.ui.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton("取消", func() { d.Hide() }), ok})
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
	pd.ui.win.Canvas().Focus(e)
}

func (pd *periodsDialog) add() {
	pd.ask("新增报送期", "名称", "", "如：2019年上半年", "新增", func(name string) error {
		name, err := plan.CheckPeriodName(name)
		if err != nil {
			return fmt.Errorf("%v，请填写报送期名称，如 2019年上半年。", err)
		}
		if pd.ui.ws.Plan.HasPeriod(name) {
			return fmt.Errorf("已有报送期“%s”，请换一个名称。", name)
		}
		pd.follow = name
		if err := pd.ui.ws.AddPeriod(name, ""); err != nil {
			pd.follow = ""
			return err
		}
		pd.ui.say("已新增报送期“" + name + "”，点“设截止日期…”为它设定截止日期。")
		return nil
	})
}

func (pd *periodsDialog) renameSel() {
	s := pd.selected()
	if s == nil {
		return
	}
	old := s.Name
	pd.ask("报送期改名", "新名称", old, "", "改名", func(name string) error {
		name, err := plan.CheckPeriodName(name)
		if err != nil {
			return fmt.Errorf("%v，请填写新名称。", err)
		}
		if name == old {
			return nil
		}
		if pd.ui.ws.Plan.HasPeriod(name) {
			return fmt.Errorf("已有报送期“%s”，请换一个名称。", name)
		}
		shown := pd.ui.period == old
		pd.follow = name
		if err := pd.ui.ws.RenamePeriod(old, name); err != nil {
			pd.follow = ""
			return err
		}
		if shown {
			pd.ui.choosePeriod(name)
		}
		pd.ui.say("报送期“" + old + "”已改名为“" + name + "”，其报送记录随之保留。")
		return nil
	})
}

func (pd *periodsDialog) dueSel() {
	s := pd.selected()
	if s == nil {
		return
	}
	name := s.Name
	pd.ask("设截止日期："+name, "截止日期", s.Due, "如 2018-12-31，留空为不设", "保存", func(text string) error {
		due, err := plan.ParseDue(text)
		if err != nil {
			return fmt.Errorf("%v，请重新填写。", err)
		}
		if err := pd.ui.ws.SetPeriodDue(name, due); err != nil {
			return err
		}
		if due == "" {
			pd.ui.say("报送期“" + name + "”已不设截止日期。")
		} else {
			pd.ui.say("报送期“" + name + "”的截止日期已设为 " + due + "。")
		}
		return nil
	})
}

func (pd *periodsDialog) removeSel() {
	s := pd.selected()
	if s == nil {
		return
	}
	name := s.Name
	if s.Returns > 0 {
		pd.hint.SetText(fmt.Sprintf("报送期“%s”已有%d条报送记录，不能删除：请先撤销这些导入，或保留该期。", name, s.Returns))
		return
	}
	if len(pd.states) == 1 {
		pd.hint.SetText("“" + name + "”是唯一的报送期，不能删除。")
		return
	}
	confirm(pd.ui.win, "删除报送期", "删除报送期“"+name+"”？该期没有任何报送记录。", "删除报送期", func() {
		// The store's refusals are sentences for the clerk.
		if err := pd.ui.ws.RemovePeriod(name); err != nil {
			pd.hint.SetText(err.Error())
			return
		}
		pd.ui.say("已删除报送期“" + name + "”。")
	})
}
