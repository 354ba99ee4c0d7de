package workspace

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/plan"
)

// extraLines are a file's warnings about 额外报送.
func extraLines(warnings []string) []string {
	var out []string
	for _, w := range warnings {
		if strings.Contains(w, plan.ExtraWord) {
			out = append(out, w)
		}
	}
	return out
}

// A file whose unit the clerk chooses, or changes, in the preview has its
// 额外报送 line worked out for that unit: task 8 is owed by the county's
// departments, task 9 by 县财政局 alone, neither by a town.
func TestSetUnitRecomputesExtra(t *testing.T) {
	w := openTest(t)
	path := filepath.Join(t.TempDir(), "回执.csv")
	csv := "序号,落实情况,完成状态\n8,已公开预决算,已完成\n9,已公开债务信息,正在推进\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	rs := w.ReadFiles(context.Background(), []string{path}, w.Plan.DefaultPeriod(), "", nil)
	if len(rs) != 1 || !rs[0].NeedsUnit {
		t.Fatalf("a file naming no unit was not held back: %+v", rs)
	}
	r := rs[0]
	steps := []struct{ unit, want string }{
		{"县民政局", "第9项不是县民政局的应报事项（共1项）"},
		{"龙仙镇", "第8、9项不是龙仙镇的应报事项（共2项）"},
		{"县财政局", ""},
	}
	for _, s := range steps {
		w.SetUnit(r, s.unit)
		got := extraLines(r.Warnings)
		switch {
		case r.Unit != s.unit || r.Err != nil:
			t.Fatalf("as %s: unit %q, err %v", s.unit, r.Unit, r.Err)
		case s.want == "" && len(got) != 0:
			t.Errorf("as %s: %q", s.unit, got)
		case s.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], s.want)):
			t.Errorf("as %s: %q, want one line %q…", s.unit, got, s.want)
		}
	}
}
