package report

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/go-pdf/fpdf"

	"taizhang/assets"
)

const pdfFont = "noto" // the bundled Noto Sans SC subset, embedded

// RenderPDF draws a laid-out document as a PDF with the bundled Chinese font
// embedded, so it prints the same on any machine. made dates the document.
func RenderPDF(w io.Writer, l *Layout, made time.Time) error {
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "L", UnitStr: "mm", Size: fpdf.SizeType{Wd: l.PageH, Ht: l.PageW}})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.AddUTF8FontFromBytes(pdfFont, "", assets.FontRegular)
	pdf.AddUTF8FontFromBytes(pdfFont, "B", assets.FontBold)
	pdf.SetTitle(l.Title, true)
	pdf.SetCreator("政务公开台账", true)
	pdf.SetCreationDate(made)
	pdf.SetModificationDate(made)
	pdf.SetLineWidth(0.2)
	pdf.SetDrawColor(0, 0, 0)
	for i := range l.Pages {
		pdf.AddPage()
		drawPage(pdf, &l.Pages[i])
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("生成 PDF 出错：%w", err)
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("生成 PDF 出错：%w", err)
	}
	return nil
}

func drawPage(pdf *fpdf.Fpdf, p *Page) {
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
	}
	size, bold, color := 0.0, false, "-"
	for _, t := range p.Texts {
		if t.Size != size || t.Bold != bold {
			style := ""
			if t.Bold {
				style = "B"
			}
			pdf.SetFont(pdfFont, style, t.Size)
			size, bold = t.Size, t.Bold
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

// WriteSummaryPDF lays out and writes the summary as a PDF.
func WriteSummaryPDF(w io.Writer, s *SummaryData) error {
	l, err := LayoutSummary(s)
	if err != nil {
		return err
	}
	return RenderPDF(w, l, s.Made)
}

// SaveSummaryPDF writes the summary PDF to a file.
func SaveSummaryPDF(path string, s *SummaryData) error {
	return saveFile(path, func(f *os.File) error { return WriteSummaryPDF(f, s) })
}
