package forms

import (
	"strings"

	"taizhang/app/docx"
	"taizhang/app/gongwen"
)

// Styles the round's Word documents add to the 公文 ones.
const (
	styleTitle   = gongwen.StyleTitle
	styleInfo    = "FormInfo"
	styleHead    = "TableHead"
	styleCell    = "TableText"
	styleCenter  = "TableCenter"
	styleSection = "TableSection"
)

// tableStyles are 仿宋 小四 for cells, 黑体 for the header and section
// rows, at single-ish 20 pt lines, with no first-line indent.
func tableStyles() []docx.Style {
	body := docx.Font{EastAsia: gongwen.FontBody, ASCII: "Times New Roman"}
	head := docx.Font{EastAsia: gongwen.FontHeading1, ASCII: "Times New Roman"}
	return []docx.Style{
		{ID: styleInfo, Name: "Form Info", BasedOn: gongwen.StyleBody, Font: body, Size: gongwen.SizeSihao, NoIndent: true, Align: "left", LineExact: 480},
		{ID: styleCell, Name: "Table Text", BasedOn: gongwen.StyleBody, Font: body, Size: 24, NoIndent: true, Align: "left", LineExact: 400},
		{ID: styleCenter, Name: "Table Center", BasedOn: styleCell, Font: body, Size: 24, NoIndent: true, Align: "center", LineExact: 400},
		{ID: styleHead, Name: "Table Head", BasedOn: styleCell, Font: head, Size: 24, NoIndent: true, Align: "center", LineExact: 400},
		{ID: styleSection, Name: "Table Section", BasedOn: styleCell, Font: head, Size: 24, NoIndent: true, Align: "left", LineExact: 400},
	}
}

// portraitDoc is the 公文 layout with the table styles.
func portraitDoc(title string) *docx.Document {
	d := gongwen.NewDocument(title)
	d.Styles = append(d.Styles, tableStyles()...)
	return d
}

// landscapeDoc turns the page for wide tables, keeping the margins of the
// long edges at the top and bottom.
func landscapeDoc(title string) *docx.Document {
	d := portraitDoc(title)
	pg := d.Page
	pg.Width, pg.Height = pg.Height, pg.Width
	pg.Top, pg.Bottom = docx.MM(28), docx.MM(26)
	pg.Left, pg.Right = docx.MM(37), docx.MM(35)
	pg.Footer = docx.MM(15)
	d.Page = pg
	return d
}

// cellOf is a cell of one paragraph per text, in one style.
func cellOf(style string, texts ...string) docx.TableCell {
	c := docx.TableCell{VAlign: "center"}
	for _, t := range texts {
		c.Paras = append(c.Paras, docx.Text(style, t))
	}
	return c
}

// titleLines sets a title of the form 《方案名》表名 on two lines, broken
// after the closing bracket, so the name of the table does not wrap alone.
func titleLines(title string) []docx.Paragraph {
	if i := strings.LastIndex(title, "》"); i > 0 && i+len("》") < len(title) {
		return []docx.Paragraph{
			{Style: styleTitle, Runs: []docx.Run{{Text: title[:i+len("》")]}}},
			{Style: styleTitle, Runs: []docx.Run{{Text: title[i+len("》"):]}}},
		}
	}
	return []docx.Paragraph{{Style: styleTitle, Runs: []docx.Run{{Text: title}}}}
}
