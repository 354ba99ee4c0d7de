package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/workspace"
)

func TestTemplateOneUnit(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	out := filepath.Join(dir, "财政.xlsx")
	code, stdout, stderr := runCLI(t, "template", "--db", db, "--unit", "县财政局", "-o", out)
	if code != ExitOK || !strings.Contains(stdout, "县财政局") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Fatal(err)
	}
	// -o naming a folder puts the unit's file in it.
	code, _, stderr = runCLI(t, "template", "--db", db, "--unit", "翁源县财政局", "-o", dir)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, workspace.TemplateFileName("县财政局"))); err != nil {
		t.Fatal(err)
	}
}

func TestTemplateAll(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "模板")
	code, stdout, stderr := runCLI(t, "template", "--db", filepath.Join(dir, "t.db"), "--all", "-o", out)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*-落实情况表.xlsx"))
	if len(files) < 30 || !strings.Contains(stdout, "个单位") {
		t.Errorf("%d files; %s", len(files), stdout)
	}
}

func TestTemplateUsage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	for _, args := range [][]string{
		{"template", "--db", db, "-o", "x.xlsx"},
		{"template", "--db", db, "--all", "--unit", "县财政局", "-o", dir},
		{"template", "--db", db, "--unit", "县财政局"},
		{"template", "--db", db, "--unit", "县不存在局", "-o", filepath.Join(dir, "x.xlsx")},
		{"template", "--db", db, "--unit", "各镇（场）政府", "-o", filepath.Join(dir, "x.xlsx")},
		{"template", "--db", db, "--unit", "县财政局", "-o", filepath.Join(dir, "x.txt")},
	} {
		if code, _, stderr := runCLI(t, args...); code != ExitUsage || stderr == "" {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}
