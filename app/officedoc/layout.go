// Package officedoc writes the office's Word documents from the ledger: the
// year's 工作总结 draft and the 催办通知, both in the national layout of
// official documents (GB/T 9704-2012) so the clerk edits rather than
// reformats them.
package officedoc

import (
	"time"

	"taizhang/app/docx"
	"taizhang/app/plan"
)

// Style IDs. Heading1 and Heading2 are Word's own heading styles, so the
// navigation pane and the table of contents find the headings.
const (
	StyleBody     = "Normal"
	StyleTitle    = "Title"
	StyleHeading1 = "Heading1"
	StyleHeading2 = "Heading2"
	StyleFooter   = "Footer"
)

// Fonts of GB/T 9704: 小标宋 for the title, 仿宋_GB2312 for the text,
// 黑体 and 楷体_GB2312 for the first two heading levels, 宋体 for page
// numbers. Digits and Latin letters are set in Times New Roman.
const (
	FontTitle    = "方正小标宋简体"
	FontBody     = "仿宋_GB2312"
	FontHeading1 = "黑体"
	FontHeading2 = "楷体_GB2312"
	FontPageNo   = "宋体"
	fontLatin    = "Times New Roman"
)

// Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt.
const (
	SizeErhao  = 44
	SizeSanhao = 32
	SizeSihao  = 28
)

// LinePitch is the fixed line spacing of the text: 28 pt, which gives the
// standard's 22 lines on the page.
const LinePitch docx.Twips = 560

// Page is A4 portrait with the standard's margins: top 37 mm, bottom 35 mm,
// left 28 mm, right 26 mm (a type area of 156 × 225 mm).
var Page = docx.Page{
	Width: docx.A4Width, Height: docx.A4Height,
	Top: docx.MM(37), Bottom: docx.MM(35), Left: docx.MM(28), Right: docx.MM(26),
	Header: docx.MM(15),
	// The page number sits 7 mm below the type area: its line's bottom
	// about 23 mm from the page edge.
	Footer: docx.MM(23),
}

// newDocument is an empty document in the 公文 layout: styles, page and
// the page numbers "— 1 —" at the outside corners (right on odd pages,
// left on even ones, one character in from the edge).
func newDocument(title string) *docx.Document {
	body := docx.Font{EastAsia: FontBody, ASCII: fontLatin}
	return &docx.Document{
		Title: title,
		Page:  Page,
		Styles: []docx.Style{
			{ID: StyleBody, Name: "Normal", Font: body, Size: SizeSanhao, Align: "both", LineExact: LinePitch, FirstLineChars: 200},
			{ID: StyleTitle, Name: "Title", BasedOn: StyleBody, Font: docx.Font{EastAsia: FontTitle, ASCII: fontLatin}, Size: SizeErhao, Align: "center", NoIndent: true, LineExact: docx.Twips(35 * 20)},
			{ID: StyleHeading1, Name: "heading 1", BasedOn: StyleBody, Font: docx.Font{EastAsia: FontHeading1, ASCII: fontLatin}, Size: SizeSanhao, Outline: 1, KeepNext: true},
			{ID: StyleHeading2, Name: "heading 2", BasedOn: StyleBody, Font: docx.Font{EastAsia: FontHeading2, ASCII: fontLatin}, Size: SizeSanhao, Outline: 2, KeepNext: true},
			{ID: StyleFooter, Name: "footer", BasedOn: StyleBody, Font: docx.Font{EastAsia: FontPageNo, ASCII: FontPageNo}, Size: SizeSihao, NoIndent: true},
		},
		OddFooter:  []docx.Paragraph{pageNumber("right")},
		EvenFooter: []docx.Paragraph{pageNumber("left")},
		Fonts: []docx.FontInfo{
			{Name: FontBody, AltName: "仿宋", Charset: "86"},
			{Name: FontTitle, AltName: "华文中宋", Charset: "86"},
			{Name: FontHeading1, AltName: "SimHei", Charset: "86"},
			{Name: FontHeading2, AltName: "楷体", Charset: "86"},
			{Name: FontPageNo, AltName: "SimSun", Charset: "86"},
			{Name: fontLatin},
		},
	}
}

// pageNumber is "— N —" one character in from the outside edge.
func pageNumber(align string) docx.Paragraph {
	p := docx.Paragraph{Style: StyleFooter, Align: align, Runs: []docx.Run{{Text: "— "}, {Field: "PAGE", Text: "1"}, {Text: " —"}}}
	if align == "right" {
		p.RightChars = 100
	} else {
		p.LeftChars = 100
	}
	return p
}

// signature is the sender and date at the end, right-aligned four
// characters in from the margin.
func signature(office string, date time.Time) []docx.Paragraph {
	var out []docx.Paragraph
	if office != "" {
		out = append(out, docx.Paragraph{Style: StyleBody, Align: "right", RightChars: 400, Runs: []docx.Run{{Text: office}}})
	}
	return append(out, docx.Paragraph{Style: StyleBody, Align: "right", RightChars: 400, Runs: []docx.Run{{Text: plan.ChineseDate(date)}}})
}

func blank() docx.Paragraph { return docx.Paragraph{Style: StyleBody} }
