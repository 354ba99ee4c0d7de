package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/feedback"
	"taizhang/app/native"
	"taizhang/app/plan"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// feedbackView is the 征求意见 tab: the units' comments on the draft plan
// by task, filtered by kind and unit, the clerk's decision on each with
// what accepting it does, the units not yet replied, and publishing.
type feedbackView struct {
	ui                       *UI
	content                  fyne.CanvasObject
	head                     *widgets.Text
	table                    *widgets.RowTable
	kindSel, unitSel, decSel *widget.Select
	all                      []feedback.Comment // every comment, by task
	shown                    []feedback.Comment // those the filters let through
	silent                   []workspace.SilentUnit
	round                    *plan.Plan // the draft, nil when there is none
	editing                  bool       // decisions can still change (the draft is current)
	// The selected comment's pane.
	detail   *widgets.Text
	decision *widget.RadioGroup
	reason   *widget.Entry
	// newUnits and newText are what the task says once the comment is
	// accepted: worked out, and the clerk's to change for 部分采纳.
	newUnits, newText *widget.Entry
	wording           *fyne.Container
	proposed          feedback.Change // what the entries were filled with
	markDraft         *widget.Button
	saveBtn           *widget.Button
	silentL           *widgets.Text
	jobs              *background
	// afterRun, when set, is told that a background job has reported (tests).
	afterRun func()
	actions  []*widget.Button // disabled without a draft
}

const allChoice = "全部"

// feedbackTabName is the tab's title.
const feedbackTabName = "征求意见"

var feedbackHeaders = []string{"编号", "条目", "单位", "类型", "意见内容", "处理"}

func newFeedbackView(u *UI) *feedbackView {
	v := &feedbackView{ui: u, jobs: newBackground()}
	v.head = widgets.NewText("")
	v.table = widgets.NewRowTable(feedbackHeaders, []float32{44, 60, 110, 150, 390, 80},
		func() int { return len(v.shown) }, v.cell)
	v.table.OnRowSelected = v.showComment
	v.kindSel = widget.NewSelect(append([]string{allChoice}, feedback.Kinds...), func(string) { v.filter() })
	v.unitSel = widget.NewSelect([]string{allChoice}, func(string) { v.filter() })
	v.decSel = widget.NewSelect([]string{allChoice, "未处理", feedback.Accept, feedback.Partial, feedback.Reject}, func(string) { v.filter() })
	// Set without the callbacks: the rest of the view is not built yet.
	v.kindSel.Selected, v.unitSel.Selected, v.decSel.Selected = allChoice, allChoice, allChoice
	filters := container.NewHBox(widget.NewLabel("类型"), v.kindSel, widget.NewLabel("单位"), v.unitSel, widget.NewLabel("处理"), v.decSel)
	formsBtn := widget.NewButton("生成反馈表…", v.makeForms)
	importBtn := widget.NewButton("导入反馈…", v.pickReplies)
	importBtn.Importance = widget.HighImportance
	undoBtn := widget.NewButton("撤销上次导入", v.undo)
	publishBtn := widget.NewButton("正式印发…", v.publish)
	diffBtn := widget.NewButton("版本比较", v.showDiff)
	tableBtn := widget.NewButton("采纳情况表…", v.exportTable)
	v.actions = []*widget.Button{formsBtn, importBtn, undoBtn, publishBtn}
	v.markDraft = widget.NewButton("将当前方案标为征求意见稿", v.setDraft)
	v.markDraft.Hide()
	bar := container.NewHBox(formsBtn, importBtn, undoBtn, widget.NewSeparator(), publishBtn, diffBtn, tableBtn, v.markDraft)
	left := container.NewBorder(container.NewVBox(v.head, bar, filters, v.jobs.bar), nil, nil, nil, v.table)

	v.detail = widgets.NewText("点选一条意见，查看全文及采纳后的效果。")
	v.decision = widget.NewRadioGroup(feedback.Decisions, nil)
	v.decision.Horizontal = true
	v.reason = widget.NewMultiLineEntry()
	v.reason.SetPlaceHolder("理由（写入采纳情况表）")
	v.reason.Wrapping = fyne.TextWrapWord
	v.reason.SetMinRowsVisible(3)
	v.newUnits = widget.NewMultiLineEntry()
	v.newUnits.Wrapping = fyne.TextWrapWord
	v.newUnits.SetMinRowsVisible(2)
	v.newText = widget.NewMultiLineEntry()
	v.newText.Wrapping = fyne.TextWrapWord
	v.newText.SetMinRowsVisible(3)
	v.wording = container.NewVBox(widget.NewLabel("采纳后的牵头落实单位（可在此修改）"), v.newUnits,
		widget.NewLabel("采纳后的具体要求"), v.newText)
	v.wording.Hide()
	v.saveBtn = widget.NewButton("保存处理意见", v.saveDecision)
	v.saveBtn.Importance = widget.HighImportance
	v.silentL = widgets.NewText("")
	chaseBtns := []*widget.Button{widget.NewButton("复制催告文字", v.copyChase), widget.NewButton("导出名单…", v.exportChase),
		widget.NewButton("生成催告通知…", v.exportChaseNotice)}
	v.actions = append(v.actions, chaseBtns...) // an issued plan asks nobody for comments
	chase := container.NewHBox(chaseBtns[0], chaseBtns[1], chaseBtns[2])
	right := container.NewVBox(v.detail, widget.NewLabel("处理意见"), v.decision, v.reason, v.wording, v.saveBtn,
		widget.NewSeparator(), chase, v.silentL)
	v.content = u.split("feedback", true, 0.62, left, container.NewVScroll(right))
	v.refresh()
	return v
}

// refresh reads the comments again and keeps the filters.
func (v *feedbackView) refresh() {
	p, _, err := v.ui.ws.Round()
	v.round, v.all, v.silent = p, nil, nil
	v.editing = err == nil && v.ui.ws.Plan.ID == p.ID
	if err == nil || v.ui.ws.Plan.Base != "" {
		v.markDraft.Hide()
	} else {
		v.markDraft.Show()
	}
	if err != nil {
		setText(v.head, err.Error()+"。")
	} else {
		v.all, err = v.ui.ws.Comments()
		if err == nil {
			v.silent, err = v.ui.ws.Silent()
		}
		if err != nil {
			setText(v.head, err.Error())
		} else {
			setText(v.head, v.heading())
		}
	}
	slices.SortStableFunc(v.all, func(a, b feedback.Comment) int { return taskKey(a) - taskKey(b) })
	units := []string{allChoice}
	for _, c := range v.all {
		if !slices.Contains(units, c.Unit) {
			units = append(units, c.Unit)
		}
	}
	v.unitSel.Options = units
	if !slices.Contains(units, v.unitSel.Selected) {
		v.unitSel.SetSelected(allChoice)
	}
	for _, b := range v.actions {
		setEnabled(b, v.editing)
	}
	v.showSilent()
	v.filter()
}

func taskKey(c feedback.Comment) int {
	if c.Task == 0 {
		return 1 << 20
	}
	return c.Task
}

// heading says where the round stands in one sentence.
func (v *feedbackView) heading() string {
	asked := len(v.silent)
	replied := map[string]bool{}
	open := 0
	for _, c := range v.all {
		replied[c.Unit] = true
		if c.Decision == "" && c.Kind != feedback.KindAgree && c.Kind != feedback.KindNone {
			open++
		}
	}
	asked += len(replied)
	// No spaces around the figures: the label wraps at spaces.
	if !v.editing {
		return fmt.Sprintf("方案已正式印发（当前为第%d版）。征求意见稿共收到%d个单位的意见%d条，处理结果已定，不再修改。",
			v.ui.ws.Plan.VersionNo(), len(replied), len(v.all))
	}
	return fmt.Sprintf("《%s》征求意见：%d个单位中已反馈%d个，未反馈%d个；意见%d条，待处理%d条。",
		v.round.Title, asked, len(replied), len(v.silent), len(v.all), open)
}

// filter shows the comments the three choices let through.
func (v *feedbackView) filter() {
	keep := v.selectedID()
	v.shown = v.shown[:0]
	for _, c := range v.all {
		if k := v.kindSel.Selected; k != allChoice && k != "" && c.Kind != k {
			continue
		}
		if u := v.unitSel.Selected; u != allChoice && u != "" && c.Unit != u {
			continue
		}
		switch d := v.decSel.Selected; {
		case d == "未处理" && c.Decision != "":
			continue
		case d != allChoice && d != "" && d != "未处理" && c.Decision != d:
			continue
		}
		v.shown = append(v.shown, c)
	}
	v.table.Reset()
	v.clearDetail()
	for i, c := range v.shown {
		if c.ID == keep {
			v.table.Select(i)
			v.table.ScrollToRow(i)
			v.showComment(i)
		}
	}
}

func (v *feedbackView) cell(row, col int) string {
	c := v.shown[row]
	switch col {
	case 0:
		return strconv.FormatUint(c.ID, 10)
	case 1:
		return c.TaskLabel()
	case 2:
		return c.Unit
	case 3:
		return c.Kind
	case 4:
		return plan.ShortText(c.Text, 60)
	}
	if c.Decision == "" && (c.Kind == feedback.KindAgree || c.Kind == feedback.KindNone) {
		return "—"
	}
	return c.Decision
}

func (v *feedbackView) selectedID() uint64 {
	if r := v.table.SelectedRow(); r >= 0 && r < len(v.shown) {
		return v.shown[r].ID
	}
	return 0
}

func (v *feedbackView) clearDetail() {
	setText(v.detail, "点选一条意见，查看全文及采纳后的效果。")
	v.decision.SetSelected("")
	v.reason.SetText("")
	v.wording.Hide()
	v.saveBtn.Disable()
	v.decision.Disable()
	v.reason.Disable()
}

// showComment writes out a comment, its task and what accepting it does.
func (v *feedbackView) showComment(row int) {
	if row < 0 || row >= len(v.shown) {
		return
	}
	c := v.shown[row]
	setText(v.detail, v.describe(&c))
	v.decision.SetSelected(c.Decision)
	v.reason.SetText(c.Reason)
	v.wording.Hide()
	if ch, ok := v.ui.ws.Effect(&c); ok {
		v.proposed = ch
		v.newUnits.SetText(ch.UnitsText)
		v.newText.SetText(ch.Text)
		v.wording.Show()
	}
	if v.editing {
		v.saveBtn.Enable()
		v.decision.Enable()
		v.reason.Enable()
		v.newUnits.Enable()
		v.newText.Enable()
	} else {
		v.newUnits.Disable()
		v.newText.Disable()
	}
}

// setDraft marks a plan imported without its draft mark as the draft, so
// that its round of comments can start here.
func (v *feedbackView) setDraft() {
	dialog.ShowConfirm("标为征求意见稿", "将《"+v.ui.ws.Plan.Title+"》标为征求意见稿，开始征求各单位意见？", func(yes bool) {
		if yes {
			if err := v.ui.ws.SetStage(plan.StageDraft); err != nil {
				v.ui.showError(err)
			}
		}
	}, v.ui.win)
}

func (v *feedbackView) describe(c *feedback.Comment) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s对%s的意见（%s）：\n%s\n来自《%s》\n", c.Unit, c.TaskLabel(), c.Kind, c.Text, c.File)
	t := v.round.Task(c.Task)
	if t == nil {
		return b.String()
	}
	fmt.Fprintf(&b, "\n第%d项：%s\n牵头落实单位：%s\n", t.No, t.Text, t.UnitsText)
	ch, ok := v.ui.ws.Effect(c)
	if !ok || (ch.UnitsText == t.UnitsText && ch.Text == t.Text) {
		if c.Kind != feedback.KindAgree && c.Kind != feedback.KindNone {
			b.WriteString("\n采纳后：任务文字和单位不会自动改变；如需修改，请在下方写明采纳后的文字。\n")
		}
		return b.String()
	}
	b.WriteString("\n采纳后：\n")
	if ch.Text != t.Text {
		fmt.Fprintf(&b, "具体要求改为：%s\n", ch.Text)
	}
	if ch.UnitsText != t.UnitsText {
		fmt.Fprintf(&b, "牵头落实单位改为：%s\n", ch.UnitsText)
	}
	if old, now := strings.Join(ch.LeadBefore, "、"), strings.Join(ch.LeadAfter, "、"); old != now {
		fmt.Fprintf(&b, "牵头单位：%s → %s\n", orDash(old), orDash(now))
	}
	if len(ch.Gained) > 0 {
		fmt.Fprintf(&b, "增加承担单位：%s\n", strings.Join(ch.Gained, "、"))
	}
	if len(ch.Lost) > 0 {
		fmt.Fprintf(&b, "不再承担：%s\n", strings.Join(ch.Lost, "、"))
	}
	if ch.Manual != "" {
		fmt.Fprintf(&b, "注意：%s\n", ch.Manual)
	}
	return b.String()
}

// saveDecision records the decision and reason of the selected comment.
func (v *feedbackView) saveDecision() {
	id := v.selectedID()
	if id == 0 {
		return
	}
	dec := workspace.Decision{Decision: v.decision.Selected, Reason: v.reason.Text}
	if v.wording.Visible() {
		// Only the clerk's own wording is kept: left as proposed, the
		// change keeps following the comment.
		if u := strings.TrimSpace(v.newUnits.Text); u != v.proposed.UnitsText {
			dec.Units = &u
		}
		if t := strings.TrimSpace(v.newText.Text); t != v.proposed.Text {
			dec.Text = &t
		}
	}
	c, err := v.ui.ws.Decide(id, dec)
	if err != nil {
		v.ui.showError(err)
		return
	}
	v.ui.say(fmt.Sprintf("已保存：意见 %d（%s，%s）%s。", c.ID, c.Unit, c.TaskLabel(), orNone(c.Decision)))
	v.refresh()
}

func orDash(s string) string {
	if s == "" {
		return "无"
	}
	return s
}

func orNone(s string) string {
	if s == "" {
		return "未处理"
	}
	return s
}

// showSilent lists the units that have not replied, with their contacts.
func (v *feedbackView) showSilent() {
	if v.round == nil || !v.editing {
		setText(v.silentL, "")
		return
	}
	if len(v.silent) == 0 {
		setText(v.silentL, "未反馈单位：无，各单位均已反馈。")
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "未反馈单位（%d个）：\n", len(v.silent))
	for _, s := range v.silent {
		fmt.Fprintf(&b, "%s（%d项）", s.Unit, s.Tasks)
		if c := strings.TrimSpace(s.Contact + " " + s.Phone); c != "" {
			b.WriteString(" " + c)
		}
		b.WriteString("\n")
	}
	setText(v.silentL, b.String())
}

func (v *feedbackView) copyChase() {
	if v.round == nil {
		return
	}
	v.ui.app.Clipboard().SetContent(workspace.SilentMessage(v.round.Title, v.silent))
	v.ui.say(fmt.Sprintf("已复制催告文字（%d 个单位未反馈），可粘贴到微信或政务微信群。", len(v.silent)))
}

func (v *feedbackView) exportChase() {
	if v.round == nil {
		return
	}
	v.saveSilent("导出未反馈名单", "未反馈征求意见单位.xlsx", "Excel 工作簿", ".xlsx")
}

func (v *feedbackView) exportChaseNotice() {
	v.saveSilent("生成催告通知", "关于尽快反馈分工方案修改意见的通知.docx", "Word 文档", ".docx")
}

// saveSilent writes the list or the notice for the units not replied.
func (v *feedbackView) saveSilent(what, name, filter, ext string) {
	if v.round == nil {
		return
	}
	v.ui.askSavePath(what, name, filter, ext, func(path string) {
		v.run(what, func() (string, error) {
			if err := v.ui.ws.SaveSilent(path, today()); err != nil {
				return "", err
			}
			return "已导出《" + filepath.Base(path) + "》。", openFile(path)
		})
	})
}

// run does file work off the UI goroutine, then reports and refreshes.
func (v *feedbackView) run(what string, work func() (string, error)) {
	// Back on the tab first: bringing a tab forward resets the status.
	backFirst := func() {
		v.refresh()
		v.backToTab()
	}
	v.ui.runJob(v.jobs, what, work, backFirst, func() {
		if v.afterRun != nil {
			v.afterRun()
		}
	})
}

// backToTab brings the 征求意见 tab forward again after publishing rebuilt
// the window's views, so the clerk stays where the work was done.
func (v *feedbackView) backToTab() {
	for _, t := range v.ui.tabs.Items {
		if t.Content == v.content {
			return // not rebuilt
		}
	}
	for _, t := range v.ui.tabs.Items {
		if t.Text == feedbackTabName {
			v.ui.showTab(t)
		}
	}
}

// makeForms writes every unit's form into a folder the clerk picks.
func (v *feedbackView) makeForms() {
	native.PickFolder(v.ui.win, "选择保存征求意见反馈表的文件夹", v.ui.prefs.LastDir("templates"), func(dir string, err error) {
		if err != nil || dir == "" {
			return
		}
		v.ui.prefs.SetLastDir("templates", dir)
		v.run("生成反馈表", func() (string, error) {
			paths, err := v.ui.ws.SaveFeedbackForms(dir, ".xlsx")
			if err != nil {
				return "", err
			}
			if _, err := v.ui.ws.SaveFeedbackForms(filepath.Join(dir, "Word"), ".docx"); err != nil {
				return "", err
			}
			return fmt.Sprintf("已为 %d 个单位生成征求意见反馈表（Excel 及 Word 各一份）。", len(paths)), openFile(dir)
		})
	})
}

func (v *feedbackView) pickReplies() {
	native.OpenFilesOf(v.ui.win, "选择各单位的反馈意见（Excel、Word 或文本）", v.ui.prefs.LastDir("feedback"),
		"反馈意见（Excel、Word、文本）", replyExts, func(paths []string, err error) {
			if err != nil || len(paths) == 0 {
				return
			}
			v.ui.prefs.SetLastDir("feedback", filepath.Dir(paths[0]))
			v.readReplies(paths)
		})
}

// replyExts are the kinds of file a reply comes as.
var replyExts = []string{".xlsx", ".xls", ".et", ".csv", ".docx", ".doc", ".wps", ".txt"}

// readReplies reads files off the UI goroutine, then shows what importing
// them would do and imports on 导入.
func (v *feedbackView) readReplies(paths []string) {
	if v.jobs.busy {
		return
	}
	v.ui.say("正在读取反馈意见……")
	var results []*workspace.ReplyRead
	var preview []string
	v.jobs.start(func() (string, error) {
		var err error
		if results, err = v.ui.ws.ReadReplies(context.Background(), paths, ""); err != nil {
			return "", err
		}
		outcomes, err := v.ui.ws.PreviewReplies(results)
		preview = previewLines(results, outcomes)
		return "", err
	}, func(_ string, err error) {
		if err != nil {
			v.ui.showError(err)
		} else {
			v.confirmImport(results, preview)
		}
		if v.afterRun != nil {
			v.afterRun()
		}
	})
}

func previewLines(results []*workspace.ReplyRead, outcomes []workspace.ReplyOutcome) []string {
	var out []string
	next := 0
	for _, r := range results {
		if r.Err != nil {
			out = append(out, "拒绝："+r.Err.Error())
			continue
		}
		line := fmt.Sprintf("《%s》%s（%s）：%d条意见", r.Name, r.Unit, r.Form, len(r.Comments))
		unchanged := false
		if next < len(outcomes) {
			switch o := outcomes[next]; {
			case o.Unchanged:
				line, unchanged = fmt.Sprintf("《%s》%s：此前已导入，没有变化", r.Name, r.Unit), true
			case o.Replaced > 0:
				line += fmt.Sprintf("，替换该单位此前的%d条", o.Replaced)
			}
			next++
		}
		out = append(out, line)
		for _, c := range r.Comments {
			if unchanged {
				break
			}
			out = append(out, fmt.Sprintf("    %s%s：%s", c.TaskLabel(), c.Kind, plan.ShortText(c.Text, 40)))
		}
		for _, n := range r.Notes {
			out = append(out, "    注意："+n)
		}
	}
	return out
}

func (v *feedbackView) confirmImport(results []*workspace.ReplyRead, preview []string) {
	ok := 0
	for _, r := range results {
		if r.Err == nil {
			ok++
		}
	}
	text := widget.NewLabel(strings.Join(preview, "\n"))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(640, 300))
	if ok == 0 {
		dialog.ShowCustom("导入反馈意见", "关闭", scroll, v.ui.win)
		v.ui.say("没有可以导入的反馈意见。")
		return
	}
	dialog.ShowCustomConfirm(fmt.Sprintf("导入 %d 份反馈意见", ok), "导入", "取消", scroll, func(yes bool) {
		if yes {
			v.importReplies(results)
		}
	}, v.ui.win)
}

// importReplies stores the replies read, off the UI goroutine.
func (v *feedbackView) importReplies(results []*workspace.ReplyRead) {
	v.run("导入反馈意见", func() (string, error) {
		out, _, err := v.ui.ws.ImportReplies(results)
		if err != nil {
			return "", err
		}
		n, same := 0, 0
		for _, o := range out {
			n += o.Added
			if o.Unchanged {
				same++
			}
		}
		msg := fmt.Sprintf("已导入 %d 份反馈，%d 条意见。", len(out)-same, n)
		if same > 0 {
			msg += fmt.Sprintf("%d 份此前已导入，没有变化。", same)
		}
		return msg, nil
	})
}

func (v *feedbackView) undo() {
	dialog.ShowConfirm("撤销上次导入", "撤销最近一次导入的反馈意见？被替换的意见将恢复。", func(yes bool) {
		if !yes {
			return
		}
		v.run("撤销导入", func() (string, error) {
			info, err := v.ui.ws.UndoReplies()
			if err != nil {
				return "", err
			}
			return fmt.Sprintf("已撤销 %d 份反馈：%s。", len(info.Files), strings.Join(info.Files, "、")), nil
		})
	}, v.ui.win)
}

// publish asks where to save the issued plan, shows what will change,
// then issues it; the 采纳情况表 goes beside the plan as .xlsx and .docx.
func (v *feedbackView) publish() {
	p, d := v.ui.ws.Plan, v.ui.ws.Dir
	pub, notes, err := feedback.Publish(p, d, v.all)
	if err != nil {
		v.ui.showError(err)
		return
	}
	diffs := feedback.Diff(p, pub, d)
	undecided := 0
	for _, c := range v.all {
		if c.Decision == "" && c.Kind != feedback.KindAgree && c.Kind != feedback.KindNone {
			undecided++
		}
	}
	msg := fmt.Sprintf("正式印发《%s》：按采纳的意见修改%d项任务；征求意见稿保留，已导入的落实情况仍属于征求意见稿。", pub.Title, len(diffs))
	if undecided > 0 {
		msg += fmt.Sprintf("\n还有%d条意见未处理，印发后不能再处理。", undecided)
	}
	for _, n := range notes {
		msg += "\n注意：" + n
	}
	label := widget.NewLabel(msg + "\n\n" + strings.Join(feedback.Lines(diffs), "\n"))
	label.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(label)
	scroll.SetMinSize(fyne.NewSize(640, 320))
	dialog.ShowCustomConfirm("正式印发", "选择保存位置…", "取消", scroll, func(yes bool) {
		if !yes {
			return
		}
		v.ui.askSavePath("保存正式印发的分工方案", pub.Title+".docx", "Word 文档", ".docx", func(path string) {
			dir := filepath.Dir(path)
			v.run("正式印发", func() (string, error) {
				table := filepath.Join(dir, "征求意见采纳情况表.xlsx")
				out, err := v.ui.ws.Publish(path, table)
				if err != nil {
					return "", err
				}
				if err := v.ui.ws.SaveAdoption(filepath.Join(dir, "征求意见采纳情况表.docx")); err != nil {
					return "", err
				}
				return fmt.Sprintf("已正式印发《%s》（第 %d 版），方案和采纳情况表保存在“%s”。", out.Plan.Title, out.Plan.Version, dir), openFile(path)
			})
		})
	}, v.ui.win)
}

// showDiff shows what publishing changes: the draft against the issued
// version, or, before publishing, against what publishing now would make.
func (v *feedbackView) showDiff() {
	if v.round == nil {
		v.ui.showError(workspace.ErrNoDraft)
		return
	}
	cur, d := v.ui.ws.Plan, v.ui.ws.Dir
	title := "征求意见稿与正式印发版的差异"
	other := cur
	if v.editing {
		pub, _, err := feedback.Publish(cur, d, v.all)
		if err != nil {
			v.ui.showError(err)
			return
		}
		other, title = pub, "按目前采纳的意见，印发后的变化"
	}
	diffs := feedback.Diff(v.round, other, d)
	text := fmt.Sprintf("%d项任务不同。\n\n%s", len(diffs), strings.Join(feedback.Lines(diffs), "\n"))
	label := widget.NewLabel(text)
	label.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(label)
	scroll.SetMinSize(fyne.NewSize(640, 360))
	dialog.ShowCustom(title, "关闭", scroll, v.ui.win)
}

// exportTable writes the 采纳情况表 as it stands, before or after publishing.
func (v *feedbackView) exportTable() {
	if v.round == nil {
		v.ui.showError(workspace.ErrNoDraft)
		return
	}
	v.ui.askSavePath("导出征求意见采纳情况表", "征求意见采纳情况表.xlsx", "Excel 工作簿", ".xlsx", func(path string) {
		v.run("导出采纳情况表", func() (string, error) {
			if err := v.ui.ws.SaveAdoption(path); err != nil {
				return "", err
			}
			return "已导出《" + filepath.Base(path) + "》。", openFile(path)
		})
	})
}
