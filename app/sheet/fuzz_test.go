package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"slices"
	"strings"
	"testing"

	"taizhang/internal/fixture"
)

// FuzzRead feeds anything to Read: it must never panic (Read turns a panic
// into a Damaged refusal carrying a panicError, which fails here), and every
// outcome must be a usable book or a RefusedError with a message.
func FuzzRead(f *testing.F) {
	for _, dir := range []string{"returns", "bad"} {
		for _, p := range fixture.Glob(f, "fixtures/"+dir+"/*") {
			data, err := os.ReadFile(p)
			// The 2 MB bomb is refused from its directory alone; as a
			// seed it would only slow every mutation down.
			if err != nil || len(data) > 1<<20 {
				continue
			}
			f.Add(data)
		}
	}
	f.Add([]byte("序号,落实情况\n8,已完成\n"))
	f.Add([]byte("\xEF\xBB\xBF序号\t落实情况\r\n8\t已完成\r\n"))
	f.Add(buildZip(f, entriesOf(xlsxParts(wpsSheet))))
	f.Fuzz(func(t *testing.T, data []byte) {
		book, err := Read("fuzz.xlsx", data)
		checkOutcome(t, book, err)
	})
}

// FuzzSheetXML builds a well-formed package around a mutated sheet, so the
// fuzzer reaches the XML check, the side scan and excelize instead of
// stopping at a CRC.
func FuzzSheetXML(f *testing.F) {
	f.Add([]byte(wpsSheet))
	f.Add([]byte(`<worksheet xmlns="` + mainNS + `"><sheetData><row><c t="s"><v>1</v></c><c s="2"><v>43286</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>`))
	if parts, err := unzipParts(fixture.Read(f, "fixtures/returns/县信息中心落实情况表.xlsx")); err == nil {
		f.Add(parts["xl/worksheets/sheet1.xml"][:8000])
	}
	f.Fuzz(func(t *testing.T, sheet []byte) {
		book, err := Read("fuzz.xlsx", storedZip(t, xlsxParts(string(sheet))))
		checkOutcome(t, book, err)
	})
}

// storedZip packs parts without compression: under the fuzzer's coverage
// instrumentation, setting up a deflate writer per part costs seconds.
func storedZip(t *testing.T, parts map[string]string) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entriesOf(parts) {
		fw, err := w.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(e.data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func checkOutcome(t *testing.T, book *Book, err error) {
	t.Helper()
	if err != nil {
		var re *RefusedError
		if !errors.As(err, &re) {
			t.Fatalf("error %T %v is not a RefusedError", err, err)
		}
		var pe *panicError
		if errors.As(err, &pe) {
			t.Fatalf("panic: %v", pe)
		}
		if re.Reason < Empty || re.Reason > Unreadable || !strings.HasPrefix(re.Error(), "《fuzz.xlsx》") {
			t.Fatalf("bad refusal %v: %q", re.Reason, re.Error())
		}
		if book != nil {
			t.Fatal("book and error")
		}
		return
	}
	if book == nil || (!slices.Contains([]string{"xlsx", "xls", "csv", "html", "xmlss"}, book.Format)) {
		t.Fatalf("book %+v", book)
	}
	for _, g := range book.Sheets {
		for _, m := range g.Merges {
			if m.Top < 0 || m.Left < 0 || m.Bottom < m.Top || m.Right < m.Left {
				t.Fatalf("merge %+v", m)
			}
		}
	}
}

// FuzzScanXML holds the fast check to its promise: whatever it accepts,
// encoding/xml (which excelize uses) reads without error up to the end of
// the root element. The converse need not hold: the check may be stricter.
func FuzzScanXML(f *testing.F) {
	for _, s := range []string{
		wpsSheet,
		`<?xml version="1.0"?><!-- c --><a x='1' y="&amp;&#x41;"><![CDATA[<>]]>t&lt;</a>`,
		`<a><b/></a>trailing`,
		"\xEF\xBB\xBF<a/>",
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<sst><si><t xml:space=\"preserve\"> a </t></si></sst>",
		`<a>]]></a>`, `<a b="<"/>`, `<a>&#0;</a>`, `<a>&#xFFFE;</a>`, `<!DOCTYPE a><a/>`,
	} {
		f.Add([]byte(s))
	}
	for _, p := range []string{"returns/县财政局-落实情况.xlsx", "returns/县民政局.xlsx"} {
		if parts, err := unzipParts(fixture.Read(f, "fixtures/"+p)); err == nil {
			for name, part := range parts {
				if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
					f.Add(part[:min(len(part), 4000)])
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if scanXML(data, nopHandler{}) != nil {
			return
		}
		if enc := declaredEncoding(data); enc != "" && !equalFoldASCII(enc, "utf-8") && !equalFoldASCII(enc, "utf8") {
			return // excelize transcodes these; encoding/xml alone cannot
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
		depth := 0
		for {
			tok, err := d.Token()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatalf("scanXML accepted %q, encoding/xml: %v", data, err)
			}
			switch tok.(type) {
			case xml.StartElement:
				depth++
			case xml.EndElement:
				if depth--; depth == 0 {
					return
				}
			}
		}
	})
}

func TestScanXMLRejects(t *testing.T) {
	for _, s := range []string{
		`<a>`, `<a><b></a>`, `<a x=1/>`, `<a x="1/>`, `<a>&bogus;</a>`, `<a>&#0;</a>`, `<a>]]></a>`,
		`<a b="<"/>`, "<a>\x01</a>", "<a>\xFF</a>", `<!DOCTYPE a [<!ENTITY x "y">]><a/>`, `<a><!-- -- --></a>`,
		`<row r="1"><c r="A1"><v>1</v></c`, `<?xml version="1.1"?><a/>`, `<a:b:c/>`, `</a>`,
		strings.Repeat("<a>", maxXMLDepth+1),
	} {
		if err := scanXML([]byte(s), nopHandler{}); err == nil {
			t.Errorf("accepted %q", s)
		}
	}
	for _, s := range []string{
		``, `  `, `<a/>`, `<a/>junk after the root`, "\xEF\xBB\xBF<a b='1'\tc=\"&quot;\">x&#x4E2D;</a>",
		`<?xml version="1.0" encoding="GBK"?><a>` + "\xD6\xD0" + `</a>`, `<a><![CDATA[]]]]></a>`,
	} {
		if err := scanXML([]byte(s), nopHandler{}); err != nil {
			t.Errorf("rejected %q: %v", s, err)
		}
	}
}
