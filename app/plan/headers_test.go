package plan

import "testing"

// The plan import reads its three columns by the same names the return
// import does: any name in the table, spaced out, with a colon or a
// bracketed remark.
func TestPlanHeaderSynonyms(t *testing.T) {
	rows := [][]string{
		{"翁源县2018年政务公开工作要点分工方案"},
		{"重 点 任 务", "工作内容（必填）", "责任部门："},
		{"一、推进权力运行公开"},
		{"（一）推进决策公开", "1.把公开透明作为基本要求", "县府办"},
		{"（一）推进决策公开", "2.制定政策文件", "县财政局"},
	}
	p, err := FromRows(rows, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Tasks) != 2 || p.Tasks[1].Text != "制定政策文件" || p.Tasks[1].UnitsText != "县财政局" ||
		p.Tasks[0].Subsection != "（一）推进决策公开" {
		t.Fatalf("read %+v", p.Tasks)
	}
}

func TestHeaderColumn(t *testing.T) {
	for in, want := range map[string]Column{
		"序号": ColumnNo, "序  号": ColumnNo, "落实情况（请详细填写）": ColumnText, "完成状态*": ColumnStatus,
		"【必填】牵头单位": ColumnUnits, "具体要求(原文)：": ColumnReq, "本单位落实情况": ColumnNone, "": ColumnNone,
	} {
		if got, _ := HeaderColumn(HeaderName(in)); got != want {
			t.Errorf("%q: column %d, want %d", in, got, want)
		}
	}
}

func TestStripBrackets(t *testing.T) {
	for in, want := range map[string]string{
		"持续推进（常态化）": "持续推进", "落实情况(请填写)": "落实情况", "【必填】备注": "备注",
		"a[1]b（2）": "ab", "没有括号": "没有括号", "（未闭合": "（未闭合",
	} {
		if got := StripBrackets(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// Every way the directory writes a unit resolves to that unit, and is found
// by the same name inside a file name: one list of names behind both.
func TestResolveAndFindInAgree(t *testing.T) {
	p := &Plan{Title: "翁源县2018年政务公开工作要点分工方案", Tasks: []Task{
		{No: 1, Text: "a", UnitsText: "县府办、县财政局、县教育局、县民政局，各镇（场）政府"},
	}}
	d := SeedDirectory(p)
	n := 0
	for f := range d.forms() {
		got, collective, ok := d.Resolve(f.text)
		if !ok || got != f.canonical || collective != f.collective {
			t.Errorf("Resolve(%q) = %q %v %v, want %q", f.text, got, collective, ok, f.canonical)
		}
		if !f.collective {
			if got := d.FindIn(f.text + "2018年落实情况.xlsx"); got != f.canonical {
				t.Errorf("FindIn(%q) = %q, want %q", f.text, got, f.canonical)
			}
		}
		n++
	}
	if n < 40 {
		t.Fatalf("only %d names in the seeded directory", n)
	}
	// A plan that names a unit by an alias seeds it under its canonical name.
	p.Tasks[0].UnitsText = "县国土局、县卫生计生局"
	d = SeedDirectory(p)
	if d.Unit("县国土资源局") == nil || d.Unit("县卫计局") == nil || d.Unit("县国土局") != nil {
		t.Errorf("aliases seeded as %v", d.Names())
	}
}
