package importer

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/app/sheet"
)

// Clerks align labels and names by typing spaces, half- or full-width,
// between the characters.
func TestSpacedLabelsInMetaLine(t *testing.T) {
	cases := []struct {
		row        []string
		unit, date string
	}{
		{[]string{"填 报 单 位：县 财 政 局", "填 报 人：张三", "联　系　电　话：123", "填 报 日 期：2018年7月5日"}, "县 财 政 局", "2018-07-05"},
		{[]string{"填　报　单　位（盖　章）：县民政局　　填　报　人：李明　　填　报　日　期：2018 年 7 月 20 日"}, "县民政局", "2018-07-20"},
		{[]string{"填报单位 ：", "县教育局", "", "填 报 日 期", "2018/7/5"}, "县教育局", "2018-07-05"},
		{[]string{"报送单位:县财政局  联 系 人:王五  电  话:1  日　期:2018.07.20"}, "县财政局", "2018-07-20"},
	}
	for _, c := range cases {
		g := &sheet.Grid{Rows: [][]string{c.row, {"序号", "落实情况"}}}
		m := readMeta(g, 1)
		if m.unit != c.unit || m.date != c.date {
			t.Errorf("%q → %+v, want %q %q", c.row, m, c.unit, c.date)
		}
	}
}

func TestSpacedHeaders(t *testing.T) {
	for in, want := range map[string]Field{
		"序  号": FieldNo, "序　号": FieldNo, "具 体 要 求": FieldReq, "落　实　情　况": FieldText,
		"完 成 状 态": FieldStatus, "佐 证 材 料": FieldEvidence, "下 一 步 工 作 计 划": FieldNext,
	} {
		if got := fieldOf(in); got != want {
			t.Errorf("%q → %v, want %v", in, got, want)
		}
	}
}

// spacedReturn is a whole return with spaces in every label and name, the
// unit named where the test says.
func spacedReturn(t *testing.T, sheetName, unitLine string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheetName); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"落 实 情 况 表"},
		{unitLine, "", "填　报　人：张三", "联 系 电 话：0751-1234567", "填　报　日　期：2018 年 7 月 5 日"},
		{"序  号", "具　体　要　求", "落 实 情 况", "完 成 状 态"},
		{8, "推动县级政府及其部门全面公开财政预决算信息。", "已全面公开", "已完成"},
		{9, "按照上级统一部署，推动地方政府债务信息公开。", "已公开债务信息", "推进中"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheetName, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestSpacedReturnImports(t *testing.T) {
	ctx := seedCtx(t)
	cases := []struct {
		file, sheetName, unitLine string
		source                    string
	}{
		{"落实情况.xlsx", "Sheet1", "填 报 单 位：县 财 政 局", "填报单位"},
		{"落实情况.xlsx", "Sheet1", "填　报　单　位（盖章）：翁源县　财政局", "填报单位"},
		{"县 财 政 局 落实情况.xlsx", "Sheet1", "填 报 单 位：", "文件名"},
		{"落实情况.xlsx", "县　财　政　局", "填 报 单 位：", "工作表名"},
	}
	for _, c := range cases {
		res := Read(c.file, spacedReturn(t, c.sheetName, c.unitLine), "2018-07-31", ctx)
		if res.Err != nil {
			t.Errorf("%s / %s / %q: %v", c.file, c.sheetName, c.unitLine, res.Err)
			continue
		}
		if res.Unit != "县财政局" || res.UnitSource != c.source || res.Date != "2018-07-05" || len(res.Returns) != 2 {
			t.Errorf("%s / %s / %q: unit %q from %q, date %q, %d returns", c.file, c.sheetName, c.unitLine,
				res.Unit, res.UnitSource, res.Date, len(res.Returns))
		}
	}
}

// The one-pass filter lets every label through, spaced or not, and rules
// out a progress text.
func TestMayHoldEveryLabel(t *testing.T) {
	for bit, words := range map[uint8][]string{
		mayUnit:   {"填报单位", "报送单位", "单位名称", "填报部门", "填 报 单 位"},
		mayDate:   {"填报日期", "报送日期", "填表日期", "日期", "日　期"},
		mayPerson: {"填报人", "联系人", "经办人"},
		mayPhone:  {"联系电话", "联系方式", "电话", "手机"},
	} {
		for _, w := range words {
			if mayHold(w+"：")&bit == 0 {
				t.Errorf("%q ruled out", w)
			}
		}
	}
	if m := mayHold("已按要求推进，明确专人负责，信息在门户网站公开。"); m != 0 {
		t.Errorf("progress text may hold %b", m)
	}
}
