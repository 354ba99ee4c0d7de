package workspace

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"taizhang/app/docx"
	"taizhang/app/gongwen"
	"taizhang/internal/fixture"
)

// The draft written from the imported fixtures tells the later
// resubmission (县财政局 has task 8 done), under the plan's headings.
func TestSaveReportFromFixtures(t *testing.T) {
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	paths := fixture.Glob(t, "fixtures/returns/*")
	if _, _, err := w.ReadAndImport(context.Background(), paths, "", ""); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "总结.docx")
	st, err := w.SaveReport("", out, time.Date(2019, 1, 15, 0, 0, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	if st.Units == 0 || st.Reported == 0 || st.Reported+st.Missing != st.Owed {
		t.Errorf("stats %+v", st)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	text := f.PlainText()
	for _, want := range []string{"翁源县2018年政务公开工作总结\n", "在推动县级政府及其部门全面公开财政预决算信息方面，22个应报单位中，已完成1个", "翁源县人民政府办公室\n2019年1月15日\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("draft lacks %q", want)
		}
	}
	if _, err := w.SaveReport("2030年度", out, time.Now()); err == nil {
		t.Error("an unknown period was accepted")
	}
}

func TestSaveNoticeNamesTheOffice(t *testing.T) {
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	out := filepath.Join(t.TempDir(), "催办通知.docx")
	err = w.SaveNotice(out, gongwen.NoticeInput{Period: "2018年度", Date: time.Now(),
		Units: []gongwen.Owing{{Unit: "县财政局", Missing: "8–10", Count: 3, Owed: 5}}})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(out)
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if text := f.PlainText(); !strings.Contains(text, "《翁源县2018年政务公开工作要点分工方案》") || !strings.Contains(text, "\n翁源县人民政府办公室\n") {
		t.Errorf("notice:\n%s", text)
	}
}
