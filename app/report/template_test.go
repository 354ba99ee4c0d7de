package report

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/app/sheet"
)

// zipPart returns one part of an xlsx package as text.
func zipPart(t testing.TB, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(t, err)
	for _, f := range zr.File {
		if f.Name == name {
			rc, err := f.Open()
			must(t, err)
			b, err := io.ReadAll(rc)
			rc.Close()
			must(t, err)
			return string(b)
		}
	}
	t.Fatalf("no part %s", name)
	return ""
}

func templateBytes(t testing.TB, unit string) []byte {
	t.Helper()
	p, d := seedPlan(t)
	var buf bytes.Buffer
	must(t, WriteTemplate(&buf, p, d, unit, ""))
	return buf.Bytes()
}

func openBook(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	must(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

func TestTemplateContent(t *testing.T) {
	p, d := seedPlan(t)
	data := templateBytes(t, "县财政局")
	f := openBook(t, data)
	get := func(ref string) string {
		v, err := f.GetCellValue(TemplateSheet, ref)
		must(t, err)
		return v
	}
	if got := get("A1"); got != "翁源县2018年政务公开工作要点落实情况表" {
		t.Errorf("title %q", got)
	}
	if got := get("A2"); got != "（"+p.DefaultPeriod()+"）" {
		t.Errorf("period line %q", got)
	}
	if got := get("A3"); got != "填报单位（盖章）：县财政局" {
		t.Errorf("unit line %q", got)
	}
	for ref, want := range map[string]string{"D3": "填报人：", "F3": "联系电话：", "H3": "填报日期："} {
		if got := get(ref); got != want {
			t.Errorf("%s = %q, want %q", ref, got, want)
		}
	}
	heads := "序号|工作任务|具体要求|牵头落实单位|落实情况|完成状态|存在问题|下一步工作计划|佐证材料|备注"
	rows, err := f.GetRows(TemplateSheet)
	must(t, err)
	if got := strings.Join(rows[3], "|"); got != heads {
		t.Errorf("header %q", got)
	}
	tasks := TemplateTasks(p, d, "县财政局")
	if len(tasks) == 0 || len(rows) != 4+len(tasks) {
		t.Fatalf("%d task rows for %d tasks", len(rows)-4, len(tasks))
	}
	for i, task := range tasks {
		r := rows[4+i]
		unbroken := func(s string) string { return strings.ReplaceAll(s, "\n", "") }
		if r[0] != strconv.Itoa(task.No) || unbroken(r[1]) != task.Subsection || unbroken(r[2]) != task.Text || unbroken(r[3]) != task.UnitsText {
			t.Errorf("row %d = %q, want task %d", 5+i, r[:4], task.No)
		}
		owes := false
		for _, u := range d.Owers(task.UnitsText, p.SupportOwes) {
			owes = owes || u == "县财政局"
		}
		if !owes {
			t.Errorf("task %d is not owed by 县财政局", task.No)
		}
	}
	if tasks[0].No == 1 {
		t.Error("task 1 (县府办，各镇（场）政府办公室) is not 县财政局's")
	}
}

func TestTemplateLocksGivenColumns(t *testing.T) {
	data := templateBytes(t, "县财政局")
	f := openBook(t, data)
	xml := zipPart(t, data, "xl/worksheets/sheet1.xml")
	if !strings.Contains(xml, `<sheetProtection`) || !strings.Contains(xml, `sheet="true"`) && !strings.Contains(xml, `sheet="1"`) {
		t.Fatalf("sheet not protected: %s", between(xml, "<sheetProtection", "/>"))
	}
	locked := func(ref string) bool {
		id, err := f.GetCellStyle(TemplateSheet, ref)
		must(t, err)
		st, err := f.GetStyle(id)
		must(t, err)
		return st.Protection == nil || st.Protection.Locked
	}
	for _, ref := range []string{"A1", "A3", "A5", "B5", "C5", "D5", "A4", "E4"} {
		if !locked(ref) {
			t.Errorf("%s should be locked", ref)
		}
	}
	for _, ref := range []string{"E5", "F5", "G5", "H5", "I5", "J5", "E3", "G3", "I3"} {
		if locked(ref) {
			t.Errorf("%s should be open to fill in", ref)
		}
	}
	dvs, err := f.GetDataValidations(TemplateSheet)
	must(t, err)
	found := false
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, "F5:F") && dv.Type == "list" {
			found = true
			for _, s := range plan.Statuses {
				if !strings.Contains(dv.Formula1, s) {
					t.Errorf("drop-down lacks %s: %s", s, dv.Formula1)
				}
			}
		}
	}
	if !found {
		t.Errorf("no status drop-down on F: %+v", dvs)
	}
}

func TestTemplateHiddenIdentification(t *testing.T) {
	p, _ := seedPlan(t)
	data := templateBytes(t, "县国土局") // an alias: the template names the canonical unit
	f := openBook(t, data)
	wb := zipPart(t, data, "xl/workbook.xml")
	if !strings.Contains(between(wb, `name="`+sheet.TemplateIDSheet+`"`, "/>"), `state="veryHidden"`) {
		t.Errorf("identification sheet is not very hidden: %s", between(wb, "<sheets>", "</sheets>"))
	}
	rows, err := f.GetRows(sheet.TemplateIDSheet)
	must(t, err)
	got := map[string]string{}
	for _, r := range rows {
		got[r[0]] = r[1]
	}
	want := map[string]string{sheet.TemplateKeyPlan: p.ID, sheet.TemplateKeyUnit: "县国土资源局",
		sheet.TemplateKeyPeriod: p.DefaultPeriod(), sheet.TemplateKeyVer: sheet.TemplateVersion}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if f.GetSheetList()[f.GetActiveSheetIndex()] != TemplateSheet {
		t.Error("the sheet to fill in is not the active one")
	}
}

func TestTemplatePrintSetup(t *testing.T) {
	data := templateBytes(t, "县财政局")
	checkPrintSetup(t, openBook(t, data), data, TemplateSheet, "sheet1", 4)
}

func TestTemplateRefusals(t *testing.T) {
	p, d := seedPlan(t)
	for unit, word := range map[string]string{"各镇（场）政府": "统称", "县不存在局": "不在单位名录"} {
		err := WriteTemplate(io.Discard, p, d, unit, "")
		if err == nil || !strings.Contains(err.Error(), word) {
			t.Errorf("%s: %v", unit, err)
		}
	}
}

func TestTemplatesAll(t *testing.T) {
	p, d := seedPlan(t)
	dir := filepath.Join(t.TempDir(), "模板")
	paths, err := TemplatesAll(dir, p, d, "")
	must(t, err)
	units := TemplateUnits(p, d)
	if len(paths) != len(units) || len(units) < 30 {
		t.Fatalf("%d files for %d units", len(paths), len(units))
	}
	for i, u := range units {
		if filepath.Base(paths[i]) != u+"-落实情况表.xlsx" {
			t.Errorf("file %s for %s", paths[i], u)
		}
		if _, err := os.Stat(paths[i]); err != nil {
			t.Error(err)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func between(s, from, to string) string {
	i := strings.Index(s, from)
	if i < 0 {
		return ""
	}
	j := strings.Index(s[i:], to)
	if j < 0 {
		return s[i:]
	}
	return s[i : i+j+len(to)]
}

// TestTemplateRowsGrow: answer rows carry a starting height but no custom
// height, so they grow with what the unit types; the title rows keep theirs.
func TestTemplateRowsGrow(t *testing.T) {
	data := templateBytes(t, "县财政局")
	xml := zipPart(t, data, "xl/worksheets/sheet1.xml")
	rows := regexp.MustCompile(`<row r="(\d+)"[^>]*>`).FindAllStringSubmatch(xml, -1)
	answers := 0
	for _, r := range rows {
		n, _ := strconv.Atoi(r[1])
		custom := strings.Contains(r[0], "customHeight")
		switch {
		case !strings.Contains(r[0], ` ht="`):
			t.Errorf("row %d has no height: %s", n, r[0])
		case n <= 4 && !custom:
			t.Errorf("title row %d is not of a set height", n)
		case n > 4 && custom:
			t.Errorf("answer row %d has a custom height: %s", n, r[0])
		case n > 4:
			answers++
		}
	}
	if answers < 20 {
		t.Errorf("%d answer rows", answers)
	}
}

// TestTemplateBreaksOnlyWhereAllowed: the task's given cells that take
// more than one line are broken by the program, every line fits the
// column, and no break splits a number, a range or a Latin word, or starts
// a line with a closing mark; readers left to themselves split 2018 | 年.
func TestTemplateBreaksOnlyWhereAllowed(t *testing.T) {
	p, d := seedPlan(t)
	for _, unit := range []string{"县财政局", "县信息中心", "县府办"} {
		f := openBook(t, templateBytes(t, unit))
		rows, err := f.GetRows(TemplateSheet)
		must(t, err)
		tasks := TemplateTasks(p, d, unit)
		for i, task := range tasks {
			for c, want := range []string{task.Subsection, task.Text, task.UnitsText} {
				col := templateCols[c+1]
				checkBroken(t, rows[4+i][c+1], want, col.Width, bodyPt)
			}
		}
	}
}

// checkBroken checks a cell a program broke into lines: its text is want,
// broken wherever want takes more than one line in a column of width w.
func checkBroken(t *testing.T, got, want string, w, pt float64) {
	t.Helper()
	if strings.ReplaceAll(got, "\n", "") != want {
		t.Errorf("cell %q is not %q", got, want)
		return
	}
	full := colPixels(w) - cellPadPx
	if len(WrapLines(want, full, excelAdvance(pt))) > 1 && !strings.Contains(got, "\n") {
		t.Errorf("%q takes several lines but is left for the reader to break", want)
	}
	lines := strings.Split(got, "\n")
	for i, l := range lines {
		if width := (&wrapper{adv: excelAdvance(pt)}).width(l); width > full {
			t.Errorf("line %q of %q is wider than the column", l, want)
		}
		if i == 0 {
			continue
		}
		prev, next := []rune(lines[i-1]), []rune(l)
		if len(prev) == 0 || len(next) == 0 {
			continue
		}
		if wordRune(prev[len(prev)-1]) && wordRune(next[0]) {
			t.Errorf("%q breaks inside %q|%q", want, lines[i-1], l)
		}
		if strings.ContainsRune(noLineStart, next[0]) {
			t.Errorf("%q starts a line with %q", want, string(next[0]))
		}
	}
}
