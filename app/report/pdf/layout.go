package pdf

import (
	"fmt"
	"math"

	"taizhang/app/report"
)

// Layout is a document laid out on pages: boxes and lines of text in
// millimetres from each page's top-left corner. The PDF renderer draws it
// and the preview paints it, so both show the same pages.
type Layout struct {
	Title        string
	PageW, PageH float64
	Pages        []Page
	// Notice tells the clerk which characters no font could draw and
	// were printed as 〓; "" when there were none.
	Notice string
}

// Page is one printed page.
type Page struct {
	Boxes []Box
	Texts []Text
}

// Box is a rectangle, filled, outlined or both.
type Box struct {
	X, Y, W, H float64
	Fill       string // RGB hex such as "D9D9D9"; "" for none
	Stroke     bool
	// Hatch is a pattern drawn in white over the fill (statusPattern's
	// names), so a grey print tells the chart's statuses apart.
	Hatch string
}

// Text is one line of text.
type Text struct {
	X, Y  float64 // Y is the baseline
	Size  float64 // points
	Bold  bool
	Color string // RGB hex; "" for black
	S     string
	face  *face // the font that draws every character of S
}

// Page geometry of the printed summary: A4 landscape. Printers leave
// about 5 mm unprinted at each edge, so 8 mm margins are safe; the footer
// sits in the bottom margin, its line centred 4.5 mm from the edge.
const (
	pageW, pageH  = 297.0, 210.0
	marginX       = 8.0
	marginTop     = 8.0
	marginBottom  = 9.0
	footerFromBot = 4.5
	contentW      = pageW - 2*marginX
	pdfBodyPt     = 9.0
	pdfTitlePt    = 16.0
	pdfSubPt      = 11.0
	pdfInfoPt     = 10.0
	pdfCaptionPt  = 11.0
	pdfFooterPt   = 9.0
	pdfLine       = 1.2 // line height as a multiple of the font size
	padX, padY    = 1.0, 0.3
	fillHead      = "D9D9D9"
	fillSection   = "F2F2F2"
	fillBand      = "F7F7F7" // a task's band above its units' rows
	eps           = 1e-6
	maxCentredMM  = 20 // a centred column wider than this wraps instead
	statusMM      = 16 // 完成状态: four characters at 9 pt
)

// layouter places sheets on pages.
type layouter struct {
	doc     *Layout
	fonts   *fontSet
	rep     replaced // characters printed as 〓
	page    *Page
	y       float64
	repeat  func() // draws the current table's header at the top of a new page
	hasRows bool   // the page holds table rows, so moving a row on helps
	cols    []pcol
	year    int // the table's year: dates in it print without it
}

// pcol is a column's place on the page.
type pcol struct {
	x, w float64
	col  report.TableColumn
}

// LayoutSummary lays the summary's three sheets out on A4 landscape pages.
func LayoutSummary(s *report.SummaryData) (l *Layout, err error) {
	defer report.RecoverAs(&err, "排版汇总表")
	fs, err := documentFonts()
	if err != nil {
		return nil, err
	}
	return layoutWith(s, fs), nil
}

// layoutWith lays the summary out with the given fonts.
func layoutWith(s *report.SummaryData, fs *fontSet) *Layout {
	lt := newLayouterWith(fs)
	lt.doc.Title = lt.clean(s.Title, false)
	for _, m := range s.Sheets() {
		lt.sheet(m)
	}
	lt.footers()
	lt.doc.Notice = lt.rep.notice()
	return lt.doc
}

func newLayouterWith(fs *fontSet) *layouter {
	return &layouter{doc: &Layout{PageW: pageW, PageH: pageH}, fonts: fs, rep: replaced{}}
}

func (lt *layouter) bottom() float64 { return pageH - marginBottom }

func (lt *layouter) newPage() {
	lt.doc.Pages = append(lt.doc.Pages, Page{})
	lt.page = &lt.doc.Pages[len(lt.doc.Pages)-1]
	lt.y = marginTop
	lt.hasRows = false
	if lt.repeat != nil {
		lt.repeat()
	}
}

func lineH(size float64) float64 { return size * mmPerPt * pdfLine }

// metrics is the chain of faces body text (or headings) are drawn with.
func (lt *layouter) metrics(bold bool) chain { return lt.fonts.chainFor(bold) }

// clean makes s printable, recording what had to be replaced.
func (lt *layouter) clean(s string, bold bool) string { return lt.metrics(bold).clean(s, lt.rep) }

func (lt *layouter) wrap(s string, w, size float64, bold bool) []string {
	if s == "" {
		return nil
	}
	return report.WrapLines(lt.clean(s, bold), w, lt.metrics(bold).advanceMM(size))
}

// text places one line whose line box starts at top; align is 'l', 'c' or
// 'r' within [x, x+w].
func (lt *layouter) text(s string, x, w, top, size float64, bold bool, align byte) {
	lt.inkText(s, x, w, top, size, bold, align, "")
}

// inkText is text in a colour ("" for black).
func (lt *layouter) inkText(s string, x, w, top, size float64, bold bool, align byte, color string) {
	if s == "" {
		return
	}
	s = lt.clean(s, bold)
	switch align {
	case 'c':
		x += (w - lt.metrics(bold).widthMM(s, size)) / 2
	case 'r':
		x += w - lt.metrics(bold).widthMM(s, size)
	}
	// The ideographic em box sits 0.12 em below the baseline to 0.88 above:
	// centring it in the line box puts the baseline 0.38 em under the middle.
	base := top + lineH(size)/2 + 0.38*size*mmPerPt
	for _, r := range lt.metrics(bold).runs(s, size) {
		lt.page.Texts = append(lt.page.Texts, Text{X: x, Y: base, Size: size, Bold: bold, Color: color, S: r.s, face: r.f})
		x += r.w
	}
}

func (lt *layouter) box(x, y, w, h float64, fill string, stroke bool) {
	lt.page.Boxes = append(lt.page.Boxes, Box{X: x, Y: y, W: w, H: h, Fill: fill, Stroke: stroke})
}

// paragraph places wrapped text across the content width and moves down.
func (lt *layouter) paragraph(s string, size float64, bold bool, align byte) {
	for _, l := range lt.wrap(s, contentW, size, bold) {
		if lt.y+lineH(size) > lt.bottom() {
			lt.newPage()
		}
		lt.text(l, marginX, contentW, lt.y, size, bold, align)
		lt.y += lineH(size)
	}
}

// sheetRoom is what a sheet needs on the page it starts on: its title,
// subtitle, caption, header and first rows.
const sheetRoom = 50.0

// sheetGap is the space between a sheet and the one before it on a page.
const sheetGap = 8.0

// sheet lays out one sheet, below the one before it when the page has
// room for its start, else on a new page.
func (lt *layouter) sheet(m *report.SheetModel) {
	lt.repeat = nil
	if lt.page == nil || lt.y+sheetGap+sheetRoom > lt.bottom() {
		lt.newPage()
	} else {
		lt.y += sheetGap
	}
	lt.paragraph(m.Title, pdfTitlePt, true, 'c')
	lt.y += 1
	lt.paragraph(m.Subtitle, pdfSubPt, false, 'c')
	lt.y += 1
	if m.Info[0] != "" || m.Info[1] != "" {
		lt.text(m.Info[0], marginX, contentW, lt.y, pdfInfoPt, false, 'l')
		lt.text(m.Info[1], marginX, contentW, lt.y, pdfInfoPt, false, 'r')
		lt.y += lineH(pdfInfoPt) + 1
	}
	for i, t := range m.Tables {
		if i > 0 {
			lt.y += 4
		}
		var c *report.ChartModel
		if m.Chart != nil && m.Chart.Table == i {
			c = m.Chart
		}
		lt.table(t, c)
	}
	lt.repeat = nil
	if len(m.Notes) > 0 {
		lt.y += 3
		for _, n := range m.Notes {
			lt.paragraph(n, pdfBodyPt, false, 'l')
		}
	}
}

// footers writes 第 N 页 共 M 页 on every page, now that M is known.
func (lt *layouter) footers() {
	n := len(lt.doc.Pages)
	for i := range lt.doc.Pages {
		lt.page = &lt.doc.Pages[i]
		top := pageH - footerFromBot - lineH(pdfFooterPt)/2
		lt.text(fmt.Sprintf("第 %d 页 共 %d 页", i+1, n), marginX, contentW, top, pdfFooterPt, false, 'c')
	}
}

// columns places a table's columns across the content width. A centred
// column (序号, 完成状态, 报送日期) gets the width its header and values
// need on one line, up to a limit; the text columns share the rest in
// proportion to their spreadsheet widths.
func (lt *layouter) columns(t report.TableModel) []pcol {
	need := make([]float64, len(t.Cols))
	for i, c := range t.Cols {
		need[i] = lt.headNeed(c) // its label breaks only where chosen
	}
	for _, b := range t.Blocks {
		for _, r := range b.Rows {
			for j, v := range r {
				if i := b.Span() + j; i < len(t.Cols) && t.Cols[i].Center {
					most := float64(maxCentredMM)
					if t.Cols[i].Status {
						most = statusMM // the vocabulary's four characters; a unit's own words wrap
					}
					if t.Cols[i].Whole {
						most = contentW / 3
					}
					v = lt.shown(t.Cols[i], v)
					need[i] = max(need[i], min(lt.metrics(false).widthMM(v, pdfBodyPt)+2*padX+0.5, most))
				}
			}
		}
	}
	all := 0.0
	for _, c := range t.Cols {
		all += c.Width
	}
	fixed, share := 0.0, 0.0
	for i, c := range t.Cols {
		if c.Center {
			// Up to its share of the page when that is not much more than
			// it needs: counts read better wide, but paper is dearer.
			need[i] = max(need[i], min(c.Width/all*contentW, need[i]*1.1))
			fixed += need[i]
		} else {
			share += c.Width
		}
	}
	out := make([]pcol, len(t.Cols))
	x := marginX
	for i, c := range t.Cols {
		w := need[i]
		if !c.Center {
			w = max(c.Width/share*(contentW-fixed), need[i])
		}
		out[i] = pcol{x: x, w: w, col: c}
		x += w
	}
	// Wide centred columns may overrun the page: scale back to fit.
	if over := x - marginX; over > contentW {
		k := contentW / over
		for i := range out {
			out[i].x = marginX + (out[i].x-marginX)*k
			out[i].w *= k
		}
	}
	return out
}

// fitLines is how many lines fit in height h.
func fitLines(h, size float64) int {
	return int(math.Floor((h-2*padY)/lineH(size) + eps))
}
