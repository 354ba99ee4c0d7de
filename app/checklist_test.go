package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/app/workspace"
	"taizhang/internal/fixture"
)

// startUI is the window on a fresh database, files handed to the desktop
// caught instead of opened.
func startUI(t *testing.T) (*UI, *workspace.Workspace) {
	t.Helper()
	oldOpen, oldPrint := openFile, printFile
	openFile = func(string) error { return nil }
	printFile = openFile
	t.Cleanup(func() { openFile, printFile = oldOpen, oldPrint })
	return openUI(t, filepath.Join(t.TempDir(), "t.db"))
}

// ticked says whether step n (from 1) of 从这里开始 is done, as the data
// says and, while the period is empty, as the 总览 draws it.
func ticked(t *testing.T, u *UI, n int) bool {
	t.Helper()
	done := u.checklistSteps()[n-1].done
	if len(u.m.returns) > 0 {
		return done
	}
	drawn := false
	for _, l := range labelsIn(u.overV.content) {
		if l == stepLine(n, u.checklistSteps()[n-1]) {
			drawn = true
		}
	}
	return done && drawn
}

// stepLine is how a step done reads in the 总览.
func stepLine(n int, s checkStep) string {
	return fmt.Sprintf("%d. %s（已完成）", n, s.title)
}

// labelsIn collects the text of every label under o.
func labelsIn(o fyne.CanvasObject) []string {
	var out []string
	walkAll(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	})
	return out
}

// jobDone is closed once the next job of b has finished and reported.
func jobDone(t *testing.T, b *background) chan struct{} {
	t.Helper()
	ch := make(chan struct{})
	b.idle = func() { close(ch); b.idle = nil }
	return ch
}

// waitFor waits for ch, or fails after a generous while.
func waitFor(t *testing.T, ch chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(60 * time.Second):
		t.Fatalf("%s never happened", what)
	}
}

func TestChecklistShownOnAnEmptyPeriod(t *testing.T) {
	u, _ := startUI(t)
	for n := 1; n <= len(u.checklistSteps()); n++ {
		if ticked(t, u, n) {
			t.Errorf("step %d ticked on a fresh database", n)
		}
	}
	if got := labelsIn(u.overV.content); len(got) < 8 || got[0] != "从这里开始 · "+u.period {
		t.Fatalf("the 总览 of an empty period shows %q", got)
	}
}

func TestChecklistDirectoryStep(t *testing.T) {
	u, ws := startUI(t)
	tapButton(t, u.overV.content, "核对完毕")
	if !ticked(t, u, 1) {
		t.Fatal("核对完毕 did not tick the step")
	}
	ws.Close()
	u2, ws2 := openUI(t, ws.Path())
	defer ws2.Close()
	if !ticked(t, u2, 1) {
		t.Error("the tick was not kept in the database")
	}
}

func TestChecklistPeriodStep(t *testing.T) {
	u, ws := startUI(t)
	if err := ws.SetPeriodDue(u.period, "2018-12-31"); err != nil {
		t.Fatal(err)
	}
	if !ticked(t, u, 3) {
		t.Fatal("a due date did not tick the step")
	}
}

func TestChecklistTemplatesStep(t *testing.T) {
	u, _ := startUI(t)
	dir := t.TempDir()
	done := jobDone(t, u.exportV.jobs)
	u.exportV.writeTemplates(dir, []string{"县民政局"})
	waitFor(t, done, "the templates written")
	if !ticked(t, u, 4) {
		t.Fatal("writing the templates did not tick the step")
	}
	if files, _ := os.ReadDir(dir); len(files) != 1 {
		t.Errorf("%d templates written", len(files))
	}
}

func TestChecklistImportStepGivesWayToTheOverview(t *testing.T) {
	u, ws := startUI(t)
	importInto(t, ws, u.period, fixture.Path(t, "fixtures/returns/县民政局.xlsx"))
	if !ticked(t, u, 5) {
		t.Fatal("the import did not tick the step")
	}
	for _, l := range labelsIn(u.overV.content) {
		if l == "从这里开始 · "+u.period {
			t.Fatal("the checklist stayed after returns arrived")
		}
	}
	u.showChecklist()
	if u.startD == nil || len(labelsIn(u.startD.box)) < 8 {
		t.Fatal("帮助 → 从这里开始 shows no checklist")
	}
}

func TestChecklistRemindStep(t *testing.T) {
	u, _ := startUI(t)
	u.remindV.refresh()
	u.remindV.copyMessage()
	if !ticked(t, u, 6) {
		t.Fatal("copying the 催报 message did not tick the step")
	}
}

func TestChecklistExportStep(t *testing.T) {
	u, _ := startUI(t)
	done := jobDone(t, u.exportV.jobs)
	u.exportV.print()
	waitFor(t, done, "the summary printed")
	if !ticked(t, u, 7) {
		t.Fatal("printing did not tick the step")
	}
}

func TestChecklistReportStep(t *testing.T) {
	u, _ := startUI(t)
	done := jobDone(t, u.exportV.jobs)
	u.writeReport(u.period, filepath.Join(t.TempDir(), "总结.docx"))
	waitFor(t, done, "the report written")
	if !ticked(t, u, 8) {
		t.Fatal("writing the report did not tick the step")
	}
}

// tapButton taps the button with text under o.
func tapButton(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	var found *widget.Button
	walkAll(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
	})
	if found == nil {
		t.Fatalf("no button %q", text)
	}
	test.Tap(found)
}

// While the plan is a 征求意见稿 the round is step 2, its button opening
// the 征求意见 tab; publishing the plan ticks it, and it stays listed.
func TestChecklistRoundStep(t *testing.T) {
	u, ws := startUI(t)
	if !ws.Plan.IsDraft() {
		t.Fatal("the seed plan is not a 征求意见稿")
	}
	if s := u.checklistSteps()[1]; s.title != "征求意见并正式印发" || ticked(t, u, 2) {
		t.Fatalf("step 2 of a draft is %q (done %v)", s.title, s.done)
	}
	tapButton(t, u.overV.content, "去征求意见")
	if got := u.tabs.Selected().Text; got != feedbackTabName {
		t.Fatalf("the round's button opened %q", got)
	}
	dir := t.TempDir()
	if _, err := ws.Publish(filepath.Join(dir, "分工方案.docx"), filepath.Join(dir, "采纳情况表.xlsx")); err != nil {
		t.Fatal(err)
	}
	if ws.Plan.IsDraft() {
		t.Fatal("publishing left a draft")
	}
	if s := u.checklistSteps()[1]; s.title != "征求意见并正式印发" || !ticked(t, u, 2) {
		t.Fatalf("after publishing step 2 is %q (done %v)", s.title, s.done)
	}
}

// A plan that never went round for comments lists no round: the year's
// steps start with the period's due date.
func TestChecklistNoRoundForAnIssuedPlan(t *testing.T) {
	u, ws := startUI(t)
	if err := ws.SetStage(plan.StagePublished); err != nil {
		t.Fatal(err)
	}
	steps := u.checklistSteps()
	if len(steps) != 7 || steps[1].title != "设置报送期和截止日期" {
		t.Fatalf("an issued plan lists %d steps, the second %q", len(steps), steps[1].title)
	}
	for _, l := range labelsIn(u.overV.content) {
		if strings.Contains(l, "征求意见并正式印发") {
			t.Fatalf("the 总览 of an issued plan shows %q", l)
		}
	}
}
