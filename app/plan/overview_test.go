package plan

import "testing"

func overviewPlan() (*Plan, *Directory) {
	p := &Plan{ID: "t", Sections: []Section{{Title: "一、甲"}, {Title: "二、乙"}}, Tasks: []Task{
		{No: 1, Section: "一、甲", Text: "a", UnitsText: "县财政局牵头，县审计局负责"},
		{No: 2, Section: "一、甲", Text: "b", UnitsText: "县直各部门负责"},
		{No: 3, Section: "二、乙", Text: "c", UnitsText: "县审计局负责"},
	}}
	d := &Directory{
		Units:       []Unit{{Name: "县财政局"}, {Name: "县审计局"}, {Name: "县教育局"}},
		Collectives: []Collective{{Name: "县直各部门", Members: []string{"县财政局", "县审计局", "县教育局"}}},
	}
	return p, d
}

func TestTaskStatesAndOverview(t *testing.T) {
	p, d := overviewPlan()
	rets := []Return{
		{Task: 1, Unit: "县财政局", Values: Values{Status: StatusDone}},
		{Task: 1, Unit: "县审计局", Values: Values{Status: StatusNA}},
		{Task: 2, Unit: "县财政局", Values: Values{Status: StatusLate}},
		{Task: 2, Unit: "县教育局", Values: Values{RawStatus: "差不多"}},
	}
	st := TaskStates(p, d, rets)
	if !st[1].Finished() || st[2].Finished() || st[3].Finished() {
		t.Errorf("finished: %v %v %v", st[1].Finished(), st[2].Finished(), st[3].Finished())
	}
	// 县财政局 owes task 2 only through 县直各部门.
	if !st[2].Owes("县财政局") || st[3].Owes("县财政局") {
		t.Error("owing through a collective not seen")
	}
	if st[2].Headline != StatusLate || st[3].Headline != StatusMissing || st[1].Headline != StatusDone {
		t.Errorf("headlines %q %q %q", st[1].Headline, st[2].Headline, st[3].Headline)
	}
	if st[2].ByUnit["县财政局"] != StatusLate || st[2].ByUnit["县审计局"] != StatusMissing || st[3].ByUnit["县财政局"] != "" {
		t.Errorf("task 2 by unit %v", st[2].ByUnit)
	}
	if st[2].Counts[StatusUnset] != 1 || st[2].Counts[StatusMissing] != 1 {
		t.Errorf("task 2 counts %v", st[2].Counts)
	}
	o := Summarize(p, d, rets)
	if o.Units != 3 || o.UnitsReported != 3 || o.Owed != 6 || o.Returned != 4 || o.Tasks != 3 || o.TasksDone != 1 {
		t.Errorf("overview %+v", o)
	}
	if o.Sections[0].Owed != 5 || o.Sections[1].Owed != 1 || o.Sections[1].Counts[StatusMissing] != 1 {
		t.Errorf("sections %+v", o.Sections)
	}
	if len(o.Behind) != 1 || o.Behind[0].Unit != "县审计局" || len(o.Behind[0].Missing) != 2 {
		t.Errorf("behind %+v", o.Behind)
	}
}

// A return on a task the unit does not owe is 额外报送: listed, and in no
// other figure.
func TestExtraReturnsCountedApart(t *testing.T) {
	p, d := overviewPlan()
	rets := []Return{
		{Task: 1, Unit: "县财政局", Values: Values{Status: StatusDone}},
		{Task: 3, Unit: "县财政局", Values: Values{Status: StatusDone}},
		{Task: 9, Unit: "县教育局", Values: Values{Status: StatusDone}},
	}
	o := Summarize(p, d, rets)
	if o.Owed != 6 || o.Returned != 1 || o.Counts[StatusDone] != 1 || len(o.Extra) != 2 {
		t.Errorf("overview %d/%d, 已完成 %d, extra %v", o.Returned, o.Owed, o.Counts[StatusDone], o.Extra)
	}
	if o.Extra[0].Task != 3 || o.Sections[1].Extra != 1 || o.ByUnit["县财政局"][StatusDone] != 1 {
		t.Errorf("extra %v, sections %+v, by unit %v", o.Extra, o.Sections, o.ByUnit)
	}
	sum := 0
	for _, sc := range o.Breakdown() {
		sum += sc.N
	}
	if sum != o.Owed || o.Missing() != 5 {
		t.Errorf("breakdown adds up to %d of %d, missing %d", sum, o.Owed, o.Missing())
	}
	if got := ExtraTasks(p, d, "县财政局", rets); len(got) != 1 || got[0] != 3 {
		t.Errorf("extra tasks of 县财政局 %v", got)
	}
}
