package report

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/importer"
	"taizhang/app/plan"

	"taizhang/internal/tooltest"
)

// fillScript fills a template as another program would (openpyxl): it
// writes the unit's values into the open cells, types the 填报日期 as a
// date, keeps formula-looking text as text, and saves under another name.
const fillScript = `
import json, sys, datetime, openpyxl
src, dst, spec = sys.argv[1], sys.argv[2], json.load(open(sys.argv[3], encoding="utf-8"))
wb = openpyxl.load_workbook(src)
ws = wb["落实情况表"]
ws["E3"] = spec["person"]
ws["G3"] = spec["phone"]
ws["G3"].data_type = "s"
y, m, d = spec["date"]
ws["I3"] = datetime.datetime(y, m, d)
for row, values in spec["rows"].items():
    for col, v in zip("EFGHIJ", values):
        c = ws[col + row]
        c.value = v
        c.data_type = "s"  # the unit typed text, even "=SUM(A1)"
wb.save(dst)
`

// python is the system python3 (where apt puts python3-openpyxl) or the
// first on PATH.
func python(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if path, err := exec.LookPath(py); err == nil {
			return path
		}
	}
	tooltest.Missing(t, "python3", "python3-openpyxl")
	return ""
}

// TestTemplateRoundTrip: a template for 县财政局, filled by openpyxl and
// renamed so the name says nothing, imports to exactly the values filled in,
// the unit and period taken from the hidden identification sheet.
func TestTemplateRoundTrip(t *testing.T) {
	py := python(t)
	p, d := seedPlan(t)
	dir := t.TempDir()
	tpl := filepath.Join(dir, TemplateFileName("县财政局"))
	must(t, SaveTemplate(tpl, p, d, "县财政局", ""))

	tasks := TemplateTasks(p, d, "县财政局")
	want := map[int]plan.Values{}
	spec := map[string]any{"person": "张三", "phone": "+86 0751 2812345", "date": []int{2018, 7, 6}}
	rows := map[string][]string{}
	tricky := []string{"=SUM(A1)", "+86 0751", "-", "@x"}
	for i, task := range tasks {
		v := plan.Values{
			Text:     fmt.Sprintf("第%d项：已按要求落实，公开信息%d条。", task.No, i+3),
			Status:   plan.Statuses[i%5], // 不涉及 rows are skipped by design
			Problems: tricky[i%len(tricky)],
			Next:     tricky[(i+1)%len(tricky)],
			Evidence: "http://www.wengyuan.gov.cn/" + fmt.Sprint(task.No),
			Remark:   tricky[(i+2)%len(tricky)],
		}
		want[task.No] = v
		rows[fmt.Sprint(5+i)] = []string{v.Text, v.Status, v.Problems, v.Next, v.Evidence, v.Remark}
	}
	spec["rows"] = rows
	specPath, script := filepath.Join(dir, "spec.json"), filepath.Join(dir, "fill.py")
	b, err := json.Marshal(spec)
	must(t, err)
	must(t, os.WriteFile(specPath, b, 0o644))
	must(t, os.WriteFile(script, []byte(fillScript), 0o644))
	filled := filepath.Join(dir, "回执(1).xlsx") // renamed: the name gives no unit
	if out, err := exec.Command(py, script, tpl, filled, specPath).CombinedOutput(); err != nil {
		if strings.Contains(string(out), "No module named 'openpyxl'") {
			tooltest.Missing(t, "openpyxl", "python3-openpyxl")
		}
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}

	res := importer.ReadFile(filled, importer.Context{Plan: p, Dir: d})
	if res.Err != nil {
		t.Fatalf("import refused: %v", res.Err)
	}
	if res.Unit != "县财政局" || res.UnitSource != "模板标识" || res.Period != p.DefaultPeriod() {
		t.Errorf("unit %q from %q, period %q", res.Unit, res.UnitSource, res.Period)
	}
	if res.Date != "2018-07-06" {
		t.Errorf("填报日期 %q, want 2018-07-06", res.Date)
	}
	if len(res.Unmatched) > 0 || len(res.Returns) != len(tasks) {
		t.Errorf("%d returns for %d tasks, unmatched %v, warnings %v", len(res.Returns), len(tasks), res.Unmatched, res.Warnings)
	}
	for _, r := range res.Returns {
		if r.Values != want[r.Task] {
			t.Errorf("task %d imported as\n %+v\nwant\n %+v", r.Task, r.Values, want[r.Task])
		}
		if r.Unit != "县财政局" {
			t.Errorf("task %d unit %q", r.Task, r.Unit)
		}
	}
}
