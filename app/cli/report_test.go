package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/docx"
	"taizhang/internal/fixture"
)

func TestExportReport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	var out, errOut bytes.Buffer
	fin := fixture.Path(t, "fixtures/returns/县财政局-落实情况.xlsx")
	if code := Run([]string{"import", "--db", db, fin}, &out, &errOut); code != 0 {
		t.Fatalf("import: %d %s", code, errOut.String())
	}
	doc := filepath.Join(dir, "总结.docx")
	out.Reset()
	if code := Run([]string{"export", "report", "--db", db, "-o", doc}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "已导出工作总结初稿") {
		t.Errorf("said %q", out.String())
	}
	data, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(f.PlainText(), "由县财政局负责") && !strings.Contains(f.PlainText(), "县财政局") {
		t.Error("the draft names no unit")
	}
	for _, args := range [][]string{
		{"export", "report", "--db", db},
		{"export", "report", "--db", db, "-o", filepath.Join(dir, "总结.pdf")},
	} {
		errOut.Reset()
		if code := Run(args, &out, &errOut); code != ExitUsage {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if code := Run([]string{"export", "report", "--db", db, "--period", "2030年度", "-o", doc}, &out, &errOut); code == ExitOK {
		t.Error("an unknown period was accepted")
	}
}
