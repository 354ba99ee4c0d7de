package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/feedback"
	"taizhang/app/workspace"
	"taizhang/storage"
)

// TestFeedbackTab: comments show by task, the filters narrow them, the
// selected one shows who gains or loses its task, and a decision with its
// reason is saved; after publishing the tab says so and decisions close.
func TestFeedbackTab(t *testing.T) {
	dir := t.TempDir()
	u, ws := openUI(t, filepath.Join(dir, "t.db"))
	files := map[string]string{
		"县经信局.txt": "第5项不属于本单位职责。\n",
		"县财政局.txt": "第8项，建议改由县住建局牵头。\n",
		"县水务局.txt": "我单位对分工方案无修改意见。\n",
	}
	var paths []string
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	rs, err := ws.ReadReplies(context.Background(), paths, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := ws.ImportReplies(rs); err != nil {
		t.Fatal(err)
	}
	v := newFeedbackView(u)
	if len(v.shown) != 3 || v.shown[0].Task != 5 || v.shown[2].Task != 0 {
		t.Fatalf("shown %+v", v.shown)
	}
	if !strings.Contains(v.head.Text, "已反馈3个") || !strings.Contains(v.silentL.Text, "未反馈单位（28个）") {
		t.Errorf("head %q / silent %q", v.head.Text, v.silentL.Text)
	}
	v.kindSel.SetSelected(feedback.KindNotOurs)
	if len(v.shown) != 1 || v.shown[0].Unit != "县经信局" {
		t.Fatalf("filtered %+v", v.shown)
	}
	v.table.Select(0)
	v.showComment(0)
	if !strings.Contains(v.detail.Text, "不再承担：县经信局") || !strings.Contains(v.detail.Text, "县发改局、县工商局负责") {
		t.Errorf("detail %q", v.detail.Text)
	}
	v.decision.SetSelected(feedback.Accept)
	test.Type(v.reason, "职责已调整")
	test.Tap(v.saveBtn)
	cs, _ := ws.Comments()
	for _, c := range cs {
		if (c.Unit == "县经信局") != (c.Decision == feedback.Accept && c.Reason == "职责已调整") {
			t.Fatalf("saved %+v", c)
		}
	}
	if v.table.SelectedRow() != 0 || v.cell(0, 5) != feedback.Accept {
		t.Errorf("after saving: row %d shows %q", v.table.SelectedRow(), v.cell(0, 5))
	}
	v.kindSel.SetSelected(allChoice)
	v.unitSel.SetSelected("县财政局")
	if len(v.shown) != 1 || v.shown[0].Task != 8 {
		t.Fatalf("by unit %+v", v.shown)
	}
	// 部分采纳 with the clerk's own wording of the units.
	v.table.Select(0)
	v.showComment(0)
	if v.newUnits.Text != "县住建局牵头，县财政局、县直各部门负责" || !strings.Contains(v.detail.Text, "牵头单位：县财政局 → 县住建局") {
		t.Fatalf("proposed %q / %q", v.newUnits.Text, v.detail.Text)
	}
	v.decision.SetSelected(feedback.Partial)
	v.newUnits.SetText("县住建局牵头，县直各部门负责")
	test.Tap(v.saveBtn)

	if _, err := ws.Publish("", ""); err != nil {
		t.Fatal(err)
	}
	v2 := newFeedbackView(u)
	if v2.editing || !strings.Contains(v2.head.Text, "已正式印发（当前为第2版）") || len(v2.all) != 3 {
		t.Errorf("after publishing: editing %v, head %q", v2.editing, v2.head.Text)
	}
	// Once issued, nobody is chased for comments on the draft.
	walkAll(v2.content, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && (strings.Contains(b.Text, "催告") || b.Text == "导出名单…") && !b.Disabled() {
			t.Errorf("after publishing %q is still enabled", b.Text)
		}
	})
	if strings.Contains(v2.silentL.Text, "未反馈单位（") {
		t.Errorf("after publishing the tab still lists %q", v2.silentL.Text)
	}
	if ws.Plan.Task(5).UnitsText != "县发改局、县工商局负责" || ws.Plan.Task(8).UnitsText != "县住建局牵头，县直各部门负责" {
		t.Errorf("issued task 5: %s; task 8: %s", ws.Plan.Task(5).UnitsText, ws.Plan.Task(8).UnitsText)
	}
	if ws.Plan.Task(8).Text != v.round.Task(8).Text {
		t.Error("task 8's requirement changed though only its units were edited")
	}
}

// The draft and the issued plan share a title: the picker tells them apart.
func TestPlanLabelsTellVersionsApart(t *testing.T) {
	labels, ids := planLabels([]storage.PlanInfo{
		{ID: "a", Title: "方案", Stage: "征求意见稿", Version: 1},
		{ID: "a-v2", Title: "方案", Stage: "正式印发", Version: 2},
		{ID: "b", Title: "另一方案", Stage: "正式印发", Version: 1},
	})
	if len(labels) != 3 || labels[0] != "方案（征求意见稿，第1版）" || labels[2] != "另一方案" || ids[labels[1]] != "a-v2" {
		t.Errorf("labels %q", labels)
	}
	if labelOf(ids, "a") != labels[0] {
		t.Error("labelOf")
	}
}

// The preview says what each file brings, and nothing for a file stored
// before.
func TestReplyPreviewLines(t *testing.T) {
	dir := t.TempDir()
	_, ws := openUI(t, filepath.Join(dir, "t.db"))
	path := filepath.Join(dir, "县财政局.txt")
	if err := os.WriteFile(path, []byte("第8项，建议改由县住建局牵头。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, _ := ws.ReadReplies(context.Background(), []string{path, filepath.Join(dir, "无.txt")}, "")
	out, _ := ws.PreviewReplies(rs)
	lines := previewLines(rs, out)
	if len(lines) != 3 || !strings.Contains(lines[0], "县财政局（函）：1条意见") || !strings.Contains(lines[1], "第8项更换牵头单位") || !strings.HasPrefix(lines[2], "拒绝：") {
		t.Fatalf("lines %q", lines)
	}
	if _, _, err := ws.ImportReplies(rs); err != nil {
		t.Fatal(err)
	}
	out, _ = ws.PreviewReplies(rs)
	if lines := previewLines(rs, out); len(lines) != 2 || !strings.Contains(lines[0], "此前已导入") {
		t.Errorf("again %q", lines)
	}
}

// Replies picked in the tab are read off the UI goroutine and previewed in
// a dialog; importing reports in the status bar; publishing from the tab
// rebuilds the window and comes back to the tab.
func TestFeedbackTabImportAndPublish(t *testing.T) {
	dir := t.TempDir()
	u, ws := openUI(t, filepath.Join(dir, "t.db"))
	v := newFeedbackView(u)
	done := make(chan struct{}, 4)
	v.afterRun = func() { done <- struct{}{} }
	path := filepath.Join(dir, "县经信局.txt")
	if err := os.WriteFile(path, []byte("第5项不属于本单位职责。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	v.readReplies([]string{path})
	wait(t, done, "reading")
	if u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no preview dialog")
	}
	rs, _ := ws.ReadReplies(context.Background(), []string{path}, "")
	v.importReplies(rs)
	wait(t, done, "importing")
	if u.status.Text != "已导入 1 份反馈，1 条意见。" || len(v.all) != 1 {
		t.Fatalf("status %q, %d comments shown", u.status.Text, len(v.all))
	}
	if _, err := ws.Decide(v.all[0].ID, workspace.Decision{Decision: feedback.Accept}); err != nil {
		t.Fatal(err)
	}
	u.showTab(u.overTab)
	v.run("正式印发", func() (string, error) {
		_, err := ws.Publish("", "")
		return "已正式印发。", err
	})
	wait(t, done, "publishing")
	if sel := u.tabs.Selected(); sel == nil || sel.Text != feedbackTabName || u.status.Text != "已正式印发。" {
		t.Errorf("after publishing the window shows %v, status %q", sel, u.status.Text)
	}
	if !strings.Contains(u.win.Title(), ws.Plan.Title) || ws.Plan.IsDraft() {
		t.Errorf("window %q on %s", u.win.Title(), ws.Plan.StageName())
	}
}
