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
	// CellMargin is each cell's left and right margin; zero means 85
	// twips (1.5 mm).
	CellMargin Twips
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
	margin := t.CellMargin
	if margin == 0 {
		margin = 85
	}
	fmt.Fprintf(b, `<w:tblCellMar><w:left w:w="%d" w:type="dxa"/><w:right w:w="%d" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`, margin, margin)
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

// TextTable is a table of plain text cells, one paragraph each: its first
// row is the header, repeated on every page, and no row splits across
// pages.
type TextTable struct {
	Widths []Twips    // each column's width
	Center []bool     // per column: centre the cells' text
	Rows   [][]string // the first row is the header; \n breaks a line
	Style  string     // the cells' paragraph style
}

// Table is the text table as a Table, its cells centred vertically with
// narrow margins.
func (tt *TextTable) Table() *Table {
	t := &Table{Widths: tt.Widths, HeaderRows: 1, CellMargin: 57}
	for i, row := range tt.Rows {
		r := TableRow{CantSplit: true}
		for j := range tt.Widths {
			text := ""
			if j < len(row) {
				text = row[j]
			}
			align := "left"
			if i == 0 || (j < len(tt.Center) && tt.Center[j]) {
				align = "center"
			}
			para := Paragraph{Style: tt.Style, Align: align, NoIndent: true, Runs: []Run{{Text: text}}}
			r.Cells = append(r.Cells, TableCell{Paras: []Paragraph{para}, VAlign: "center"})
		}
		t.Rows = append(t.Rows, r)
	}
	return t
}
