package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"taizhang/internal/atomicfile"
)

const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel     = "http://schemas.openxmlformats.org/package/2006/relationships"
	relDoc    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relCore   = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relSet    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relFonts  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
	relFooter = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	ctMain    = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	xmlHead   = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// Write encodes the document as a .docx package.
func Write(w io.Writer, d *Document) error {
	z := zip.NewWriter(w)
	// A fixed time keeps the output byte-identical for identical input.
	stamp := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range d.parts() {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	return z.Close()
}

// Bytes encodes the document into memory.
func Bytes(d *Document) ([]byte, error) {
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Save writes the document to path all at once: a temporary file beside it
// is renamed over the target, so a failure never leaves half a document.
func Save(path string, d *Document) error {
	data, err := Bytes(d)
	if err != nil {
		return fmt.Errorf("无法生成《%s》：%w", filepath.Base(path), err)
	}
	// A document is as readable as any other the clerk saves.
	if err := atomicfile.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("无法写入《%s》（文件可能正在 Word 中打开，请关闭后重试）：%w", filepath.Base(path), errors.Unwrap(err))
	}
	return nil
}

type part struct{ name, body string }

func (d *Document) parts() []part {
	even := len(d.EvenFooter) > 0
	ct := `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="` + ctMain + `"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`
	if even {
		ct += `<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`
	}
	ct += `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`
	rels := `<Relationships xmlns="` + nsRel + `">` +
		`<Relationship Id="rId1" Type="` + relDoc + `" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="` + relCore + `" Target="docProps/core.xml"/></Relationships>`
	docRels := `<Relationships xmlns="` + nsRel + `">` +
		`<Relationship Id="rId1" Type="` + relStyles + `" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="` + relSet + `" Target="settings.xml"/>` +
		`<Relationship Id="rId3" Type="` + relFonts + `" Target="fontTable.xml"/>` +
		`<Relationship Id="rId4" Type="` + relFooter + `" Target="footer1.xml"/>`
	if even {
		docRels += `<Relationship Id="rId5" Type="` + relFooter + `" Target="footer2.xml"/>`
	}
	docRels += `</Relationships>`
	out := []part{
		{"[Content_Types].xml", xmlHead + ct},
		{"_rels/.rels", xmlHead + rels},
		{"docProps/core.xml", xmlHead + d.core()},
		{"word/_rels/document.xml.rels", xmlHead + docRels},
		{"word/document.xml", xmlHead + d.document()},
		{"word/styles.xml", xmlHead + d.styles()},
		{"word/settings.xml", xmlHead + d.settings()},
		{"word/fontTable.xml", xmlHead + d.fontTable()},
		{"word/footer1.xml", xmlHead + footer(d.OddFooter)},
	}
	if even {
		out = append(out, part{"word/footer2.xml", xmlHead + footer(d.EvenFooter)})
	}
	return out
}

func (d *Document) core() string {
	return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>` + esc(d.Title) + `</dc:title></cp:coreProperties>`
}

func (d *Document) document() string {
	var b strings.Builder
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	for _, p := range d.Body {
		writePara(&b, p)
	}
	pg := d.Page
	b.WriteString(`<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>`)
	if len(d.EvenFooter) > 0 {
		b.WriteString(`<w:footerReference w:type="even" r:id="rId5"/>`)
	}
	fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"/>`, pg.Width, pg.Height)
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		pg.Top, pg.Right, pg.Bottom, pg.Left, pg.Header, pg.Footer)
	b.WriteString(`<w:pgNumType w:start="1"/><w:cols w:space="425"/>`)
	b.WriteString(d.docGrid())
	b.WriteString(`</w:sectPr></w:body></w:document>`)
	return b.String()
}

// docGrid is the section's document grid: a line pitch that puts
// GridLines lines in the type area's height. It is a grid of lines:
// LibreOffice puts every character wider than a character grid's cell in
// two cells and spreads the lines, so the GridChars characters a line come
// from the text's own width (see Style.Condense) rather than from cells;
// charSpace still records the character pitch for Word's grid dialog.
func (d *Document) docGrid() string {
	pg := d.Page
	if pg.GridLines <= 0 || pg.GridChars <= 0 || len(d.Styles) == 0 {
		return ""
	}
	pitch := int(pg.Height-pg.Top-pg.Bottom) / pg.GridLines
	charPt := float64(pg.Width-pg.Left-pg.Right) / float64(pg.GridChars) / 20
	space := int(math.Floor((charPt - float64(d.Styles[0].Size)/2) * 4096))
	return fmt.Sprintf(`<w:docGrid w:type="lines" w:linePitch="%d" w:charSpace="%d"/>`, pitch, space)
}

func footer(ps []Paragraph) string {
	var b strings.Builder
	b.WriteString(`<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	if len(ps) == 0 {
		ps = []Paragraph{{}} // a footer part must hold a paragraph
	}
	for _, p := range ps {
		writePara(&b, p)
	}
	b.WriteString(`</w:ftr>`)
	return b.String()
}

func writePara(b *strings.Builder, p Paragraph) {
	if p.Table != nil {
		writeTable(b, p.Table)
		return
	}
	b.WriteString(`<w:p>`)
	var ppr strings.Builder
	if p.Style != "" {
		ppr.WriteString(`<w:pStyle w:val="` + esc(p.Style) + `"/>`)
	}
	if p.KeepNext {
		ppr.WriteString(`<w:keepNext/>`)
	}
	if p.PageBreakBefore {
		ppr.WriteString(`<w:pageBreakBefore/>`)
	}
	if p.LeftChars != 0 || p.RightChars != 0 || p.NoIndent {
		twips := ""
		if p.CharTwips > 0 {
			twips = fmt.Sprintf(` w:left="%d" w:right="%d"`, int(p.CharTwips)*p.LeftChars/100, int(p.CharTwips)*p.RightChars/100)
		}
		fmt.Fprintf(&ppr, `<w:ind w:leftChars="%d"%s w:rightChars="%d" w:firstLineChars="0" w:firstLine="0"/>`, p.LeftChars, twips, p.RightChars)
	}
	if p.Align != "" {
		ppr.WriteString(`<w:jc w:val="` + p.Align + `"/>`)
	}
	if ppr.Len() > 0 {
		b.WriteString(`<w:pPr>` + ppr.String() + `</w:pPr>`)
	}
	for _, r := range p.Runs {
		writeRun(b, r)
	}
	b.WriteString(`</w:p>`)
}

func writeRun(b *strings.Builder, r Run) {
	rpr := runProps(r.Font, r.Size, r.Bold)
	if r.Field != "" {
		// A complex field: begin, instruction, separate, shown value, end.
		b.WriteString(`<w:r>` + rpr + `<w:fldChar w:fldCharType="begin"/></w:r>`)
		b.WriteString(`<w:r>` + rpr + `<w:instrText xml:space="preserve"> ` + esc(r.Field) + ` </w:instrText></w:r>`)
		b.WriteString(`<w:r>` + rpr + `<w:fldChar w:fldCharType="separate"/></w:r>`)
		b.WriteString(`<w:r>` + rpr + `<w:t>` + esc(r.Text) + `</w:t></w:r>`)
		b.WriteString(`<w:r>` + rpr + `<w:fldChar w:fldCharType="end"/></w:r>`)
		return
	}
	b.WriteString(`<w:r>` + rpr)
	// Line breaks and tabs inside the text become Word's own elements.
	for i, line := range strings.Split(strings.ReplaceAll(r.Text, "\r\n", "\n"), "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		for j, seg := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString(`<w:tab/>`)
			}
			if seg != "" {
				b.WriteString(`<w:t xml:space="preserve">` + esc(seg) + `</w:t>`)
			}
		}
	}
	b.WriteString(`</w:r>`)
}

func runProps(f Font, size int, bold bool) string {
	var s strings.Builder
	if f.EastAsia != "" || f.ASCII != "" {
		s.WriteString(`<w:rFonts`)
		if f.ASCII != "" {
			s.WriteString(` w:ascii="` + esc(f.ASCII) + `" w:hAnsi="` + esc(f.ASCII) + `"`)
		}
		if f.EastAsia != "" {
			s.WriteString(` w:eastAsia="` + esc(f.EastAsia) + `"`)
		}
		s.WriteString(`/>`)
	}
	if bold {
		s.WriteString(`<w:b/>`)
	}
	if size > 0 {
		fmt.Fprintf(&s, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, size, size)
	}
	if s.Len() == 0 {
		return ""
	}
	return `<w:rPr>` + s.String() + `</w:rPr>`
}

func (d *Document) styles() string {
	var b strings.Builder
	b.WriteString(`<w:styles xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>`)
	for i, s := range d.Styles {
		def := ""
		if i == 0 {
			def = ` w:default="1"`
		}
		b.WriteString(`<w:style w:type="paragraph"` + def + ` w:styleId="` + esc(s.ID) + `">`)
		b.WriteString(`<w:name w:val="` + esc(s.Name) + `"/>`)
		if s.BasedOn != "" {
			b.WriteString(`<w:basedOn w:val="` + esc(s.BasedOn) + `"/>`)
			b.WriteString(`<w:next w:val="` + esc(s.BasedOn) + `"/>`)
		}
		if i == 0 || s.Outline > 0 {
			b.WriteString(`<w:qFormat/>`)
		}
		b.WriteString(`<w:pPr>`)
		if s.KeepNext {
			b.WriteString(`<w:keepNext/>`)
		}
		if s.OffGrid {
			b.WriteString(`<w:snapToGrid w:val="0"/>`)
		}
		if s.LineExact > 0 {
			fmt.Fprintf(&b, `<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, s.LineExact)
		}
		switch {
		case s.NoIndent:
			b.WriteString(`<w:ind w:firstLineChars="0" w:firstLine="0"/>`)
		case s.FirstLineChars > 0:
			// firstLine in twips too, for readers that ignore the chars form.
			fmt.Fprintf(&b, `<w:ind w:firstLineChars="%d" w:firstLine="%d"/>`, s.FirstLineChars, s.FirstLineChars*s.Size*10/100)
		}
		if s.Align != "" {
			b.WriteString(`<w:jc w:val="` + s.Align + `"/>`)
		}
		if s.Outline > 0 {
			fmt.Fprintf(&b, `<w:outlineLvl w:val="%d"/>`, s.Outline-1)
		}
		b.WriteString(`</w:pPr>`)
		rpr := runProps(s.Font, s.Size, s.Bold)
		if s.Condense > 0 {
			// w:spacing sits before w:sz in rPr, after the fonts and bold.
			sp := fmt.Sprintf(`<w:spacing w:val="%d"/>`, -s.Condense)
			if i := strings.Index(rpr, `<w:sz `); i >= 0 {
				rpr = rpr[:i] + sp + rpr[i:]
			} else if rpr == "" {
				rpr = `<w:rPr>` + sp + `</w:rPr>`
			} else {
				rpr = strings.Replace(rpr, `</w:rPr>`, sp+`</w:rPr>`, 1)
			}
		}
		b.WriteString(rpr)
		b.WriteString(`</w:style>`)
	}
	b.WriteString(`</w:styles>`)
	return b.String()
}

func (d *Document) settings() string {
	// Elements in the schema's order: Word repairs a file that breaks it.
	s := `<w:settings xmlns:w="` + nsW + `"><w:defaultTabStop w:val="420"/>`
	if len(d.EvenFooter) > 0 {
		s += `<w:evenAndOddHeaders/>`
	}
	return s + `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`
}

func (d *Document) fontTable() string {
	var b strings.Builder
	b.WriteString(`<w:fonts xmlns:w="` + nsW + `">`)
	for _, f := range d.Fonts {
		b.WriteString(`<w:font w:name="` + esc(f.Name) + `">`)
		if f.AltName != "" {
			b.WriteString(`<w:altName w:val="` + esc(f.AltName) + `"/>`)
		}
		if f.Charset != "" {
			b.WriteString(`<w:charset w:val="` + f.Charset + `"/>`)
		}
		b.WriteString(`<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
	}
	b.WriteString(`</w:fonts>`)
	return b.String()
}

// esc escapes text for XML and drops what XML 1.0 cannot hold (control
// characters pasted into returns, broken UTF-8), so the file always opens.
func esc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			continue
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			continue
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
