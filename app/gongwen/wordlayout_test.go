package gongwen

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"strconv"
	"testing"

	"taizhang/app/docx"
)

// nsW is WordprocessingML's namespace: Word and LibreOffice take page size
// and margins only from attributes in it.
const nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// wordPage reads the body's section properties the way Word does: by
// namespace, not by the prefix or the bare local name. It returns the
// attributes of w:pgSz and w:pgMar keyed "pgSz.w", "pgMar.top", and so on.
func wordPage(t *testing.T, doc *docx.Document) map[string]string {
	t.Helper()
	data, err := docx.Bytes(doc)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	got := map[string]string{}
	dec := xml.NewDecoder(rc)
	var stack []xml.Name
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			inSect := len(stack) > 0 && stack[len(stack)-1] == xml.Name{Space: nsW, Local: "sectPr"}
			if inSect && e.Name.Space == nsW && (e.Name.Local == "pgSz" || e.Name.Local == "pgMar") {
				for _, a := range e.Attr {
					if a.Name.Space == nsW {
						got[e.Name.Local+"."+a.Name.Local] = a.Value
					}
				}
			}
			stack = append(stack, e.Name)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	return got
}

// Both documents are A4 portrait with the GB/T 9704 margins (37, 35, 28,
// 26 mm) as Word and LibreOffice read them; without the w: namespace they
// fall back to US Letter and their own margins.
func TestPageAsWordReadsIt(t *testing.T) {
	p, d := seed(t)
	report, _ := Report(ReportInput{Plan: p, Dir: d, Period: "2018年度", Returns: generatedReturns(p, d, 3), Date: day, Office: "翁源县人民政府办公室"})
	for name, doc := range map[string]*docx.Document{"工作总结": report, "催办通知": Notice(sampleNotice())} {
		got := wordPage(t, doc)
		if got["pgSz.w"] != "11906" || got["pgSz.h"] != "16838" {
			t.Errorf("%s: page %q × %q twips, want A4 portrait 11906 × 16838", name, got["pgSz.w"], got["pgSz.h"])
		}
		if o := got["pgSz.orient"]; o != "" && o != "portrait" {
			t.Errorf("%s: orientation %q", name, o)
		}
		for side, mm := range map[string]float64{"top": 37, "bottom": 35, "left": 28, "right": 26} {
			tw, err := strconv.Atoi(got["pgMar."+side])
			if err != nil || math.Abs(float64(tw)*25.4/1440-mm) > 0.05 {
				t.Errorf("%s: %s margin %q twips, want %.0f mm", name, side, got["pgMar."+side], mm)
			}
		}
	}
}
