package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/workspace"
	"taizhang/internal/fixture"
)

// backup on one database, restore into another: the ledger comes across,
// and what is not a backup is refused in one sentence with exit 1.
func TestBackupAndRestoreCommands(t *testing.T) {
	dir := t.TempDir()
	office := filepath.Join(dir, "office.db")
	mustRun(t, "import", "--db", office, fixture.Path(t, "fixtures/returns/县民政局.xlsx"))
	want := mustRun(t, "ledger", "--db", office, "--json")
	file := filepath.Join(dir, "台账备份.db")
	if out := mustRun(t, "backup", "--db", office, "-o", file); !strings.Contains(out, file) {
		t.Errorf("backup said %q", out)
	}
	fresh := filepath.Join(dir, "newpc", "taizhang.db")
	mustRun(t, "restore", "--db", fresh, file)
	if got := mustRun(t, "ledger", "--db", fresh, "--json"); got != want || !strings.Contains(got, "县民政局") {
		t.Fatalf("restored ledger differs:\n%s\nwant\n%s", got, want)
	}

	code, _, errOut := runCLI(t, "restore", "--db", fresh, fixture.Path(t, "fixtures/returns/县民政局.xlsx"))
	if code != ExitRefused || !strings.Contains(errOut, "不是台账的备份文件") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Fatalf("restore of a workbook: exit %d %q", code, errOut)
	}
	for _, bad := range [][]string{{"backup", "--db", fresh}, {"restore", "--db", fresh}, {"restore", "--db", fresh, file, file}} {
		if code, _, errOut := runCLI(t, bad...); code != ExitUsage || errOut == "" {
			t.Errorf("%v: exit %d %q", bad, code, errOut)
		}
	}
}

// While the window has the database open, restore refuses at once and
// leaves it alone.
func TestRestoreWhileTheDatabaseIsOpen(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "taizhang.db")
	file := filepath.Join(dir, "b.db")
	mustRun(t, "backup", "--db", db, "-o", file)
	w, err := workspace.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	code, _, errOut := runCLI(t, "restore", "--db", db, file)
	if code != ExitRefused || !strings.Contains(errOut, "另一个台账程序") {
		t.Fatalf("exit %d %q", code, errOut)
	}
}
