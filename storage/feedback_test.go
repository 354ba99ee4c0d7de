package storage

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"taizhang/app/feedback"
)

func reply(name, hash, unit string, texts ...string) Reply {
	r := Reply{Name: name, Hash: hash, Unit: unit}
	for i, t := range texts {
		r.Comments = append(r.Comments, feedback.Comment{Unit: unit, Task: i + 1, Kind: feedback.KindOther, Text: t, File: name})
	}
	return r
}

func commentTexts(t *testing.T, s *Store, planID string) []string {
	t.Helper()
	cs, err := s.Comments(planID)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, c.Unit+":"+c.Text)
	}
	return out
}

// Comments are stored per plan, numbered; a unit's later reply replaces its
// earlier one, the same file twice changes nothing, a preview writes
// nothing, and undo takes back the last import and brings back what it
// replaced.
func TestRepliesStoreReplaceAndUndo(t *testing.T) {
	s, _ := openTemp(t)
	at := time.Date(2018, 3, 1, 9, 0, 0, 0, time.UTC)
	if got := commentTexts(t, s, "p"); got != nil {
		t.Fatalf("a new database holds %v", got)
	}
	if _, err := s.UndoReplies("p"); !errors.Is(err, ErrNoFeedbackImport) {
		t.Fatalf("undo with nothing: %v", err)
	}
	first := []Reply{reply("财政.txt", "h1", "县财政局", "一", "二"), reply("教育.txt", "h2", "县教育局", "三")}
	pre, err := s.PreviewReplies("p", first)
	if err != nil || pre[0].Added != 2 || pre[1].Added != 1 || commentTexts(t, s, "p") != nil {
		t.Fatalf("preview %+v %v", pre, err)
	}
	out, info, err := s.AddReplies("p", first, at)
	if err != nil || out[0].Added != 2 || len(info.Files) != 2 || info.Plan != "p" {
		t.Fatalf("add %+v %+v %v", out, info, err)
	}
	want := []string{"县财政局:一", "县财政局:二", "县教育局:三"}
	if got := commentTexts(t, s, "p"); !reflect.DeepEqual(got, want) {
		t.Fatalf("stored %v", got)
	}
	if got := commentTexts(t, s, "other"); got != nil {
		t.Fatalf("another plan sees %v", got)
	}
	cs, _ := s.Comments("p")
	if cs[0].ID == 0 || cs[0].ID == cs[1].ID || cs[0].Plan != "p" {
		t.Fatalf("ids %+v", cs)
	}

	// The same file again, and a new reply from 县财政局 in one import.
	again := []Reply{reply("财政.txt", "h1", "县财政局", "一", "二"), reply("财政2.txt", "h3", "县财政局", "四")}
	pre, _ = s.PreviewReplies("p", again)
	if !pre[0].Unchanged || pre[1].Replaced != 2 || pre[1].Added != 1 {
		t.Fatalf("preview again %+v", pre)
	}
	out, _, err = s.AddReplies("p", again, at.Add(time.Hour))
	if err != nil || !out[0].Unchanged || out[1].Replaced != 2 {
		t.Fatalf("add again %+v %v", out, err)
	}
	want2 := []string{"县教育局:三", "县财政局:四"}
	if got := commentTexts(t, s, "p"); !reflect.DeepEqual(got, want2) {
		t.Fatalf("after replacing %v", got)
	}

	// Deciding one, then undoing the last import: 县财政局's first reply is back.
	cs, _ = s.Comments("p")
	edited, err := s.EditComment("p", cs[0].ID, func(c *feedback.Comment) error {
		c.Decision, c.Reason = feedback.Reject, "职责未变"
		return nil
	})
	if err != nil || edited.Decision != feedback.Reject {
		t.Fatalf("edit %+v %v", edited, err)
	}
	if _, err := s.EditComment("p", 999, func(*feedback.Comment) error { return nil }); !errors.Is(err, ErrNoComment) {
		t.Fatalf("edit of no comment: %v", err)
	}
	stop := errors.New("stop")
	if _, err := s.EditComment("p", cs[0].ID, func(c *feedback.Comment) error { c.Reason = "x"; return stop }); !errors.Is(err, stop) {
		t.Fatalf("a refused edit: %v", err)
	}
	undone, err := s.UndoReplies("p")
	if err != nil || !reflect.DeepEqual(undone.Files, []string{"财政2.txt"}) {
		t.Fatalf("undo %+v %v", undone, err)
	}
	if got := commentTexts(t, s, "p"); !reflect.DeepEqual(got, want) {
		t.Fatalf("after undo %v", got)
	}
	cs, _ = s.Comments("p")
	for _, c := range cs {
		if c.Unit == "县教育局" && (c.Decision != feedback.Reject || c.Reason != "职责未变") {
			t.Errorf("the decision kept through undo: %+v", c)
		}
	}
	// Undo again takes the first import too; a third has nothing left.
	if _, err := s.UndoReplies("p"); err != nil {
		t.Fatal(err)
	}
	if got := commentTexts(t, s, "p"); got != nil {
		t.Fatalf("after the second undo %v", got)
	}
	if _, err := s.UndoReplies("p"); !errors.Is(err, ErrNoFeedbackImport) {
		t.Fatalf("third undo: %v", err)
	}
	// The file marks went with their import: the first file stores again.
	if out, _, _ := s.AddReplies("p", first[:1], at); out[0].Unchanged || out[0].Added != 2 {
		t.Fatalf("re-adding after undo %+v", out)
	}
}
