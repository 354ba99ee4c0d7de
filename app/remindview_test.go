package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/docx"
	"taizhang/app/plan"
	"taizhang/app/workspace"
	"taizhang/internal/fixture"
)

// fixDay makes the window's today a fixed afternoon for the test.
func fixDay(t *testing.T, day string) {
	t.Helper()
	d, err := time.Parse(plan.DateLayout, day)
	if err != nil {
		t.Fatal(err)
	}
	old := today
	today = func() time.Time { return d.Add(15 * time.Hour) }
	t.Cleanup(func() { today = old })
}

// cycleDB is a database whose periods and returns prepare has set up.
func cycleDB(t *testing.T, prepare func(ws *workspace.Workspace)) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "t.db")
	ws, err := workspace.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	prepare(ws)
	ws.Close()
	return db
}

func importInto(t *testing.T, ws *workspace.Workspace, period string, files ...string) {
	t.Helper()
	if _, _, err := ws.ReadAndImport(context.Background(), files, period, ""); err != nil {
		t.Fatal(err)
	}
}

// fixturesDue is the fixtures imported into 2018年度, due 2018-12-31.
func fixturesDue(t *testing.T) string {
	return cycleDB(t, func(ws *workspace.Workspace) {
		if err := ws.SetPeriodDue("2018年度", "2018-12-31"); err != nil {
			t.Fatal(err)
		}
		files := fixture.Glob(t, "fixtures/returns/*")
		importInto(t, ws, "2018年度", files...)
	})
}

// inTop finds the first object of type T on the dialog on top for which
// ok holds.
func inTop[T fyne.CanvasObject](t *testing.T, u *UI, ok func(T) bool) T {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog showing")
	}
	for _, o := range test.LaidOutObjects(top) {
		if x, is := o.(T); is && ok(x) {
			return x
		}
	}
	var zero T
	t.Fatalf("the dialog lacks a %T", zero)
	return zero
}

func anyEntry(*widget.Entry) bool { return true }

func refusal(l *widget.Label) bool { return l.Importance == widget.DangerImportance }

func rowNamed(pd *periodsDialog, name string) int {
	for i, s := range pd.states {
		if s.Name == name {
			return i
		}
	}
	return -1
}

// The 报送期 dialog adds, dates, renames and removes periods; a bad date
// and a period with returns are refused with a sentence, and the chooser
// follows every change.
func TestPeriodsDialog(t *testing.T) {
	fixDay(t, "2019-01-10")
	db := cycleDB(t, func(ws *workspace.Workspace) {
		importInto(t, ws, "2018年度", fixture.Path(t, "fixtures/returns/县民政局.xlsx"))
	})
	u, ws := openUI(t, db)
	defer ws.Close()
	u.showPeriods()
	pd := u.periodsD
	if len(pd.states) != 1 || pd.cell(0, 1) != "未设" || pd.cell(0, 2) == "0" || !pd.rename.Disabled() {
		t.Fatalf("first state %+v", pd.states)
	}

	pd.add()
	test.Type(inTop(t, u, anyEntry), "2019年上半年")
	answer(t, u, "新增")
	if !ws.Plan.HasPeriod("2019年上半年") || len(pd.states) != 2 || len(u.periodPick.Options) != 2 {
		t.Fatalf("after add: plan %v, dialog %d rows, chooser %v", ws.Plan.Periods, len(pd.states), u.periodPick.Options)
	}
	pd.add()
	test.Type(inTop(t, u, anyEntry), "2019年上半年")
	answer(t, u, "新增")
	if msg := inTop(t, u, refusal); !strings.Contains(msg.Text, "已有报送期") {
		t.Fatalf("a second 2019年上半年: %q", msg.Text)
	}
	answer(t, u, "取消")

	pd.table.OnSelected(widget.TableCellID{Row: rowNamed(pd, "2019年上半年")})
	pd.dueSel()
	inTop(t, u, anyEntry).SetText("6月30日")
	answer(t, u, "保存")
	if msg := inTop(t, u, refusal); !strings.Contains(msg.Text, "2018-12-31") || ws.Plan.DueDate("2019年上半年") != "" {
		t.Fatalf("a bad date: %q, stored %q", msg.Text, ws.Plan.DueDate("2019年上半年"))
	}
	inTop(t, u, anyEntry).SetText("2019/6/30")
	answer(t, u, "保存")
	if ws.Plan.DueDate("2019年上半年") != "2019-06-30" || pd.cell(rowNamed(pd, "2019年上半年"), 1) != "2019-06-30" {
		t.Fatalf("due date %q", ws.Plan.DueDate("2019年上半年"))
	}

	// Renaming the period shown keeps it shown under its new name.
	u.choosePeriod("2019年上半年")
	pd.table.OnSelected(widget.TableCellID{Row: rowNamed(pd, "2019年上半年")})
	pd.renameSel()
	inTop(t, u, anyEntry).SetText("2019年半年")
	answer(t, u, "改名")
	if u.period != "2019年半年" || u.periodPick.Selected != "2019年半年" || rowNamed(pd, "2019年半年") < 0 {
		t.Fatalf("after rename: shown %q, chooser %q", u.period, u.periodPick.Selected)
	}

	// A period with returns stays, with a sentence.
	pd.table.OnSelected(widget.TableCellID{Row: rowNamed(pd, "2018年度")})
	pd.removeSel()
	if !strings.Contains(pd.hint.Text, "不能删除") || !ws.Plan.HasPeriod("2018年度") {
		t.Fatalf("removing 2018年度: %q", pd.hint.Text)
	}

	// An empty one goes; the window falls back to the current period.
	pd.table.OnSelected(widget.TableCellID{Row: rowNamed(pd, "2019年半年")})
	pd.removeSel()
	answer(t, u, "删除报送期")
	if ws.Plan.HasPeriod("2019年半年") || u.period != "2018年度" || len(u.periodPick.Options) != 1 || len(pd.states) != 1 {
		t.Fatalf("after remove: %v, shown %q", ws.Plan.Periods, u.period)
	}
}

// The 催报 tab lists the units owing returns with their overdue days,
// copies the message, and opens a unit on a double click.
func TestRemindTab(t *testing.T) {
	fixDay(t, "2019-01-10")
	u, ws := openUI(t, fixturesDue(t))
	defer ws.Close()
	u.showTab(u.remindTab)
	v := u.remindV
	if v.rows() == 0 || v.rows() != len(v.list.Units) || !strings.Contains(v.head.Text, "已逾期 10 天") {
		t.Fatalf("%d rows, head %q", v.rows(), v.head.Text)
	}
	police := -1
	for i, unit := range v.list.Units {
		if unit.Unit == "县公安局" {
			police = i
		}
		if unit.Unit == "县财政局" {
			t.Error("县财政局 sent everything yet is listed")
		}
	}
	if police < 0 || v.cell(police, 3) != "10 天" || v.cell(police, 1) != plan.FormatRanges(v.list.Units[police].Missing) {
		t.Fatalf("县公安局 row %d: %q %q", police, v.cell(police, 1), v.cell(police, 3))
	}
	if !strings.Contains(u.status.Text, "已逾期 10 天") {
		t.Errorf("status %q", u.status.Text)
	}
	for _, b := range v.unitBtns {
		if !b.Disabled() {
			t.Fatalf("%s enabled with no unit chosen", b.Text)
		}
	}

	v.copyMessage()
	got := u.app.Clipboard().Content()
	if got != v.list.Message() || !strings.HasPrefix(got, "请以下单位尽快报送2018年度") || !strings.Contains(got, "县公安局：第") {
		t.Fatalf("clipboard %q", got)
	}

	// One click shows the unit; a second opens it in 单位.
	v.table.OnSelected(widget.TableCellID{Row: police})
	if !strings.HasPrefix(v.detail.Text, "县公安局：") || v.unitBtns[0].Disabled() || u.tabs.Selected() != u.remindTab {
		t.Fatalf("one click: %q, tab %s", v.detail.Text, u.tabs.Selected().Text)
	}
	v.table.OnSelected(widget.TableCellID{Row: police})
	if u.tabs.Selected() != u.unitsTab || u.unitsV.name.Text != "县公安局" {
		t.Fatalf("double click: tab %s, unit %q", u.tabs.Selected().Text, u.unitsV.name.Text)
	}

	// A contact typed in 单位 shows at once, the unit still chosen.
	u.showTab(u.remindTab)
	v.table.OnSelected(widget.TableCellID{Row: police})
	if _, err := ws.EditContact("县公安局", func(c *plan.Contact) { c.SetPerson("张警官") }); err != nil {
		t.Fatal(err)
	}
	if v.selected() != "县公安局" || v.cell(police, 4) != "张警官" || !strings.Contains(v.detail.Text, "张警官") {
		t.Fatalf("after a contact edit: chosen %q, contact %q", v.selected(), v.cell(police, 4))
	}

	// 查看其任务 shows the unit's tasks in the ledger.
	u.showTab(u.remindTab)
	v.table.OnSelected(widget.TableCellID{Row: police})
	v.showTasks(v.selected())
	if u.tabs.Selected() != u.planTab || u.planV.unit.Selected != "县公安局" || len(u.planV.shown) == 0 {
		t.Fatalf("tasks: tab %s, unit filter %q, %d shown", u.tabs.Selected().Text, u.planV.unit.Selected, len(u.planV.shown))
	}

	// The overview, the 单位 tab and the status bar say who is overdue.
	if late, days, known := overdueUnits(ws, u.period, u.overV.data.Behind, today()); !known || days != 10 || len(late) != len(v.list.Units) {
		t.Fatalf("overview overdue %v %d %v", late, days, known)
	}
	if u.unitsV.missingCell(0, 3) != "逾期 10 天" {
		t.Errorf("units view overdue %q", u.unitsV.missingCell(0, 3))
	}

	// Before the due date nobody is overdue.
	fixDay(t, "2018-12-20")
	u.choosePeriod("2018年度")
	if strings.Contains(v.head.Text, "逾期") || v.cell(police, 3) != "" || strings.Contains(u.status.Text, "逾期") {
		t.Fatalf("before due: %q / %q", v.head.Text, u.status.Text)
	}
	if late, _, known := overdueUnits(ws, u.period, u.overV.data.Behind, today()); !known || len(late) != 0 {
		t.Fatalf("overdue before due %v", late)
	}
}

// The 单位 editor shows the contact a return gave, keeps what the clerk
// types, and asks before losing it.
func TestContactsInUnits(t *testing.T) {
	u, ws := openUI(t, fixturesDue(t))
	defer ws.Close()
	u.showTab(u.unitsTab)
	v := u.unitsV
	fin := -1
	for i, unit := range ws.Dir.Units {
		if unit.Name == "县财政局" {
			fin = i
		}
	}
	v.pickRow(fin)
	c := v.contact
	if c.person.Text != "李明" || c.phone.Text != "0751-2812345" || !strings.Contains(c.from.Text, "取自") {
		t.Fatalf("contact shown %q %q %q", c.person.Text, c.phone.Text, c.from.Text)
	}
	// A note alone leaves the person and phone to the returns.
	test.Type(c.note, "催报先打办公室电话")
	if v.unsaved() == "" {
		t.Fatal("typing a note is not unsaved")
	}
	if !v.save() {
		t.Fatal("save refused")
	}
	cs, _ := ws.Contacts()
	if got := cs["县财政局"]; got.Note != "催报先打办公室电话" || got.PersonByHand || got.PhoneByHand || got.Person != "李明" {
		t.Fatalf("after note %+v", got)
	}
	// A typed phone is asked about on leaving, saved by hand, and kept.
	c.phone.SetText("13900000000")
	u.showTab(u.remindTab)
	answer(t, u, answerSave)
	cs, _ = ws.Contacts()
	if got := cs["县财政局"]; got.Phone != "13900000000" || !got.PhoneByHand || got.PersonByHand {
		t.Fatalf("after phone %+v", got)
	}
	if !strings.Contains(c.from.Text, "电话为手工填写") {
		t.Errorf("source %q", c.from.Text)
	}
	// 不保存 puts the stored value back.
	u.showTab(u.unitsTab)
	c.person.SetText("王五")
	v.pickRow(fin + 1)
	answer(t, u, answerDiscard)
	v.pickRow(fin)
	if c.person.Text != "李明" {
		t.Fatalf("discarded person shows %q", c.person.Text)
	}
	noQuestion(t, u)
}

// A task's returns show last period's status and what changed, and the
// overview sums the changes.
func TestPreviousPeriodInTask(t *testing.T) {
	fixDay(t, "2018-12-20")
	db := cycleDB(t, func(ws *workspace.Workspace) {
		if err := ws.AddPeriod("2018年上半年", "2018-07-15"); err != nil {
			t.Fatal(err)
		}
		ws.SetPeriodDue("2018年度", "2018-12-31")
		importInto(t, ws, "2018年上半年", fixture.Path(t, "fixtures/returns/县财政局-落实情况.xlsx"))
		importInto(t, ws, "2018年度", fixture.Path(t, "fixtures/returns/县财政局-落实情况（更新）.xlsx"))
	})
	u, ws := openUI(t, db)
	defer ws.Close()
	if u.period != "2018年度" {
		t.Fatalf("the window opens on %q, not the period being collected", u.period)
	}
	if line := u.m.changes.changesText(); !strings.Contains(line, "与上期（2018年上半年）相比") || !strings.Contains(line, "进步 1 条") {
		t.Fatalf("overview line %q", line)
	}
	u.planV.search.SetText("第9项")
	u.planV.table.OnRowSelected(0)
	f := u.planV.form
	if f.no != 9 {
		t.Fatalf("form shows %d", f.no)
	}
	row := -1
	for i, r := range f.rows {
		if r.unit == "县财政局" {
			row = i
		}
	}
	if row < 0 || f.returnCell(row, 2) != "未启动" || f.returnCell(row, 3) != "进步" || f.returnCell(row, 4) == "" {
		t.Fatalf("县财政局 on task 9: 上期 %q 变化 %q 填报日期 %q", f.returnCell(row, 2), f.returnCell(row, 3), f.returnCell(row, 4))
	}
	f.showReturn(row)
	if !strings.Contains(f.detail.Text, "上期（2018年上半年）") {
		t.Errorf("detail lacks last period:\n%s", f.detail.Text)
	}
	// The first period has nothing to compare with.
	u.choosePeriod("2018年上半年")
	if f.returnCell(row, 2) != "" || !strings.Contains(u.m.changes.changesText(), "第一个报送期") {
		t.Fatalf("first period: %q %q", f.returnCell(row, 2), u.m.changes.changesText())
	}
}

// opened records the files handed to the desktop instead of opening them.
func opened(t *testing.T) chan string {
	t.Helper()
	ch := make(chan string, 4)
	oldOpen, oldPrint := openFile, printFile
	openFile = func(p string) error { ch <- p; return nil }
	printFile = openFile
	t.Cleanup(func() { openFile, printFile = oldOpen, oldPrint })
	return ch
}

func got(t *testing.T, ch chan string, what string) string {
	t.Helper()
	select {
	case p := <-ch:
		return p
	case <-time.After(60 * time.Second):
		t.Fatalf("%s was not opened", what)
	}
	return ""
}

// The 催报 files and the 工作总结 are written off the UI goroutine, opened,
// and reported in the status bar; a file that cannot be written says so.
func TestFilesFromWindow(t *testing.T) {
	fixDay(t, "2019-01-10")
	files := opened(t)
	u, ws := openUI(t, fixturesDue(t))
	defer ws.Close()
	v := u.remindV
	done := make(chan struct{}, 4)
	v.afterRun = func() { done <- struct{}{} }
	dir := t.TempDir()

	sheet := filepath.Join(dir, "催报清单.xlsx")
	v.write("导出催报清单", sheet, v.list, ws.SaveRemindSheet)
	if p := got(t, files, "the 催报清单"); p != sheet {
		t.Fatalf("opened %s", p)
	}
	wait(t, done, "the 催报清单")
	if u.status.Text != "已导出《催报清单.xlsx》。" || !v.jobs.bar.Hidden {
		t.Fatalf("status %q", u.status.Text)
	}

	notice := filepath.Join(dir, "催办通知.docx")
	v.write("生成催办通知", notice, v.list, ws.SaveRemindNotice)
	got(t, files, "the notice")
	wait(t, done, "the notice")
	raw, err := os.ReadFile(notice)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docx.Read(raw)
	if err != nil || !strings.Contains(doc.PlainText(), "县公安局") {
		t.Fatalf("notice %v", err)
	}

	// A folder that is not there: a sentence naming the file, no file opened.
	v.write("导出催报清单", filepath.Join(dir, "无此文件夹", "x.xlsx"), v.list, ws.SaveRemindSheet)
	wait(t, done, "the refused sheet")
	if u.status.Text != "导出催报清单失败。" || u.win.Canvas().Overlays().Top() == nil {
		t.Fatalf("refusal: status %q", u.status.Text)
	}
	select {
	case p := <-files:
		t.Fatalf("opened %s after a failure", p)
	default:
	}

	// 打印本单位汇总 hands a PDF of the unit's own returns to the printer.
	v.printUnit("县财政局")
	pdf := got(t, files, "the unit's summary")
	wait(t, done, "the unit's summary")
	if info, err := os.Stat(pdf); err != nil || info.Size() == 0 || !strings.Contains(pdf, "县财政局") {
		t.Fatalf("printed %s: %v", pdf, err)
	}

	report := filepath.Join(dir, "工作总结.docx")
	u.writeReport("2018年度", report)
	got(t, files, "the 工作总结")
	raw, err = os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if doc, err = docx.Read(raw); err != nil || !strings.Contains(doc.PlainText(), "县财政局") {
		t.Fatalf("工作总结 %v", err)
	}
}

// A contact a later change brings shows in an open, untouched editor; one
// with typing keeps the typing.
func TestContactReloads(t *testing.T) {
	u, ws := openUI(t, fixturesDue(t))
	defer ws.Close()
	u.showTab(u.unitsTab)
	v := u.unitsV
	for i, unit := range ws.Dir.Units {
		if unit.Name == "县公安局" {
			v.pickRow(i)
		}
	}
	ws.EditContact("县公安局", func(c *plan.Contact) { c.SetPhone("0751-2800110") })
	if v.contact.phone.Text != "0751-2800110" || v.unsaved() != "" {
		t.Fatalf("untouched editor: %q, unsaved %q", v.contact.phone.Text, v.unsaved())
	}
	v.full.SetText("翁源县公安局（改）")
	ws.EditContact("县公安局", func(c *plan.Contact) { c.SetPerson("张警官") })
	if v.contact.person.Text != "张警官" || v.unsaved() == "" {
		t.Fatalf("typing in 全称 lost: person %q, unsaved %q", v.contact.person.Text, v.unsaved())
	}
	v.contact.note.SetText("值班室")
	ws.EditContact("县公安局", func(c *plan.Contact) { c.SetPhone("110") })
	if v.contact.note.Text != "值班室" || v.contact.phone.Text != "0751-2800110" {
		t.Fatalf("typing in 备注 lost: %q %q", v.contact.note.Text, v.contact.phone.Text)
	}
}

// Returns imported into the previous period change the comparison shown.
func TestPreviousPeriodImportRedraws(t *testing.T) {
	db := cycleDB(t, func(ws *workspace.Workspace) {
		ws.AddPeriod("2018年上半年", "2018-07-15")
		ws.SetPeriodDue("2018年度", "2018-12-31")
		importInto(t, ws, "2018年度", fixture.Path(t, "fixtures/returns/县财政局-落实情况（更新）.xlsx"))
	})
	fixDay(t, "2018-12-20")
	u, ws := openUI(t, db)
	defer ws.Close()
	before := u.m.changes.changesText()
	if !strings.Contains(before, "新报送") || strings.Contains(before, "进步") {
		t.Fatalf("before: %q", before)
	}
	importInto(t, ws, "2018年上半年", fixture.Path(t, "fixtures/returns/县财政局-落实情况.xlsx"))
	if after := u.m.changes.changesText(); !strings.Contains(after, "进步 1 条") {
		t.Fatalf("after importing last period: %q", after)
	}
}
