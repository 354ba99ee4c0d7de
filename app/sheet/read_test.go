package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"

	"taizhang/internal/fixture"
)

// rowWith returns the first row of g containing every one of words.
func rowWith(g *Grid, words ...string) []string {
	for _, r := range g.Rows {
		ok := true
		for _, w := range words {
			ok = ok && slices.Contains(r, w)
		}
		if ok {
			return r
		}
	}
	return nil
}

func mustRead(t *testing.T, rel string) *Book {
	t.Helper()
	b, err := ReadFile(fixture.Path(t, "fixtures/"+rel))
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return b
}

func TestReturnsFixturesRead(t *testing.T) {
	files := fixture.Glob(t, "fixtures/returns/*")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			// Every return has a header with 具体要求 somewhere, and
			// at least 30 rows of tasks under it.
			found := false
			for i := range b.Sheets {
				g := &b.Sheets[i]
				if rowWith(g, "具体要求") != nil && len(g.Rows) >= 30 {
					found = true
				}
			}
			if !found {
				t.Fatalf("no sheet with a 具体要求 header and 30+ rows: %+v", b.Sheets)
			}
		})
	}
}

func TestFinanceReturn(t *testing.T) {
	b := mustRead(t, "returns/县财政局-落实情况.xlsx")
	if b.Format != "xlsx" || len(b.Sheets) != 1 {
		t.Fatalf("format %q, %d sheets", b.Format, len(b.Sheets))
	}
	g := &b.Sheets[0]
	hdr := g.Rows[2]
	want := []string{"序号", "工作任务", "具体要求", "牵头落实单位", "落实情况", "完成状态", "存在问题", "下一步工作计划", "佐证材料", "备注"}
	if !slices.Equal(hdr, want) {
		t.Fatalf("header row 3 = %q", hdr)
	}
	if g.Cell(0, 0) != "翁源县2018年政务公开工作要点落实情况表" {
		t.Errorf("title = %q (rich text runs must be joined)", g.Cell(0, 0))
	}
	if !strings.Contains(g.Cell(1, 0), "县财政局") {
		t.Errorf("填报单位 line = %q", g.Cell(1, 0))
	}
	if g.Cell(3, 0) != "2" {
		t.Errorf("first 序号 = %q, want plain 2", g.Cell(3, 0))
	}
	if !slices.Contains(g.Merges, Merge{0, 0, 0, 9}) {
		t.Errorf("title merge missing: %v", g.Merges)
	}
	// The copy is byte-identical and must read identically.
	c := mustRead(t, "returns/县财政局-落实情况 - 副本.xlsx")
	if !slices.EqualFunc(c.Sheets[0].Rows, g.Rows, slices.Equal) {
		t.Error("the byte-identical copy reads differently")
	}
}

func TestCivilAffairsSecondSheetAndDates(t *testing.T) {
	b := mustRead(t, "returns/县民政局.xlsx")
	if len(b.Sheets) != 2 {
		t.Fatalf("%d sheets, want 2", len(b.Sheets))
	}
	if rowWith(&b.Sheets[0], "落实情况") != nil {
		t.Error("the instructions sheet should hold no header")
	}
	g := &b.Sheets[1]
	hdr := rowWith(g, "序号", "落实情况", "完成时间")
	if hdr == nil {
		t.Fatalf("no header on sheet 2: %q", g.Rows[:4])
	}
	col := slices.Index(hdr, "完成时间")
	dates := 0
	for _, r := range g.Rows {
		if col < len(r) && r[col] != "" && r[col] != "完成时间" {
			if len(r[col]) != 10 || r[col][4] != '-' || r[col][7] != '-' || !strings.HasPrefix(r[col], "2018-") {
				t.Errorf("完成时间 %q is not a 2006-01-02 date", r[col])
			}
			dates++
		}
	}
	if dates == 0 {
		t.Error("no dates found in 完成时间")
	}
}

func TestInfoCentreMergesAndLineBreaks(t *testing.T) {
	b := mustRead(t, "returns/县信息中心落实情况表.xlsx")
	g := &b.Sheets[0]
	if rowWith(g, "序号", "完成\n状态", "进展情况") == nil {
		t.Fatalf("header with line breaks not found: %q", g.Rows[:5])
	}
	if len(g.Merges) < 5 {
		t.Errorf("工作任务 is merged vertically, got merges %v", g.Merges)
	}
	for _, m := range g.Merges {
		if m.Left != 1 || m.Right != 1 || m.Bottom <= m.Top {
			t.Errorf("unexpected merge %+v", m)
		}
	}
}

func TestGBKCSV(t *testing.T) {
	b := mustRead(t, "returns/县住建局.csv")
	if b.Format != "csv" || len(b.Sheets) != 1 {
		t.Fatalf("format %q, %d sheets", b.Format, len(b.Sheets))
	}
	g := &b.Sheets[0]
	if g.Name != "县住建局" {
		t.Errorf("sheet name %q, want the file name", g.Name)
	}
	if g.Cell(0, 0) != "序号" || g.Cell(0, 4) != "落实情况" {
		t.Fatalf("header = %q", g.Rows[0])
	}
	if !strings.Contains(g.Cell(1, 4), "县住建局") {
		t.Errorf("row 2 落实情况 = %q", g.Cell(1, 4))
	}
}

func TestXLS(t *testing.T) {
	b := mustRead(t, "returns/龙仙镇.xls")
	if b.Format != "xls" {
		t.Fatalf("format %q", b.Format)
	}
	g := &b.Sheets[0]
	if rowWith(g, "序号", "落实情况") == nil {
		t.Fatalf("no header: %q", g.Rows[:4])
	}
	if !strings.Contains(g.Cell(1, 0), "龙仙镇人民政府") {
		t.Errorf("填报单位 = %q", g.Cell(1, 0))
	}
}

func TestUnrelatedWorkbookReads(t *testing.T) {
	// Refusing it for having no return table is the caller's business.
	b := mustRead(t, "bad/unrelated-budget.xlsx")
	if len(b.Sheets) == 0 || len(b.Sheets[0].Rows) == 0 {
		t.Fatal("empty")
	}
}

func reasonOf(t *testing.T, err error) Reason {
	t.Helper()
	var re *RefusedError
	if !errors.As(err, &re) {
		t.Fatalf("error %v (%T) is not a *RefusedError", err, err)
	}
	var pe *panicError
	if errors.As(err, &pe) {
		t.Fatalf("panic inside Read: %v", pe)
	}
	msg := re.Error()
	if !strings.HasPrefix(msg, "《") || !strings.Contains(msg, "》") || !strings.HasSuffix(msg, "。") {
		t.Errorf("message %q does not name the file in one sentence", msg)
	}
	return re.Reason
}

func TestBadFixturesRefused(t *testing.T) {
	cases := map[string][]Reason{
		"empty.xlsx":         {Empty},
		"not-excel.xlsx":     {NotSpreadsheet},
		"truncated.xlsx":     {Truncated, Damaged},
		"word-document.xlsx": {WordDocument},
		"zipbomb.xlsx":       {TooLarge},
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := ReadFile(fixture.Path(t, "fixtures/bad/"+name))
			if err == nil {
				t.Fatal("read without error")
			}
			if r := reasonOf(t, err); !slices.Contains(want, r) {
				t.Fatalf("reason %v, want %v: %v", r, want, err)
			}
			if !strings.Contains(err.Error(), "《"+name+"》") {
				t.Errorf("message does not name the file: %v", err)
			}
			t.Log(err)
		})
	}
}

// The fixture is an ECMA-376 encrypted workbook (password wy2018): it must
// be refused as encrypted, not as damaged.
func TestPasswordFixture(t *testing.T) {
	p := fixture.Path(t, "fixtures/bad/password-protected.xlsx")
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, oleSig) {
		t.Fatal("bad/password-protected.xlsx is not an OLE (encrypted) file")
	}
	_, err = Read(p, data)
	if r := reasonOf(t, err); r != Encrypted {
		t.Fatalf("reason %v: %v", r, err)
	}
}

func TestEncryptedXLSX(t *testing.T) {
	f := excelize.NewFile()
	_ = f.SetCellValue("Sheet1", "A1", "序号")
	p := filepath.Join(t.TempDir(), "县财政局.xlsx")
	if err := f.SaveAs(p, excelize.Options{Password: "wy2018"}); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(p)
	if err == nil {
		t.Fatal("encrypted workbook read")
	}
	if r := reasonOf(t, err); r != Encrypted {
		t.Fatalf("reason %v: %v", r, err)
	}
	want := "《县财政局.xlsx》已加密（设置了打开密码），无法读取：请让报送单位取消密码后重新发送。"
	if err.Error() != want {
		t.Errorf("message %q, want %q", err.Error(), want)
	}
}

func TestSniffedNonSpreadsheets(t *testing.T) {
	cases := []struct {
		data   string
		reason Reason
		says   string
	}{
		{"%PDF-1.7\n...", NotSpreadsheet, "PDF 文件"},
		{"\xFF\xD8\xFF\xE0\x00\x10JFIF", NotSpreadsheet, "图片"},
		{"GIF89a\x01\x00", NotSpreadsheet, "图片"},
		{"Rar!\x1a\x07\x00", NotSpreadsheet, "RAR"},
		{"{\\rtf1\\ansi 落实情况}", WordDocument, "Word"},
		{"<html><body><p>序号 落实情况</p></body></html>", NotSpreadsheet, "网页，但其中没有表格"},
		{"<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">", Damaged, "Excel 2003 XML"},
		{"PK\x05\x06" + strings.Repeat("\x00", 18), NotSpreadsheet, "压缩包"},
		{"只有一行文字", NotSpreadsheet, "文本文件"},
		{"\x00\x01\x02\x03binary", NotSpreadsheet, "二进制"},
	}
	for _, c := range cases {
		_, err := Read("报表.xlsx", []byte(c.data))
		if err == nil {
			t.Errorf("%q: read", c.data)
			continue
		}
		if r := reasonOf(t, err); r != c.reason || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%q: %v %q, want %v mentioning %q", c.data, r, err, c.reason, c.says)
		}
	}
}

func TestZipClassification(t *testing.T) {
	zipOf := func(parts ...string) []byte {
		var buf bytes.Buffer
		w := zip.NewWriter(&buf)
		for i := 0; i < len(parts); i += 2 {
			fw, _ := w.Create(parts[i])
			fw.Write([]byte(parts[i+1]))
		}
		w.Close()
		return buf.Bytes()
	}
	cases := []struct {
		data   []byte
		reason Reason
		says   string
	}{
		{zipOf("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"), Unsupported, ".ods"},
		{zipOf("ppt/presentation.xml", "<x/>"), NotSpreadsheet, "PowerPoint"},
		{zipOf("县财政局.xlsx", "x", "县民政局.xlsx", "y"), NotSpreadsheet, "2 个表格文件"},
		{zipOf("photo.jpg", "x"), NotSpreadsheet, "压缩包"},
	}
	for _, c := range cases {
		_, err := Read("a.xlsx", c.data)
		if r := reasonOf(t, err); r != c.reason || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%v %q, want %v mentioning %q", r, err, c.reason, c.says)
		}
	}
}

// --- hand-made workbooks -------------------------------------------------

const (
	relsNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
)

// xlsxParts are the parts of a minimal workbook with one sheet; tests
// replace the sheet or add parts.
func xlsxParts(sheetXML string) map[string]string {
	return map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
		"_rels/.rels":                `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relsNS + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="` + mainNS + `" xmlns:r="` + relsNS + `"><workbookPr/><sheets><sheet name="落实情况" sheetId="1" r:id="rId1"/><sheet name="_id" sheetId="2" state="veryHidden" r:id="rId4"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relsNS + `/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="` + relsNS + `/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId2" Type="` + relsNS + `/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="` + relsNS + `/styles" Target="styles.xml"/></Relationships>`,
		"xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="` + mainNS + `" count="3" uniqueCount="3">` +
			`<si><t>序号</t></si>` +
			`<si><r><rPr><b/><sz val="11"/></rPr><t>落实</t></r><r><t xml:space="preserve">情况</t></r></si>` +
			`<si><t>公开</t><rPh sb="0" eb="2"><t>gongkai</t></rPh></si></sst>`,
		"xl/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="` + mainNS + `">` +
			`<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[$-804]0.00_);[Red]\(0.00\)"/></numFmts>` +
			`<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>` +
			`<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
			`<cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/><xf numFmtId="22"/><xf numFmtId="10"/><xf numFmtId="20"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs>` +
			`<dxfs count="1"><dxf><numFmt numFmtId="166" formatCode="yyyy"/></dxf></dxfs></styleSheet>`,
		"xl/worksheets/sheet1.xml": sheetXML,
		"xl/worksheets/sheet2.xml": `<worksheet xmlns="` + mainNS + `"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>unit</t></is></c><c r="B1" t="inlineStr"><is><t>县财政局</t></is></c></row></sheetData></worksheet>`,
	}
}

// A sheet as WPS writes it: inline strings, plain and rich, next to shared
// strings, numbers in various formats and a merge.
const wpsSheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="` + mainNS + `" xmlns:r="` + relsNS + `"><dimension ref="A1:K4"/><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>完成状态</t></is></c><c r="D1" t="inlineStr"><is><r><rPr><b/></rPr><t>下一步</t></r><r><t>工作计划</t></r></is></c><c r="E1" t="s"><v>2</v></c></row>
<row r="2"><c r="A2"><v>8</v></c><c r="B2" s="3"><v>8</v></c><c r="C2" s="1"><v>43286</v></c><c r="D2" s="2"><v>43286</v></c><c r="E2"><v>0.30000000000000004</v></c><c r="F2" t="b"><v>1</v></c><c r="G2" s="4"><v>43286.5</v></c><c r="H2" s="5"><v>0.85</v></c><c r="I2" s="6"><v>0.5</v></c><c r="J2" t="str"><f>A2&amp;"x"</f><v>8x</v></c><c r="K2" t="d"><v>2018-07-05T00:00:00Z</v></c></row>
<row r="4"><c t="inlineStr"><is><t>甲&amp;乙</t></is></c><c><v>1.5</v></c><c s="7"><v>-12</v></c><c s="8"><v>43286</v></c><c s="0"><v>12345678901234567</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="A5:C6"/></mergeCells></worksheet>`

type zipEntry struct {
	name string
	data []byte
	// raw entries are written as given: for headers that lie
	raw                   bool
	crc                   uint32
	compressed            []byte
	uncompressedSizeDelta int64
}

func buildZip(t testing.TB, entries []zipEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		if !e.raw {
			fw, err := w.Create(e.name)
			if err != nil {
				t.Fatal(err)
			}
			fw.Write(e.data)
			continue
		}
		fw, err := w.CreateRaw(&zip.FileHeader{
			Name: e.name, Method: zip.Deflate, CRC32: e.crc,
			CompressedSize64:   uint64(len(e.compressed)),
			UncompressedSize64: uint64(int64(len(e.data)) + e.uncompressedSizeDelta),
		})
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(e.compressed)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func entriesOf(parts map[string]string) []zipEntry {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	slices.Sort(names)
	var es []zipEntry
	for _, n := range names {
		es = append(es, zipEntry{name: n, data: []byte(parts[n])})
	}
	return es
}

func deflate(b []byte) []byte {
	var buf bytes.Buffer
	level := flate.BestCompression
	if len(b) > 16<<20 {
		level = flate.BestSpeed // only needs to be big, not small
	}
	w, _ := flate.NewWriter(&buf, level)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestInlineRichAndNumbers(t *testing.T) {
	data := buildZip(t, entriesOf(xlsxParts(wpsSheet)))
	b, err := Read("wps.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Sheets) != 2 {
		t.Fatalf("%d sheets", len(b.Sheets))
	}
	g := &b.Sheets[0]
	if g.Hidden || !b.Sheets[1].Hidden {
		t.Error("hidden flags wrong")
	}
	if id, ok := b.TemplateID(); ok || id != nil {
		// sheet "_id" is not the template sheet; just make sure nothing panics
		_ = id
	}
	want := [][]string{
		{"序号", "落实情况", "完成状态", "下一步工作计划", "公开"},
		{"8", "8", "2018-07-05", "2018-07-05", "0.3", "TRUE", "2018-07-05 12:00", "85%", "12:00", "8x", "2018-07-05"},
		nil,
		{"甲&乙", "1.5", "-12", "2018-07-05", "12345678901234600"},
	}
	for r := range want {
		if !slices.Equal(g.Rows[r], want[r]) {
			t.Errorf("row %d = %q, want %q", r+1, g.Rows[r], want[r])
		}
	}
	if len(g.Rows) != len(want) {
		t.Errorf("%d rows, want %d", len(g.Rows), len(want))
	}
	if !slices.Equal(g.Merges, []Merge{{Top: 4, Left: 0, Bottom: 5, Right: 2}}) {
		t.Errorf("merges %v", g.Merges)
	}
	if b.Sheets[1].Cell(0, 1) != "县财政局" {
		t.Errorf("very hidden sheet not read: %q", b.Sheets[1].Rows)
	}
}

// Some writers (.NET libraries) prefix every element of the sheet.
func TestPrefixedSheetXML(t *testing.T) {
	sheet := `<x:worksheet xmlns:x="` + mainNS + `"><x:sheetData><x:row r="2"><x:c r="B2" s="1"><x:v>43286</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>好</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B2:C2"/></x:mergeCells></x:worksheet>`
	b, err := Read("x.xlsx", buildZip(t, entriesOf(xlsxParts(sheet))))
	if err != nil {
		t.Fatal(err)
	}
	g := &b.Sheets[0]
	if g.Cell(1, 1) != "2018-07-05" || g.Cell(1, 2) != "好" || len(g.Merges) != 1 {
		t.Fatalf("rows %q merges %v", g.Rows, g.Merges)
	}
}

func TestDamagedZipsRefused(t *testing.T) {
	parts := xlsxParts(wpsSheet)
	sheet := []byte(parts["xl/worksheets/sheet1.xml"])
	crc := crc32.ChecksumIEEE(sheet)
	withSheet := func(e zipEntry) []byte {
		es := entriesOf(parts)
		for i := range es {
			if es[i].name == "xl/worksheets/sheet1.xml" {
				es[i] = e
			}
		}
		return buildZip(t, es)
	}
	cut := bytes.Index(sheet, []byte(`<c r="C2"`)) + 5 // inside row 2, inside a tag
	cutParts := xlsxParts(string(sheet[:cut]))
	cutAfterCell := xlsxParts(string(sheet[:bytes.Index(sheet, []byte(`<c r="C2"`))]))
	cases := []struct {
		name string
		data []byte
		want Reason
	}{
		{"bad CRC", withSheet(zipEntry{name: "xl/worksheets/sheet1.xml", data: sheet, raw: true, crc: crc ^ 0xFFFF, compressed: deflate(sheet)}), Damaged},
		{"understated size", withSheet(zipEntry{name: "xl/worksheets/sheet1.xml", data: sheet, raw: true, crc: crc, compressed: deflate(sheet), uncompressedSizeDelta: -100}), Damaged},
		{"overstated size", withSheet(zipEntry{name: "xl/worksheets/sheet1.xml", data: sheet, raw: true, crc: crc, compressed: deflate(sheet), uncompressedSizeDelta: +100}), Damaged},
		{"corrupt deflate", withSheet(zipEntry{name: "xl/worksheets/sheet1.xml", data: sheet, raw: true, crc: crc, compressed: append(deflate(sheet)[:40], bytes.Repeat([]byte{0xFF}, 60)...)}), Damaged},
		{"sheet cut mid-tag", buildZip(t, entriesOf(cutParts)), Damaged},
		{"sheet cut between cells", buildZip(t, entriesOf(cutAfterCell)), Damaged},
		{"shared strings cut", buildZip(t, entriesOf(func() map[string]string {
			p := xlsxParts(wpsSheet)
			p["xl/sharedStrings.xml"] = p["xl/sharedStrings.xml"][:120]
			return p
		}())), Damaged},
		{"whole file cut", buildZip(t, entriesOf(parts))[:900], Truncated},
		{"missing sheet part", buildZip(t, entriesOf(func() map[string]string {
			p := xlsxParts(wpsSheet)
			delete(p, "xl/worksheets/sheet2.xml")
			return p
		}())), Damaged},
		{"bad shared string index", buildZip(t, entriesOf(xlsxParts(`<worksheet xmlns="`+mainNS+`"><sheetData><row><c t="s"><v>x</v></c></row></sheetData></worksheet>`))), Damaged},
		{"shared string index out of range", buildZip(t, entriesOf(xlsxParts(`<worksheet xmlns="`+mainNS+`"><sheetData><row><c t="s"><v>99</v></c></row></sheetData></worksheet>`))), Damaged},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("县财政局.xlsx", c.data)
			if err == nil {
				t.Fatal("read without error")
			}
			if r := reasonOf(t, err); r != c.want {
				t.Fatalf("reason %v, want %v: %v (%v)", r, c.want, err, errors.Unwrap(err))
			}
			t.Logf("%v | %v", err, errors.Unwrap(err))
		})
	}
	// The intact package reads, so the cases above fail for their defect.
	if _, err := Read("ok.xlsx", buildZip(t, entriesOf(parts))); err != nil {
		t.Fatal(err)
	}
}

func TestTooLargeDeclared(t *testing.T) {
	// A small bomb: 64 MiB + 1 of spaces in one sheet.
	big := bytes.Repeat([]byte(" "), maxPartSize+1)
	parts := entriesOf(xlsxParts(wpsSheet))
	for i := range parts {
		if parts[i].name == "xl/worksheets/sheet1.xml" {
			parts[i] = zipEntry{name: parts[i].name, data: big, raw: true, crc: crc32.ChecksumIEEE(big), compressed: deflate(big)}
		}
	}
	_, err := Read("bomb.xlsx", buildZip(t, parts))
	if r := reasonOf(t, err); r != TooLarge {
		t.Fatalf("reason %v: %v", r, err)
	}
	// Same bomb, but the headers claim a small size: caught while inflating.
	for i := range parts {
		if parts[i].name == "xl/worksheets/sheet1.xml" {
			parts[i].uncompressedSizeDelta = -int64(len(big)) + 1000
		}
	}
	_, err = Read("bomb.xlsx", buildZip(t, parts))
	if r := reasonOf(t, err); r != Damaged && r != TooLarge {
		t.Fatalf("reason %v: %v", r, err)
	}
	// A ratio no real sheet has.
	mid := bytes.Repeat([]byte(" "), 8<<20)
	for i := range parts {
		if parts[i].name == "xl/worksheets/sheet1.xml" {
			parts[i] = zipEntry{name: parts[i].name, data: mid, raw: true, crc: crc32.ChecksumIEEE(mid), compressed: deflate(mid)}
		}
	}
	_, err = Read("bomb.xlsx", buildZip(t, parts))
	if r := reasonOf(t, err); r != TooLarge {
		t.Fatalf("reason %v: %v", r, err)
	}
}

func TestCSVEncodings(t *testing.T) {
	const table = "序号,工作任务,落实情况\n8,\"公开，透明, 及时\",已完成第8项\n9,规范,\"多行\n说明\"\n"
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String(table)
	if err != nil {
		t.Fatal(err)
	}
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range strings.ReplaceAll(table, ",", "\t") {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	cases := map[string][]byte{
		"utf8":      []byte(table),
		"utf8 bom":  append([]byte("\xEF\xBB\xBF"), table...),
		"gb18030":   []byte(gbk),
		"tab":       []byte(strings.ReplaceAll(strings.ReplaceAll(table, ",", "\t"), "\"公开，透明\t 及时\"", "公开，透明, 及时")),
		"utf16 tab": utf16le,
		"semicolon": []byte(strings.ReplaceAll(table, ",", ";")),
		"sep line":  append([]byte("sep=;\r\n"), strings.ReplaceAll(strings.ReplaceAll(table, ",", ";"), "\n", "\r\n")...),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			b, err := Read("县住建局.csv", data)
			if err != nil {
				t.Fatal(err)
			}
			g := &b.Sheets[0]
			if b.Format != "csv" || g.Cell(0, 0) != "序号" || g.Cell(0, 2) != "落实情况" || g.Cell(1, 0) != "8" || g.Cell(2, 2) != "多行\n说明" {
				t.Fatalf("rows %q", g.Rows)
			}
			if name != "tab" && name != "utf16 tab" && name != "semicolon" && name != "sep line" && g.Cell(1, 1) != "公开，透明, 及时" {
				t.Errorf("quoted field = %q", g.Cell(1, 1))
			}
		})
	}
}

func TestCSVWithTitleAndCommasInText(t *testing.T) {
	// A title line with no delimiters and tab-separated rows whose text
	// has commas: the tab must win.
	text := "翁源县落实情况表\n序号\t落实情况\t状态\n1\t已完成, 见附件\t完成\n2\t推进中, 下月完成, 另有说明\t推进\n"
	b, err := Read("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if g := &b.Sheets[0]; g.Cell(2, 1) != "已完成, 见附件" || g.Cell(3, 2) != "推进" {
		t.Fatalf("rows %q", g.Rows)
	}
}

func TestMessages(t *testing.T) {
	cases := []struct {
		e    RefusedError
		want string
	}{
		{RefusedError{File: `C:\收件\县财政局.xlsx`, Reason: Encrypted}, "《县财政局.xlsx》已加密（设置了打开密码），无法读取：请让报送单位取消密码后重新发送。"},
		{RefusedError{File: "/tmp/x.xlsx", Reason: Truncated}, "《x.xlsx》文件不完整（可能复制或下载时中断），请重新获取原文件。"},
		{RefusedError{File: "x.xlsx", Reason: WordDocument}, "《x.xlsx》是 Word 文档，不是 Excel 表格：请让报送单位按模板用 Excel 填写后重新报送。"},
		{RefusedError{File: "x.xlsx", Reason: Empty}, "《x.xlsx》是空文件（0 字节），没有任何内容：请让报送单位重新发送。"},
		{RefusedError{File: "x.xlsx", Reason: TooLarge, Detail: "解压后单个部件超过 64 MB"}, "《x.xlsx》过大（解压后单个部件超过 64 MB），可能是恶意文件，已拒绝：请向报送单位核实。"},
		{RefusedError{File: "x.xlsx", Reason: NotSpreadsheet, Detail: "一张图片（PNG）"}, "《x.xlsx》实际是一张图片（PNG），不是 Excel 表格：请让报送单位按模板用 Excel 填写后重新报送。"},
	}
	for _, c := range cases {
		if got := c.e.Error(); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
	for r := Empty; r <= Unreadable; r++ {
		msg := (&RefusedError{File: "a.xlsx", Reason: r}).Error()
		if !strings.HasPrefix(msg, "《a.xlsx》") || !strings.HasSuffix(msg, "。") || strings.Contains(msg, "Reason(") {
			t.Errorf("%v: %q", r, msg)
		}
	}
}

func TestReadFileErrors(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "没有.xlsx"))
	if r := reasonOf(t, err); r != Unreadable || !strings.Contains(err.Error(), "找不到") {
		t.Fatalf("%v %v", r, err)
	}
	_, err = ReadFile(t.TempDir())
	if r := reasonOf(t, err); r != Unreadable {
		t.Fatalf("%v %v", r, err)
	}
}

func unzipParts(data []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		parts[f.Name] = b
	}
	return parts, nil
}

func TestGridAmplificationRefused(t *testing.T) {
	// 300 rows of 30 bytes each, every one padded out to column XFD.
	var sb strings.Builder
	sb.WriteString(`<worksheet xmlns="` + mainNS + `"><sheetData>`)
	for range 300 {
		sb.WriteString(`<row><c r="XFD1"><v>1</v></c></row>`)
	}
	sb.WriteString(`</sheetData></worksheet>`)
	_, err := Read("a.xlsx", buildZip(t, entriesOf(xlsxParts(sb.String()))))
	if r := reasonOf(t, err); r != TooLarge {
		t.Fatalf("reason %v: %v", r, err)
	}
	// Styled empty cells out there cost nothing and are fine.
	sb.Reset()
	sb.WriteString(`<worksheet xmlns="` + mainNS + `"><sheetData>`)
	for range 300 {
		sb.WriteString(`<row><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="XFD1" s="1"/></row>`)
	}
	sb.WriteString(`</sheetData></worksheet>`)
	b, err := Read("a.xlsx", buildZip(t, entriesOf(xlsxParts(sb.String()))))
	if err != nil {
		t.Fatal(err)
	}
	g := &b.Sheets[0]
	if len(g.Rows) != 300 || g.Cell(0, 0) != "x" || g.Cell(299, 0) != "x" {
		t.Fatalf("read %d rows, first %q, last %q", len(g.Rows), g.Cell(0, 0), g.Cell(len(g.Rows)-1, 0))
	}
	for r, row := range g.Rows {
		if len(row) > 1 {
			t.Fatalf("row %d kept %d cells: empty styled cells became columns", r+1, len(row))
		}
	}
}

// Reads running at once (the import reads on every core) share pools and
// nothing else: each gives what a read alone gives.
func TestConcurrentReads(t *testing.T) {
	files := fixture.Glob(t, "fixtures/*/*")
	type outcome struct {
		book *Book
		err  string
	}
	read := func(f string) outcome {
		b, err := ReadFile(f)
		if err != nil {
			return outcome{err: err.Error()}
		}
		return outcome{book: b}
	}
	alone := make([]outcome, len(files))
	for i, f := range files {
		alone[i] = read(f)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			for i, f := range files {
				if got := read(f); got.err != alone[i].err || !reflect.DeepEqual(got.book, alone[i].book) {
					errs <- fmt.Errorf("%s read differently alongside other reads", filepath.Base(f))
					return
				}
			}
			errs <- nil
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

func TestSheetNamesExcelWouldRefuse(t *testing.T) {
	for _, name := range []string{"翁源县2018年政务公开工作要点落实情况表（县财政局填报，2018年7月5日更新版）", "落实情况[1]", "'引号'", ""} {
		parts := xlsxParts(wpsSheet)
		parts["xl/workbook.xml"] = strings.Replace(parts["xl/workbook.xml"], `name="落实情况"`, `name="`+name+`"`, 1)
		b, err := Read("a.xlsx", buildZip(t, entriesOf(parts)))
		if err != nil {
			t.Fatalf("%q: %v", name, err)
		}
		if g := &b.Sheets[0]; g.Name != name || g.Cell(0, 0) != "序号" {
			t.Errorf("%q: read as %q, %q", name, g.Name, g.Rows)
		}
	}
}
