package feedback

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"taizhang/app/plan"
	"taizhang/seeds"
)

func seed(t *testing.T) (*plan.Plan, *plan.Directory) {
	t.Helper()
	p, d, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p, d
}

func TestClassify(t *testing.T) {
	_, d := seed(t)
	cases := []struct{ unit, opinion, suggestion, want string }{
		{"县财政局", "同意", "", KindAgree},
		{"县财政局", "无异议", "", KindAgree},
		{"县财政局", "我单位对分工方案无修改意见", "", KindNone},
		{"县财政局", "无意见", "", KindNone},
		{"县财政局", "无", "", KindNone},
		{"县财政局", "暂无。", "", KindNone},
		{"县财政局", "不同意", "", KindOther},
		{"县财政局", "不属于本单位职责", "", KindNotOurs},
		{"县财政局", "修改", "建议删除本单位", KindNotOurs},
		{"县财政局", "该项工作不属于我局职能，建议删除我单位", "", KindNotOurs},
		{"县财政局", "修改", "建议改由县住建局牵头", KindChangeLead},
		{"县财政局", "建议牵头单位调整为县发改局", "", KindChangeLead},
		{"县财政局", "修改", "建议增加县住建局为责任单位", KindAddUnit},
		{"县财政局", "修改", "建议将“及时公开”改为“在20个工作日内公开”", KindReword},
		{"县财政局", "修改", "文字表述不够准确", KindReword},
		{"县财政局", "建议加强培训", "", KindOther},
		{"县财政局", "", "", ""},
	}
	for _, c := range cases {
		named := NamedUnits(c.opinion+c.suggestion, d, c.unit)
		if got := Classify(c.opinion, c.suggestion, named); got != c.want {
			t.Errorf("Classify(%q, %q) = %q, want %q", c.opinion, c.suggestion, got, c.want)
		}
	}
}

func TestNamedUnitsAliasesAndOrder(t *testing.T) {
	_, d := seed(t)
	got := NamedUnits("建议由国土局牵头，县财政局、县政府办公室配合", d, "县财政局")
	want := []string{"县国土资源局", "县府办"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("NamedUnits = %v, want %v", got, want)
	}
}

// effect proposes a comment on a seed task and applies it.
func effect(t *testing.T, no int, unit, kind, text, suggestion string) (Change, Comment) {
	p, d := seed(t)
	task := p.Task(no)
	c := Comment{Unit: unit, Task: no, Kind: kind, Text: text}
	Propose(&c, task, d, suggestion)
	return Effect(task, &c, d), c
}

func TestEffects(t *testing.T) {
	// Task 5: 县发改局、县经信局、县工商局负责.
	ch, _ := effect(t, 5, "县经信局", KindNotOurs, "不属于本单位职责", "")
	if ch.UnitsText != "县发改局、县工商局负责" || !reflect.DeepEqual(ch.Lost, []string{"县经信局"}) || ch.Gained != nil {
		t.Errorf("remove: %+v", ch)
	}
	ch, _ = effect(t, 5, "县发改局", KindAddUnit, "建议增加县住建局配合", "")
	if ch.UnitsText != "县发改局、县经信局、县工商局负责，县住建局配合" || !reflect.DeepEqual(ch.Gained, []string{"县住建局"}) {
		t.Errorf("add: %+v", ch)
	}
	// Task 8: 县财政局牵头，县直各部门负责.
	ch, _ = effect(t, 8, "县财政局", KindChangeLead, "建议改由县住建局牵头", "")
	if ch.UnitsText != "县住建局牵头，县财政局、县直各部门负责" {
		t.Errorf("lead: %+v", ch)
	}
	if r := plan.ParseUnits(ch.UnitsText); !reflect.DeepEqual(r.Lead, []string{"县住建局"}) {
		t.Errorf("lead parsed as %+v", r)
	}
	// Task 3: 县编办牵头. The old lead is named first, the new one after it.
	ch, _ = effect(t, 3, "县财政局", KindChangeLead, "修改：建议把“县编办牵头”改为“县府办牵头”。", "")
	if r := plan.ParseUnits(ch.UnitsText); !reflect.DeepEqual(r.Lead, []string{"县府办"}) {
		t.Errorf("lead from old to new: %q parsed as %+v", ch.UnitsText, r)
	}
	// 县教育局 is in task 15 only through 县直各部门: no text edit, a note.
	ch, _ = effect(t, 15, "县教育局", KindNotOurs, "不属于本单位职责", "")
	if ch.Manual == "" || len(ch.Lost) != 0 {
		t.Errorf("collective: %+v", ch)
	}
	ch, c := effect(t, 9, "县财政局", KindReword, "建议改为“及时公开财政预决算和“三公”经费信息”", "")
	if c.NewText == "" || ch.Text != c.NewText {
		t.Errorf("reword: %+v %+v", ch, c)
	}
}

func TestPublishAndDiff(t *testing.T) {
	p, d := seed(t)
	cs := []Comment{
		{Unit: "县经信局", Task: 5, Kind: KindNotOurs, Remove: []string{"县经信局"}, Decision: Accept},
		{Unit: "县财政局", Task: 8, Kind: KindChangeLead, Lead: "县住建局", Decision: Partial},
		{Unit: "县财政局", Task: 9, Kind: KindReword, NewText: "新的文字", Decision: Reject},
	}
	pub, notes, err := Publish(p, d, cs)
	if err != nil || len(notes) != 0 {
		t.Fatal(err, notes)
	}
	if pub.Stage != plan.StagePublished || pub.Version != 2 || pub.Base != p.ID || pub.ID == p.ID || strings.Contains(pub.Title, "征求意见稿") {
		t.Errorf("published plan: %+v", pub)
	}
	if p.Task(5).UnitsText != "县发改局、县经信局、县工商局负责" {
		t.Error("the draft changed")
	}
	diffs := Diff(p, pub, d)
	if len(diffs) != 2 || diffs[0].No != 5 || diffs[1].No != 8 {
		t.Fatalf("diff: %+v", diffs)
	}
	if !reflect.DeepEqual(diffs[0].Lost, []string{"县经信局"}) || diffs[1].NewUnits != "县住建局牵头，县财政局、县直各部门负责" || diffs[1].Gained != nil {
		t.Errorf("diff units: %+v", diffs)
	}
	if _, _, err := Publish(pub, d, nil); err == nil {
		t.Error("an issued plan was issued again")
	}
	pub.Tasks = pub.Tasks[1:]
	if diffs := Diff(p, pub, d); diffs[0].Change != DiffRemoved || diffs[0].No != 1 {
		t.Errorf("removed task: %+v", diffs[0])
	}
}

func TestFormRowsAndSilent(t *testing.T) {
	p, d := seed(t)
	rows := FormRows(p, d, "县财政局")
	if len(rows) == 0 || rows[0].Task.No != 2 || rows[0].Role != "负责" {
		t.Fatalf("rows: %+v", rows[0])
	}
	for _, r := range rows {
		if r.Task.No == 8 && r.Role != "牵头" {
			t.Errorf("task 8 role %s", r.Role)
		}
	}
	units := FormUnits(p, d)
	// Every unit the plan names but the office that drafts it.
	if len(units) != 31 || slices.Contains(units, "县府办") || !slices.Contains(units, "县财政局") {
		t.Errorf("asked %d units: %v", len(units), units)
	}
	silent := Silent(p, d, []Comment{{Unit: "县财政局"}})
	if len(silent) != len(units)-1 {
		t.Errorf("silent %d of %d", len(silent), len(units))
	}
}

// Two accepted comments taking the same unit off a task: the second finds
// it gone and asks for no hand edit.
func TestPublishSameUnitTwice(t *testing.T) {
	p, d := seed(t)
	cs := []Comment{
		{Unit: "县发改局", Task: 5, Units: "县发改局、县工商局负责", Decision: Partial},
		{Unit: "县经信局", Task: 5, Remove: []string{"县经信局"}, Decision: Accept},
		{Unit: "县教育局", Task: 15, Remove: []string{"县教育局"}, Decision: Accept},
	}
	pub, notes, err := Publish(p, d, cs)
	if err != nil {
		t.Fatal(err)
	}
	if pub.Task(5).UnitsText != "县发改局、县工商局负责" || len(notes) != 1 || !strings.HasPrefix(notes[0], "第15项") {
		t.Errorf("task 5 %q, notes %q", pub.Task(5).UnitsText, notes)
	}
}
