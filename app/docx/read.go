package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"taizhang/app/ole"
	"taizhang/app/zipguard"
)

// Reasons a file is not read. Callers turn them into a sentence for the
// clerk; the wrapped detail is for logs.
var (
	ErrNotDocx   = errors.New("not a Word .docx package")
	ErrDamaged   = errors.New("damaged .docx package")
	ErrEncrypted = errors.New("password-protected Office document")
	ErrTooLarge  = errors.New(".docx package too large")
)

// maxPart bounds one part as it is inflated: the limit every zip-based
// Office file is held to (zipguard), whatever the entry declared.
const maxPart = zipguard.MaxPart

// verify inflates every entry once: a damaged part (a bad checksum, data
// cut short) is found even where this reader would not look, as Word
// would find it.
func verify(files []*zip.File) error {
	for _, f := range files {
		if f.UncompressedSize64 > maxPart {
			return fmt.Errorf("%s declares %d bytes: %w", f.Name, f.UncompressedSize64, ErrTooLarge)
		}
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("%s: %v: %w", f.Name, err, ErrDamaged)
		}
		_, err = io.Copy(io.Discard, io.LimitReader(rc, maxPart+1))
		rc.Close()
		if err != nil {
			return fmt.Errorf("%s: %v: %w", f.Name, err, ErrDamaged)
		}
	}
	return nil
}

// File is what Read finds in a .docx: the body as paragraphs and tables, and
// the layout values Write sets, so a document can be checked after writing.
type File struct {
	Title      string
	Body       []Block
	Page       Page
	EvenAndOdd bool
	Styles     map[string]Style  // by style ID
	Footers    map[string]string // footer text by type: default, even, first
	// LinePitch and CharSpace are the document grid's values as written
	// (twips; 1/4096 pt from the text size), 0 without a grid.
	LinePitch, CharSpace int
}

// Grid is how many lines a page and characters of size (half-points) a
// line the document grid sets, (0, 0) without one: what Word and
// LibreOffice lay the text out on.
func (f *File) Grid(size int) (lines, chars int) {
	if f.LinePitch <= 0 {
		return 0, 0
	}
	pg := f.Page
	lines = int(pg.Height-pg.Top-pg.Bottom) / f.LinePitch
	pitch := float64(size)/2 + float64(f.CharSpace)/4096 // points
	return lines, int(float64(pg.Width-pg.Left-pg.Right) / 20 / pitch)
}

// Block is a paragraph or a table of the body.
type Block struct {
	Para  *Para
	Table [][]string // rows of cells; a cell merged from above repeats its text
}

// Para is a paragraph's text (line breaks as \n, tabs as \t) with its style
// and the direct formatting of its first run.
type Para struct {
	Style string
	Align string
	Text  string
	Font  Font
	Size  int
	// Label is the automatic number Word draws before the text ("1." or
	// "一、"), worked out from numbering.xml; it is not part of Text.
	Label string
}

// Paragraphs lists the body's paragraphs, tables left out.
func (f *File) Paragraphs() []*Para {
	var out []*Para
	for _, b := range f.Body {
		if b.Para != nil {
			out = append(out, b.Para)
		}
	}
	return out
}

var oleSignature = ole.Signature

// IsOLE reports whether data is an OLE compound file: a Word 97-2003 .doc,
// or an Office document encrypted with a password.
func IsOLE(data []byte) bool { return bytes.HasPrefix(data, oleSignature) }

// Read parses a .docx package. Every part it uses is inflated in full, so a
// bad checksum or a cut-off part is an error, not silently missing text.
func Read(data []byte) (*File, error) {
	if IsOLE(data) {
		return nil, fmt.Errorf("OLE compound file, not a zip: %w", ErrNotDocx)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			return nil, fmt.Errorf("%v: %w", err, ErrDamaged)
		}
		return nil, fmt.Errorf("%v: %w", err, ErrNotDocx)
	}
	var ze *zipguard.Error
	if err := zipguard.Check(zr.File); errors.As(err, &ze) && ze.Problem == zipguard.Encrypted {
		return nil, fmt.Errorf("%v: %w", err, ErrEncrypted)
	} else if err != nil {
		return nil, fmt.Errorf("%v: %w", err, ErrTooLarge)
	}
	pk := &pkg{files: map[string]*zip.File{}, styleNum: map[string]xmlNumPr{}}
	for _, f := range zr.File {
		pk.files[strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/"))] = f
	}
	if err := verify(zr.File); err != nil {
		return nil, err
	}
	main, err := pk.mainPart()
	if err != nil {
		return nil, err
	}
	return pk.read(main)
}

type pkg struct {
	files    map[string]*zip.File
	styleNum map[string]xmlNumPr // styles that carry list numbering
}

// part returns a part's bytes, or nil when the package has none by that name.
func (p *pkg) part(name string) ([]byte, error) {
	f := p.files[strings.ToLower(name)]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > maxPart {
		return nil, fmt.Errorf("%s declares %d bytes: %w", name, f.UncompressedSize64, ErrTooLarge)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %w", name, err, ErrDamaged)
	}
	defer rc.Close()
	// archive/zip fails an entry that inflates past its declared size or
	// fails its checksum; the limit guards a lying header all the same.
	b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %w", name, err, ErrDamaged)
	}
	if len(b) > maxPart {
		return nil, fmt.Errorf("%s: %w", name, ErrTooLarge)
	}
	return b, nil
}

type rel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

func (p *pkg) rels(name string) ([]rel, error) {
	b, err := p.part(name)
	if err != nil || b == nil {
		return nil, err
	}
	var r struct {
		Rels []rel `xml:"Relationship"`
	}
	if err := xml.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("%s: %v: %w", name, err, ErrDamaged)
	}
	return r.Rels, nil
}

// mainPart finds the document part through the package relationships;
// a workbook or presentation is not a Word document.
func (p *pkg) mainPart() (string, error) {
	rels, err := p.rels("_rels/.rels")
	if err != nil {
		return "", err
	}
	for _, r := range rels {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			name := strings.TrimPrefix(path.Clean("/"+r.Target), "/")
			// A workbook or a presentation has an officeDocument too.
			if strings.HasPrefix(name, "xl/") || strings.HasPrefix(name, "ppt/") {
				return "", fmt.Errorf("main part %s: %w", name, ErrNotDocx)
			}
			if p.files[strings.ToLower(name)] == nil {
				return "", fmt.Errorf("main part %s missing: %w", name, ErrDamaged)
			}
			return name, nil
		}
	}
	if p.files["word/document.xml"] != nil {
		return "word/document.xml", nil
	}
	if p.files["[content_types].xml"] != nil {
		return "", fmt.Errorf("no document part: %w", ErrNotDocx)
	}
	return "", fmt.Errorf("no package relationships: %w", ErrNotDocx)
}

func (p *pkg) read(main string) (*File, error) {
	f := &File{Styles: map[string]Style{}, Footers: map[string]string{}}
	dir := path.Dir(main)
	rels, err := p.rels(path.Join(dir, "_rels", path.Base(main)+".rels"))
	if err != nil {
		return nil, err
	}
	target := func(r rel) string { return path.Join(dir, r.Target) }
	num := &numbering{}
	for _, r := range rels {
		var err error
		switch {
		case strings.HasSuffix(r.Type, "/styles"):
			err = p.readStyles(target(r), f)
		case strings.HasSuffix(r.Type, "/settings"):
			err = p.readSettings(target(r), f)
		case strings.HasSuffix(r.Type, "/numbering"):
			num, err = p.readNumbering(target(r))
		}
		if err != nil {
			return nil, err
		}
	}
	num.styleNum, num.styles = p.styleNum, f.Styles
	b, err := p.part(main)
	if err != nil {
		return nil, err
	}
	footers, err := parseBody(b, f, num)
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %w", main, err, ErrDamaged)
	}
	for typ, id := range footers {
		for _, r := range rels {
			if r.ID == id {
				fb, err := p.part(target(r))
				if err != nil {
					return nil, err
				}
				if fb == nil {
					return nil, fmt.Errorf("footer %s missing: %w", r.Target, ErrDamaged)
				}
				ff := &File{Styles: f.Styles}
				if _, err := parseBody(fb, ff, num); err != nil {
					return nil, fmt.Errorf("%s: %v: %w", r.Target, err, ErrDamaged)
				}
				f.Footers[typ] = ff.PlainText()
			}
		}
	}
	if cb, err := p.part("docProps/core.xml"); err == nil && cb != nil {
		var core struct {
			Title string `xml:"title"`
		}
		if xml.Unmarshal(cb, &core) == nil {
			f.Title = core.Title
		}
	}
	return f, nil
}

// PlainText is the body as lines: one per paragraph, a table's cells one
// per line, row by row.
func (f *File) PlainText() string {
	var b strings.Builder
	for _, bl := range f.Body {
		if bl.Para != nil {
			b.WriteString(bl.Para.Label + bl.Para.Text + "\n")
			continue
		}
		for _, row := range bl.Table {
			for _, c := range row {
				b.WriteString(c + "\n")
			}
		}
	}
	return b.String()
}

func (p *pkg) readSettings(name string, f *File) error {
	b, err := p.part(name)
	if err != nil || b == nil {
		return err
	}
	var s struct {
		EvenAndOdd *struct{} `xml:"evenAndOddHeaders"`
	}
	if err := xml.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("%s: %v: %w", name, err, ErrDamaged)
	}
	f.EvenAndOdd = s.EvenAndOdd != nil
	return nil
}

type xmlVal struct {
	Val string `xml:"val,attr"`
}

type xmlFonts struct {
	ASCII    string `xml:"ascii,attr"`
	EastAsia string `xml:"eastAsia,attr"`
}

type xmlInd struct {
	FirstLineChars string `xml:"firstLineChars,attr"`
	FirstLine      string `xml:"firstLine,attr"`
}

type xmlSpacing struct {
	Line     string `xml:"line,attr"`
	LineRule string `xml:"lineRule,attr"`
}

type xmlNumPr struct {
	Ilvl  *xmlVal `xml:"ilvl"`
	NumID *xmlVal `xml:"numId"`
}

type xmlPPr struct {
	Spacing  *xmlSpacing `xml:"spacing"`
	Ind      *xmlInd     `xml:"ind"`
	Jc       *xmlVal     `xml:"jc"`
	Outline  *xmlVal     `xml:"outlineLvl"`
	KeepNext *struct{}   `xml:"keepNext"`
	NumPr    *xmlNumPr   `xml:"numPr"`
	Snap     *xmlVal     `xml:"snapToGrid"`
}

type xmlRPr struct {
	Fonts   *xmlFonts `xml:"rFonts"`
	Spacing *xmlVal   `xml:"spacing"`
	Sz      *xmlVal   `xml:"sz"`
	B       *xmlVal   `xml:"b"`
}

func (p *pkg) readStyles(name string, f *File) error {
	b, err := p.part(name)
	if err != nil || b == nil {
		return err
	}
	var s struct {
		Styles []struct {
			Type    string  `xml:"type,attr"`
			ID      string  `xml:"styleId,attr"`
			Name    xmlVal  `xml:"name"`
			BasedOn *xmlVal `xml:"basedOn"`
			PPr     xmlPPr  `xml:"pPr"`
			RPr     xmlRPr  `xml:"rPr"`
		} `xml:"style"`
	}
	if err := xml.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("%s: %v: %w", name, err, ErrDamaged)
	}
	for _, x := range s.Styles {
		st := Style{ID: x.ID, Name: x.Name.Val, KeepNext: x.PPr.KeepNext != nil}
		if x.BasedOn != nil {
			st.BasedOn = x.BasedOn.Val
		}
		if sp := x.PPr.Spacing; sp != nil && sp.LineRule == "exact" {
			st.LineExact = Twips(atoi(sp.Line))
		}
		if in := x.PPr.Ind; in != nil {
			st.FirstLineChars = atoi(in.FirstLineChars)
			st.NoIndent = in.FirstLineChars == "0" || (in.FirstLineChars == "" && in.FirstLine == "0")
		}
		if x.PPr.Jc != nil {
			st.Align = x.PPr.Jc.Val
		}
		if x.PPr.Outline != nil {
			st.Outline = atoi(x.PPr.Outline.Val) + 1
		}
		st.Font, st.Size, st.Bold = x.RPr.props()
		if x.RPr.Spacing != nil {
			st.Condense = -Twips(atoi(x.RPr.Spacing.Val))
		}
		st.OffGrid = x.PPr.Snap != nil && (x.PPr.Snap.Val == "0" || x.PPr.Snap.Val == "false")
		f.Styles[st.ID] = st
		if x.PPr.NumPr != nil {
			p.styleNum[st.ID] = *x.PPr.NumPr
		}
	}
	return nil
}

func (r xmlRPr) props() (Font, int, bool) {
	var f Font
	if r.Fonts != nil {
		f = Font{EastAsia: r.Fonts.EastAsia, ASCII: r.Fonts.ASCII}
	}
	size := 0
	if r.Sz != nil {
		size = atoi(r.Sz.Val)
	}
	bold := r.B != nil && r.B.Val != "0" && r.B.Val != "false"
	return f, size, bold
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}
