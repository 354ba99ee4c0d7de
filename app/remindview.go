package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/native"
	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// remindView is the 催报 tab: for the chosen period, the units still owing
// returns, with what to send them and what to do for each.
type remindView struct {
	ui      *UI
	content fyne.CanvasObject
	list    *remind.List
	head    *widgets.Text
	table   *widgets.RowTable
	detail  *widgets.Text
	jobs    *background // file work off the UI goroutine
	// The actions on the unit selected.
	unitBtns []*widget.Button
	// lastRow and lastTap tell a double click: Fyne's table has none.
	lastRow int
	lastTap time.Time
	// afterRun, when set, is told that a file job has reported (tests).
	afterRun func()
}

var remindHeaders = []string{"单位", "未报事项", "未报/应报", "逾期", "联系人", "联系电话"}

// doubleClick is how close two clicks on a row must be to open it.
const doubleClick = 500 * time.Millisecond

func newRemindView(u *UI) *remindView {
	v := &remindView{ui: u, lastRow: -1}
	v.head = widgets.NewText("")
	v.table = widgets.NewRowTable(remindHeaders, []float32{140, 340, 76, 76, 86, 124},
		func() int { return v.rows() }, v.cell)
	v.table.OnRowSelected = v.tapped
	v.detail = widgets.NewText(remindHint)
	v.jobs = newBackground()
	copyBtn := widget.NewButton("复制催报文字", v.copyMessage)
	copyBtn.Importance = widget.HighImportance
	actions := container.NewHBox(copyBtn,
		widget.NewButton("导出催报清单（Excel）…", v.exportSheet),
		widget.NewButton("生成催办通知（Word）…", v.exportNotice))
	v.unitBtns = []*widget.Button{
		widget.NewButton("打开单位", func() { v.withUnit(func(unit string) { v.ui.navigate(route{tab: tabUnits, openUnit: unit}) }) }),
		widget.NewButton("查看其任务", func() { v.withUnit(v.showTasks) }),
		widget.NewButton("重新生成模板…", func() { v.withUnit(v.template) }),
		widget.NewButton("打印本单位汇总", func() { v.withUnit(v.printUnit) }),
	}
	unitBar := container.NewHBox(widget.NewLabel("选中的单位："))
	for _, b := range v.unitBtns {
		unitBar.Add(b)
	}
	top := container.NewVBox(v.head, actions, v.jobs.bar)
	bottom := container.NewVBox(unitBar)
	table := container.NewBorder(top, bottom, nil, nil, v.table)
	v.content = u.split("remind", true, 0.68, table, container.NewVScroll(v.detail))
	v.refresh()
	return v
}

// remindHint fits one line of the pane at 1366×768: a wrapped 。 would
// start a line of its own.
const remindHint = "点选一个单位，查看它未报的全部事项；双击打开该单位。"

// refresh builds the list again for the period shown, as of today. The
// unit chosen stays chosen while it still owes.
func (v *remindView) refresh() {
	keep := v.selected()
	l, err := v.ui.m.remind, v.ui.m.remindErr
	if l == nil {
		v.list = nil
		if err == nil {
			err = fmt.Errorf("无法读取%s的台账", v.ui.period)
		}
		setText(v.head, err.Error())
	} else {
		v.list = l
		setText(v.head, remindHeading(l))
	}
	v.table.Reset()
	v.lastRow = -1
	setText(v.detail, remindHint)
	for i := 0; i < v.rows() && keep != ""; i++ {
		if v.list.Units[i].Unit == keep {
			v.table.Select(i)
			v.table.ScrollToRow(i)
			v.showUnit(i)
		}
	}
	v.enableUnit()
}

// remindHeading says where the period stands in one sentence.
func remindHeading(l *remind.List) string {
	due := "未设截止日期（在“管理报送期…”中设置）"
	if l.Due != "" {
		due = "截止 " + l.Due
		if days := plan.DaysOverdue(l.Due, l.Today); days > 0 {
			due += fmt.Sprintf("，已逾期 %d 天", days)
		}
	}
	if len(l.Units) == 0 {
		return fmt.Sprintf("%s（%s）：各单位均已报齐。", l.Period, due)
	}
	return fmt.Sprintf("%s（%s）：%d 个单位未报齐，%d 个单位已报齐。统计日期 %s。",
		l.Period, due, len(l.Units), len(l.Complete), l.Today.Format(plan.DateLayout))
}

func (v *remindView) rows() int {
	if v.list == nil {
		return 0
	}
	return len(v.list.Units)
}

func (v *remindView) cell(row, col int) string {
	u := v.list.Units[row]
	switch col {
	case 0:
		return u.Unit
	case 1:
		return u.MissingText
	case 2:
		return fmt.Sprintf("%d/%d", len(u.Missing), len(u.Owed))
	case 3:
		if u.OverdueDays > 0 {
			return fmt.Sprintf("%d 天", u.OverdueDays)
		}
		return ""
	case 4:
		return u.Contact
	}
	return u.Phone
}

// selected is the unit of the selected row, or "".
func (v *remindView) selected() string {
	if r := v.table.SelectedRow(); r >= 0 && r < v.rows() {
		return v.list.Units[r].Unit
	}
	return ""
}

func (v *remindView) enableUnit() {
	on := v.selected() != ""
	for _, b := range v.unitBtns {
		setEnabled(b, on)
	}
}

func (v *remindView) withUnit(do func(unit string)) {
	if unit := v.selected(); unit != "" {
		do(unit)
	}
}

// tapped shows the unit clicked; a second click on it soon after opens it.
func (v *remindView) tapped(row int) {
	double := row == v.lastRow && time.Since(v.lastTap) < doubleClick
	if double {
		v.lastRow = -1
		v.ui.navigate(route{tab: tabUnits, openUnit: v.list.Units[row].Unit})
		return
	}
	v.enableUnit()
	v.showUnit(row)
	// Timed from when the first click is drawn, so a slow redraw does not
	// eat the clerk's double click.
	v.lastRow, v.lastTap = row, time.Now()
}

// showUnit writes out a unit's missing tasks and how to reach it.
func (v *remindView) showUnit(row int) {
	u := v.list.Units[row]
	var b strings.Builder
	fmt.Fprintf(&b, "%s：应报 %d 项，未报 %d 项", u.Unit, len(u.Owed), len(u.Missing))
	if u.OverdueDays > 0 {
		fmt.Fprintf(&b, "，已逾期 %d 天", u.OverdueDays)
	}
	// The ranges have no break inside a line: they start their own.
	fmt.Fprintf(&b, "。\n未报事项（任务序号）：\n%s\n", u.MissingText)
	if c := strings.TrimSpace(u.Contact + " " + u.Phone); c != "" {
		fmt.Fprintf(&b, "联系人：%s\n", c)
	} else {
		b.WriteString("联系人：未登记（可在“单位”中填写）\n")
	}
	if u.Note != "" {
		fmt.Fprintf(&b, "备注：%s\n", u.Note)
	}
	b.WriteString("\n")
	writeTasks(&b, v.ui.ws.Plan, u.Missing)
	v.detail.SetText(b.String())
}

// writeTasks lists tasks one a line, by number with the start of their
// text.
func writeTasks(b *strings.Builder, p *plan.Plan, nos []int) {
	for _, no := range nos {
		if t := p.Task(no); t != nil {
			fmt.Fprintf(b, "第 %d 项 %s\n", no, plan.ShortText(t.Text, 40))
		}
	}
}

// copyMessage puts the message for the units' group on the clipboard.
func (v *remindView) copyMessage() {
	if v.list == nil {
		return
	}
	v.ui.app.Clipboard().SetContent(v.list.Message())
	v.ui.stepDone(v.list.Period, stepRemind)
	if len(v.list.Units) == 0 {
		v.ui.say("已复制：各单位均已报齐。")
		return
	}
	v.ui.say(fmt.Sprintf("已复制催报文字（%d 个单位），可粘贴到微信或政务微信群。", len(v.list.Units)))
}

// run does file work off the UI goroutine with the bar running, then
// reports on the UI goroutine.
func (v *remindView) run(what string, work func() (string, error)) {
	v.ui.runJob(v.jobs, what, work, nil, func() {
		if v.afterRun != nil {
			v.afterRun()
		}
	})
}

// saveAs asks where to save one of the list's files, then writes it off the
// UI goroutine and opens it.
func (v *remindView) saveAs(what, name, filter, ext string, write func(path string, l *remind.List) error) {
	l := v.list
	if l == nil {
		return
	}
	v.ui.askSavePath(what, name, filter, ext, func(path string) { v.write(what, path, l, write) })
}

// askSavePath asks where to save a file of type ext, in the folder last
// saved to, adds ext when the clerk left it off, and hands the path on.
func (u *UI) askSavePath(title, name, filter, ext string, then func(path string)) {
	native.SaveFile(u.win, title, u.prefs.LastDir("export"), name, filter, []string{ext}, func(path string, err error) {
		if err != nil || path == "" {
			return
		}
		if !strings.EqualFold(filepath.Ext(path), ext) {
			path += ext
		}
		u.prefs.SetLastDir("export", filepath.Dir(path))
		then(path)
	})
}

// write writes one of the list's files off the UI goroutine and opens it.
func (v *remindView) write(what, path string, l *remind.List, write func(path string, l *remind.List) error) {
	v.run(what, func() (string, error) {
		if err := write(path, l); err != nil {
			return "", fmt.Errorf("无法保存《%s》：%w", filepath.Base(path), err)
		}
		v.ui.stepDone(l.Period, stepRemind)
		return "已导出《" + filepath.Base(path) + "》。", openFile(path)
	})
}

// openFile and printFile hand a written file to the desktop; tests
// replace them.
var (
	openFile  = native.OpenWithSystem
	printFile = native.PrintFile
)

func (v *remindView) exportSheet() {
	v.saveAs("导出催报清单", "催报清单（"+v.ui.period+"）.xlsx", "Excel 工作簿", ".xlsx", v.ui.ws.SaveRemindSheet)
}

func (v *remindView) exportNotice() {
	v.saveAs("生成催办通知", "催办通知（"+v.ui.period+"）.docx", "Word 文档", ".docx", v.ui.ws.SaveRemindNotice)
}

// showTasks shows the unit's tasks of this period in the ledger.
func (v *remindView) showTasks(unit string) {
	v.ui.navigate(route{tab: tabLedger, unit: unit})
}

// template writes the unit's template for this period again, for when it
// lost the one it was sent.
func (v *remindView) template(unit string) {
	native.PickFolder(v.ui.win, "选择保存模板的文件夹", v.ui.prefs.LastDir("templates"), func(dir string, err error) {
		if err != nil || dir == "" {
			return
		}
		v.ui.prefs.SetLastDir("templates", dir)
		period := v.ui.period
		v.run("生成模板", func() (string, error) {
			path, err := v.ui.ws.SaveUnitTemplate(dir, unit, period)
			if err != nil {
				return "", err
			}
			return "已生成《" + filepath.Base(path) + "》。", openFile(dir)
		})
	})
}

// printUnit prints the unit's own summary: its tasks and its returns.
func (v *remindView) printUnit(unit string) {
	period := v.ui.period
	title := workspace.SummaryTitle(v.ui.ws.Plan)
	v.run("准备打印", func() (string, error) {
		s, err := v.ui.ws.UnitSummary(period, unit, time.Now())
		if err != nil {
			return "", err
		}
		path, err := printSummary(title+"（"+unit+"）.pdf", s)
		if err != nil {
			return "", err
		}
		return printedText(path), nil
	})
}

// setText changes a label only when its text changes: measuring wrapped
// Chinese text is most of a redraw's cost.
func setText(l *widgets.Text, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}
