package app

import (
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/workspace"
)

// The columns a unit added to its return show in the task's return detail.
func TestReturnDetailShowsAddedColumns(t *testing.T) {
	db := cycleDB(t, func(ws *workspace.Workspace) {
		importInto(t, ws, "2018年度", filepath.Join("importer", "testdata", "forms", "returns", "县环保局.xlsx"))
	})
	u, ws := openUI(t, db)
	defer ws.Close()
	u.choosePeriod("2018年度")
	u.planV.search.SetText("第13项")
	u.planV.table.OnRowSelected(0)
	f := u.planV.form
	if f.no != 13 {
		t.Fatalf("form shows %d", f.no)
	}
	row := -1
	for i, r := range f.rows {
		if strings.HasPrefix(r.unit, "县环保局") {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("县环保局 not among task 13's units")
	}
	f.showReturn(row)
	for _, want := range []string{"完成时间：2018年6月", "责任人：陈刚", "完成状态：已完成"} {
		if !strings.Contains(f.detail.Text, want) {
			t.Errorf("detail lacks %q:\n%s", want, f.detail.Text)
		}
	}
}
