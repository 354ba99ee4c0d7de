package remind

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"taizhang/app/plan"
)

// testPlan: 县财政局 owes tasks 1–6, 县教育局 owes 2 and 6, 县府办 owes 1.
func testPlan() (*plan.Plan, *plan.Directory) {
	p := &plan.Plan{ID: "t", Title: "翁源县2018年政务公开工作要点分工方案", Year: 2018,
		Periods: []string{"2018年上半年", "2018年度"},
		Due:     map[string]string{"2018年上半年": "2018-07-15", "2018年度": "2018-12-31"}}
	for no, units := range []string{"县府办牵头，县财政局负责", "县财政局、县教育局", "县财政局", "县财政局", "县财政局", "县财政局、县教育局"} {
		p.Tasks = append(p.Tasks, plan.Task{No: no + 1, Text: "任务", UnitsText: units})
	}
	return p, plan.SeedDirectory(p)
}

func ret(task int, unit, status string) plan.Return {
	return plan.Return{Plan: "t", Task: task, Unit: unit, Values: plan.Values{Status: status}}
}

func date(s string) time.Time {
	t, _ := time.Parse(plan.DateLayout, s)
	return t
}

func TestBuildOverdueRangesContacts(t *testing.T) {
	p, d := testPlan()
	rets := []plan.Return{ret(2, "县财政局", "已完成"), ret(6, "县财政局", "已完成"), ret(1, "县府办", "已完成"), ret(2, "县教育局", "未启动")}
	contacts := map[string]plan.Contact{"县财政局": {Person: "李明", Phone: "0751-2812345", Note: "周三在"}}
	l := Build(p, d, "2018年度", rets, contacts, date("2019-01-10"))
	if len(l.Units) != 2 || !reflect.DeepEqual(l.Complete, []string{"县府办"}) {
		t.Fatalf("units %+v complete %v", l.Units, l.Complete)
	}
	fin := l.Units[0]
	want := Unit{Unit: "县财政局", Owed: []int{1, 2, 3, 4, 5, 6}, Missing: []int{1, 3, 4, 5}, MissingText: "1、3–5",
		OverdueDays: 10, Contact: "李明", Phone: "0751-2812345", Note: "周三在"}
	if !reflect.DeepEqual(fin, want) {
		t.Fatalf("县财政局 %+v", fin)
	}
	if edu := l.Units[1]; edu.Unit != "县教育局" || edu.MissingText != "6" || edu.Contact != "" {
		t.Fatalf("县教育局 %+v", edu)
	}
	msg := l.Message()
	wantMsg := "请以下单位尽快报送2018年度政务公开工作落实情况（截止日期为2018年12月31日，已逾期）：\n" +
		"1. 县财政局：第1、3–5项（共4项），已逾期10天\n" +
		"2. 县教育局：第6项（共1项），已逾期10天\n" +
		"已报送的单位请忽略。\n"
	if msg != wantMsg {
		t.Fatalf("message:\n%s", msg)
	}
}

func TestBeforeDueAndNoDue(t *testing.T) {
	p, d := testPlan()
	for today, first := range map[string]string{
		"2018-12-31": "请以下单位于12月31日前报送2018年度政务公开工作落实情况：",
		"2018-12-01": "请以下单位于12月31日前报送2018年度政务公开工作落实情况：",
	} {
		l := Build(p, d, "2018年度", nil, nil, date(today))
		if got := strings.SplitN(l.Message(), "\n", 2)[0]; got != first {
			t.Errorf("%s: %q", today, got)
		}
		for _, u := range l.Units {
			if u.OverdueDays != 0 || strings.Contains(l.Message(), "逾期") {
				t.Errorf("%s: overdue before the due date: %+v", today, u)
			}
		}
	}
	delete(p.Due, "2018年度")
	l := Build(p, d, "2018年度", nil, nil, date("2019-06-01"))
	if got := strings.SplitN(l.Message(), "\n", 2)[0]; got != "请以下单位尽快报送2018年度政务公开工作落实情况：" || l.Units[0].OverdueDays != 0 {
		t.Errorf("no due date: %q %+v", got, l.Units[0])
	}
}

func TestAllReported(t *testing.T) {
	p, d := testPlan()
	var rets []plan.Return
	for _, t := range p.Tasks {
		for _, u := range d.Owers(t.UnitsText, false) {
			rets = append(rets, ret(t.No, u, "已完成"))
		}
	}
	l := Build(p, d, "2018年度", rets, nil, date("2019-01-10"))
	if len(l.Units) != 0 || len(l.Complete) != 3 || !strings.Contains(l.Message(), "均已报送") {
		t.Fatalf("%+v %q", l, l.Message())
	}
}

func TestCompare(t *testing.T) {
	p, d := testPlan()
	prev := []plan.Return{ret(1, "县财政局", "未启动"), ret(2, "县财政局", "已完成"), ret(3, "县财政局", "正在推进"),
		ret(4, "县财政局", "不涉及"), ret(5, "县财政局", "持续推进"), ret(2, "县民政局", "已完成")}
	cur := []plan.Return{ret(1, "县财政局", "正在推进"), ret(2, "县财政局", "进度滞后"), ret(4, "县财政局", "已完成"),
		ret(5, "县财政局", "已完成"), ret(6, "县财政局", "未启动")}
	ds := Compare(p, d, prev, cur)
	got := map[string]Change{}
	for _, x := range ds {
		got[x.Unit+itoa(x.Task)] = x.Change
	}
	want := map[string]Change{
		"县府办1": StillMissing, "县财政局1": MovedUp, "县财政局2": MovedDown, "县财政局3": NoLonger,
		"县财政局4": Changed, "县财政局5": Same, "县财政局6": NewlyReported, "县教育局2": StillMissing,
		"县教育局6": StillMissing, "县民政局2": NoLonger,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("changes %v", got)
	}
	// Owed pairs come in task order; a unit that reported without owing last.
	if last := ds[len(ds)-1]; last.Unit != "县民政局" || last.PrevStatus != "已完成" || last.CurStatus != plan.StatusMissing {
		t.Fatalf("last delta %+v", last)
	}
	tally := Tally(ds)
	if tally[StillMissing] != 3 || tally[MovedUp] != 1 || tally[NoLonger] != 2 {
		t.Fatalf("tally %v", tally)
	}
	if n := len(ByTask(ds, 2)); n != 3 {
		t.Fatalf("task 2 has %d deltas", n)
	}
	if MovedUp.String() != "进步" || StillMissing.String() != "仍未报送" {
		t.Error("change words")
	}
}

func itoa(n int) string { return string(rune('0' + n)) }

// Returns from units that did not owe them come after the owed pairs, by
// task and then unit name, whatever order the ledger gave them in.
func TestCompareUnowedOrder(t *testing.T) {
	p, d := testPlan()
	prev := []plan.Return{ret(5, "县民政局", "已完成"), ret(2, "县民政局", "已完成")}
	cur := []plan.Return{ret(2, "龙仙镇", "未启动"), ret(2, "县卫计局", "正在推进"), ret(3, "县民政局", "已完成")}
	ds := Compare(p, d, prev, cur)
	var got []string
	for _, x := range ds[len(ds)-5:] {
		got = append(got, x.Unit+itoa(x.Task))
	}
	want := []string{"县卫计局2", "县民政局2", "龙仙镇2", "县民政局3", "县民政局5"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("unowed pairs in order %v, want %v", got, want)
	}
}
