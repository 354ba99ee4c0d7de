package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"taizhang/internal/fixture"
)

func sample() *Document {
	return &Document{
		Title: "测试文档",
		Page:  Page{Width: A4Width, Height: A4Height, Top: MM(37), Bottom: MM(35), Left: MM(28), Right: MM(26), Header: MM(15), Footer: MM(23), GridLines: 22, GridChars: 28},
		Styles: []Style{
			{ID: "Normal", Name: "Normal", Font: Font{EastAsia: "仿宋_GB2312", ASCII: "Times New Roman"}, Size: 32, Align: "both", LineExact: 560, FirstLineChars: 200, Condense: 5},
			{ID: "Heading1", Name: "heading 1", BasedOn: "Normal", Font: Font{EastAsia: "黑体"}, Size: 32, Outline: 1, KeepNext: true},
			{ID: "Title", Name: "Title", BasedOn: "Normal", Size: 44, Align: "center", NoIndent: true, OffGrid: true},
		},
		Body: []Paragraph{
			Text("Title", "标题 & <符号> \"引号\""),
			Text("Heading1", "一、第一部分"),
			{Style: "Normal", Runs: []Run{{Text: "第一行\n第二行\t制表"}, {Text: "加粗", Bold: true, Size: 28, Font: Font{EastAsia: "宋体"}}}},
			Text("Normal", "控制\x01字符\x0b与坏字节\xff被去掉"),
			{Style: "Normal", KeepNext: true, Runs: []Run{{Text: "署名"}}},
			{Table: (&TextTable{Widths: []Twips{600, 2400}, Center: []bool{true}, Style: "Normal", Rows: [][]string{{"序号", "单位"}, {"1", "县财政局\n第二行"}}}).Table()},
		},
		OddFooter:  []Paragraph{{Align: "right", RightChars: 100, Runs: []Run{{Text: "— "}, {Field: "PAGE", Text: "1"}, {Text: " —"}}}},
		EvenFooter: []Paragraph{{Align: "left", LeftChars: 100, Runs: []Run{{Text: "— "}, {Field: "PAGE", Text: "2"}, {Text: " —"}}}},
		Fonts:      []FontInfo{{Name: "仿宋_GB2312", AltName: "仿宋", Charset: "86"}},
	}
}

func TestRoundTrip(t *testing.T) {
	d := sample()
	data, err := Bytes(d)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	page := f.Page
	page.GridLines, page.GridChars = f.Grid(d.Styles[0].Size)
	if page != d.Page {
		t.Errorf("page %+v, want %+v", page, d.Page)
	}
	if f.Title != d.Title || !f.EvenAndOdd {
		t.Errorf("title %q, even and odd %v", f.Title, f.EvenAndOdd)
	}
	for _, s := range d.Styles {
		if got := f.Styles[s.ID]; !reflect.DeepEqual(got, s) {
			t.Errorf("style %s:\n%+v\nwant\n%+v", s.ID, got, s)
		}
	}
	want := []string{"标题 & <符号> \"引号\"", "一、第一部分", "第一行\n第二行\t制表加粗", "控制字符与坏字节被去掉"}
	if tb := f.Body[len(f.Body)-1].Table; len(tb) != 2 || tb[1][1] != "县财政局\n第二行" {
		t.Errorf("table read back as %q", tb)
	}
	ps := f.Paragraphs()[:4]
	if len(ps) != len(want) {
		t.Fatalf("%d paragraphs", len(ps))
	}
	for i, p := range ps {
		if p.Text != want[i] || p.Style != d.Body[i].Style {
			t.Errorf("paragraph %d: %q (%s), want %q (%s)", i, p.Text, p.Style, want[i], d.Body[i].Style)
		}
	}
	if f.Footers["default"] != "— 1 —\n" || f.Footers["even"] != "— 2 —\n" {
		t.Errorf("footers %q", f.Footers)
	}
	again, _ := Bytes(d)
	if !bytes.Equal(again, data) {
		t.Error("the same document wrote different bytes")
	}
}

// pkgWith builds a .docx by hand around a body, for what the writer does
// not make (tables, numbering).
func pkgWith(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, s := range map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
			`Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
			`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` + body + `</w:body></w:document>`,
	} {
		w, _ := z.Create(name)
		w.Write([]byte(s))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func cellXML(text, props string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
}

// Merged cells read as the printed table shows them: a cell merged down
// repeats its text; a cell spanning columns leaves the others empty.
func TestTableMerges(t *testing.T) {
	body := `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
		`<w:tr>` + cellXML("一、部分", `<w:gridSpan w:val="3"/>`) + `</w:tr>` +
		`<w:tr>` + cellXML("（一）小节", `<w:vMerge w:val="restart"/>`) + cellXML("1.要求", "") + cellXML("县府办", "") + `</w:tr>` +
		`<w:tr>` + cellXML("", `<w:vMerge/>`) + cellXML("2.要求", "") + cellXML("县财政局", "") + `</w:tr>` +
		`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>` + cellXML("3.要求", "") + `<w:sdt><w:sdtContent>` + cellXML("县教育局", "") + `</w:sdtContent></w:sdt></w:tr>` +
		`</w:tbl>` +
		`<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:delText>删除的</w:delText></w:r><w:del><w:r><w:t>也删除</w:t></w:r></w:del>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>结果</w:t></w:r>` +
		`<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>选</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>重复</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>`
	f, err := Read(pkgWith(t, body))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"一、部分", "", ""},
		{"（一）小节", "1.要求", "县府办"},
		{"（一）小节", "2.要求", "县财政局"},
		{"", "3.要求", "县教育局"},
	}
	if len(f.Body) != 2 || !reflect.DeepEqual(f.Body[0].Table, want) {
		t.Errorf("table %q", f.Body[0].Table)
	}
	if p := f.Body[1].Para; p == nil || p.Text != "正文结果选" {
		t.Errorf("paragraph %+v", p)
	}
}

func TestRefusals(t *testing.T) {
	good, err := Bytes(sample())
	if err != nil {
		t.Fatal(err)
	}
	badCRC := append([]byte(nil), good...)
	// Flip a byte inside the first entry's compressed data.
	badCRC[60] ^= 0xFF
	xlsx, err := os.ReadFile(fixture.Path(t, "fixtures/plan-2018.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"cut short", good[:len(good)/2], ErrDamaged},
		{"bad checksum", badCRC, ErrDamaged},
		{"workbook", xlsx, ErrNotDocx},
		{"ole", append(append([]byte(nil), oleSignature...), make([]byte, 600)...), ErrNotDocx},
		{"text", []byte("一、部分\n1.要求"), ErrNotDocx},
		{"bomb", bomb(t), ErrTooLarge},
		{"padded part", padded(t), ErrTooLarge},
		{"encrypted entry", encryptedEntry(t), ErrEncrypted},
		{"understated size", liar(t), ErrDamaged},
		{"no document part", pkgWithout(t), ErrNotDocx},
	}
	for _, c := range cases {
		if _, err := Read(c.data); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}

// bomb is a package whose document part declares 1 GiB unpacked: refused
// from the sizes alone, before anything is inflated.
func bomb(t *testing.T) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("_rels/.rels")
	w.Write([]byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x/officeDocument" Target="word/document.xml"/></Relationships>`))
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestCompression)
	fw.Write(make([]byte, 1<<20))
	fw.Close()
	raw, err := z.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
		CompressedSize64: uint64(packed.Len()), UncompressedSize64: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	raw.Write(packed.Bytes())
	z.Close()
	return buf.Bytes()
}

// padded is a package whose document part is 8 MB of spaces packed
// about 1000:1: within every size limit, refused for its ratio as a
// workbook would be.
func padded(t *testing.T) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("_rels/.rels")
	w.Write([]byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="x/officeDocument" Target="word/document.xml"/></Relationships>`))
	w, _ = z.Create("word/document.xml")
	w.Write(bytes.Repeat([]byte(" "), 8<<20))
	z.Close()
	return buf.Bytes()
}

// encryptedEntry is a package with an entry flagged as encrypted (zip
// password protection, which no Office program writes).
func encryptedEntry(t *testing.T) []byte {
	data, err := Bytes(sample())
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range zr.File {
		h := f.FileHeader
		if f.Name == "word/document.xml" {
			h.Flags |= 1
		}
		w, err := z.CreateRaw(&h)
		if err != nil {
			t.Fatal(err)
		}
		rc, _ := f.OpenRaw()
		io.Copy(w, rc)
	}
	z.Close()
	return buf.Bytes()
}

// liar declares a small part that inflates to more: archive/zip stops at
// the declared size, and the part is damaged.
func liar(t *testing.T) []byte {
	data, err := Bytes(sample())
	if err != nil {
		t.Fatal(err)
	}
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, f := range zr.File {
		h := f.FileHeader
		if f.Name == "word/document.xml" {
			h.UncompressedSize64 = 100
		}
		w, _ := z.CreateRaw(&h)
		rc, _ := f.OpenRaw()
		io.Copy(w, rc)
	}
	z.Close()
	return buf.Bytes()
}

func pkgWithout(t *testing.T) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, _ := z.Create("[Content_Types].xml")
	w.Write([]byte(`<Types/>`))
	z.Close()
	return buf.Bytes()
}

func FuzzRead(f *testing.F) {
	good, _ := Bytes(sample())
	f.Add(good)
	for _, name := range []string{"seed-text.docx", "seed-table.docx"} {
		if b, err := os.ReadFile("../planword/testdata/" + name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		Read(data) // must not panic
	})
}

func TestSaveAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "总结.docx")
	if err := Save(path, sample()); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Read(data); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", fi.Mode())
	}
	// Into a folder that does not exist: an error naming the file, and no
	// temporary file left behind.
	err = Save(filepath.Join(dir, "无此文件夹", "总结.docx"), sample())
	if err == nil || !strings.Contains(err.Error(), "《总结.docx》") {
		t.Errorf("error %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".~*")); len(left) > 0 {
		t.Errorf("left %v", left)
	}
}

// TestTableWritten: a written table reads back as its grid, a cell merged
// down repeating its text and a spanned cell filling its first column.
func TestTableWritten(t *testing.T) {
	cell := func(s string) TableCell { return TableCell{Paras: []Paragraph{Text("", s)}} }
	tbl := &Table{Widths: []Twips{1000, 2000, 1500}, HeaderRows: 1, Rows: []TableRow{
		{Cells: []TableCell{cell("工作任务"), cell("具体要求"), cell("牵头落实单位")}},
		{Cells: []TableCell{{Paras: []Paragraph{Text("", "一、部分")}, Span: 3}}},
		{Cells: []TableCell{{Paras: []Paragraph{Text("", "（一）任务")}, Merge: "restart"}, cell("1.甲"), cell("县府办")}},
		{Cells: []TableCell{{Merge: "continue"}, cell("2.乙"), cell("县财政局")}},
	}}
	data, err := Bytes(&Document{Body: []Paragraph{Text("", "标题"), TableBlock(tbl)}})
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"工作任务", "具体要求", "牵头落实单位"}, {"一、部分", "", ""}, {"（一）任务", "1.甲", "县府办"}, {"（一）任务", "2.乙", "县财政局"}}
	if len(f.Body) != 2 || !reflect.DeepEqual(f.Body[1].Table, want) {
		t.Errorf("table %q", f.Body[len(f.Body)-1].Table)
	}
}
