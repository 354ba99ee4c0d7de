package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/widgets"
)

// unitsView is the 单位 tab: the directory (units with full names and
// aliases, collectives with their members) and who has not reported.
type unitsView struct {
	ui      *UI
	content fyne.CanvasObject
	list    *widgets.RowTable
	// rows are the directory's units then its collectives.
	sel          int
	name         *widget.Label
	full         *widget.Entry
	aliases      *widget.Entry
	kind         *widget.Select
	members      *memberChecks
	formBox      *fyne.Container
	editorScroll *container.Scroll
	saveBtn      *widget.Button // off until a unit is picked: it would save nothing
	missing      *widgets.RowTable
	progress     []plan.UnitProgress
	detail       *widgets.Text
	// loaded is the editor's content as stored, to tell unsaved typing.
	loaded string
	// contact edits the unit's 联系人, 联系电话 and 备注, stored apart from
	// the directory.
	contact   *contactFields
	loadedDir string
	overdue   int // days the shown period is past due, for the 催报 list
}

func newUnitsView(u *UI) *unitsView {
	v := &unitsView{ui: u, sel: -1}
	v.list = widgets.NewRowTable([]string{"简称", "类别", "全称 / 成员"}, []float32{170, 60, 260},
		v.count, v.cell)
	v.list.OnRowSelected = v.pickRow
	// The name is shown, not edited: returns are filed under it, so a unit
	// is renamed through its aliases. A label, not a greyed-out box.
	v.name = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.full, v.aliases = widget.NewEntry(), widget.NewEntry()
	v.aliases.SetPlaceHolder("多个别名用顿号或逗号分开")
	v.kind = widget.NewSelect([]string{plan.KindDepartment, plan.KindTown, plan.KindOther}, nil)
	v.contact = newContactFields()
	v.members = newMemberChecks()
	hint := widgets.NewText("点选左侧的单位或集合，在此修改全称、别名、类别、联系人或集合的成员。")
	v.formBox = container.NewVBox(hint)
	save := widget.NewButton("保存单位", func() { v.save() })
	save.Importance = widget.HighImportance
	save.Disable()
	v.saveBtn = save
	add := widget.NewButton("新增单位", v.addUnit)
	left := container.NewBorder(nil, container.NewHBox(add), nil, nil, v.list)
	v.editorScroll = container.NewVScroll(v.formBox)
	editor := container.NewBorder(nil, container.NewHBox(save), nil, nil, v.editorScroll)
	v.missing = widgets.NewRowTable([]string{"单位", "应报项数", "已报项数", "逾期", "未报事项"}, []float32{150, 80, 80, 90, 400},
		func() int { return len(v.progress) }, v.missingCell)
	v.missing.OnRowSelected = v.showMissing
	v.detail = widgets.NewText(missingHint)
	missingBox := container.NewBorder(widget.NewLabelWithStyle("未报送（催报名单）", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil,
		u.split("units.missing", true, 0.62, v.missing, container.NewVScroll(v.detail)))
	top := u.split("units.editor", true, 0.5, left, editor)
	v.content = u.split("units", false, 0.6, top, missingBox)
	v.fitNames()
	v.refreshMissing()
	return v
}

// fitNames widens the 简称 column to the longest name (within reason),
// so a name such as 市公共资源交易中心翁源分中心 reads whole.
func (v *unitsView) fitNames() {
	w := float32(170)
	for i := 0; i < v.count(); i++ {
		w = max(w, widgets.CellWidth(v.cell(i, 0), false))
	}
	v.list.SetWidth(0, min(w, 280))
}

// refresh follows a change: the directory list when it changed, and the
// 催报 list always.
func (v *unitsView) refresh(directory bool) {
	if directory {
		v.fitNames()
		v.list.Refresh()
	}
	v.reloadContact()
	v.refreshMissing()
}

// showMissing shows a unit's missing tasks whole: the table cuts them.
func (v *unitsView) showMissing(row int) {
	p := v.progress[row]
	var b strings.Builder
	fmt.Fprintf(&b, "%s：应报 %d 项，已报 %d 项，未报 %d 项：\n", p.Unit, len(p.Owed), len(p.Reported), len(p.Missing))
	writeTasks(&b, v.ui.ws.Plan, p.Missing)
	v.detail.SetText(b.String())
}

// pickRow shows the unit clicked, asking first about unsaved typing in
// the editor; 取消 keeps the old unit selected.
func (v *unitsView) pickRow(row int) {
	if row == v.sel {
		return
	}
	old := v.sel
	v.ui.guard([]pending{v}, func() { v.pick(row) }, func() { v.list.Select(old) })
}

// editorText is the editor's content, to compare with what was loaded.
func (v *unitsView) editorText() string { return v.dirText() + "\x00" + v.contact.text() }

// dirText is the part of the editor stored in the directory.
func (v *unitsView) dirText() string {
	return strings.Join([]string{v.full.Text, v.aliases.Text, v.kind.Selected, strings.Join(v.members.Selected(), "、")}, "\x00")
}

// unsaved names the unit when the editor differs from what is stored.
func (v *unitsView) unsaved() string {
	if v.sel < 0 || v.editorText() == v.loaded {
		return ""
	}
	return "单位“" + v.name.Text + "”"
}

// discard puts the stored unit back in the editor.
func (v *unitsView) discard() {
	if v.sel >= 0 {
		v.pick(v.sel)
	}
}

func (v *unitsView) dir() *plan.Directory { return v.ui.ws.Dir }

func (v *unitsView) count() int { return len(v.dir().Units) + len(v.dir().Collectives) }

func (v *unitsView) cell(row, col int) string {
	d := v.dir()
	if row < len(d.Units) {
		u := d.Units[row]
		return []string{u.Name, u.Kind, u.FullName}[col]
	}
	c := d.Collectives[row-len(d.Units)]
	return []string{c.Name, "集合", fmt.Sprintf("%d 个单位：%s", len(c.Members), strings.Join(c.Members, "、"))}[col]
}

// pick shows a unit's or collective's editor.
func (v *unitsView) pick(row int) {
	v.sel = row
	v.list.Select(row)
	v.saveBtn.Enable()
	defer func() { v.loaded, v.loadedDir = v.editorText(), v.dirText() }()
	d := v.dir()
	if row < len(d.Units) {
		u := d.Units[row]
		v.name.SetText(u.Name)
		v.full.SetText(u.FullName)
		v.aliases.SetText(strings.Join(u.Aliases, "、"))
		v.kind.SetSelected(u.Kind)
		v.members.SetSelected(nil)
		v.contact.show(v.contactOf(u.Name))
		items := []*widget.FormItem{widget.NewFormItem("简称", v.name), widget.NewFormItem("全称", v.full),
			widget.NewFormItem("别名", v.aliases), widget.NewFormItem("类别", v.kind)}
		v.formBox.Objects = []fyne.CanvasObject{widget.NewForm(append(items, v.contact.items()...)...)}
	} else {
		c := d.Collectives[row-len(d.Units)]
		v.name.SetText(c.Name)
		v.aliases.SetText(strings.Join(c.Aliases, "、"))
		v.full.SetText("")
		v.kind.ClearSelected()
		v.members.SetOptions(d.Names())
		v.members.SetSelected(c.Members)
		v.contact.show(plan.Contact{})
		v.formBox.Objects = []fyne.CanvasObject{widget.NewForm(
			widget.NewFormItem("集合名称", v.name), widget.NewFormItem("别名", v.aliases),
			widget.NewFormItem("成员", v.members.box))}
	}
	v.formBox.Refresh()
}

func (v *unitsView) addUnit() {
	name := widget.NewEntry()
	name.SetPlaceHolder("如：县审计局")
	dialog.ShowForm("新增单位", "新增", "取消", []*widget.FormItem{widget.NewFormItem("简称", name)}, func(ok bool) {
		n := plan.CleanName(name.Text)
		if !ok || n == "" {
			return
		}
		if _, _, known := v.dir().Resolve(n); known {
			dialog.ShowInformation("新增单位", "“"+n+"”已在单位名录中。", v.ui.win)
			return
		}
		d := *v.dir()
		d.Units = append(append([]plan.Unit{}, d.Units...), plan.Unit{Name: n, Kind: plan.KindDepartment})
		if v.store(&d, "已新增单位"+n+"。") {
			v.pick(len(d.Units) - 1)
		}
	}, v.ui.win)
}

// save writes the edited unit or collective: the whole directory in one
// transaction. It reports whether the edit is now stored.
func (v *unitsView) save() bool {
	if v.sel < 0 {
		return true
	}
	d := *v.dir()
	d.Units = append([]plan.Unit{}, d.Units...)
	d.Collectives = append([]plan.Collective{}, d.Collectives...)
	aliases := splitList(v.aliases.Text)
	if v.sel < len(d.Units) && !v.saveContact(d.Units[v.sel].Name) {
		return false
	}
	if v.dirText() == v.loadedDir {
		v.loaded = v.editorText()
		v.ui.say("单位“" + v.name.Text + "”已保存。")
		return true
	}
	if v.sel < len(d.Units) {
		u := &d.Units[v.sel]
		u.FullName, u.Aliases, u.Kind = strings.TrimSpace(v.full.Text), aliases, v.kind.Selected
	} else {
		c := &d.Collectives[v.sel-len(d.Units)]
		c.Aliases, c.Members = aliases, v.members.Selected()
	}
	if !v.store(&d, "单位名录已保存。") {
		return false
	}
	v.loaded, v.loadedDir = v.editorText(), v.dirText()
	return true
}

func (v *unitsView) store(d *plan.Directory, done string) bool {
	if err := v.ui.ws.SaveDirectory(d); err != nil {
		v.ui.showError(err)
		return false
	}
	v.ui.say(done)
	return true
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("、，,；; \n", r) }) {
		if p = plan.CleanName(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// missingHint stands where a unit's missing tasks show until one is chosen.
const missingHint = "点选一行，在此查看该单位未报的全部事项。"

// refreshMissing shows the 催报 list again: the units the 总览 counts as
// behind, which it works out from the ledger before this runs.
func (v *unitsView) refreshMissing() {
	v.progress = v.ui.m.overview.Behind
	v.overdue = v.ui.m.overdue
	v.missing.Reset()
	v.detail.SetText(missingHint)
}

func (v *unitsView) missingCell(row, col int) string {
	p := v.progress[row]
	switch col {
	case 0:
		return p.Unit
	case 1:
		return strconv.Itoa(len(p.Owed))
	case 2:
		return strconv.Itoa(len(p.Reported))
	case 3:
		if v.overdue > 0 {
			return "逾期 " + strconv.Itoa(v.overdue) + " 天"
		}
		return ""
	}
	return plan.FormatRanges(p.Missing)
}
