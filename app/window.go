// Package app is the window: thin views over the workspace, which does the
// work. Every view updates its widgets on the UI goroutine; long work runs
// in goroutines that hand results back through fyne.Do. After a write the
// workspace says what changed and changed (below) alone decides what to
// redraw.
package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/native"
	"taizhang/app/plan"
	"taizhang/app/settings"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// UI is the main window's state.
type UI struct {
	app    fyne.App
	win    fyne.Window
	ws     *workspace.Workspace
	period string
	// m is the shown period worked out once per change, handed to every
	// view (see viewModel).
	m *viewModel

	tabs                                  *container.AppTabs
	overTab, planTab, importTab, unitsTab *container.TabItem
	exportTab                             *container.TabItem
	shownTab                              *container.TabItem
	overV                                 *overviewView
	planV                                 *planView
	unitsV                                *unitsView
	importV                               *importView
	exportV                               *exportView
	prefs                                 *settings.Prefs
	status                                *widget.Label
	notice                                string // the last outcome shown in status
	splits                                map[string]*container.Split

	// The reporting cycle: the period chooser, the 报送期 dialog when open,
	// the 催报 tab and the changes since the previous period.
	periodPick *widget.Select
	periodsD   *periodsDialog
	remindTab  *container.TabItem
	remindV    *remindView

	startD *startDialog // 帮助 → 从这里开始, while open
}

// AppTitle is the program's name as the clerk sees it.
const AppTitle = "政务公开分工台账"

// NewUI builds the window's content over an open workspace.
func NewUI(a fyne.App, win fyne.Window, ws *workspace.Workspace) *UI {
	u := &UI{app: a, win: win, ws: ws, prefs: settings.NewPrefs(a.Preferences())}
	// Writes made off the UI goroutine (imports) report here too.
	ws.OnChange(func(c workspace.Change) { fyne.Do(func() { u.changed(c) }) })
	win.SetCloseIntercept(u.requestClose)
	win.SetMaster() // closing it ends the program, whatever else is open
	win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		var paths []string
		for _, uri := range uris {
			paths = append(paths, uri.Path())
		}
		u.showTab(u.importTab)
		u.importV.read(paths)
	})
	u.build()
	return u
}

// build makes every view over the current plan: at start, and again when
// another plan becomes current.
func (u *UI) build() {
	win, ws := u.win, u.ws
	if u.splits != nil {
		u.saveLayout() // the rebuilt views start where the clerk left these
	}
	u.splits = map[string]*container.Split{}
	u.period = u.startPeriod()
	u.rememberPeriod()
	if u.status == nil {
		u.status = widget.NewLabel("")
		u.status.Truncation = fyne.TextTruncateEllipsis
	}
	u.loadModel()
	u.planV = newPlanView(u)
	u.overV = newOverviewView(u)
	u.unitsV = newUnitsView(u)
	u.importV = newImportView(u)
	u.exportV = newExportView(u)
	u.remindV = newRemindView(u)
	u.remindTab = container.NewTabItem("催报", u.remindV.content)
	u.overTab = container.NewTabItem("总览", u.overV.content)
	u.planTab = container.NewTabItem("台账", u.planV.content)
	u.importTab = container.NewTabItem("导入", u.importV.content)
	u.unitsTab = container.NewTabItem("单位", u.unitsV.content)
	u.exportTab = container.NewTabItem("导出/打印", u.exportV.content)
	u.tabs = container.NewAppTabs(u.overTab, u.planTab, u.remindTab, u.importTab, u.unitsTab, u.exportTab)
	u.tabs.Append(container.NewTabItem(feedbackTabName, newFeedbackView(u).content))
	u.shownTab = u.overTab
	u.tabs.OnSelected = u.tabSelected
	win.SetTitle(AppTitle + " — " + ws.Plan.Title)
	win.SetContent(container.NewBorder(nil, u.bottomBar(), nil, nil, u.tabs))
	u.addShortcuts()
	u.setStatus()
}

// startPeriod is the period the window opens on: the one last shown on
// this database, while the plan still has it; else the period
// being collected now.
func (u *UI) startPeriod() string {
	if p := u.prefs.LastPeriod(u.ws.Path(), u.ws.Plan.ID); p != "" && u.ws.Plan.HasPeriod(p) {
		return p
	}
	return u.ws.Plan.CurrentPeriod(today())
}

// rememberPeriod keeps the period shown for the next start: once its due
// date passes, the window still opens on it, with its late units.
func (u *UI) rememberPeriod() {
	u.prefs.SetLastPeriod(u.ws.Path(), u.ws.Plan.ID, u.period)
}

// changed is the one place that decides what to redraw after a write.
func (u *UI) changed(c workspace.Change) {
	switch c.Kind {
	case workspace.PlanChanged:
		u.build()
		return
	case workspace.LedgerChanged:
		if c.Period != "" && c.Period != u.period {
			u.otherPeriodChanged(c.Period)
			return
		}
	case workspace.PeriodsChanged:
		u.periodsChanged()
	}
	// Every other write can change what the views show (who owes a task,
	// a contact, a due date): the model is worked out again, once.
	u.loadModel()
	u.redraw(c.Kind == workspace.DirectoryChanged)
	if c.Kind != workspace.LedgerChanged {
		u.exportV.refreshUnits()
	}
}

// showTab brings a tab forward as if the clerk clicked it, asking about
// unsaved typing on the tab being left.
func (u *UI) showTab(t *container.TabItem) {
	if u.tabs.Selected() != t {
		u.tabs.Select(t)
	}
}

// tabSelected runs after the clerk picked a tab: leaving a form with
// unsaved typing asks first, and 取消 goes back.
func (u *UI) tabSelected(t *container.TabItem) {
	left := u.shownTab
	if t == left {
		return
	}
	var forms []pending
	switch left {
	case u.planTab:
		forms = []pending{u.planV.form}
	case u.unitsTab:
		forms = []pending{u.unitsV}
	}
	u.shownTab = t
	u.notice = "" // the bar goes back to the summary of what is shown
	u.setStatus()
	u.guard(forms, func() {
		if t == u.unitsTab {
			u.unitsV.refreshMissing()
		}
	}, func() {
		u.shownTab = left
		u.tabs.Select(left)
	})
}

// bottomBar holds the plan and period pickers beside the status line: the
// window's full height goes to the tabs.
func (u *UI) bottomBar() fyne.CanvasObject {
	left := container.NewHBox(widget.NewLabel("方案"), u.planPicker(), widget.NewLabel("报送期"), u.newPeriodPicker())
	return container.NewBorder(widget.NewSeparator(), nil, left, u.helpButton(), u.status)
}

// redraw hands the model of the shown period to every view, after a write
// or another period chosen; directory says the unit list changed.
func (u *UI) redraw(directory bool) {
	u.planV.refresh()
	u.overV.refresh()
	u.remindV.refresh()
	u.unitsV.refresh(directory)
	u.exportV.dropPreview()
	u.setStatus()
}

// addShortcuts puts the keyboard shortcuts in a main menu: the driver
// gives main-menu shortcuts first say, so Ctrl+O works while the cursor is
// in a text box. Ctrl+Z goes on the canvas instead, so that in a text box
// it still undoes typing.
func (u *UI) addShortcuts() {
	key := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	item := func(label string, k fyne.KeyName, do func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, do)
		if k != "" {
			it.Shortcut = key(k)
		}
		return it
	}
	quit := item("退出", fyne.KeyQ, u.requestClose)
	quit.IsQuit = true
	u.win.SetMainMenu(fyne.NewMainMenu(
		fyne.NewMenu("文件",
			item("导入落实情况表…", fyne.KeyO, u.importV.pickFiles),
			item("导入文件夹…", "", u.importV.pickFolder),
			fyne.NewMenuItemSeparator(),
			item("导出汇总表（Excel）…", fyne.KeyE, func() { u.exportV.saveSummary(".xlsx") }),
			item("导出 PDF…", "", func() { u.exportV.saveSummary(".pdf") }),
			item("打印", fyne.KeyP, u.exportV.print),
			item("生成工作总结（Word）…", "", u.saveReport),
			item("生成催办通知（Word）…", "", u.remindV.exportNotice),
			fyne.NewMenuItemSeparator(),
			item("导入新方案…", "", u.importPlan),
			item("备份到…", "", u.backupToFile),
			item("恢复备份…", "", u.restoreBackup),
			fyne.NewMenuItemSeparator(),
			quit),
		fyne.NewMenu("编辑",
			undoItem(item("撤销上次导入", "", u.undoImport)),
			item("管理报送期…", "", u.showPeriods),
			item("保存任务", fyne.KeyS, u.saveTask),
			item("查找任务", fyne.KeyF, u.focusSearch)),
		u.helpMenu(),
	))
	u.win.Canvas().AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.undoImport() })
}

func (u *UI) saveTask() {
	switch u.tabs.Selected() {
	case u.planTab:
		u.planV.form.save()
	case u.unitsTab:
		u.unitsV.save()
	}
}

// focusSearch is Ctrl+F from any tab: 台账 with the search box taking the
// keys. The focus is given again once the tab is drawn, as a box on a tab
// still hidden takes none; not when the clerk was asked about unsaved
// typing and stayed.
func (u *UI) focusSearch() {
	u.showTab(u.planTab)
	focus := func() {
		if u.tabs.Selected() == u.planTab {
			u.win.Canvas().Focus(u.planV.search)
		}
	}
	focus()
	fyne.Do(focus)
}

// loadModel works out the shown period once for every view. A ledger
// that cannot be read leaves an empty model, said in a dialog.
func (u *UI) loadModel() {
	m, err := u.newModel(u.period)
	if err != nil {
		u.showError(err)
		m = &viewModel{period: u.period, today: today(), states: map[int]plan.TaskState{}}
	}
	u.m = m
}

// say reports the outcome of the clerk's action in the status bar. The
// redraw that follows a write would put the period's summary back before
// the clerk could read the outcome, so it stays until the clerk moves on
// to another tab or period.
func (u *UI) say(msg string) {
	u.notice = msg
	u.status.SetText(msg)
}

// setStatus shows the last outcome, or else the shown period's summary.
func (u *UI) setStatus() {
	if u.notice != "" {
		u.status.SetText(u.notice)
		return
	}
	due := u.overdueText()
	if due != "" {
		due = "（" + due + "）"
	}
	// The 总览's own figures, so the two never disagree: a return on a task
	// the unit does not owe is kept but not counted as owed.
	d := u.m.overview
	extra := ""
	if len(d.Extra) > 0 {
		extra = fmt.Sprintf("（另有%s %d 条）", plan.ExtraWord, len(d.Extra))
	}
	// The period first, as where imported files go: the rest may be cut
	// at the window's right edge.
	u.status.SetText(fmt.Sprintf("导入到“%s”%s · %d 个单位已报送 %d/%d 条%s · %d 项任务 · 数据库：%s",
		u.period, due, d.UnitsReported, d.Returned, d.Owed, extra, len(u.ws.Plan.Tasks), u.ws.Path()))
}

func (u *UI) undoImport() {
	info, err := u.ws.LastImport()
	if err != nil {
		dialog.ShowInformation("撤销上次导入", "没有可以撤销的导入。", u.win)
		return
	}
	msg := fmt.Sprintf("撤销 %s 导入的 %d 个文件？\n%s", info.At.Format(timeLayout), len(info.Files), listShort(info.Files, 8))
	confirm(u.win, "撤销上次导入", msg, "撤销导入", func() { u.undoImportOf(info) })
}

// timeLayout is how the window writes a moment: 2018-12-20 14:03.
const timeLayout = "2006-01-02 15:04"

// confirm asks before an action, with the action's own name on the button
// (撤销导入 / 取消) rather than 是 / 否.
func confirm(win fyne.Window, title, msg, action string, do func()) {
	l := widgets.NewText(msg)
	d := dialog.NewCustomConfirm(title, action, "取消", l, func(ok bool) {
		if ok {
			do()
		}
	}, win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}

// undoImportNow undoes the last import without asking.
func (u *UI) undoImportNow() { u.undoImportOf(workspace.ImportInfo{}) }

// undoImportOf undoes the import the clerk was shown, and nothing else:
// not one that came after it, not one still being written.
func (u *UI) undoImportOf(shown workspace.ImportInfo) {
	info, err := u.ws.UndoImportOf(shown)
	if err != nil {
		u.showError(err)
		return
	}
	u.importV.undoneImport(info.ID)
	u.say("已撤销上次导入（" + fmt.Sprint(len(info.Files)) + " 个文件）。")
}

// planPicker lists the stored plans; choosing one shows it.
func (u *UI) planPicker() fyne.CanvasObject {
	list, err := u.ws.Plans()
	if err != nil {
		return widget.NewLabel(u.ws.Plan.Title)
	}
	titles, ids := planLabels(list)
	current := labelOf(ids, u.ws.Plan.ID)
	pick := widget.NewSelect(titles, nil)
	pick.SetSelected(current)
	pick.OnChanged = func(title string) {
		if id := ids[title]; id != "" && id != u.ws.Plan.ID {
			u.switchPlan(func() error { return u.ws.SwitchPlan(id) }, func() { pick.SetSelected(current) })
		}
	}
	return pick
}

// switchPlan changes the current plan once no edit is left unsaved; the
// change rebuilds the window.
func (u *UI) switchPlan(change func() error, cancelled func()) {
	u.guard(u.allForms(), func() {
		if err := change(); err != nil {
			u.showError(err)
		}
	}, cancelled)
}

// planExts are the files a plan is read from: the Word document it
// arrives as, its text, or the office's master sheet.
var planExts = []string{".docx", ".doc", ".txt", ".xlsx", ".xls", ".csv"}

// importPlan reads next year's plan from its Word document, its text or
// the office's master sheet, stores it and shows it.
func (u *UI) importPlan() {
	native.OpenFilesOf(u.win, "选择分工方案（Word、文本或总表 Excel）", u.prefs.LastDir("plan"), "分工方案", planExts, func(paths []string, err error) {
		if err != nil || len(paths) == 0 {
			return
		}
		u.prefs.SetLastDir("plan", filepath.Dir(paths[0]))
		u.planPicked(paths[0])
	})
}

// planPicked reads the chosen plan file and asks before storing it.
func (u *UI) planPicked(path string) {
	p, err := workspace.ReadPlanFile(path)
	if err != nil {
		u.showError(err)
		return
	}
	// One fact a line: the window wraps at spaces, which would strand the
	// figures on lines of their own.
	msg := fmt.Sprintf("导入《%s》？\n共 %d 个部分、%d 项任务。\n导入后将显示新方案，原方案及其台账保留，可在“方案”中切换。", p.Title, len(p.Sections), len(p.Tasks))
	confirm(u.win, "导入新方案", msg, "导入方案", func() {
		u.switchPlan(func() error { return u.ws.AddPlan(p) }, nil)
	})
}

// Version is the program's version, set from FyneApp.toml by main.
var Version = "0.1.0"

func (u *UI) showError(err error) {
	dialog.ShowError(err, u.win)
}

func listShort(items []string, n int) string {
	s := ""
	for i, it := range items {
		if i == n {
			return s + fmt.Sprintf("……等 %d 个", len(items))
		}
		s += "《" + it + "》\n"
	}
	return s
}

// ShowFatal fills the window with an error the program cannot work past,
// such as a database another program holds.
func ShowFatal(win fyne.Window, err error) {
	l := widget.NewLabel(err.Error())
	l.Wrapping = fyne.TextWrapWord
	win.SetContent(container.NewPadded(container.NewBorder(
		widget.NewLabelWithStyle("无法打开台账", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewHBox(widget.NewButton("退出", win.Close)), nil, nil, l)))
	win.Resize(fyne.NewSize(600, 240))
}
