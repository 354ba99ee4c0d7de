package cli

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"taizhang/app/workspace"
	"taizhang/internal/fixture"
	"taizhang/seeds"
)

// The office's master sheet and the seed document are the same plan.
func TestPlanFromMasterSheetEqualsSeed(t *testing.T) {
	fromSheet, err := workspace.ReadPlanFile(fixture.Path(t, "fixtures/plan-2018.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	fromText, _, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	if fromSheet.Title != fromText.Title || fromSheet.ID != fromText.ID || fromSheet.Year != 2018 {
		t.Errorf("title %q id %s vs %q id %s", fromSheet.Title, fromSheet.ID, fromText.Title, fromText.ID)
	}
	if !reflect.DeepEqual(fromSheet.Sections, fromText.Sections) {
		t.Errorf("sections differ:\n%v\n%v", fromSheet.Sections, fromText.Sections)
	}
	if len(fromSheet.Tasks) != 57 {
		t.Fatalf("%d tasks", len(fromSheet.Tasks))
	}
	for i := range fromText.Tasks {
		if !reflect.DeepEqual(fromSheet.Tasks[i], fromText.Tasks[i]) {
			t.Errorf("task %d:\n%+v\n%+v", i+1, fromSheet.Tasks[i], fromText.Tasks[i])
		}
	}
}

func TestPlanImportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	var out, errOut bytes.Buffer
	if code := Run([]string{"plan", "--db", db, "import", fixture.Path(t, "fixtures/plan-2018.xlsx")}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "57 项任务") {
		t.Errorf("said %q", out.String())
	}
	out.Reset()
	if code := Run([]string{"plan", "list", "--db", db}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "* 2018-") {
		t.Errorf("list: %d %q", code, out.String())
	}
}
