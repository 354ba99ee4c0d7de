package forms

import (
	"archive/zip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"taizhang/app/docx"
	"taizhang/app/feedback"
	"taizhang/app/feedback/reply"
	"taizhang/app/plan"
	"taizhang/seeds"
)

func seedForm(t *testing.T, unit string) *Form {
	t.Helper()
	p, d, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := NewForm(p, d, unit, plan.Contact{Person: "李四", Phone: "0751-2800000"})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// The .xlsx form: the unit's tasks with its role, the sheet protected with
// only the answer cells open, the 意见 drop-down, and the hidden sheet
// naming plan and unit.
func TestFormWorkbook(t *testing.T) {
	f := seedForm(t, "县财政局")
	path := filepath.Join(t.TempDir(), "f.xlsx")
	if err := f.SaveXLSX(path); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, _ := x.GetRows(FormSheet)
	if !strings.Contains(rows[1][0], "县财政局") || rows[1][4] != "李四" || strings.ReplaceAll(rows[3][5], "\n", "") != "意见（同意/修改/不属于本单位职责）" {
		t.Fatalf("head rows %q", rows[:4])
	}
	if len(f.Rows) != 45 || rows[4][0] != "2" || rows[4][4] != "负责" {
		t.Errorf("%d tasks, first row %q", len(f.Rows), rows[4])
	}
	last := rows[len(rows)-1][0]
	if last != NoCommentLine || rows[len(rows)-2][0] != "其他意见" {
		t.Errorf("last rows %q", rows[len(rows)-2:])
	}
	// The clerk's own text quotes in Chinese, “无意见”, never with ASCII marks.
	for _, r := range rows {
		for _, c := range r {
			if strings.ContainsAny(c, "'\"") {
				t.Errorf("ASCII quote mark in %q", c)
			}
		}
	}
	dvs, _ := x.GetDataValidations(FormSheet)
	found := false
	for _, dv := range dvs {
		if strings.HasPrefix(dv.Sqref, "F5:") && strings.Contains(dv.Formula1, "不属于本单位职责") {
			found = true
		}
	}
	if !found {
		t.Errorf("no 意见 drop-down: %+v", dvs)
	}
	locked := func(cell string) bool {
		id, _ := x.GetCellStyle(FormSheet, cell)
		st, _ := x.GetStyle(id)
		return st.Protection == nil || st.Protection.Locked
	}
	if !locked("C5") || locked("F5") || locked("G5") || locked("E2") {
		t.Error("locked cells wrong: C5 must be locked, F5, G5 and E2 open")
	}
	if !strings.Contains(zipPart(t, path, "xl/worksheets/sheet1.xml"), "<sheetProtection") {
		t.Error("the form is not protected")
	}
	if v, _ := x.GetCellValue(reply.IDSheet, "B2"); v != "县财政局" {
		t.Errorf("id sheet unit %q", v)
	}
	if vis, _ := x.GetSheetVisible(reply.IDSheet); vis {
		t.Error("id sheet visible")
	}
}

// The .docx form reads back as a table with the unit's tasks.
func TestFormDocument(t *testing.T) {
	f := seedForm(t, "县教育局")
	path := filepath.Join(t.TempDir(), "f.docx")
	if err := f.SaveDOCX(path); err != nil {
		t.Fatal(err)
	}
	data := mustRead(t, path)
	doc, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	var table [][]string
	for _, b := range doc.Body {
		if b.Table != nil {
			table = b.Table
		}
	}
	if len(table) != len(f.Rows)+2 || table[0][0] != "序号" || table[len(table)-1][0] != "其他意见" {
		t.Fatalf("table of %d rows: %q", len(table), table[0])
	}
	if !strings.Contains(doc.PlainText(), NoCommentLine) {
		t.Error("no 无意见 line")
	}
}

func TestAdoptionRows(t *testing.T) {
	cs := []feedback.Comment{
		{Unit: "甲", Task: 0, Kind: feedback.KindOther, Text: "全文", Decision: feedback.Reject},
		{Unit: "乙", Task: 9, Kind: feedback.KindNone},
		{Unit: "丙", Task: 3, Kind: feedback.KindReword, Text: "改", Decision: feedback.Accept, Reason: "好"},
	}
	rows := AdoptionRows(cs)
	if len(rows) != 2 || rows[0].Task != "第3项" || rows[1].Task != "全文" || rows[0].No != 1 {
		t.Errorf("rows %+v", rows)
	}
	s := AdoptionSummary(5, cs)
	if !strings.Contains(s, "3 个单位反馈，其中 1 个单位无修改意见，2 个单位提出意见；采纳 1 条，部分采纳 0 条，不采纳 1 条。") {
		t.Errorf("summary %q", s)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func zipPart(t *testing.T, path, name string) string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		if f.Name == name {
			r, _ := f.Open()
			b, _ := io.ReadAll(r)
			r.Close()
			return string(b)
		}
	}
	t.Fatalf("%s has no %s", path, name)
	return ""
}

// The form's task cells are broken into lines by the program wherever
// they take more than one, each line fitting its column, never inside a
// number, range or Latin word and never before a closing mark: readers
// left to themselves split 〔2018〕2 | 2号.
func TestFormBreaksOnlyWhereAllowed(t *testing.T) {
	f := seedForm(t, "县府办")
	path := filepath.Join(t.TempDir(), "f.xlsx")
	if err := f.SaveXLSX(path); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, _ := x.GetRows(FormSheet)
	broken := 0
	for i, r := range f.Rows {
		for c, want := range []string{r.Task.Subsection, r.Task.Text, r.Task.UnitsText} {
			got := rows[4+i][c+1]
			width := formCols[c+1].width
			if strings.ReplaceAll(got, "\n", "") != want {
				t.Fatalf("cell %q is not %q", got, want)
			}
			if units(want) > width-1 && !strings.Contains(got, "\n") {
				t.Errorf("%q is wider than its column and left for the reader to break", want)
			}
			lines := strings.Split(got, "\n")
			broken += len(lines) - 1
			for j, l := range lines {
				if units(l) > width-1 {
					t.Errorf("line %q is wider than its column", l)
				}
				if j == 0 || l == "" || lines[j-1] == "" {
					continue
				}
				prev, next := []rune(lines[j-1]), []rune(l)
				if latin(prev[len(prev)-1]) && latin(next[0]) {
					t.Errorf("%q breaks inside a number: %q|%q", want, lines[j-1], l)
				}
				if strings.ContainsRune("，。、；：？！）》」』”’〕】…%", next[0]) {
					t.Errorf("%q starts a line with %q", want, l)
				}
			}
		}
	}
	if broken == 0 {
		t.Fatal("no cell was broken into lines")
	}
	// The instruction over the table: no line ends with an opening mark.
	note := rows[2][0]
	if strings.ReplaceAll(note, "\n", "") != instruction || !strings.Contains(note, "\n") {
		t.Errorf("instruction written as %q", note)
	}
	for _, l := range strings.Split(note, "\n") {
		if strings.ContainsAny(l[len(l)-len("“"):], "“（《") {
			t.Errorf("instruction line %q ends with an opening mark", l)
		}
	}
	// The headings: none split where it fits, and the row shows them whole.
	most := 1
	for c, h := range rows[3] {
		if strings.Contains(h, "\n") && units(h) <= formCols[c].width-1 {
			t.Errorf("heading %q is broken though it fits", h)
		}
		most = max(most, strings.Count(h, "\n")+1)
	}
	if ht, _ := x.GetRowHeight(FormSheet, 4); ht < float64(most)*bodyPt*1.4 {
		t.Errorf("the heading row is %.0f pt for %d lines", ht, most)
	}
}

// units is the width of s in Excel's column units, as the form's row
// heights measure it.
func units(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < 0x80 {
			w += 1.1
		} else {
			w += 2.1
		}
	}
	return w
}

func latin(r rune) bool { return r < 0x80 && r != ' ' || r == '–' }

// The 催告通知's sender and date stay together, with the last lines of
// text, on one page: a date alone on page two is not a 公文.
func TestChaseNoticeKeepsItsSignatureTogether(t *testing.T) {
	c := &Chase{PlanTitle: "某方案", Office: "翁源县人民政府办公室", Date: time.Date(2026, 12, 8, 0, 0, 0, 0, time.Local),
		Units: []feedback.Unreplied{{Unit: "县财政局", Tasks: 3}}}
	d := c.noticeDoc()
	n := len(d.Body)
	if n < 3 || d.Body[n-1].Runs[0].Text != "2026年12月8日" || d.Body[n-2].Runs[0].Text != "翁源县人民政府办公室" {
		t.Fatalf("the notice does not end with sender and date: %+v", d.Body[n-2:])
	}
	for i := n - 4; i < n-1; i++ {
		if !d.Body[i].KeepNext {
			t.Errorf("paragraph %d (%+v) may be parted from the next", i, d.Body[i].Runs)
		}
	}
}
