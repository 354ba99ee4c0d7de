package planword

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"taizhang/app/docx"
	"taizhang/app/msdoc"
	"taizhang/app/plan"
	"taizhang/internal/fixture"
	"taizhang/seeds"
)

func seedPlan(t *testing.T) *plan.Plan {
	t.Helper()
	p, _, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Every form the seed plan was saved in by LibreOffice (see testdata/make.sh)
// reads back as the seed plan: same title, sections, 57 tasks, units text
// and roles.
func TestSeedInEveryWordForm(t *testing.T) {
	want := seedPlan(t)
	for _, name := range []string{"seed-text.docx", "seed-table.docx", "seed-text.doc", "seed-table.doc"} {
		t.Run(name, func(t *testing.T) {
			got, err := Read(name, readFile(t, "testdata/"+name))
			if err != nil {
				t.Fatal(err)
			}
			samePlan(t, got, want)
		})
	}
}

func samePlan(t *testing.T, got, want *plan.Plan) {
	t.Helper()
	if got.Title != want.Title || got.ID != want.ID || got.Year != want.Year {
		t.Errorf("title %q id %s year %d, want %q %s %d", got.Title, got.ID, got.Year, want.Title, want.ID, want.Year)
	}
	if !reflect.DeepEqual(got.Sections, want.Sections) {
		t.Errorf("sections:\n%v\nwant\n%v", got.Sections, want.Sections)
	}
	if len(got.Tasks) != len(want.Tasks) {
		t.Fatalf("%d tasks, want %d", len(got.Tasks), len(want.Tasks))
	}
	for i, w := range want.Tasks {
		g := got.Tasks[i]
		if !reflect.DeepEqual(g, w) {
			t.Errorf("task %d:\n%+v\nwant\n%+v", w.No, g, w)
		}
		if !reflect.DeepEqual(plan.ParseUnits(g.UnitsText), plan.ParseUnits(w.UnitsText)) {
			t.Errorf("task %d roles differ", w.No)
		}
	}
}

// A .docx whose headings and requirement numbers are Word's automatic
// numbering (no number in the text) reads as the same plan.
func TestAutoNumberedDocx(t *testing.T) {
	want := seedPlan(t)
	data := numberedDocx(t, want)
	got, err := Read("方案.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	samePlan(t, got, want)
}

// A table that repeats the subsection on every row (not merged) and carries
// an introduction above it reads the same.
func TestTableWithoutMergesAndIntroduction(t *testing.T) {
	want := seedPlan(t)
	rows := [][]string{{"工作任务", "具体要求", "牵头落实单位"}}
	for _, s := range want.Sections {
		rows = append(rows, []string{s.Title, s.Title, s.Title})
		for _, sub := range s.Subsections {
			for _, task := range want.TasksIn(s.Title, sub) {
				rows = append(rows, []string{sub, itoa(task.No) + "." + task.Text, task.UnitsText})
			}
		}
	}
	d := doc(want.Title, "为做好2018年政务公开工作，制定本分工方案。")
	f, err := docx.Read(mustBytes(t, d))
	if err != nil {
		t.Fatal(err)
	}
	f.Body = append(f.Body, docx.Block{Table: rows})
	// Through the table reader directly: the writer makes no tables.
	for _, b := range f.Body {
		if b.Table != nil {
			got, err := plan.FromRows(b.Table, want.Title)
			if err != nil {
				t.Fatal(err)
			}
			samePlan(t, got, want)
		}
	}
	// And as .doc text would give it: a cell a line, the subsection repeated.
	var text strings.Builder
	text.WriteString(want.Title + "\n为做好2018年政务公开工作，制定本分工方案。\n")
	for _, r := range rows {
		if r[0] == r[1] {
			r = r[:1]
		}
		text.WriteString(strings.Join(r, "\n") + "\n")
	}
	got, err := fromText(text.String())
	if err != nil {
		t.Fatal(err)
	}
	samePlan(t, got, want)
}

func TestRefusals(t *testing.T) {
	textDoc := readFile(t, "testdata/seed-text.doc")
	cases := []struct {
		name string
		data []byte
		says string
		is   error
	}{
		{"空.docx", nil, "空文件", nil},
		{"加密.docx", readFile(t, fixture.Path(t, "fixtures/bad/password-protected.xlsx")), "设有打开密码", msdoc.ErrEncrypted},
		{"加密.doc", encryptedDoc(t, textDoc), "设有打开密码", nil},
		{"半截.docx", readFile(t, "testdata/seed-text.docx")[:6000], "已损坏", docx.ErrDamaged},
		{"半截.doc", textDoc[:len(textDoc)/2], "已损坏", nil},
		{"会议通知.docx", mustBytes(t, doc("关于召开政务公开工作会议的通知", "各镇（场）政府、县直各部门：", "定于3月5日召开会议。")), "找不到分工方案", errNoPlan},
		{"总表.docx", readFile(t, fixture.Path(t, "fixtures/plan-2018.xlsx")), "不是 Word 文档", docx.ErrNotDocx},
		{"图片.doc", []byte("\x89PNG\r\n\x1a\n0000000000000000"), "不是 Word 文档", docx.ErrNotDocx},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := Read(c.name, c.data)
			if err == nil {
				t.Fatalf("read a plan of %d tasks", len(p.Tasks))
			}
			msg := err.Error()
			if !strings.Contains(msg, "《"+c.name+"》") || !strings.Contains(msg, c.says) {
				t.Errorf("said %q, want the name and %q", msg, c.says)
			}
			if c.is != nil && !errors.Is(err, c.is) {
				t.Errorf("%v is not %v", err, c.is)
			}
		})
	}
}

// encryptedDoc sets the FIB's fEncrypted flag, as Word's password
// protection does, in a copy of a .doc.
func encryptedDoc(t *testing.T, data []byte) []byte {
	out := append([]byte(nil), data...)
	for off := 512; off+12 < len(out); off += 512 {
		if out[off] == 0xEC && out[off+1] == 0xA5 {
			out[off+0x0B] |= 0x01
			return out
		}
	}
	t.Fatal("no FIB found")
	return nil
}

func doc(lines ...string) *docx.Document {
	d := &docx.Document{Page: docx.Page{Width: docx.A4Width, Height: docx.A4Height}, Styles: []docx.Style{{ID: "Normal", Name: "Normal"}}}
	for _, l := range lines {
		d.Body = append(d.Body, docx.Text("", l))
	}
	return d
}

func mustBytes(t *testing.T, d *docx.Document) []byte {
	t.Helper()
	b, err := docx.Bytes(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func itoa(n int) string { return strconv.Itoa(n) }

// numberedDocx writes the plan as Word does with automatic numbering:
// "一、" "（一）" "1." come from numbering.xml, not from the text.
func numberedDocx(t *testing.T, p *plan.Plan) []byte {
	t.Helper()
	para := func(text string, num int) string {
		pr := ""
		if num > 0 {
			pr = `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + itoa(num) + `"/></w:numPr></w:pPr>`
		}
		return `<w:p>` + pr + `<w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	strip := regexp.MustCompile(`^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)`)
	var body strings.Builder
	body.WriteString(para(p.Title, 0))
	for _, s := range p.Sections {
		body.WriteString(para(strip.ReplaceAllString(s.Title, ""), 1))
		for _, sub := range s.Subsections {
			body.WriteString(para(strip.ReplaceAllString(sub, ""), 2))
			for _, task := range p.TasksIn(s.Title, sub) {
				body.WriteString(para(task.Text, 3))
				body.WriteString(para(task.UnitsText, 0))
			}
		}
	}
	lvl := func(id int, format, text string) string {
		return `<w:abstractNum w:abstractNumId="` + itoa(id) + `"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="` +
			format + `"/><w:lvlText w:val="` + text + `"/></w:lvl></w:abstractNum>`
	}
	w := `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	numbering := `<w:numbering ` + w + `>` + lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%1）") + lvl(2, "decimal", "%1.") +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
		`<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>`
	return rawDocx(t, body.String(), numbering)
}

// rawDocx packages a document body (and numbering, when given) by hand,
// for forms the writer does not make: tables, automatic numbering.
func rawDocx(t *testing.T, body, numbering string) []byte {
	t.Helper()
	w := `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	parts := map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
			`Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ` +
			`Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
		"word/numbering.xml": numbering,
		"word/document.xml":  `<w:document ` + w + `><w:body>` + body + `</w:body></w:document>`,
	}
	if numbering == "" {
		delete(parts, "word/numbering.xml")
		delete(parts, "word/_rels/document.xml.rels")
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for name, body := range parts {
		f, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(body))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Units in brackets closing the requirement, as many offices type them.
func TestUnitsInBrackets(t *testing.T) {
	want := seedPlan(t)
	var b strings.Builder
	b.WriteString(want.Title + "\n")
	for _, s := range want.Sections {
		b.WriteString(s.Title + "\n")
		for _, sub := range s.Subsections {
			b.WriteString(sub + "\n")
			for _, task := range want.TasksIn(s.Title, sub) {
				units := "（" + task.UnitsText + "）"
				if task.No%2 == 0 {
					units = "(责任单位：" + task.UnitsText + ")"
				}
				b.WriteString(itoa(task.No) + "." + task.Text + units + "\n")
			}
		}
	}
	got, err := fromText(b.String())
	if err != nil {
		t.Fatal(err)
	}
	samePlan(t, got, want)
}

// A table with the number in a 序号 column of its own, as .docx and as the
// text a .doc gives.
func TestNumberColumn(t *testing.T) {
	want := seedPlan(t)
	cell := func(s, merge string) string {
		return `<w:tc><w:tcPr>` + merge + `</w:tcPr><w:p><w:r><w:t>` + s + `</w:t></w:r></w:p></w:tc>`
	}
	var tbl, text strings.Builder
	tbl.WriteString(`<w:tbl><w:tr>` + cell("序号", "") + cell("工作任务", "") + cell("具体要求", "") + cell("牵头落实单位", "") + `</w:tr>`)
	text.WriteString(want.Title + "\n序号\n工作任务\n具体要求\n牵头落实单位\n")
	for _, s := range want.Sections {
		tbl.WriteString(`<w:tr>` + cell(s.Title, `<w:gridSpan w:val="4"/>`) + `</w:tr>`)
		text.WriteString(s.Title + "\n")
		for _, sub := range s.Subsections {
			for i, task := range want.TasksIn(s.Title, sub) {
				merge, name := `<w:vMerge/>`, ""
				if i == 0 {
					merge, name = `<w:vMerge w:val="restart"/>`, sub
				}
				tbl.WriteString(`<w:tr>` + cell(itoa(task.No), "") + cell(name, merge) + cell(task.Text, "") + cell(task.UnitsText, "") + `</w:tr>`)
				text.WriteString(itoa(task.No) + "\n" + name + "\n" + task.Text + "\n" + task.UnitsText + "\n")
			}
		}
	}
	tbl.WriteString(`</w:tbl>`)
	body := `<w:p><w:r><w:t>` + want.Title + `</w:t></w:r></w:p>` + tbl.String()
	got, err := Read("方案.docx", rawDocx(t, body, ""))
	if err != nil {
		t.Fatal(err)
	}
	samePlan(t, got, want)
	got, err = fromText(text.String())
	if err != nil {
		t.Fatal(err)
	}
	samePlan(t, got, want)
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"seed-text.docx", "seed-table.docx", "seed-text.doc", "seed-table.doc"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("1.要求（县府办牵头，各镇（场）政府负责））"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Read("x.docx", data) // must not panic
		fromText(string(data))
	})
}

func BenchmarkReadPlan(b *testing.B) {
	for _, name := range []string{"seed-text.docx", "seed-table.docx", "seed-text.doc", "seed-table.doc"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := Read(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The table cut in one per section, the section titles as paragraphs
// between them and the header repeated on each, reads as one plan.
func TestTablePerSection(t *testing.T) {
	want := seedPlan(t)
	para := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	cell := func(s string) string { return `<w:tc><w:p><w:r><w:t>` + s + `</w:t></w:r></w:p></w:tc>` }
	row := func(cells ...string) string {
		var b strings.Builder
		for _, c := range cells {
			b.WriteString(cell(c))
		}
		return `<w:tr>` + b.String() + `</w:tr>`
	}
	var body strings.Builder
	body.WriteString(para(want.Title) + para("（征求意见稿）"))
	for _, s := range want.Sections {
		body.WriteString(para(s.Title))
		body.WriteString(`<w:tbl>` + row("工作任务", "具体要求", "牵头落实单位"))
		for _, sub := range s.Subsections {
			for _, task := range want.TasksIn(s.Title, sub) {
				body.WriteString(row(sub, itoa(task.No)+"．"+task.Text, task.UnitsText))
			}
		}
		body.WriteString(`</w:tbl>`)
	}
	got, err := Read("方案.docx", rawDocx(t, body.String(), ""))
	if err != nil {
		t.Fatal(err)
	}
	samePlan(t, got, want)
}

// A plan table whose requirements carry no numbers is refused with the
// reason, not read as running text.
func TestTableWithoutNumbersRefused(t *testing.T) {
	cell := func(s string) string { return `<w:tc><w:p><w:r><w:t>` + s + `</w:t></w:r></w:p></w:tc>` }
	body := `<w:tbl><w:tr>` + cell("工作任务") + cell("具体要求") + cell("牵头落实单位") + `</w:tr>` +
		`<w:tr>` + cell("（一）公开") + cell("做好公开工作") + cell("县府办") + `</w:tr></w:tbl>`
	_, err := Read("表.docx", rawDocx(t, body, ""))
	if err == nil || !strings.Contains(err.Error(), "《表.docx》中找不到分工方案（第1条“具体要求”不以序号开头") || !errors.Is(err, errNoPlan) {
		t.Errorf("%v", err)
	}
}

// The seed's Word documents carry its draft mark: read as drafts.
func TestDraftMarkGivesStage(t *testing.T) {
	for _, name := range []string{"seed-text.docx", "seed-text.doc"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Read(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if !p.IsDraft() {
			t.Errorf("%s read as %s", name, p.StageName())
		}
	}
}
