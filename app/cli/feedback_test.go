package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/docx"
)

func runOK(t *testing.T, args ...string) string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := Run(args, &out, &errOut); code != ExitOK {
		t.Fatalf("%v: exit %d: %s%s", args, code, errOut.String(), out.String())
	}
	return out.String()
}

// TestFeedbackCommands walks the round on the command line: forms for
// every unit, replies, the list as JSON, a decision, who is still silent,
// publishing, the diff, and tasks --json showing the issued version.
func TestFeedbackCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if out := runOK(t, "feedback", "template", "--db", db, "--all", "-o", filepath.Join(dir, "forms")); !strings.Contains(out, "31 个单位") {
		t.Errorf("template --all: %s", out)
	}
	reply := filepath.Join(dir, "县财政局.txt")
	if err := os.WriteFile(reply, []byte("第8项，建议改由县住建局牵头。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runOK(t, "feedback", "import", "--db", db, "--dry-run", reply)
	if out := runOK(t, "feedback", "list", "--db", db, "--json"); strings.TrimSpace(out) != "[]" {
		t.Fatalf("dry run wrote: %s", out)
	}
	runOK(t, "feedback", "import", "--db", db, reply)
	var list []map[string]any
	if err := json.Unmarshal([]byte(runOK(t, "feedback", "list", "--db", db, "--json")), &list); err != nil || len(list) != 1 {
		t.Fatalf("list: %v %v", err, list)
	}
	c := list[0]
	for _, k := range []string{"id", "unit", "task", "kind", "text", "decision", "reason"} {
		if _, ok := c[k]; !ok {
			t.Errorf("list --json lacks %q: %v", k, c)
		}
	}
	if c["unit"] != "县财政局" || c["task"] != 8.0 || c["kind"] != "更换牵头单位" || c["decision"] != "" {
		t.Errorf("comment %v", c)
	}
	var out, errOut bytes.Buffer
	if code := Run([]string{"feedback", "decide", "--db", db, "1", "同意"}, &out, &errOut); code != ExitUsage {
		t.Errorf("decide 同意: exit %d", code)
	}
	runOK(t, "feedback", "decide", "--db", db, "1", "采纳", "--reason", "职责调整")
	var silent []map[string]any
	if err := json.Unmarshal([]byte(runOK(t, "feedback", "remind", "--db", db, "--json")), &silent); err != nil || len(silent) != 30 {
		t.Fatalf("remind: %v %d", err, len(silent))
	}
	if _, ok := silent[0]["phone"]; !ok || silent[0]["unit"] == "" {
		t.Errorf("remind entry %v", silent[0])
	}
	for _, ext := range []string{".txt", ".xlsx", ".docx"} {
		out := runOK(t, "feedback", "remind", "--db", db, "--today", "2018-03-10", "-o", filepath.Join(dir, "未反馈"+ext))
		// The file is named in 《》, as every other export names it.
		if !strings.Contains(out, "《"+filepath.Join(dir, "未反馈"+ext)+"》") {
			t.Errorf("remind -o %s says %q", ext, out)
		}
	}
	raw, err := os.ReadFile(filepath.Join(dir, "未反馈.docx"))
	if err != nil {
		t.Fatal(err)
	}
	notice, err := docx.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	if text := notice.PlainText(); !strings.Contains(text, "截至2018年3月10日，仍有以下30个单位未反馈意见") || strings.Contains(text, "县财政局、") {
		t.Errorf("notice: %s", text)
	}
	runOK(t, "plan", "publish", "--db", db, "-o", filepath.Join(dir, "方案.docx"), "--table", filepath.Join(dir, "采纳.docx"))
	var tasks []taskJSON
	if err := json.Unmarshal([]byte(runOK(t, "tasks", "--db", db, "--json")), &tasks); err != nil {
		t.Fatal(err)
	}
	if tasks[7].Lead[0] != "县住建局" {
		t.Errorf("tasks --json after publishing: task 8 led by %v", tasks[7].Lead)
	}
	if d := runOK(t, "plan", "diff", "--db", db, "1", "2"); !strings.Contains(d, "第8项 修改") || !strings.Contains(d, "县住建局牵头") {
		t.Errorf("diff: %s", d)
	}
	if l := runOK(t, "plan", "list", "--db", db); strings.Count(l, "\n") != 2 {
		t.Errorf("plan list: %s", l)
	}
}
