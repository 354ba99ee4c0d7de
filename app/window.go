// Package app is the window: thin views over the workspace, which does the
// work. Every view updates its widgets on the UI goroutine; long work runs
// in goroutines that hand results back through fyne.Do.
package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/app/workspace"
)

// UI is the main window's state.
type UI struct {
	app    fyne.App
	win    fyne.Window
	ws     *workspace.Workspace
	period string
	// returns is the ledger of the shown period, reloaded after each import.
	returns []plan.Return

	tabs    *container.AppTabs
	planV   *planView
	unitsV  *unitsView
	importV *importView
	status  *widget.Label
}

// AppTitle is the program's name as the clerk sees it.
const AppTitle = "政务公开分工台账"

// NewUI builds the window's content over an open workspace.
func NewUI(a fyne.App, win fyne.Window, ws *workspace.Workspace) *UI {
	u := &UI{app: a, win: win, ws: ws, period: ws.Plan.DefaultPeriod(), status: widget.NewLabel("")}
	u.loadReturns()
	u.planV = newPlanView(u)
	u.unitsV = newUnitsView(u)
	u.importV = newImportView(u)
	u.tabs = container.NewAppTabs(
		container.NewTabItem("台账", u.planV.content),
		container.NewTabItem("导入", u.importV.content),
		container.NewTabItem("单位", u.unitsV.content),
	)
	for _, t := range u.extraTabs() {
		u.tabs.Append(t)
	}
	u.tabs.OnSelected = func(t *container.TabItem) {
		if t.Content == u.unitsV.content {
			u.unitsV.refreshMissing()
		}
	}
	win.SetTitle(AppTitle + " — " + ws.Plan.Title)
	win.SetContent(container.NewBorder(u.toolbar(), u.status, nil, nil, u.tabs))
	u.addShortcuts()
	win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		var paths []string
		for _, uri := range uris {
			paths = append(paths, uri.Path())
		}
		u.tabs.Select(u.tabs.Items[1])
		u.importV.read(paths)
	})
	u.setStatus()
	return u
}

func (u *UI) toolbar() fyne.CanvasObject {
	periods := widget.NewSelect(u.ws.Plan.Periods, func(p string) {
		if p != u.period {
			u.period = p
			u.refreshLedger()
		}
	})
	periods.SetSelected(u.period)
	return container.NewHBox(
		widget.NewButton("导入…", u.importV.pickFiles),
		widget.NewButton("撤销上次导入", u.undoImport),
		widget.NewSeparator(),
		widget.NewLabel("报送期："), periods,
	)
}

func (u *UI) addShortcuts() {
	c := u.win.Canvas()
	add := func(key fyne.KeyName, do func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { do() })
	}
	add(fyne.KeyO, u.importV.pickFiles)
	add(fyne.KeyF, func() {
		u.tabs.Select(u.tabs.Items[0])
		c.Focus(u.planV.search)
	})
	add(fyne.KeyZ, u.undoImport)
	add(fyne.KeyS, func() {
		if u.tabs.Selected().Content == u.planV.content {
			u.planV.form.save()
		}
	})
	for key, do := range u.extraShortcuts() {
		add(key, do)
	}
}

// loadReturns reads the ledger of the shown period.
func (u *UI) loadReturns() {
	rets, err := u.ws.Store.Returns(u.ws.Plan.ID, u.period)
	if err != nil {
		u.showError(err)
		return
	}
	u.returns = rets
}

// refreshLedger reloads the ledger and redraws every view that shows it.
func (u *UI) refreshLedger() {
	u.loadReturns()
	u.planV.refresh()
	u.unitsV.refreshMissing()
	u.setStatus()
}

func (u *UI) setStatus() {
	units := map[string]bool{}
	for _, r := range u.returns {
		units[r.Unit] = true
	}
	u.status.SetText(fmt.Sprintf("%s · %s：%d 项任务，%d 个单位已报送 %d 条 · 数据库：%s",
		u.ws.Plan.Title, u.period, len(u.ws.Plan.Tasks), len(units), len(u.returns), u.ws.Store.Path()))
}

func (u *UI) undoImport() {
	info, err := u.ws.Store.LastImport()
	if err != nil {
		dialog.ShowInformation("撤销上次导入", "没有可以撤销的导入。", u.win)
		return
	}
	msg := fmt.Sprintf("撤销 %s 导入的 %d 个文件？\n%s", info.At.Format("1月2日 15:04"), len(info.Files), listShort(info.Files, 8))
	dialog.ShowConfirm("撤销上次导入", msg, func(ok bool) {
		if !ok {
			return
		}
		if _, err := u.ws.Store.UndoLastImport(); err != nil {
			u.showError(err)
			return
		}
		u.refreshLedger()
		u.status.SetText("已撤销上次导入（" + fmt.Sprint(len(info.Files)) + " 个文件）。")
	}, u.win)
}

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
	win.SetContent(container.NewPadded(container.NewVBox(
		widget.NewLabelWithStyle("无法打开台账", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), l,
		widget.NewButton("退出", win.Close))))
	win.Resize(fyne.NewSize(560, 220))
}
