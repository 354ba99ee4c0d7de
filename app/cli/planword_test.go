package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/docx"
)

// `plan import` takes the plan as Word: .docx (text or table) and .doc.
func TestPlanImportWord(t *testing.T) {
	for _, name := range []string{"seed-table.docx", "seed-text.doc"} {
		db := filepath.Join(t.TempDir(), "t.db")
		var out, errOut bytes.Buffer
		if code := Run([]string{"plan", "--db", db, "import", "../planword/testdata/" + name}, &out, &errOut); code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errOut.String())
		}
		if !strings.Contains(out.String(), "4 个部分，57 项任务") {
			t.Errorf("%s: said %q", name, out.String())
		}
	}
}

// A Word file with no plan is refused in one sentence and nothing is stored.
func TestPlanImportWordRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	var out, errOut bytes.Buffer
	notice := filepath.Join(t.TempDir(), "会议通知.docx")
	d := &docx.Document{Page: docx.Page{Width: docx.A4Width, Height: docx.A4Height}, Styles: []docx.Style{{ID: "Normal", Name: "Normal"}},
		Body: []docx.Paragraph{docx.Text("", "关于召开政务公开工作会议的通知"), docx.Text("", "定于3月5日召开会议。")}}
	if err := docx.Save(notice, d); err != nil {
		t.Fatal(err)
	}
	code := Run([]string{"plan", "--db", db, "import", notice}, &out, &errOut)
	if code != ExitRefused || !strings.Contains(errOut.String(), "《会议通知.docx》中找不到分工方案") {
		t.Errorf("exit %d: %q", code, errOut.String())
	}
	out.Reset()
	if code := Run([]string{"plan", "list", "--db", db}, &out, &errOut); code != 0 || strings.Count(out.String(), "\n") != 1 {
		t.Errorf("plans after the refusal: %q", out.String())
	}
}
