package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taizhang/internal/fixture"
)

// A plan file refused for what it is gets advice for the clerk who imports
// it, not the 报送单位 advice a return gets.
func TestPlanFileRefusalAdvisesTheClerk(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "方案.xlsx")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{fixture.Path(t, "fixtures/bad/password-protected.xlsx"), empty} {
		_, err := ReadPlanFile(path)
		if err == nil {
			t.Fatalf("%s read as a plan", path)
		}
		msg := err.Error()
		if strings.Contains(msg, "报送单位") || !strings.Contains(msg, "重新导入") || !strings.Contains(msg, filepath.Base(path)) {
			t.Errorf("%s: %s", filepath.Base(path), msg)
		}
	}
}

// A unit's return has the plan's three columns too; read as a plan it
// would replace the office's plan with that unit's share, so it is refused.
func TestReturnIsNotAPlan(t *testing.T) {
	for _, path := range fixture.Glob(t, "fixtures/returns/*") {
		_, err := ReadPlanFile(path)
		if err == nil || !strings.Contains(err.Error(), "落实情况表") {
			t.Errorf("%s: %v", filepath.Base(path), err)
		}
	}
	if _, err := ReadPlanFile(fixture.Path(t, "fixtures/plan-2018.xlsx")); err != nil {
		t.Errorf("the master sheet: %v", err)
	}
}
