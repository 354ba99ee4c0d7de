package workspace

import (
	"context"
	"path/filepath"
	"testing"

	"taizhang/app/plan"
)

func formFile(name string) string {
	return filepath.Join("..", "importer", "testdata", "forms", "returns", name)
}

// A workbook holding two units' returns imports both, each under its unit;
// importing it again changes nothing.
func TestWorkbookOfSeveralUnitsImportsEach(t *testing.T) {
	w := openTest(t)
	files := []string{formFile("县水务局等落实情况.xlsx")}
	results, outcomes, err := w.ReadAndImport(context.Background(), files, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != 2 || len(outcomes) != 2 {
		t.Fatalf("%d results, %d outcomes", len(results), len(outcomes))
	}
	period, _ := w.Period("")
	led, err := w.Ledger(period)
	if err != nil {
		t.Fatal(err)
	}
	units := map[string]int{}
	for _, r := range led {
		units[r.Unit]++
	}
	if units["县水务局"] != 2 || units["县旅游局"] != 2 || len(units) != 2 {
		t.Fatalf("ledger by unit %v", units)
	}
	_, again, err := w.ReadAndImport(context.Background(), files, "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range again {
		if !o.AlreadyImported {
			t.Errorf("second import of the same workbook changed something: %+v", o)
		}
	}
}

// The columns a unit adds are stored with its return and come back whole.
func TestExtraColumnsAreStored(t *testing.T) {
	w := openTest(t)
	if _, _, err := w.ReadAndImport(context.Background(), []string{formFile("县环保局.xlsx")}, "", ""); err != nil {
		t.Fatal(err)
	}
	period, _ := w.Period("")
	led, err := w.Ledger(period)
	if err != nil {
		t.Fatal(err)
	}
	var got []plan.ExtraColumn
	for _, r := range led {
		if r.Unit == "县环保局" && r.Task == 13 {
			got = r.ExtraColumns()
		}
	}
	want := []plan.ExtraColumn{{Header: "完成时间", Text: "2018年6月"}, {Header: "责任人", Text: "陈刚"}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("extra columns %v, want %v", got, want)
	}
}
