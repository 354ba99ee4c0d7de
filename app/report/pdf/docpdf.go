package pdf

import (
	"bytes"
	"fmt"
	"image"
	_ "image/png" // screenshots in a document
	"io"
	"os"
	"strconv"
	"time"

	"github.com/go-pdf/fpdf"

	"taizhang/app/report"
)

// DocKind is what a block of a printed text document is.
type DocKind int

// The kinds of DocBlock.
const (
	DocHeading    DocKind = iota // a chapter, starting a new page
	DocSubheading                // a section
	DocPara                      // running text
	DocItem                      // a list item, with a bullet
	DocCode                      // a command line, in a grey band
	DocImage                     // a PNG with its caption in Text
)

// DocBlock is one block of a text document such as 使用说明.
type DocBlock struct {
	Kind  DocKind
	Text  string
	Image []byte // PNG, for DocImage
}

// A4 portrait geometry of a printed text document.
const (
	docW, docH      = 210.0, 297.0
	docMarginX      = 22.0
	docMarginTop    = 22.0
	docMarginBottom = 22.0
	docTextW        = docW - 2*docMarginX
	docBodyPt       = 11.0
	docHeadPt       = 16.0
	docSubPt        = 13.0
	docCodePt       = 8.5
)

// docWriter lays out and draws a text document in one pass, with the same
// fonts, fallback and 〓 substitution as the summary PDF.
type docWriter struct {
	pdf   *fpdf.Fpdf
	fs    *fontSet
	rep   replaced
	added map[int]bool
	y     float64
	pages int
	imgs  int
}

// WriteDocPDF prints a text document (title, then its blocks) as an A4
// portrait PDF with its fonts embedded. It returns the sentence naming
// characters printed as 〓, "" when there were none.
func WriteDocPDF(w io.Writer, title string, blocks []DocBlock, made time.Time) (notice string, err error) {
	defer report.RecoverAs(&err, "生成 PDF")
	fs, err := documentFonts()
	if err != nil {
		return "", err
	}
	d := &docWriter{fs: fs, rep: replaced{}, added: map[int]bool{}}
	d.pdf = fpdf.New("P", "mm", "A4", "")
	d.pdf.SetAutoPageBreak(false, 0)
	d.pdf.SetMargins(0, 0, 0)
	d.pdf.SetTitle(title, true)
	d.pdf.SetCreator("政务公开台账", true)
	d.pdf.SetCreationDate(made)
	d.pdf.SetModificationDate(made)
	d.newPage()
	d.lines(title, docHeadPt+4, true, 0, 'c')
	d.y += 6
	for i, b := range blocks {
		d.block(b, i == 0)
		if err := d.pdf.Error(); err != nil {
			return "", fmt.Errorf("生成 PDF 出错：%w", err)
		}
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return "", fmt.Errorf("生成 PDF 出错：%w", err)
	}
	_, err = buf.WriteTo(w)
	return d.rep.notice(), err
}

// SaveDocPDF writes the document to a file (see WriteDocPDF).
func SaveDocPDF(path, title string, blocks []DocBlock, made time.Time) (notice string, err error) {
	err = report.SaveFile(path, func(f *os.File) error {
		var werr error
		notice, werr = WriteDocPDF(f, title, blocks, made)
		return werr
	})
	return notice, err
}

func (d *docWriter) block(b DocBlock, first bool) {
	switch b.Kind {
	case DocHeading:
		if !first {
			d.newPage()
		}
		d.room(lineH(docHeadPt) * 3)
		d.lines(b.Text, docHeadPt, true, 0, 'l')
		d.y += 3
	case DocSubheading:
		d.y += 2
		d.room(lineH(docSubPt) + 3*lineH(docBodyPt))
		d.lines(b.Text, docSubPt, true, 0, 'l')
		d.y += 1
	case DocPara:
		d.lines(b.Text, docBodyPt, false, 0, 'l')
		d.y += 2
	case DocItem:
		d.room(lineH(docBodyPt))
		d.draw("•", docMarginX+1, d.y, docBodyPt, false)
		d.lines(b.Text, docBodyPt, false, 6, 'l')
		d.y += 1
	case DocCode:
		h := lineH(docCodePt) + 1
		d.room(h)
		d.pdf.SetFillColor(242, 242, 242)
		d.pdf.Rect(docMarginX, d.y, docTextW, h, "F")
		d.lines(b.Text, docCodePt, false, 2, 'l')
		d.y += 1
	case DocImage:
		d.image(b)
	}
}

// room starts a new page unless h millimetres fit on this one.
func (d *docWriter) room(h float64) {
	if d.y+h > docH-docMarginBottom {
		d.newPage()
	}
}

func (d *docWriter) newPage() {
	d.pdf.AddPage()
	d.pages++
	d.y = docMarginTop
	d.footer()
}

// footer puts "— n —" centred at the page's foot.
func (d *docWriter) footer() {
	s := "— " + strconv.Itoa(d.pages) + " —"
	c := d.fs.chainFor(false)
	x := (docW - c.widthMM(s, 9)) / 2
	d.draw(s, x, docH-docMarginBottom/2-lineH(9)/2, 9, false)
}

// lines wraps s to the text width less indent and draws it, moving down.
func (d *docWriter) lines(s string, size float64, bold bool, indent float64, align byte) {
	c := d.fs.chainFor(bold)
	s = c.clean(s, d.rep)
	w := docTextW - indent
	for _, l := range report.WrapLines(s, w, c.advanceMM(size)) {
		d.room(lineH(size))
		x := docMarginX + indent
		if align == 'c' {
			x += (w - c.widthMM(l, size)) / 2
		}
		d.draw(l, x, d.y, size, bold)
		d.y += lineH(size)
	}
}

// draw puts one cleaned line whose line box starts at top.
func (d *docWriter) draw(s string, x, top, size float64, bold bool) {
	base := top + lineH(size)/2 + 0.38*size*mmPerPt
	for _, r := range d.fs.chainFor(bold).runs(s, size) {
		if !d.added[r.f.id] {
			d.pdf.AddUTF8FontFromBytes(fontName(r.f), "", r.f.data)
			d.added[r.f.id] = true
		}
		d.pdf.SetFont(fontName(r.f), "", size)
		d.pdf.SetTextColor(0, 0, 0)
		d.pdf.Text(x, base, r.s)
		x += r.w
	}
}

// image places a screenshot across the text width (less when it would
// not fit a page) with its caption below; a missing one prints its
// caption alone.
func (d *docWriter) image(b DocBlock) {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b.Image))
	if err != nil || cfg.Width == 0 {
		d.lines("（截图："+b.Text+"）", docBodyPt, false, 0, 'c')
		return
	}
	w := docTextW
	h := w * float64(cfg.Height) / float64(cfg.Width)
	if max := (docH - docMarginTop - docMarginBottom) * 0.6; h > max {
		h, w = max, max*float64(cfg.Width)/float64(cfg.Height)
	}
	d.room(h + lineH(docBodyPt) + 4)
	d.imgs++
	name := "shot" + strconv.Itoa(d.imgs)
	d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(b.Image))
	x := docMarginX + (docTextW-w)/2
	d.pdf.ImageOptions(name, x, d.y, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	d.pdf.SetDrawColor(160, 160, 160)
	d.pdf.Rect(x, d.y, w, h, "D")
	d.y += h + 1
	d.lines("图："+b.Text, docBodyPt-1, false, 0, 'c')
	d.y += 3
}
