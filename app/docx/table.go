package docx

import (
	"fmt"
	"strings"
)

// Table is a bordered table in the body. Widths are the columns' widths;
// the first HeaderRows rows repeat atop every page the table reaches.
type Table struct {
	Widths     []Twips
	HeaderRows int
	Rows       []TableRow
}

// TableRow is one row; a row that is not cut across pages keeps a short
// task whole on one page.
type TableRow struct {
	Cells     []TableCell
	CantSplit bool
}

// TableCell is one cell of paragraphs. Span joins it with the cells to its
// right; Merge continues the cell above it ("continue") or starts a cell
// merged down ("restart").
type TableCell struct {
	Paras  []Paragraph
	Span   int
	Merge  string
	VAlign string // top, center, bottom
}

// TableBlock is a body entry holding a table.
func TableBlock(t *Table) Paragraph { return Paragraph{Table: t} }

func writeTable(b *strings.Builder, t *Table) {
	var total Twips
	for _, w := range t.Widths {
		total += w
	}
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>`, total)
	b.WriteString(`<w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/>`)
	b.WriteString(`<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, w := range t.Widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, r := range t.Rows {
		b.WriteString(`<w:tr>`)
		if i < t.HeaderRows || r.CantSplit {
			b.WriteString(`<w:trPr>`)
			if r.CantSplit {
				b.WriteString(`<w:cantSplit/>`)
			}
			if i < t.HeaderRows {
				b.WriteString(`<w:tblHeader/>`)
			}
			b.WriteString(`</w:trPr>`)
		}
		col := 0
		for _, c := range r.Cells {
			span := max(c.Span, 1)
			var w Twips
			for k := col; k < col+span && k < len(t.Widths); k++ {
				w += t.Widths[k]
			}
			col += span
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
			if span > 1 {
				fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, span)
			}
			switch c.Merge {
			case "restart":
				b.WriteString(`<w:vMerge w:val="restart"/>`)
			case "continue":
				b.WriteString(`<w:vMerge/>`)
			}
			if c.VAlign != "" {
				b.WriteString(`<w:vAlign w:val="` + c.VAlign + `"/>`)
			}
			b.WriteString(`</w:tcPr>`)
			if len(c.Paras) == 0 {
				b.WriteString(`<w:p/>`)
			}
			for _, p := range c.Paras {
				writePara(b, p)
			}
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}
