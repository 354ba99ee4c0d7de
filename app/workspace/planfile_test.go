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
