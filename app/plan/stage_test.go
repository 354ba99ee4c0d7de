package plan

import (
	"strings"
	"testing"
)

func TestStage(t *testing.T) {
	text := "某县2019年政务公开工作要点分工方案\n（征求意见稿）\n一、公开\n（一）推进决策公开\n1.做好决策公开\n县府办负责\n"
	p, err := ParseText(text)
	if err != nil {
		t.Fatal(err)
	}
	if !p.IsDraft() || p.VersionNo() != 1 {
		t.Errorf("stage %q version %d", p.StageName(), p.VersionNo())
	}
	p, _ = ParseText(strings.Replace(text, "（征求意见稿）\n", "", 1))
	if p.IsDraft() {
		t.Error("a plan without the draft mark read as a draft")
	}
	// Stored before stages were kept: the title decides.
	old := &Plan{Title: "某县分工方案（征求意见稿）"}
	if !old.IsDraft() || IssuedTitle(old.Title) != "某县分工方案" {
		t.Errorf("%q → %q", old.StageName(), IssuedTitle(old.Title))
	}
	rows := [][]string{{"某县分工方案"}, {"（征求意见稿）"}, {"工作任务", "具体要求", "牵头落实单位"}, {"（一）推进决策公开", "1.做好决策公开", "县府办"}}
	if p, err := FromRows(rows, ""); err != nil || !p.IsDraft() {
		t.Errorf("master sheet with the mark: %v %v", err, p)
	}
}

func TestClauses(t *testing.T) {
	cs := Clauses("县财政局牵头，县直各部门、县审计局负责，县信息中心")
	if len(cs) != 3 || cs[0].Role != "牵头" || len(cs[1].Units) != 2 || cs[2].Role != "" {
		t.Fatalf("%+v", cs)
	}
	if got := JoinClauses(cs); got != "县财政局牵头，县直各部门、县审计局负责，县信息中心" {
		t.Errorf("joined %q", got)
	}
}
