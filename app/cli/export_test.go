package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/internal/fixture"
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
	// A period the plan lacks is a usage error in every command, as in import.
	for _, args := range [][]string{
		{"export", "summary", "--db", db, "--period", "2099年度", "-o", filepath.Join(t.TempDir(), "x.xlsx")},
		{"ledger", "--db", db, "--period", "2099年度"},
		{"template", "--db", db, "--period", "2099年度", "--all", "-o", t.TempDir()},
	} {
		if code, _, stderr := runCLI(t, args...); code != ExitUsage || !strings.Contains(stderr, "报送期") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}

// TestExportSummaryReminders: past the due date, the 未报送 sheet gives
// each unit's days overdue and its contact.
func TestExportSummaryReminders(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	files := fixture.Glob(t, "fixtures/returns/*")
	mustRun(t, append([]string{"import", "--db", db}, files...)...)
	mustRun(t, "period", "--db", db, "due", "2018年度", "2018-12-31")
	mustRun(t, "units", "--db", db, "set", "县工商局", "--contact", "张三", "--phone", "0751-2871234")
	out := filepath.Join(dir, "汇总表.xlsx")
	mustRun(t, "export", "summary", "--db", db, "--today", "2019-01-10", "-o", out)
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("未报送")
	if err != nil {
		t.Fatal(err)
	}
	var head, gsj []string
	for _, r := range rows {
		if len(r) > 0 && r[0] == "序号" {
			head = r
		}
		if len(r) > 1 && r[1] == "县工商局" {
			gsj = r
		}
	}
	want := []string{"逾期天数", "联系人", "联系电话"}
	if len(head) < 8 || strings.ReplaceAll(strings.Join(head[5:8], ","), "\n", "") != strings.Join(want, ",") {
		t.Fatalf("header %q", head)
	}
	if len(gsj) < 8 || strings.Join(gsj[5:8], ",") != "10,张三,0751-2871234" {
		t.Errorf("县工商局's row %q", gsj)
	}
	if code, _, stderr := runCLI(t, "export", "summary", "--db", db, "--today", "2019-1-x", "-o", out); code != ExitUsage || !strings.Contains(stderr, "--today") {
		t.Errorf("a bad --today: exit %d, %q", code, stderr)
	}
}
