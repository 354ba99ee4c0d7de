package app

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The steps that leave no trace in the ledger are marked in the database
// under these names when the clerk does them; the others are read from
// the data (a due date, returns).
const (
	stepDirectory = "directory"
	stepTemplates = "templates"
	stepRemind    = "remind"
	stepExport    = "export"
	stepReport    = "report"
)

// checkStep is one step of the year as 从这里开始 lists it.
type checkStep struct {
	title  string
	hint   string
	done   bool
	action string // the button's words
	do     func()
	// confirm, when set, is a second button for a step only the clerk can
	// call done (the directory checked).
	confirm string
}

// checklistSteps are the year's steps in the shown period, each ticked
// when done.
func (u *UI) checklistSteps() []checkStep {
	marks, err := u.ws.StepsDone(u.period)
	if err != nil {
		marks = map[string]string{}
	}
	got := len(u.m.returns) > 0
	steps := []checkStep{
		{title: "核对分工方案（单位名录）", hint: "在“单位”中核对牵头、负责、配合单位的名称和别称，核对完点“核对完毕”。",
			done: marks[stepDirectory] != "", action: "打开单位名录", do: func() { u.showTab(u.unitsTab) }, confirm: "核对完毕"},
		{title: "设置报送期和截止日期", hint: "在“报送期”中给本期（" + u.period + "）定截止日期，催报按它算逾期天数。",
			done: u.ws.Plan.DueDate(u.period) != "", action: "设置报送期…", do: u.showPeriods},
		{title: "生成各单位落实情况表模板", hint: "在“导出/打印”中勾选单位，生成模板发给各单位填写。",
			done: marks[stepTemplates] != "", action: "去生成模板", do: func() { u.showTab(u.exportTab) }},
		{title: "导入落实情况表", hint: "各单位交回的表（Excel、WPS、CSV）可一次选多个，也可拖进窗口。",
			done: got, action: "导入…", do: func() { u.importV.pickFiles() }},
		{title: "催报", hint: "“催报”列出未报齐的单位，可复制催报文字、导出催报清单或催办通知。",
			done: marks[stepRemind] != "", action: "去催报", do: func() { u.showTab(u.remindTab) }},
		{title: "导出汇总表 / 打印", hint: "汇总表（Excel）或 PDF，A4 横向，可直接打印。",
			done: marks[stepExport] != "", action: "导出汇总表…", do: func() { u.exportV.saveSummary(".xlsx") }},
		{title: "生成工作总结", hint: "按台账生成工作总结初稿（Word），在 Word 中修改定稿。",
			done: marks[stepReport] != "", action: "生成工作总结…", do: u.saveReport},
	}
	if round, ok := u.roundStep(); ok {
		steps = slices.Insert(steps, 1, round)
	}
	return steps
}

// roundStep is the 征求意见 round, the second step while the plan is a
// 征求意见稿 and ticked once the plan issued from it is the current one;
// ok is false for a plan that never went round for comments.
func (u *UI) roundStep() (s checkStep, ok bool) {
	if _, _, err := u.ws.Round(); err != nil {
		return s, false
	}
	s = checkStep{title: "征求意见并正式印发", action: "去征求意见", do: u.showFeedbackTab, done: !u.ws.Plan.IsDraft(),
		hint: "方案现为征求意见稿：在“征求意见”中生成各单位的征求意见反馈表，导入反馈，逐条决定是否采纳，处理完点“正式印发…”。"}
	if s.done {
		s.hint = "方案已正式印发，征求意见和采纳情况仍可在“征求意见”中查看。"
	}
	return s, true
}

// showFeedbackTab brings the 征求意见 tab forward.
func (u *UI) showFeedbackTab() {
	for _, t := range u.tabs.Items {
		if t.Text == feedbackTabName {
			u.showTab(t)
			return
		}
	}
}

// checklist draws the steps, a tick before each one done. leave, when
// set, runs before a step's button does its work (closing a dialog).
func (u *UI) checklist(leave func()) fyne.CanvasObject {
	intro := fmt.Sprintf("本报送期（%s）还没有导入任何落实情况表。按下面的顺序做，做完的步骤会打勾；导入第一份表后这里换成总览，本页仍可从“帮助 → 从这里开始”打开。", u.period)
	if len(u.m.returns) > 0 {
		intro = fmt.Sprintf("一年的工作步骤（本报送期：%s），做完的步骤已打勾。", u.period)
	}
	l := widget.NewLabel(intro)
	l.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox(l)
	for i, s := range u.checklistSteps() {
		if leave != nil {
			do := s.do
			s.do = func() { leave(); do() }
		}
		rows.Add(u.checkRow(i+1, s))
	}
	return rows
}

func (u *UI) checkRow(n int, s checkStep) fyne.CanvasObject {
	mark := widget.NewIcon(theme.CheckButtonIcon())
	state := "未完成"
	if s.done {
		mark.SetResource(theme.CheckButtonCheckedIcon())
		state = "已完成"
	}
	title := widget.NewLabelWithStyle(fmt.Sprintf("%d. %s（%s）", n, s.title, state), fyne.TextAlignLeading, fyne.TextStyle{Bold: !s.done})
	hint := widget.NewLabel(s.hint)
	hint.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(widget.NewButton(s.action, s.do))
	if s.confirm != "" && !s.done {
		buttons.Add(widget.NewButton(s.confirm, func() { u.stepDone(u.period, stepDirectory) }))
	}
	// The buttons keep their own height, centred beside the step.
	return container.NewBorder(nil, nil, container.NewCenter(mark), container.NewCenter(buttons), container.NewVBox(title, hint))
}

// stepDone marks a step done in period (the one the work was for) and
// ticks it. Safe from any goroutine: the slow work that finishes a step
// runs off the window's.
func (u *UI) stepDone(period, step string) {
	if err := u.ws.MarkStep(period, step, today()); err != nil {
		fyne.Do(func() { u.showError(err) })
		return
	}
	fyne.Do(func() {
		if len(u.m.returns) == 0 {
			u.overV.refresh()
		}
		if u.startD != nil {
			u.startD.refresh()
		}
	})
}

// startDialog is 帮助 → 从这里开始: the checklist, whatever the period holds.
type startDialog struct {
	u   *UI
	box *fyne.Container
	d   dialog.Dialog
}

func (u *UI) showChecklist() {
	s := &startDialog{u: u, box: container.NewVBox()}
	s.refresh()
	s.d = dialog.NewCustom("从这里开始："+u.period, "关闭", container.NewVScroll(s.box), u.win)
	s.d.SetOnClosed(func() { u.startD = nil })
	s.d.Resize(fyne.NewSize(820, 600))
	u.startD = s
	s.d.Show()
}

func (s *startDialog) refresh() {
	s.box.Objects = []fyne.CanvasObject{s.u.checklist(func() { s.d.Hide() })}
	s.box.Refresh()
}
