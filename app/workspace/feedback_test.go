package workspace

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"taizhang/app/feedback"
	"taizhang/app/planword"
	"taizhang/storage"
)

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// importReplies reads and stores files, failing the test on a store error.
func importReplies(t *testing.T, w *Workspace, paths ...string) []storage.ReplyOutcome {
	t.Helper()
	rs, err := w.ReadReplies(context.Background(), paths, "")
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := w.ImportReplies(rs)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func comments(t *testing.T, w *Workspace) []feedback.Comment {
	t.Helper()
	cs, err := w.Comments()
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// TestRepliesPreviewImportUndo: a preview writes nothing; a bad file
// beside good ones is left out; the same file again changes nothing; a
// unit's later reply replaces its earlier one; undo puts it back.
func TestRepliesPreviewImportUndo(t *testing.T) {
	w := openTest(t)
	dir := t.TempDir()
	a := writeFile(t, filepath.Join(dir, "县财政局.txt"), "第8项，建议改由县住建局牵头。\n第19项不属于本单位职责。\n")
	bad := writeFile(t, filepath.Join(dir, "县民政局.txt"), "")
	none := writeFile(t, filepath.Join(dir, "县水务局.txt"), "我单位对分工方案无修改意见。")

	rs, err := w.ReadReplies(context.Background(), []string{a, bad, none}, "")
	if err != nil {
		t.Fatal(err)
	}
	if rs[1].Err == nil {
		t.Fatal("an empty file was read")
	}
	pre, err := w.PreviewReplies(rs)
	if err != nil || len(pre) != 2 || pre[0].Added != 2 || pre[1].Added != 1 {
		t.Fatalf("preview %+v %v", pre, err)
	}
	if n := len(comments(t, w)); n != 0 {
		t.Fatalf("preview wrote %d comments", n)
	}
	if _, _, err := w.ImportReplies(rs); err != nil {
		t.Fatal(err)
	}
	cs := comments(t, w)
	if len(cs) != 3 || cs[0].Kind != feedback.KindChangeLead || cs[2].Unit != "县水务局" {
		t.Fatalf("stored %+v", cs)
	}
	if out := importReplies(t, w, a); !out[0].Unchanged {
		t.Errorf("the same file again: %+v", out)
	}
	later := writeFile(t, filepath.Join(dir, "县财政局-补充.txt"), "我局对分工方案无修改意见。")
	if out := importReplies(t, w, later); out[0].Replaced != 2 || out[0].Added != 1 {
		t.Errorf("later reply: %+v", out)
	}
	if n := len(comments(t, w)); n != 2 {
		t.Errorf("after replacing: %d comments", n)
	}
	if _, err := w.UndoReplies(); err != nil {
		t.Fatal(err)
	}
	if got := comments(t, w); !reflect.DeepEqual(got, cs) {
		t.Errorf("undo left %+v, want %+v", got, cs)
	}
	silent, err := w.Silent()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range silent {
		if s.Unit == "县财政局" || s.Unit == "县水务局" {
			t.Errorf("%s replied but is chased", s.Unit)
		}
	}
	if len(silent) != len(feedback.FormUnits(w.Plan, w.Dir))-2 {
		t.Errorf("%d units chased", len(silent))
	}
}

// TestDecideAndPublish: accepted comments go into the issued version, the
// rejected ones do not; the draft stays with its id; the issued plan's
// .docx reads back as the same tasks and units; the diff names the tasks.
func TestDecideAndPublish(t *testing.T) {
	w := openTest(t)
	draft := w.Plan
	dir := t.TempDir()
	importReplies(t, w,
		writeFile(t, filepath.Join(dir, "县财政局.txt"), "第8项，建议改由县住建局牵头。\n第9项建议修改为“推进财政预决算信息公开”。\n"),
		writeFile(t, filepath.Join(dir, "县经信局.txt"), "第5项不属于本单位职责。\n"),
		writeFile(t, filepath.Join(dir, "县发改局.txt"), "第5项建议增加县公安局配合。\n"))
	cs := comments(t, w)
	if len(cs) != 4 {
		t.Fatalf("comments %+v", cs)
	}
	decide := func(i int, d string) {
		if _, err := w.Decide(cs[i].ID, Decision{Decision: d, Reason: "理由" + d}); err != nil {
			t.Fatal(err)
		}
	}
	decide(0, feedback.Accept)
	decide(1, feedback.Reject)
	decide(2, feedback.Partial)
	decide(3, feedback.Accept)
	if _, err := w.Decide(999, Decision{Decision: feedback.Accept}); err == nil {
		t.Error("decided a comment that does not exist")
	}
	if _, err := w.Decide(cs[0].ID, Decision{Decision: "同意"}); err == nil {
		t.Error("took 同意 as a decision")
	}

	planOut, table := filepath.Join(dir, "分工方案.docx"), filepath.Join(dir, "采纳情况.xlsx")
	pub, err := w.Publish(planOut, table)
	if err != nil {
		t.Fatal(err)
	}
	if w.Plan.ID != pub.Plan.ID || w.Plan.IsDraft() || pub.Plan.Base != draft.ID {
		t.Errorf("current plan %s (%s)", w.Plan.ID, w.Plan.StageName())
	}
	if got := w.Plan.Task(8).UnitsText; got != "县住建局牵头，县财政局、县直各部门负责" {
		t.Errorf("task 8: %s", got)
	}
	if got := w.Plan.Task(5).UnitsText; got != "县发改局、县工商局负责，县公安局配合" {
		t.Errorf("task 5: %s", got)
	}
	if w.Plan.Task(9).Text != draft.Task(9).Text {
		t.Error("a rejected comment changed task 9")
	}
	if held, _, err := w.store.Plan(draft.ID); err != nil || held.Task(8).UnitsText != draft.Task(8).UnitsText || !held.IsDraft() {
		t.Errorf("the draft changed: %v", err)
	}
	if len(pub.Diff) != 2 || pub.Diff[0].No != 5 || pub.Diff[1].No != 8 {
		t.Errorf("diff %+v", pub.Diff)
	}

	data, err := os.ReadFile(planOut)
	if err != nil {
		t.Fatal(err)
	}
	back, err := planword.Read("分工方案.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	if back.Title != w.Plan.Title || back.StageName() != "正式印发" || len(back.Tasks) != len(w.Plan.Tasks) || !reflect.DeepEqual(back.Sections, w.Plan.Sections) {
		t.Fatalf("read back %q (%s), %d tasks", back.Title, back.StageName(), len(back.Tasks))
	}
	for i, task := range w.Plan.Tasks {
		got := back.Tasks[i]
		if got.No != task.No || got.Text != task.Text || got.Subsection != task.Subsection ||
			!reflect.DeepEqual(w.Dir.Owers(got.UnitsText, true), w.Dir.Owers(task.UnitsText, true)) {
			t.Errorf("task %d read back as %+v, want %+v", task.No, got, task)
		}
	}
	if _, err := os.Stat(table); err != nil {
		t.Error(err)
	}
	// The issued plan imported again from its document replaces the
	// issued version, never the draft it shares a title with.
	if err := w.AddPlan(back); err != nil {
		t.Fatal(err)
	}
	if held, _, err := w.store.Plan(draft.ID); err != nil || !held.IsDraft() || held.Task(8).UnitsText != draft.Task(8).UnitsText {
		t.Errorf("importing the issued plan replaced the draft: %v", err)
	}
	if list, _ := w.Plans(); len(list) != 2 || w.Plan.ID != pub.Plan.ID {
		t.Errorf("plans %+v, current %s", list, w.Plan.ID)
	}

	// Comments stay readable after publishing, but are settled.
	if n := len(comments(t, w)); n != 4 {
		t.Errorf("%d comments after publishing", n)
	}
	if _, err := w.Decide(cs[1].ID, Decision{Decision: feedback.Accept}); err == nil {
		t.Error("a decision changed after publishing")
	}
	if _, err := w.Publish("", ""); err == nil || !strings.Contains(err.Error(), "正式印发") {
		t.Errorf("published twice: %v", err)
	}
	a, b, diffs, err := w.DiffPlans("1", "2")
	if err != nil || a.ID != draft.ID || b.ID != pub.Plan.ID || !reflect.DeepEqual(diffs, pub.Diff) {
		t.Errorf("diff 1 2: %v %+v", err, diffs)
	}
	if _, _, _, err := w.DiffPlans("征求意见稿", "正式印发"); err != nil {
		t.Error(err)
	}
}
