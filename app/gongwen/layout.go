// Package gongwen writes the office's Word documents from the ledger: the
// year's 工作总结 draft and the 催办通知, both in the national layout of
// official documents (GB/T 9704-2012) so the clerk edits rather than
// reformats them.
package gongwen

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
	// The standard's grid: 28 characters of 三号 a line, 22 lines a page.
	GridLines: 22, GridChars: 28,
}

// condense narrows the text's characters by 0.25 pt, so that 28 三号
// characters (15.75 pt each) fit the grid's cells of 156 mm / 28 in every
// reader; Word sets them on the grid anyway, LibreOffice only when a
// character is no wider than its cell.
const condense docx.Twips = 5

// bodyChar is a character of the text as set: 三号, condensed.
const bodyChar = docx.Twips(SizeSanhao*10) - condense

// newDocument is an empty document in the 公文 layout: styles, page and
// the page numbers "— 1 —" at the outside corners (right on odd pages,
// left on even ones, one character in from the edge).
func newDocument(title string) *docx.Document {
	body := docx.Font{EastAsia: FontBody, ASCII: fontLatin}
	return &docx.Document{
		Title: title,
		Page:  Page,
		Styles: []docx.Style{
			{ID: StyleBody, Name: "Normal", Font: body, Size: SizeSanhao, Align: "both", LineExact: LinePitch, FirstLineChars: 200, Condense: condense},
			{ID: StyleTitle, Name: "Title", BasedOn: StyleBody, Font: docx.Font{EastAsia: FontTitle, ASCII: fontLatin}, Size: SizeErhao, Align: "center", NoIndent: true, LineExact: docx.Twips(35 * 20), OffGrid: true},
			{ID: StyleHeading1, Name: "heading 1", BasedOn: StyleBody, Font: docx.Font{EastAsia: FontHeading1, ASCII: fontLatin}, Size: SizeSanhao, Outline: 1, KeepNext: true},
			{ID: StyleHeading2, Name: "heading 2", BasedOn: StyleBody, Font: docx.Font{EastAsia: FontHeading2, ASCII: fontLatin}, Size: SizeSanhao, Outline: 2, KeepNext: true},
			{ID: StyleFooter, Name: "footer", BasedOn: StyleBody, Font: docx.Font{EastAsia: FontPageNo, ASCII: FontPageNo}, Size: SizeSihao, NoIndent: true},
			{ID: StyleTable, Name: "Table Text", BasedOn: StyleBody, Size: SizeSihao, Align: "center", NoIndent: true, LineExact: docx.Twips(22 * 20), OffGrid: true},
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

// signature is the sender (发文机关署名) and the date (成文日期) at the end:
// the date four characters in from the right margin, the sender centred
// over it (GB/T 9704 7.3.5.1); a sender longer than the date keeps two
// characters from the margin and the date moves left to stay under its
// middle. The sender is kept on the page of its date.
func signature(office string, date time.Time) []docx.Paragraph {
	when := plan.ChineseDate(date)
	dateRight, officeRight := centredOver(textWidth(office), textWidth(when))
	var out []docx.Paragraph
	if office != "" {
		out = append(out, docx.Paragraph{Style: StyleBody, Align: "right", RightChars: officeRight, CharTwips: bodyChar, KeepNext: true, Runs: []docx.Run{{Text: office}}})
	}
	return append(out, docx.Paragraph{Style: StyleBody, Align: "right", RightChars: dateRight, CharTwips: bodyChar, Runs: []docx.Run{{Text: when}}})
}

// centredOver gives the right indents, in hundredths of a character, of a
// date of width date and a sender of width office (in characters) centred
// over it.
func centredOver(office, date float64) (dateRight, officeRight int) {
	const dateGap, minGap = 4.0, 2.0
	right := dateGap + (date-office)/2
	if right >= minGap {
		return int(dateGap * 100), int(right*100 + 0.5)
	}
	return int((minGap+(office-date)/2)*100 + 0.5), int(minGap * 100)
}

// textWidth is a line's width in characters of the body size: Chinese
// characters one, digits and Latin letters (Times New Roman) half.
func textWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < 0x80 {
			w += 0.5
		} else {
			w++
		}
	}
	return w
}

// closing ends a document's body with the sender and date after a blank
// line, the last paragraph of text kept on their page: GB/T 9704 never
// leaves the 落款 alone on a page.
func closing(body []docx.Paragraph, office string, date time.Time) []docx.Paragraph {
	if n := len(body); n > 0 {
		body[n-1].KeepNext = true
	}
	gap := blank()
	gap.KeepNext = true
	return append(append(body, gap), signature(office, date)...)
}

func blank() docx.Paragraph { return docx.Paragraph{Style: StyleBody} }
