package importer

import (
	"errors"
	"strings"
	"testing"
)

// A row with blank task cells continues the task right above it, never
// one further up across a task row the unit left empty.
func TestContinuationStopsAtAnEmptyTaskRow(t *testing.T) {
	ctx := seedCtx(t)
	csv := "填报单位：县财政局\n序号,落实情况,完成状态\n8,甲,已完成\n,甲续,\n9,,\n,乙,\n"
	r := Read("县财政局.csv", []byte(csv), "2018-07-01", ctx)
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	if len(r.Returns) != 1 || r.Returns[0].Task != 8 || r.Returns[0].Text != "甲\n甲续" {
		t.Fatalf("returns %+v", r.Returns)
	}
	if len(r.Unmatched) != 1 || r.Unmatched[0].Line != 6 || !strings.Contains(r.Unmatched[0].Text, "乙") {
		t.Fatalf("unmatched %+v", r.Unmatched)
	}
}

// A bug met while reading refuses that file with one sentence naming it,
// instead of stopping the whole import.
func TestReadingBugRefusesTheFile(t *testing.T) {
	results := ReadAll("县财政局.xlsx", []byte("序号,落实情况\n8,甲\n"), "", Context{}) // no plan: a bug
	var p *ReadPanic
	if len(results) != 1 || !errors.As(results[0].Err, &p) || !strings.HasPrefix(results[0].RefusalText(), "《县财政局.xlsx》") {
		t.Fatalf("%+v", results)
	}
}
