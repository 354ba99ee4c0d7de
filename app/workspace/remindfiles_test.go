package workspace

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/app/docx"
	"taizhang/app/plan"
	"taizhang/app/report"
)

func importFixtures(t *testing.T, w *Workspace) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(fixtureReturns, "*"))
	if _, _, err := w.ReadAndImport(context.Background(), files, "2018年度", ""); err != nil {
		t.Fatal(err)
	}
}

// The notice names every owing unit with its missing ranges, and the
// 催报清单 lists them too.
func TestRemindFiles(t *testing.T) {
	w := openTest(t)
	w.SetPeriodDue("2018年度", "2018-12-31")
	importFixtures(t, w)
	l, err := w.Remind("2018年度", fixedDay("2019-01-10"))
	if err != nil {
		t.Fatal(err)
	}
	// The office's own contact, entered in 单位, is the notice's.
	if _, err := w.EditContact("县政府办公室", func(c *plan.Contact) { c.SetPerson("陈文"); c.SetPhone("0751-2801234") }); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	doc := filepath.Join(dir, "催办通知.docx")
	if err := w.SaveRemindNotice(doc, l); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(doc)
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	text := f.PlainText()
	for _, want := range []string{"催办通知", l.Units[0].Unit, "2018年12月31日", "陈文", "0751-2801234"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice lacks %q", want)
		}
	}
	sheet := filepath.Join(dir, "催报清单.xlsx")
	if err := w.SaveRemindSheet(sheet, l); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenFile(sheet)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, _ := x.GetRows(x.GetSheetName(0))
	found := false
	for _, r := range rows {
		if len(r) > 0 && strings.Contains(strings.Join(r, "|"), l.Units[len(l.Units)-1].Unit) {
			found = true
		}
	}
	if !found {
		t.Errorf("sheet lacks %s: %v", l.Units[len(l.Units)-1].Unit, rows)
	}
}

// A unit's own summary holds its tasks and returns and nobody else's.
func TestUnitSummary(t *testing.T) {
	w := openTest(t)
	importFixtures(t, w)
	s, err := w.UnitSummary("2018年度", "县财政局", fixedDay("2019-01-10"))
	if err != nil {
		t.Fatal(err)
	}
	owed := 0
	for _, b := range s.Blocks {
		if b.Task == nil {
			continue
		}
		owed++
		for _, r := range b.Rows {
			if r.Unit != "县财政局" {
				t.Fatalf("task %d shows %s", b.Task.No, r.Unit)
			}
		}
	}
	if owed == 0 || owed == len(w.Plan.Tasks) || s.Returns == 0 || s.Period != "2018年度 · 县财政局" || s.Title != report.SummaryTitle(w.Plan) {
		t.Fatalf("%d tasks, %d returns, %q", owed, s.Returns, s.Title)
	}
	if len(s.Missing) > 1 || len(s.Missing) == 1 && s.Missing[0].Unit != "县财政局" {
		t.Fatalf("missing %+v", s.Missing)
	}
	// A unit that sent nothing still gets its tasks, all 未报送.
	s, err = w.UnitSummary("2018年度", "县公安局", fixedDay("2019-01-10"))
	if err != nil || s.Returns != 0 || len(s.Missing) != 1 || s.Missing[0].Reported != 0 {
		t.Fatalf("县公安局 %+v %v", s, err)
	}
	if _, err := w.UnitSummary("2018年度", "不存在的局", fixedDay("2019-01-10")); err == nil {
		t.Error("summary of an unknown unit")
	}
	path, err := w.SaveUnitTemplate(t.TempDir(), "县公安局", "2018年度")
	if err != nil || !strings.Contains(filepath.Base(path), "县公安局") {
		t.Fatalf("template %s %v", path, err)
	}
}
