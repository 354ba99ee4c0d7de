package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// Without --period, export summary and remind given the same --today work
// on the same period: the first whose due date has not passed. The date
// may be typed as the window takes it.
func TestOneCurrentPeriod(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	mustRun(t, "period", "--db", db, "due", "2018年度", "2018年12月31日")
	mustRun(t, "period", "--db", db, "add", "2018年上半年", "--due", "2018/7/15")
	for today, want := range map[string]string{
		"2018-07-10": "2018年上半年", "2018/7/15": "2018年上半年", "2018年7月16日": "2018年度", "2019-01-10": "2018年度",
	} {
		out := mustRun(t, "export", "summary", "--db", db, "--today", today, "-o", filepath.Join(dir, "汇总表.xlsx"))
		if !strings.Contains(out, "（"+want+"）") {
			t.Errorf("export summary --today %s: %q, want the period %s", today, out, want)
		}
		if out := mustRun(t, "remind", "--db", db, "--today", today); !strings.HasPrefix(out, want+"（") {
			t.Errorf("remind --today %s: %q, want the period %s", today, firstLine(out), want)
		}
	}
	if out := mustRun(t, "period", "--db", db, "list"); !strings.Contains(out, "2018年上半年  截止 2018-07-15") || !strings.Contains(out, "2018年度  截止 2018-12-31") {
		t.Errorf("due dates typed as the window takes them were not stored as dates:\n%s", out)
	}
	for _, bad := range []string{"2018-02-30", "明天", "7/10/2018"} {
		if code, _, errOut := runCLI(t, "remind", "--db", db, "--today", bad); code != ExitUsage || !strings.Contains(errOut, "--today") {
			t.Errorf("--today %s: exit %d %q", bad, code, errOut)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
