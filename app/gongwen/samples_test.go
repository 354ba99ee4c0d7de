package gongwen

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"taizhang/app/docx"
)

// TestWriteSamples writes the documents to $OFFICEDOC_SAMPLES for a person
// to render and read (LibreOffice → PDF → PNG); skipped without it.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("OFFICEDOC_SAMPLES")
	if dir == "" {
		t.Skip("OFFICEDOC_SAMPLES not set")
	}
	p, d := seed(t)
	report, _ := Report(ReportInput{Plan: p, Dir: d, Period: "2018年度", Returns: generatedReturns(p, d, 40), Date: day, Office: "翁源县人民政府办公室"})
	long := sampleNotice()
	for i := 0; i < 26; i++ {
		long.Units = append(long.Units, Owing{Unit: fmt.Sprintf("县第%d局", i+1), Missing: "1、3、5、7、9、11、13–19、21、23、25、27、29、31", Count: 7, Owed: 20, Overdue: 10, Contact: "张三", Phone: "0751-2812345"})
	}
	for name, doc := range map[string]*docx.Document{"总结-40.docx": report, "催办通知.docx": Notice(sampleNotice()), "催办通知-附件.docx": Notice(long)} {
		if err := docx.Save(filepath.Join(dir, name), doc); err != nil {
			t.Fatal(err)
		}
	}
}
