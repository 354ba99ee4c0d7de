package cli

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"taizhang/app/workspace"
	"taizhang/internal/bigplan"
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

// plan use switches back to a stored plan, by id or by title.
func TestPlanUse(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	big := filepath.Join(dir, "big.xlsx")
	if err := bigplan.WritePlan(big, 120, []string{"县财政局", "县教育局"}); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "plan", "--db", db, "list") // the seed plan is current
	seedID := strings.Fields(mustRun(t, "plan", "--db", db, "list"))[1]
	mustRun(t, "plan", "--db", db, "import", big)
	if out := mustRun(t, "tasks", "--db", db, "--json"); strings.Count(out, `"no":`) != 120 {
		t.Fatalf("the imported plan is not current")
	}
	if out := mustRun(t, "plan", "--db", db, "use", seedID); !strings.Contains(out, "当前方案已设为") {
		t.Errorf("use: %s", out)
	}
	if out := mustRun(t, "tasks", "--db", db, "--json"); strings.Count(out, `"no":`) != 57 {
		t.Errorf("the seed plan is not current again")
	}
	if code, _, _ := runCLI(t, "plan", "--db", db, "use", "没有这个方案"); code != ExitUsage {
		t.Errorf("unknown plan: exit %d", code)
	}
}
