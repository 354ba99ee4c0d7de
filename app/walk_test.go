package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/importer"
	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/app/workspace"
	"taizhang/internal/fixture"
	storepkg "taizhang/storage"
	"taizhang/widgets"
)

// Files picked from any tab or menu are previewed on the 导入 tab, where
// the preview is, not on whatever tab sits second in the row.
func TestPickedReturnsShowTheImportTab(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	previewed, _ := watch(u.importV)
	if u.tabs.Selected() != u.overTab {
		t.Fatalf("starts on %s", u.tabs.Selected().Text)
	}
	u.importV.picked([]string{fixture.Path(t, "fixtures/returns/县民政局.xlsx")})
	wait(t, previewed, "preview")
	if u.tabs.Selected() != u.importTab {
		t.Fatalf("preview read while %s is in front", u.tabs.Selected().Text)
	}
}

// 文件 → 导入新方案 offers the Word documents and text a plan arrives as,
// and the master sheet.
func TestPlanDialogOffersWordTextAndSheets(t *testing.T) {
	f := storage.NewExtensionFileFilter(planExts)
	for _, name := range []string{"2019年分工方案.docx", "方案.DOC", "方案.txt", "总表.xlsx", "总表.xls"} {
		if !f.Matches(storage.NewFileURI("/tmp/" + name)) {
			t.Errorf("%s is not offered", name)
		}
	}
	if f.Matches(storage.NewFileURI("/tmp/图片.png")) {
		t.Error("a picture is offered as a plan")
	}
}

// The outcome of a save stays in the status bar through the redraw that
// the write sets off, and gives way to the summary once the clerk moves on.
func TestSaveOutcomeOutlivesTheRedraw(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showTab(u.unitsTab)
	v := u.unitsV
	v.pickRow(0)
	test.Type(v.contact.note, "先打办公室电话")
	test.Tap(v.saveBtn)
	// The driver delivers the workspace's change after the tap returns.
	u.changed(workspace.Change{Kind: workspace.ContactsChanged})
	if !strings.Contains(u.status.Text, "已保存") {
		t.Fatalf("after saving the status says %q", u.status.Text)
	}
	u.showTab(u.overTab)
	if !strings.Contains(u.status.Text, u.period) || strings.Contains(u.status.Text, "已保存") {
		t.Fatalf("after moving on the status says %q", u.status.Text)
	}
}

// 保存单位 does nothing until a unit is picked, so it is off until then.
func TestUnitSaveIsOffUntilAUnitIsPicked(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.unitsV
	if !v.saveBtn.Disabled() {
		t.Fatal("保存单位 is on with no unit picked")
	}
	v.pickRow(2)
	if v.saveBtn.Disabled() {
		t.Fatal("保存单位 is off with a unit picked")
	}
}

// A print preview of one period is not left on screen once the clerk
// shows another: it would print differently from what it shows.
func TestPrintPreviewGoesWhenThePeriodChanges(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	if err := ws.AddPeriod("2019年上半年", "2019-06-30"); err != nil {
		t.Fatal(err)
	}
	v := u.exportV
	shown := make(chan struct{}, 4)
	v.afterPage = func() { shown <- struct{}{} }
	v.showPreview()
	wait(t, shown, "first page")
	u.choosePeriod("2019年上半年")
	if v.layout != nil || v.preview.Image != nil || !v.next.Disabled() || !strings.Contains(v.pageNo.Text, "重新生成") || v.hint.Text != exportHint {
		t.Fatalf("after the period changed: layout %v, page %q", v.layout != nil, v.pageNo.Text)
	}
}

// 在台账中查看 shows the chosen period in the 台账, as it says.
func TestShowPeriodInTheLedger(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	if err := ws.AddPeriod("2019年上半年", "2019-06-30"); err != nil {
		t.Fatal(err)
	}
	u.showPeriods()
	pd := u.periodsD
	row := -1
	for i, s := range pd.states {
		if s.Name == "2019年上半年" {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("the new period is not listed")
	}
	pd.table.OnSelected(widget.TableCellID{Row: row})
	test.Tap(pd.show)
	if u.period != "2019年上半年" || u.tabs.Selected() != u.planTab {
		t.Fatalf("period %q on tab %s", u.period, u.tabs.Selected().Text)
	}
}

// Every word of the 完成状态, 上期 and 变化 columns fits its width in a
// task's returns.
func TestChangeWordsFitTheirColumn(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(NewTheme())
	fits := func(col int, word string, swatch bool) {
		if w := widgets.CellWidth(word, swatch); w > returnWidths[col] {
			t.Errorf("%s needs %.0f, column %s is %.0f", word, w, returnHeaders[col], returnWidths[col])
		}
	}
	for c := remind.Same; c <= remind.Changed; c++ {
		fits(3, c.String(), false)
	}
	for _, s := range append(plan.StatusOrder, plan.StatusMissing) {
		fits(1, s, true) // 完成状态, after its colour mark
		fits(2, s, false)
	}
}

// The import detail lists the matched tasks as ranges and says which of
// them the file adds or changes.
func TestMatchedTasksReadAsRanges(t *testing.T) {
	r := &importer.Result{}
	for _, no := range []int{2, 3, 4, 8, 9, 10, 15} {
		r.Returns = append(r.Returns, plan.Return{Task: no})
	}
	o := storepkg.FileOutcome{Changes: map[int]plan.Change{2: plan.New, 3: plan.New, 9: plan.Updated, 10: plan.Unchanged}}
	got := matchedText(r, o)
	want := "匹配到 7 项任务：2–4、8–10、15\n新增 2 项：2、3\n更新 1 项：9\n"
	if got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

// The status bar counts returns as the 总览 does.
func TestStatusCountsAsTheOverview(t *testing.T) {
	u, ws := openUI(t, fixturesDue(t))
	defer ws.Close()
	d := u.overV.data
	want := fmt.Sprintf("已报送 %d/%d 条", d.Returned, d.Owed)
	if !strings.Contains(u.status.Text, want) {
		t.Fatalf("status %q, overview %d/%d", u.status.Text, d.Returned, d.Owed)
	}
}

// A plan picked from the dialog is read, summed up one fact a line, and
// shown once the clerk confirms.
func TestPickedPlanIsConfirmedAndShown(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	seed, err := os.ReadFile(filepath.Join("..", "seeds", "000_f349a1681916d5d1.txt"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "2019年分工方案.txt")
	if err := os.WriteFile(path, []byte(strings.ReplaceAll(string(seed), "2018年", "2019年")), 0o600); err != nil {
		t.Fatal(err)
	}
	u.planPicked(path)
	inTop(t, u, func(l *widgets.Text) bool {
		return strings.Contains(l.Text, "翁源县2019年") && strings.Contains(l.Text, "\n共 4 个部分、57 项任务。\n")
	})
	test.Tap(inTop(t, u, func(b *widget.Button) bool { return b.Text == "导入方案" }))
	if !strings.Contains(ws.Plan.Title, "2019年") || !strings.Contains(u.win.Title(), "2019年") {
		t.Fatalf("plan %q, window %q", ws.Plan.Title, u.win.Title())
	}
}

// A refused file's detail names the file once: in its refusal.
func TestRefusedFileDetailNamesItOnce(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.importV
	previewed, _ := watch(v)
	v.read([]string{fixture.Path(t, "fixtures/bad/truncated.xlsx")})
	wait(t, previewed, "preview")
	v.showDetail(0)
	if n := strings.Count(v.detail.Text, "truncated.xlsx"); n != 1 {
		t.Fatalf("the file is named %d times:\n%s", n, v.detail.Text)
	}
}

// Typing in the search box does not shift the filters: the count beside
// them keeps its width whatever it says.
func TestFilterBarStaysPutWhileTyping(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.planV
	before := v.countBox.MinSize()
	v.search.SetText("52")
	if v.count.Text != "1 / 57 项" {
		t.Fatalf("count says %q", v.count.Text)
	}
	if after := v.countBox.MinSize(); after != before {
		t.Fatalf("the count's width went from %v to %v", before, after)
	}
}

// Files already in the ledger are previewed as such, not as files to
// confirm.
func TestPreviewSaysWhenNothingWouldChange(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.importV
	previewed, applied := watch(v)
	file := []string{fixture.Path(t, "fixtures/returns/县民政局.xlsx")}
	v.read(file)
	wait(t, previewed, "first preview")
	if !strings.Contains(v.hint.Text, "确认无误") {
		t.Fatalf("a new file previews as %q", v.hint.Text)
	}
	test.Tap(v.apply)
	wait(t, applied, "import")
	v.read(file)
	wait(t, previewed, "second preview")
	if strings.Contains(v.hint.Text, "确认无误") || !strings.Contains(v.hint.Text, "均已在台账中") {
		t.Fatalf("the same file again previews as %q", v.hint.Text)
	}
}

// The window calls a period's deadline 截止日期 wherever it names it.
func TestDeadlineHasOneName(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	var texts []string
	for _, o := range test.LaidOutObjects(u.overV.content) {
		switch l := o.(type) {
		case *widget.Label:
			texts = append(texts, l.Text)
		case *widgets.Text:
			texts = append(texts, l.Text)
		}
	}
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, "截止日期") || strings.Contains(all, "期限") {
		t.Fatalf("the overview says:\n%s", all)
	}
}

// At 1366×768 the unit editor shows every line of a unit, down to where
// its contact came from, without scrolling.
func TestUnitEditorFitsTheScreen(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showTab(u.unitsTab)
	v := u.unitsV
	v.pickRow(0)
	d := fyne.CurrentApp().Driver()
	bottom := func(o fyne.CanvasObject) float32 { return d.AbsolutePositionForObject(o).Y + o.Size().Height }
	if got, room := bottom(v.contact.from), bottom(v.editorScroll); got > room {
		t.Fatalf("the contact's source line ends at %.0f, the editor at %.0f", got, room)
	}
}

// The 报送期 dialog counts a period's returns as the 总览 does.
func TestPeriodsDialogCountsAsTheOverview(t *testing.T) {
	u, ws := openUI(t, fixturesDue(t))
	defer ws.Close()
	u.showPeriods()
	pd := u.periodsD
	row := rowNamed(pd, u.period)
	d := u.overV.data
	if got, want := pd.cell(row, 2), fmt.Sprintf("%d/%d", d.Returned, d.Owed); got != want {
		t.Fatalf("the dialog says %s, the overview %s", got, want)
	}
}

// A period just added or renamed stays selected in the dialog, so setting
// its due date is the next click.
func TestNewPeriodIsSelected(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showPeriods()
	pd := u.periodsD
	answer := func(text, action string) {
		e := inTop(t, u, anyEntry)
		e.SetText(text)
		test.Tap(inTop(t, u, func(b *widget.Button) bool { return b.Text == action }))
	}
	pd.add()
	answer("2019年上半年", "新增")
	if s := pd.selected(); s == nil || s.Name != "2019年上半年" || pd.due.Disabled() {
		t.Fatalf("after adding, selected %v", s)
	}
	pd.renameSel()
	answer("2019年第二季度", "改名")
	if s := pd.selected(); s == nil || s.Name != "2019年第二季度" {
		t.Fatalf("after renaming, selected %v", s)
	}
}

// A collective's members are ticks in columns; unticking one and saving
// drops it and keeps the others in their stored order.
func TestCollectiveMembersTickedInColumns(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showTab(u.unitsTab)
	v := u.unitsV
	row := len(ws.Dir.Units)
	c := ws.Dir.Collectives[0]
	for i, col := range ws.Dir.Collectives {
		if col.Name == "县直各部门" {
			row, c = len(ws.Dir.Units)+i, col
		}
	}
	v.pickRow(row)
	if got := v.members.Selected(); strings.Join(got, "、") != strings.Join(c.Members, "、") {
		t.Fatalf("ticked %v, stored %v", got, c.Members)
	}
	if rows := (len(v.members.checks) + memberColumns - 1) / memberColumns; v.members.box.MinSize().Height > float32(rows)*v.members.checks[0].MinSize().Height*1.5 {
		t.Fatalf("%d ticks stand %.0f high: not in %d columns", len(v.members.checks), v.members.box.MinSize().Height, memberColumns)
	}
	for _, ch := range v.members.checks {
		if ch.Text == c.Members[0] {
			test.Tap(ch)
		}
	}
	test.Tap(v.saveBtn)
	var saved []string
	for _, col := range ws.Dir.Collectives {
		if col.Name == c.Name {
			saved = col.Members
		}
	}
	if strings.Join(saved, "、") != strings.Join(c.Members[1:], "、") {
		t.Fatalf("saved %v, want %v", saved, c.Members[1:])
	}
}

// The member ticks never squeeze the directory list: at 1366×768 the
// editor still fits its half of the window.
func TestMemberTicksLeaveTheListItsHalf(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	u.showTab(u.unitsTab)
	v := u.unitsV
	v.pickRow(len(ws.Dir.Units)) // the first collective
	if w, half := v.formBox.MinSize().Width, float32(1366)/2; w > half {
		t.Fatalf("the editor needs %.0f of the window's %.0f", w, half*2)
	}
}
