package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// importView is the 导入 tab: pick or drop returns, watch them being read,
// check the preview, then apply.
type importView struct {
	ui       *UI
	content  fyne.CanvasObject
	bar      *widget.ProgressBar
	cancel   *widget.Button
	apply    *widget.Button
	hint     *widgets.Text
	table    *widgets.RowTable
	detail   *widgets.Text
	unitPick *widget.Select

	results  []*workspace.FileRead
	outcomes map[*workspace.FileRead]workspace.FileOutcome
	period   string // the period the files go into
	applied  bool
	undone   bool   // the batch was applied, then undone
	batch    uint64 // the import record the batch was written under
	stop     context.CancelFunc
	sel      int
	// afterPreview and afterApply, when set, are told that the background
	// work finished and its results are on screen (tests wait on them).
	afterPreview, afterApply func()
}

var importHeaders = []string{"文件", "报送单位", "单位来源", "项数", "新增", "更新", "未变", "未匹配", "结果"}

func newImportView(u *UI) *importView {
	v := &importView{ui: u, sel: -1, outcomes: map[*workspace.FileRead]workspace.FileOutcome{}}
	v.bar = widget.NewProgressBar()
	v.bar.Hide()
	v.cancel = widget.NewButton("取消", func() {
		if v.stop != nil {
			v.stop()
		}
	})
	v.cancel.Hide()
	v.apply = widget.NewButton("确认导入", v.applyAll)
	v.apply.Importance = widget.HighImportance
	v.apply.Disable()
	v.hint = widgets.NewText("把落实情况表拖到窗口上，或点“选择文件”“选择文件夹”（Ctrl+O）。支持 .xlsx、.xls、.csv。")
	v.table = widgets.NewRowTable(importHeaders, []float32{260, 110, 80, 50, 50, 50, 50, 70, 330},
		func() int { return len(v.results) }, v.cell)
	v.table.OnRowSelected = v.showDetail
	v.detail = widgets.NewText(detailHint)
	v.unitPick = widget.NewSelect(nil, v.changeUnit)
	v.unitPick.PlaceHolder = "更改报送单位…"
	v.unitPick.Hide()
	buttons := container.NewHBox(
		widget.NewButton("选择文件…", v.pickFiles),
		widget.NewButton("选择文件夹…", v.pickFolder),
		v.apply,
		widget.NewButton("撤销上次导入", u.undoImport),
	)
	top := container.NewVBox(buttons, v.hint, container.NewBorder(nil, nil, nil, v.cancel, v.bar))
	bottom := container.NewBorder(nil, nil, nil, v.unitPick, container.NewVScroll(v.detail))
	v.content = container.NewBorder(top, nil, nil, nil, u.split("import", false, 0.6, v.table, bottom))
	return v
}

// returnExts are the files a folder import picks up.
var returnExts = map[string]bool{".xlsx": true, ".xls": true, ".csv": true, ".xlsm": true, ".et": true}

// expand replaces folders by the spreadsheets inside them.
func expand(paths []string) []string {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil || !st.IsDir() {
			out = append(out, p)
			continue
		}
		filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && returnExts[strings.ToLower(filepath.Ext(path))] && !strings.HasPrefix(d.Name(), "~$") {
				out = append(out, path)
			}
			return nil
		})
	}
	return out
}

// read reads files off the UI goroutine with a progress bar, then previews.
func (v *importView) read(paths []string) {
	paths = expand(paths)
	if len(paths) == 0 {
		v.hint.SetText("没有找到可导入的表格文件。")
		return
	}
	if v.stop != nil {
		v.stop() // a newer pick replaces a read still running
	}
	ctx, stop := context.WithCancel(context.Background())
	v.stop = stop
	v.results, v.outcomes, v.applied, v.undone, v.sel = nil, map[*workspace.FileRead]workspace.FileOutcome{}, false, false, -1
	v.clearDetail()
	v.table.Reset()
	v.apply.Disable()
	v.bar.SetValue(0)
	v.bar.Show()
	v.cancel.Show()
	v.hint.SetText(fmt.Sprintf("正在读取 %d 个文件……", len(paths)))
	ws, period := v.ui.ws, v.ui.period
	v.period = period
	go func() {
		kept, outcomes, err := ws.Preview(ctx, paths, period, "", func(done, total int) {
			fyne.Do(func() { v.bar.SetValue(float64(done) / float64(total)) })
		})
		cancelled := ctx.Err() != nil
		fyne.Do(func() {
			if ctx.Err() != nil && !cancelled {
				return // replaced by a newer read
			}
			v.showPreview(kept, outcomes, err, cancelled, len(paths))
		})
	}()
}

func (v *importView) showPreview(results []*workspace.FileRead, outcomes []workspace.FileOutcome, err error, cancelled bool, asked int) {
	v.bar.Hide()
	v.cancel.Hide()
	v.stop = nil
	if err != nil {
		v.ui.showError(err)
		return
	}
	v.results = results
	v.setOutcomes(outcomes)
	v.clearDetail()
	v.table.Reset()
	ok, refused, unsure := v.counts()
	msg := intoPeriod(v.period, v.ui.ws.Plan.DueDate(v.period)) + fmt.Sprintf("预览：%d 份落实情况可导入，%d 份拒收。", ok, refused)
	if unsure > 0 {
		msg += fmt.Sprintf("有 %d 个文件的报送单位需要确认（点该行，在右下角选择单位）。", unsure)
	}
	if cancelled {
		msg = fmt.Sprintf("已取消：只读取了 %d / %d 个文件。", len(results), asked) + msg
	}
	switch {
	case ok > 0 && v.changing() == 0:
		msg += "这些文件的内容均已在台账中，导入不会改变报送记录。"
		v.apply.Enable()
	case ok > 0:
		msg += "确认无误后点“确认导入”。"
		v.apply.Enable()
	default:
		msg += "没有可导入的文件：点选各行查看拒收原因。"
	}
	v.hint.SetText(msg)
	if v.afterPreview != nil {
		v.afterPreview()
	}
}

// changing counts the accepted files that would add or change a return.
func (v *importView) changing() int {
	n := 0
	for _, r := range v.results {
		o, has := v.outcomes[r]
		if has && !o.AlreadyImported && o.Count[plan.New]+o.Count[plan.Updated]+o.Count[plan.Older] > 0 {
			n++
		}
	}
	return n
}

// setOutcomes pairs outcomes (accepted files only, in order) with files.
func (v *importView) setOutcomes(outcomes []workspace.FileOutcome) {
	v.outcomes = map[*workspace.FileRead]workspace.FileOutcome{}
	k := 0
	for _, r := range v.results {
		if r.Err == nil && k < len(outcomes) {
			v.outcomes[r] = outcomes[k]
			k++
		}
	}
}

func (v *importView) counts() (ok, refused, unsure int) {
	for _, r := range v.results {
		switch {
		case r.Err != nil:
			refused++
		default:
			ok++
		}
		if r.NeedsUnit || (r.Err == nil && !r.UnitSure) {
			unsure++
		}
	}
	return
}

func (v *importView) cell(row, col int) string {
	r := v.results[row]
	o, has := v.outcomes[r]
	n := func(c plan.Change) string { return fmt.Sprint(o.Count[c]) }
	switch col {
	case 0:
		return r.Name
	case 1:
		if r.Unit != "" && !r.UnitSure {
			return r.Unit + "？"
		}
		return r.Unit
	case 2:
		return r.UnitSource
	case 3:
		return fmt.Sprint(len(r.Returns))
	case 4, 5, 6:
		if !has {
			return ""
		}
		if o.AlreadyImported {
			return map[int]string{4: "0", 5: "0", 6: fmt.Sprint(len(r.Returns))}[col]
		}
		return n([]plan.Change{plan.New, plan.Updated, plan.Unchanged}[col-4])
	case 7:
		if len(r.Unmatched) == 0 {
			return ""
		}
		return fmt.Sprint(len(r.Unmatched))
	}
	return v.verdict(r, o, has)
}

// verdict is the file's one-line result, before or after applying.
func (v *importView) verdict(r *workspace.FileRead, o workspace.FileOutcome, has bool) string {
	switch {
	case r.Err != nil:
		return "拒收：" + r.RefusalText()
	case v.undone:
		return "已撤销导入"
	case o.AlreadyImported:
		return "未变：与已导入的《" + o.FirstName + "》相同"
	case has && o.Count[plan.New]+o.Count[plan.Updated]+o.Count[plan.Older] == 0:
		return "未变：各项均已在台账中"
	case v.applied:
		return "已导入"
	case len(r.Warnings) > 0:
		return "可导入（有 " + fmt.Sprint(len(r.Warnings)) + " 条提示）"
	}
	return "可导入"
}

// detailHint is the detail pane before a row is picked.
const detailHint = "点选上面的一行，在此查看该文件的全部结果。"

// clearDetail empties the detail pane for a new batch: it must never show
// a file of an earlier one.
func (v *importView) clearDetail() {
	v.sel = -1
	v.detail.SetText(detailHint)
	v.unitPick.Hide()
}

func (v *importView) showDetail(row int) {
	v.sel = row
	r := v.results[row]
	o, has := v.outcomes[r]
	var b strings.Builder
	b.WriteString("结果：" + v.verdict(r, o, has) + "\n")
	// Where the table was found; a refused file has nothing to add to the
	// name its refusal already gives.
	if r.Err == nil || r.Sheet != "" || r.UnitRaw != "" {
		fmt.Fprintf(&b, "《%s》", r.Name)
		if r.Sheet != "" {
			fmt.Fprintf(&b, " 工作表“%s”", r.Sheet)
		}
		if r.UnitRaw != "" {
			fmt.Fprintf(&b, "，填报单位写作“%s”", r.UnitRaw)
		}
		if r.Date != "" {
			fmt.Fprintf(&b, "，填报日期 %s", r.Date)
		}
		b.WriteString("\n")
	}
	if len(r.Returns) > 0 {
		b.WriteString(matchedText(r, o))
	}
	if r.Skipped > 0 {
		fmt.Fprintf(&b, "不涉及或未填的行：%d\n", r.Skipped)
	}
	for _, u := range r.Unmatched {
		fmt.Fprintf(&b, "未匹配到任务的第 %d 行：%s\n", u.Line, u.Text)
	}
	for _, w := range r.Warnings {
		b.WriteString("提示：" + w + "\n")
	}
	v.detail.SetText(b.String())
	if !v.applied && (r.Err == nil || r.NeedsUnit) {
		v.unitPick.Options = v.ui.ws.Dir.Names()
		v.unitPick.ClearSelected()
		v.unitPick.Show()
	} else {
		v.unitPick.Hide()
	}
}

// changeUnit is the clerk's answer when the program was unsure of the unit.
func (v *importView) changeUnit(unit string) {
	if unit == "" || v.sel < 0 || v.applied {
		return
	}
	v.ui.ws.SetUnit(v.results[v.sel], unit)
	v.repreview()
	v.showDetail(v.sel)
}

func (v *importView) repreview() {
	outcomes, err := v.ui.ws.Outcomes(v.results)
	if err != nil {
		v.ui.showError(err)
		return
	}
	v.setOutcomes(outcomes)
	v.table.Refresh()
	if ok, _, _ := v.counts(); ok > 0 {
		v.apply.Enable()
	}
}

// applyAll writes the previewed files, off the UI goroutine.
func (v *importView) applyAll() {
	if len(v.results) == 0 || v.applied {
		return
	}
	v.apply.Disable()
	v.bar.Show()
	v.bar.SetValue(0.5)
	v.hint.SetText("正在写入台账……")
	results := v.results
	ws := v.ui.ws
	go func() {
		outcomes, info, err := ws.Import(results)
		fyne.Do(func() {
			v.batch = info.ID
			v.bar.Hide()
			if err != nil {
				v.ui.showError(err)
				v.apply.Enable()
				return
			}
			v.applied = true
			v.setOutcomes(outcomes)
			v.table.Refresh()
			if v.sel >= 0 {
				v.showDetail(v.sel) // its result is now 已导入
			}
			ok, refused, _ := v.counts()
			v.hint.SetText(fmt.Sprintf("导入完成：%d 个文件已处理，%d 个拒收。可用“撤销上次导入”（Ctrl+Z）撤回。", ok, refused))
			if v.afterApply != nil {
				v.afterApply()
			}
		})
	}()
}

// intoPeriod names the period files go into, and says when its due date
// has passed: a late return is still welcome, but the clerk should know
// which period it lands in.
func intoPeriod(period, due string) string {
	s := "导入到报送期“" + period + "”"
	if due != "" {
		if days := plan.DaysOverdue(due, today()); days > 0 {
			return s + fmt.Sprintf("（已过截止日期 %s %d 天，仍可导入）。", due, days)
		}
	}
	return s + "。"
}

// undoneImport follows an undone import: when it was the batch shown, its
// rows say so and the batch cannot be applied again from the old preview.
func (v *importView) undoneImport(id uint64) {
	if !v.applied || id != v.batch {
		return
	}
	v.applied, v.undone = false, true
	v.apply.Disable()
	v.table.Refresh()
	if v.sel >= 0 {
		v.showDetail(v.sel)
	}
	v.hint.SetText("已撤销这批导入，台账已回到导入前。要重新导入，请再次选择文件。")
}

// matchedText lists the tasks a file matched as ranges (2–4、8), then which
// of them it adds or changes, one line each, so the list reads at a glance.
func matchedText(r *workspace.FileRead, o workspace.FileOutcome) string {
	var all []int
	by := map[plan.Change][]int{}
	for _, ret := range r.Returns {
		all = append(all, ret.Task)
		if ch, ok := o.Changes[ret.Task]; ok && ch != plan.Unchanged {
			by[ch] = append(by[ch], ret.Task)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "匹配到 %d 项任务：%s\n", len(all), plan.FormatRanges(all))
	for _, ch := range []plan.Change{plan.New, plan.Updated, plan.Older} {
		if nos := by[ch]; len(nos) > 0 {
			fmt.Fprintf(&b, "%s %d 项：%s\n", ch, len(nos), plan.FormatRanges(nos))
		}
	}
	return b.String()
}
