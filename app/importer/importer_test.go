package importer

import (
	"testing"

	"taizhang/app/sheet"
)

func grid(rows ...[]string) *sheet.Book {
	return &sheet.Book{Format: "xlsx", Sheets: []sheet.Grid{{Name: "Sheet1", Rows: rows}}}
}

func TestFieldOfHeaders(t *testing.T) {
	cases := map[string]Field{
		"序号": FieldNo, "序 号": FieldNo, "工作\n任务": FieldTask, "具体要求": FieldReq,
		"牵头落实\n单位": FieldUnits, "进展情况": FieldText, "工作进展": FieldText, "完成\n状态": FieldStatus,
		"下一步计划": FieldNext, "下一步工作计划（含时间节点）": FieldNext, "佐证材料（网址链接）": FieldEvidence,
		"存在的问题": FieldProblems, "备注": FieldRemark, "责任人": FieldNone, "完成时间": FieldNone,
		"本单位落实情况": FieldText, "翁源县2018年政务公开工作要点落实情况表": FieldNone,
	}
	for in, want := range cases {
		if got := fieldOf(in); got != want {
			t.Errorf("%q → %v, want %v", in, got, want)
		}
	}
}

func TestTwoRowHeaderWithGroup(t *testing.T) {
	b := grid(
		[]string{"落实情况表"},
		[]string{"", "序号", "具体要求", "落实情况", "", "", "佐证材料"},
		[]string{"", "", "", "进展情况", "完成状态", "存在问题", ""},
		[]string{"", "8", "推动县级政府及其部门全面公开财政预决算信息。", "已公开", "完成", "", "http://x"},
	)
	b.Sheets[0].Merges = []sheet.Merge{{Top: 1, Left: 3, Bottom: 1, Right: 5}, {Top: 1, Left: 1, Bottom: 2, Right: 1},
		{Top: 1, Left: 2, Bottom: 2, Right: 2}, {Top: 1, Left: 6, Bottom: 2, Right: 6}}
	b.Sheets[0].FillMerges()
	tb, ok := findTable(b)
	if !ok || tb.dataStart != 3 {
		t.Fatalf("table %+v", tb)
	}
	want := map[Field]int{FieldNo: 1, FieldReq: 2, FieldText: 3, FieldStatus: 4, FieldProblems: 5, FieldEvidence: 6}
	for f, c := range want {
		if tb.cols[f] != c {
			t.Errorf("field %v in column %d, want %d (%v)", f, tb.cols[f], c, tb.cols)
		}
	}
}

func TestSecondProgressColumnIsStatus(t *testing.T) {
	b := grid(
		[]string{"工作任务", "具体要求", "完成情况", "落实情况"},
		[]string{"（一）", "按照上级统一部署，推动地方政府债务信息公开。", "推进中", "已按要求公开债务信息"},
		[]string{"（一）", "推动县级政府及其部门全面公开财政预决算信息。", "长期坚持", "预决算已公开"},
	)
	tb, ok := findTable(b)
	if !ok || tb.cols[FieldStatus] != 2 || tb.cols[FieldText] != 3 {
		t.Fatalf("cols %v", tb.cols)
	}
}

func TestMatchByEditedText(t *testing.T) {
	ctx := seedCtx(t)
	m := newMatcher(ctx.Plan)
	cases := map[string]int{
		// number dropped, commas retyped half-width
		"结合政府机构改革和职能优化,做好政府部门权责清单调整和公开工作,强化对行政权力的制约和监督，推动政府部门依法全面规范履职。": 3,
		// cut short
		"推动县级政府及其部门全面公开财政": 8,
		// words edited in the middle
		"49.完善各部门为政府公报提供文件的工作机制，推行政府及所属部门重要行政规范性文件由本级政府公报统一发布制度": 49,
	}
	for text, want := range cases {
		if got, _ := m.match("", text); got != want {
			t.Errorf("%q → %d, want %d", text, got, want)
		}
	}
	if got, _ := m.match("", "本单位另行开展的工作：组织全县政务公开培训"); got != 0 {
		t.Errorf("an unrelated row matched task %d", got)
	}
	// A unit's own running number loses to a requirement that clearly names another task.
	if got, why := m.match("1", "按照上级统一部署，推动地方政府债务信息公开。"); got != 9 || why == "" {
		t.Errorf("renumbered row → %d (%q)", got, why)
	}
}

func TestUnmatchedRowsAreReported(t *testing.T) {
	ctx := seedCtx(t)
	b := grid(
		[]string{"填报单位：县财政局", "", "填报日期：2018-07-05"},
		[]string{"序号", "具体要求", "落实情况", "完成状态"},
		[]string{"9", "", "已公开债务信息", "√已完成"},
		[]string{"", "本单位自行开展的政务公开培训", "培训 3 次", "完成"},
		[]string{"10", "", "不涉及", ""},
		[]string{"", "", "", ""},
		[]string{"注：请于7月10日前报送。"},
	)
	res := &Result{Name: "x.xlsx"}
	tb, _ := findTable(b)
	g := &b.Sheets[0]
	meta := readMeta(g, tb.headerTop)
	if meta.unit != "县财政局" || meta.date != "2018-07-05" {
		t.Fatalf("meta %+v", meta)
	}
	res.readRows(g, &tb, newMatcher(ctx.Plan), Context{Plan: ctx.Plan, Dir: ctx.Dir, Period: "2018年度"})
	if len(res.Returns) != 1 || res.Returns[0].Task != 9 || res.Returns[0].Status != "已完成" {
		t.Fatalf("returns %+v", res.Returns)
	}
	if len(res.Unmatched) != 1 || res.Unmatched[0].Line != 4 {
		t.Fatalf("unmatched %+v", res.Unmatched)
	}
	if res.Skipped != 1 {
		t.Fatalf("skipped %d", res.Skipped)
	}
}

func TestReadMetaForms(t *testing.T) {
	cases := []struct {
		row                       []string
		unit, date, person, phone string
	}{
		{[]string{"填报单位（盖章）：龙仙镇人民政府", "填报人：李明", "填报日期：2018年7月5日"}, "龙仙镇人民政府", "2018-07-05", "李明", ""},
		{[]string{"填报单位：", "县民政局", "", "填报日期", "2018/7/5"}, "县民政局", "2018-07-05", "", ""},
		{[]string{"填报单位:县财政局    填报人:张三   联系电话:1234567  填报日期:2018.07.20"}, "县财政局", "2018-07-20", "张三", "1234567"},
		{[]string{"填报单位：县财政局", "填报人：", "", "联系电话：", "0751-2812345"}, "县财政局", "", "", "0751-2812345"},
		{[]string{"填报单位：县教育局", "联系人：王芳 13800138000"}, "县教育局", "", "王芳", "13800138000"},
		{[]string{"填报单位：县教育局", "公开了联系人：办公室", "联系电话：待定"}, "县教育局", "", "", ""},
	}
	for _, c := range cases {
		g := &sheet.Grid{Rows: [][]string{c.row, {"序号", "落实情况"}}}
		m := readMeta(g, 1)
		if m.unit != c.unit || m.date != c.date || m.person != c.person || m.phone != c.phone {
			t.Errorf("%q → %+v", c.row, m)
		}
	}
}
