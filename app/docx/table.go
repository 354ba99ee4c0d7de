package docx

import (
	"fmt"
	"strings"
)

// writeTable writes a fixed-width table with single rules all round; its
// header row repeats on every page, and no row splits across pages.
func writeTable(b *strings.Builder, t *Table) {
	total := Twips(0)
	for _, w := range t.Widths {
		total += w
	}
	b.WriteString(`<w:tbl><w:tblPr>`)
	fmt.Fprintf(b, `<w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>`, total)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/>`)
	b.WriteString(`<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, w := range t.Widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, row := range t.Rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if i == 0 {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		for j, w := range t.Widths {
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`, w)
			text := ""
			if j < len(row) {
				text = row[j]
			}
			align := "left"
			if i == 0 || (j < len(t.Center) && t.Center[j]) {
				align = "center"
			}
			writePara(b, Paragraph{Style: t.Style, Align: align, NoIndent: true, Runs: []Run{{Text: text}}})
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}
