package plan

import "testing"

func TestExtraColumnsRoundTrip(t *testing.T) {
	cols := []ExtraColumn{{"完成时间", "2018年6月"}, {"空的", " "}, {"责任人", "张伟\n李娜"}}
	v := Values{Extra: EncodeExtra(cols)}
	got := v.ExtraColumns()
	if len(got) != 2 || got[0] != cols[0] || got[1] != cols[2] {
		t.Fatalf("%q → %v", v.Extra, got)
	}
	if v.ExtraText() != "完成时间：2018年6月\n责任人：张伟\n李娜" {
		t.Errorf("text %q", v.ExtraText())
	}
	if EncodeExtra(nil) != "" || EncodeExtra([]ExtraColumn{{"a", ""}}) != "" {
		t.Error("no text should store nothing")
	}
	if v.PrintedRemark() != v.ExtraText() {
		t.Error("an empty 备注 should print the added columns")
	}
	v.Remark = "单位备注"
	if v.PrintedRemark() != "单位备注" {
		t.Error("the unit's own 备注 comes first")
	}
	if (Values{Extra: "not json"}).ExtraColumns()[0].Text != "not json" {
		t.Error("an unreadable Extra must still show")
	}
}
