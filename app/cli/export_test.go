package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// run runs a command line and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExportSummary(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	for _, name := range []string{"汇总表.xlsx", "汇总表.pdf"} {
		out := filepath.Join(dir, name)
		code, stdout, stderr := runCLI(t, "export", "summary", "--db", db, "-o", out)
		if code != ExitOK || !strings.Contains(stdout, "已导出汇总表") {
			t.Fatalf("%s: exit %d\n%s%s", name, code, stdout, stderr)
		}
		if st, err := os.Stat(out); err != nil || st.Size() < 5000 {
			t.Fatalf("%s: %v", name, err)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "汇总表.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "汇总表,未报送,统计" {
		t.Errorf("sheets %s", got)
	}
}

func TestExportUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	for _, args := range [][]string{
		{"export"},
		{"export", "summary", "--db", db},
		{"export", "ledger", "--db", db, "-o", "x.xlsx"},
		{"export", "summary", "--db", db, "-o", "x.docx"},
		{"export", "summary", "--db", db, "--bogus", "-o", "x.xlsx"},
	} {
		if code, _, stderr := runCLI(t, args...); code != ExitUsage || stderr == "" {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
	if code, _, stderr := runCLI(t, "export", "summary", "--db", db, "--period", "2099年度", "-o", filepath.Join(t.TempDir(), "x.xlsx")); code != ExitRefused || !strings.Contains(stderr, "报送期") {
		t.Errorf("unknown period: exit %d, %q", code, stderr)
	}
}
