package plan

import "testing"

// The one header scan every reader uses: the first row naming all the
// columns asked for wins, header cells are read the forgiving way (spaces,
// colons, bracketed remarks), and where a column is counts from 0.
func TestFindHeader(t *testing.T) {
	rows := [][]string{
		{"关于印发……的通知"},
		{"具体要求", "说明"}, // no units column: not the header
		{"序号", "工作 任务", "具体要求（请勿改动）", "牵头落实单位：", "备注"},
		{"序号", "工作任务", "具体要求", "牵头落实单位"},
	}
	r, cols := FindHeader(rows, ColumnReq, ColumnUnits)
	if r != 2 {
		t.Fatalf("header row = %d, want 2", r)
	}
	want := map[Column]int{ColumnNo: 0, ColumnTask: 1, ColumnReq: 2, ColumnUnits: 3, ColumnRemark: 4}
	for col, c := range want {
		if got, ok := cols[col]; !ok || got != c {
			t.Errorf("column %v at %d (%v), want %d", col, got, ok, c)
		}
	}
	if r, cols := FindHeader(rows, ColumnText); r != -1 || cols != nil {
		t.Errorf("a header without 落实情况 was found at %d", r)
	}
	if !IsHeader(rows[3], ColumnNo, ColumnReq) || IsHeader(rows[1], ColumnReq, ColumnUnits) {
		t.Error("IsHeader misread a row")
	}
}
