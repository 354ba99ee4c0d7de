package pdf

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/go-pdf/fpdf"

	"taizhang/app/report"
)

// RenderPDF draws a laid-out document as a PDF with its fonts embedded
// (subset to the characters used), so it prints the same on any machine.
// made dates the document.
func RenderPDF(w io.Writer, l *Layout, made time.Time) (err error) {
	defer report.RecoverAs(&err, "生成 PDF")
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "L", UnitStr: "mm", Size: fpdf.SizeType{Wd: l.PageH, Ht: l.PageW}})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetTitle(l.Title, true)
	pdf.SetCreator("政务公开台账", true)
	pdf.SetCreationDate(made)
	pdf.SetModificationDate(made)
	pdf.SetLineWidth(0.2)
	pdf.SetDrawColor(0, 0, 0)
	d := &pdfDrawer{pdf: pdf, added: map[int]bool{}}
	for i := range l.Pages {
		pdf.AddPage()
		d.page(&l.Pages[i])
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("生成 PDF 出错：%w", err)
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("生成 PDF 出错：%w", err)
	}
	return nil
}

// pdfDrawer draws pages, embedding each face the first time it is used.
type pdfDrawer struct {
	pdf   *fpdf.Fpdf
	added map[int]bool
}

func fontName(f *face) string { return "f" + strconv.Itoa(f.id) }

func (d *pdfDrawer) page(p *Page) {
	pdf := d.pdf
	for _, b := range p.Boxes {
		style := ""
		if b.Fill != "" {
			r, g, bl := rgb(b.Fill)
			pdf.SetFillColor(r, g, bl)
			style = "F"
		}
		if b.Stroke {
			style += "D"
		}
		if style != "" {
			pdf.Rect(b.X, b.Y, b.W, b.H, style)
		}
		if b.Hatch != "" {
			hatch(pdf, b)
		}
	}
	var cur *face
	size, color := 0.0, "-"
	for _, t := range p.Texts {
		if t.face == nil {
			continue
		}
		if !d.added[t.face.id] {
			pdf.AddUTF8FontFromBytes(fontName(t.face), "", t.face.data)
			d.added[t.face.id] = true
		}
		if t.face != cur || t.Size != size {
			pdf.SetFont(fontName(t.face), "", t.Size)
			cur, size = t.face, t.Size
		}
		if t.Color != color {
			r, g, b := rgb(t.Color)
			pdf.SetTextColor(r, g, b)
			color = t.Color
		}
		pdf.Text(t.X, t.Y, t.S)
	}
}

// rgb reads an RGB hex colour; "" is black.
func rgb(hex string) (int, int, int) {
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || len(hex) != 6 {
		return 0, 0, 0
	}
	return int(v >> 16 & 0xFF), int(v >> 8 & 0xFF), int(v & 0xFF)
}

// WriteSummaryPDF lays out and writes the summary as a PDF, and sets
// s.Notice to name the characters printed as 〓.
func WriteSummaryPDF(w io.Writer, s *report.SummaryData) (err error) {
	defer report.RecoverAs(&err, "生成 PDF")
	fs, err := documentFonts()
	if err != nil {
		return err
	}
	return writeSummaryPDF(w, s, fs)
}

// writeSummaryPDF writes the summary with the fonts fs.
func writeSummaryPDF(w io.Writer, s *report.SummaryData, fs *fontSet) error {
	l := layoutWith(s, fs)
	var buf bytes.Buffer
	var err error
	if err = RenderPDF(&buf, l, s.Made); err != nil && fs.system() {
		// A system font the PDF writer cannot take: print with the
		// bundled fonts rather than not at all.
		var bundled *fontSet
		if bundled, err = loadFonts(systemFonts{}); err == nil {
			l = layoutWith(s, bundled)
			buf.Reset()
			err = RenderPDF(&buf, l, s.Made)
		}
	}
	if err != nil {
		return err
	}
	s.Notice = l.Notice
	_, err = buf.WriteTo(w)
	return err
}

// SaveSummaryPDF writes the summary PDF to a file (see WriteSummaryPDF).
func SaveSummaryPDF(path string, s *report.SummaryData) error {
	return report.SaveFile(path, func(f *os.File) error { return WriteSummaryPDF(f, s) })
}
