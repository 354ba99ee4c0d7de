package plan_test

import (
	"reflect"
	"strings"
	"testing"

	"taizhang/app/plan"
	"taizhang/internal/fixture"
)

func seedPlan(t testing.TB) (*plan.Plan, *plan.Directory) {
	t.Helper()
	p, err := plan.ParseText(string(fixture.Read(t, "seeds/000_f349a1681916d5d1.txt")))
	if err != nil {
		t.Fatal(err)
	}
	return p, plan.SeedDirectory(p)
}

func TestParseSeedStructure(t *testing.T) {
	p, _ := seedPlan(t)
	if p.Title != "翁源县2018年政务公开工作要点分工方案" || p.Year != 2018 {
		t.Fatalf("title %q year %d", p.Title, p.Year)
	}
	if len(p.Sections) != 4 || len(p.Tasks) != 57 {
		t.Fatalf("%d sections, %d tasks", len(p.Sections), len(p.Tasks))
	}
	subs := 0
	for _, s := range p.Sections {
		subs += len(s.Subsections)
	}
	if subs != 15 {
		t.Fatalf("%d subsections", subs)
	}
	for i, tk := range p.Tasks {
		if tk.No != i+1 {
			t.Fatalf("task %d is numbered %d", i+1, tk.No)
		}
	}
	if got := p.Task(49).Text; !strings.HasPrefix(got, "完善各部门为政府公报提供文件工作机制") {
		t.Errorf("task 49 (no dot after its number): %q", got)
	}
	if got := p.Task(8).UnitsText; got != "县财政局牵头，县直各部门负责" {
		t.Errorf("task 8 unit text joined over lines: %q", got)
	}
	if s := p.Task(25); s.Section != "二、着力提升政务服务工作实效" || s.Subsection != "（五）推进网上办事服务公开" {
		t.Errorf("task 25 in %q / %q", s.Section, s.Subsection)
	}
}

func TestRolesOfSeedTasks(t *testing.T) {
	p, d := seedPlan(t)
	type roles struct {
		lead, resp, support []string
		sep                 bool
	}
	l := func(s ...string) []string { return s }
	want := map[int]roles{
		1:  {nil, l("县府办", "各镇（场）政府办公室"), nil, false},
		8:  {l("县财政局"), l("县直各部门"), nil, false},
		9:  {nil, l("县财政局"), nil, false},
		11: {nil, l("县国土资源局", "市公共资源交易中心翁源分中心"), nil, false},
		21: {nil, l("县教育局", "县卫计局", "县住建局", "县安监局", "县国土资源局", "县水务局", "县食药监局", "县民政局"), nil, true},
		24: {nil, l("县委宣传部", "县府办"), nil, false},
		30: {nil, l("县编办", "县行政服务中心", "县工商局", "县信息中心"), nil, false},
		49: {l("县府办"), l("各镇（场）政府", "县直各部门"), nil, false},
		52: {l("县委宣传部"), l("县府办", "各镇（场）政府", "县直各部门"), nil, false},
		56: {nil, l("县教育局", "县环保局", "县文广新局", "县旅游局", "县卫计局", "县住建局", "县民政局"), nil, true},
	}
	for no, w := range want {
		r := d.Roles(p.Task(no).UnitsText)
		got := roles{r.Lead, r.Responsible, r.Support, r.Separately}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("task %d: got %+v, want %+v", no, got, w)
		}
	}
}

func TestParseUnitsSupport(t *testing.T) {
	r := plan.ParseUnits("县府办牵头， 县财政局、县审计局配合；县直各部门负责")
	want := plan.Roles{Lead: []string{"县府办"}, Support: []string{"县财政局", "县审计局"}, Responsible: []string{"县直各部门"}}
	if !reflect.DeepEqual(r, want) {
		t.Fatalf("%+v", r)
	}
}

func TestDirectoryAliases(t *testing.T) {
	_, d := seedPlan(t)
	for in, want := range map[string]string{
		"县国土局": "县国土资源局", "县政府办公室": "县府办", "翁源县人民政府办公室": "县府办",
		"翁源县财政局": "县财政局", "龙仙镇人民政府": "龙仙镇", "县 财政局": "县财政局", "教育局": "县教育局",
		"各镇(场)政府": "各镇（场）政府",
	} {
		if got := d.Canonical(in); got != want {
			t.Errorf("%s → %s, want %s", in, got, want)
		}
	}
	if got := d.FindIn("教育局2018政务公开落实情况（修改版）"); got != "县教育局" {
		t.Errorf("file name gives %q", got)
	}
	towns := d.Expand("各镇（场）政府")
	if len(towns) != 8 || towns[0] != "龙仙镇" || towns[7] != "铁龙林场" {
		t.Errorf("towns %v", towns)
	}
	depts := d.Expand("县直各部门")
	if !contains(depts, "县府办") || contains(depts, "县委宣传部") || contains(depts, "龙仙镇") {
		t.Errorf("departments %v", depts)
	}
}

func TestOwers(t *testing.T) {
	p, d := seedPlan(t)
	o := d.Owers(p.Task(8).UnitsText, false)
	if o[0] != "县财政局" || !contains(o, "县民政局") || contains(o, "龙仙镇") {
		t.Errorf("task 8 owers %v", o)
	}
	if n := len(d.Owers(p.Task(1).UnitsText, false)); n != 9 {
		t.Errorf("task 1: %d owers, want 县府办 and 8 towns", n)
	}
	if o := d.Owers("县府办牵头，县财政局配合", false); len(o) != 1 {
		t.Errorf("support owes without the setting: %v", o)
	}
	if o := d.Owers("县府办牵头，县财政局配合", true); len(o) != 2 {
		t.Errorf("support with the setting: %v", o)
	}
}

func TestNormalizeStatus(t *testing.T) {
	cases := map[string]string{
		"完成": plan.StatusDone, "已落实": plan.StatusDone, "√已完成": plan.StatusDone, "已完成。": plan.StatusDone,
		"推进中": plan.StatusInProgress, "正在推进中": plan.StatusInProgress, " 正在推进\n": plan.StatusInProgress,
		"长期坚持": plan.StatusOngoing, "常态化": plan.StatusOngoing, "持续推进（常态化）": plan.StatusOngoing,
		"滞后": plan.StatusLate, "尚未启动": plan.StatusNotStarted, "未开展": plan.StatusNotStarted,
		"不涉及": plan.StatusNA, "■进度滞后": plan.StatusLate, "　已完成　": plan.StatusDone,
		"（常态化）": plan.StatusOngoing,
	}
	for in, want := range cases {
		if got, ok := plan.NormalizeStatus(in); !ok || got != want {
			t.Errorf("%q → %q %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "   ", "见附件", "√"} {
		if got, ok := plan.NormalizeStatus(in); ok {
			t.Errorf("%q → %q, want unknown", in, got)
		}
	}
}

func TestMergeOrderIndependent(t *testing.T) {
	a := plan.Return{Task: 8, Unit: "县财政局", Date: "2018-07-05", Values: plan.Values{Status: "持续推进", Text: "a"}}
	b := plan.Return{Task: 8, Unit: "县财政局", Date: "2018-07-20", Values: plan.Values{Status: "已完成", Text: "b"}}
	ab, ch1 := plan.Merge(nil, a)
	ab, ch2 := plan.Merge(&ab, b)
	ba, _ := plan.Merge(nil, b)
	ba, ch3 := plan.Merge(&ba, a)
	if ch1 != plan.New || ch2 != plan.Updated || ch3 != plan.Older {
		t.Fatalf("changes %v %v %v", ch1, ch2, ch3)
	}
	if ab.Values != ba.Values || ab.Values.Text != "b" || len(ab.History) != 1 || len(ba.History) != 1 || ab.History[0].Values != ba.History[0].Values {
		t.Fatalf("order matters: %+v vs %+v", ab, ba)
	}
	again, ch := plan.Merge(&ab, a)
	if ch != plan.Unchanged || len(again.History) != 1 {
		t.Fatalf("re-import of the older one: %v %+v", ch, again)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func FuzzParseUnits(f *testing.F) {
	p, _ := seedPlan(f)
	for _, t := range p.Tasks {
		f.Add(t.UnitsText)
	}
	f.Add("县府办牵头，县财政局配合；分别负责负责牵头")
	f.Fuzz(func(t *testing.T, text string) {
		r := plan.ParseUnits(text)
		clean := plan.CleanName(text)
		seen := map[string]bool{}
		for _, u := range r.All() {
			if u == "" || !strings.Contains(clean, u) {
				t.Fatalf("unit %q not in %q", u, text)
			}
			if seen[u] {
				t.Fatalf("unit %q twice in %+v", u, r)
			}
			seen[u] = true
		}
	})
}

func TestProgressOrdersMostMissingFirst(t *testing.T) {
	p, d := seedPlan(t)
	rets := []plan.Return{{Task: 9, Unit: "县财政局"}, {Task: 8, Unit: "县财政局"}, {Task: 1, Unit: "外单位"}}
	prog := plan.Progress(p, d, rets)
	var fin *plan.UnitProgress
	for i := range prog {
		if i > 0 && len(prog[i].Missing) > len(prog[i-1].Missing) {
			t.Fatalf("not ordered at %d: %+v", i, prog[i])
		}
		if prog[i].Unit == "县财政局" {
			fin = &prog[i]
		}
	}
	if fin == nil || len(fin.Reported) != 2 || len(fin.Missing) != len(fin.Owed)-2 {
		t.Fatalf("县财政局 %+v", fin)
	}
	for _, up := range prog {
		if up.Unit == "外单位" {
			t.Fatal("a unit that owes nothing is listed")
		}
	}
}
