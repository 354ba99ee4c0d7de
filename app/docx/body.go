package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// bodyParser walks a document or footer part token by token. It keeps what
// a reader sees: paragraph text, table cells, automatic numbers; it skips
// deleted text, field instructions and the duplicate fallback copies of
// drawings.
type bodyParser struct {
	d       *xml.Decoder
	f       *File
	num     *numbering
	footers map[string]string // footer type → relationship id
}

// skipped are elements whose content is not the document's reading text.
var skipped = map[string]bool{
	"Fallback": true, "drawing": true, "pict": true, "object": true,
	"del": true, "moveFrom": true, "instrText": true, "delText": true,
	"footnoteReference": true, "endnoteReference": true, "commentReference": true,
}

func parseBody(data []byte, f *File, num *numbering) (map[string]string, error) {
	bp := &bodyParser{d: xml.NewDecoder(bytes.NewReader(data)), f: f, num: num, footers: map[string]string{}}
	for {
		tok, err := bp.d.Token()
		if err == io.EOF {
			return bp.footers, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case se.Name.Local == "p":
			p, err := bp.para()
			if err != nil {
				return nil, err
			}
			f.Body = append(f.Body, Block{Para: p})
		case se.Name.Local == "tbl":
			rows, err := bp.table()
			if err != nil {
				return nil, err
			}
			f.Body = append(f.Body, Block{Table: rows})
		case se.Name.Local == "sectPr":
			if err := bp.sectPr(&se); err != nil {
				return nil, err
			}
		case skipped[se.Name.Local]:
			if err := bp.d.Skip(); err != nil {
				return nil, err
			}
		}
	}
}

type xmlParaPr struct {
	PStyle *xmlVal   `xml:"pStyle"`
	Jc     *xmlVal   `xml:"jc"`
	NumPr  *xmlNumPr `xml:"numPr"`
}

// para reads a paragraph after its start tag, up to its end tag.
func (bp *bodyParser) para() (*Para, error) {
	p := &Para{}
	var text strings.Builder
	var numPr *xmlNumPr
	firstRun := true
	for depth := 0; ; {
		tok, err := bp.d.Token()
		if err != nil {
			return nil, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if depth == 0 {
				p.Text = text.String()
				p.Label = bp.label(p.Style, numPr)
				return p, nil
			}
			depth--
		case xml.StartElement:
			switch name := t.Name.Local; {
			case name == "pPr" && depth == 0:
				var pp xmlParaPr
				if err := bp.d.DecodeElement(&pp, &t); err != nil {
					return nil, err
				}
				if pp.PStyle != nil {
					p.Style = pp.PStyle.Val
				}
				if pp.Jc != nil {
					p.Align = pp.Jc.Val
				}
				numPr = pp.NumPr
			case name == "rPr" && firstRun:
				var rp xmlRPr
				if err := bp.d.DecodeElement(&rp, &t); err != nil {
					return nil, err
				}
				p.Font, p.Size, _ = rp.props()
				firstRun = false
			case name == "t":
				var s string
				if err := bp.d.DecodeElement(&s, &t); err != nil {
					return nil, err
				}
				text.WriteString(s)
				firstRun = false
			case name == "tab":
				text.WriteByte('\t')
				depth++
			case name == "br" || name == "cr":
				text.WriteByte('\n')
				depth++
			case name == "noBreakHyphen":
				text.WriteByte('-')
				depth++
			case skipped[name] || name == "rPr" || name == "pPr":
				if err := bp.d.Skip(); err != nil {
					return nil, err
				}
			default:
				depth++
			}
		}
	}
}

func unexpectedEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

type cell struct {
	text      string
	span      int
	continued bool // vertically merged with the cell above
}

type xmlTcPr struct {
	GridSpan *xmlVal `xml:"gridSpan"`
	VMerge   *xmlVal `xml:"vMerge"`
}

// table reads a table after its start tag into a grid of text. A cell
// spanning columns fills its first column and leaves the others empty; a
// cell merged from above repeats the text of the cell it continues, as a
// reader of the printed table sees it.
func (bp *bodyParser) table() ([][]string, error) {
	var rows [][]string
	for depth := 0; ; {
		tok, err := bp.d.Token()
		if err != nil {
			return nil, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if depth == 0 {
				return rows, nil
			}
			depth--
		case xml.StartElement:
			switch t.Name.Local {
			case "tr":
				cells, before, err := bp.row()
				if err != nil {
					return nil, err
				}
				rows = append(rows, place(cells, before, rows))
			case "tblPr", "tblGrid", "tblPrEx":
				if err := bp.d.Skip(); err != nil {
					return nil, err
				}
			default:
				depth++
			}
		}
	}
}

func place(cells []cell, before int, above [][]string) []string {
	row := make([]string, before)
	for _, c := range cells {
		col := len(row)
		if c.continued && len(above) > 0 && col < len(above[len(above)-1]) {
			c.text = above[len(above)-1][col]
		}
		row = append(row, c.text)
		for i := 1; i < c.span; i++ {
			row = append(row, "")
		}
	}
	return row
}

func (bp *bodyParser) row() (cells []cell, before int, err error) {
	for depth := 0; ; {
		tok, err := bp.d.Token()
		if err != nil {
			return nil, 0, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if depth == 0 {
				return cells, before, nil
			}
			depth--
		case xml.StartElement:
			switch t.Name.Local {
			case "trPr":
				var tp struct {
					GridBefore *xmlVal `xml:"gridBefore"`
				}
				if err := bp.d.DecodeElement(&tp, &t); err != nil {
					return nil, 0, err
				}
				if tp.GridBefore != nil {
					before = min(atoi(tp.GridBefore.Val), 64)
				}
			case "tc":
				c, err := bp.cell()
				if err != nil {
					return nil, 0, err
				}
				cells = append(cells, c)
			default:
				depth++
			}
		}
	}
}

func (bp *bodyParser) cell() (cell, error) {
	c := cell{span: 1}
	var lines []string
	for depth := 0; ; {
		tok, err := bp.d.Token()
		if err != nil {
			return c, unexpectedEOF(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if depth == 0 {
				c.text = strings.Join(lines, "\n")
				return c, nil
			}
			depth--
		case xml.StartElement:
			switch t.Name.Local {
			case "tcPr":
				var tp xmlTcPr
				if err := bp.d.DecodeElement(&tp, &t); err != nil {
					return c, err
				}
				if tp.GridSpan != nil {
					// A span is bounded so a hostile file cannot ask for
					// millions of empty columns.
					c.span = max(1, min(atoi(tp.GridSpan.Val), 64))
				}
				c.continued = tp.VMerge != nil && tp.VMerge.Val != "restart"
			case "p":
				p, err := bp.para()
				if err != nil {
					return c, err
				}
				lines = append(lines, p.Label+p.Text)
			case "tbl":
				rows, err := bp.table()
				if err != nil {
					return c, err
				}
				for _, r := range rows {
					lines = append(lines, strings.Join(r, " "))
				}
			default:
				if skipped[t.Name.Local] {
					if err := bp.d.Skip(); err != nil {
						return c, err
					}
					continue
				}
				depth++
			}
		}
	}
}

type xmlSectPr struct {
	Footers []struct {
		Type string `xml:"type,attr"`
		ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
	} `xml:"footerReference"`
	PgSz struct {
		W string `xml:"w,attr"`
		H string `xml:"h,attr"`
	} `xml:"pgSz"`
	PgMar struct {
		Top    string `xml:"top,attr"`
		Bottom string `xml:"bottom,attr"`
		Left   string `xml:"left,attr"`
		Right  string `xml:"right,attr"`
		Header string `xml:"header,attr"`
		Footer string `xml:"footer,attr"`
	} `xml:"pgMar"`
	DocGrid struct {
		LinePitch string `xml:"linePitch,attr"`
		CharSpace string `xml:"charSpace,attr"`
	} `xml:"docGrid"`
}

// sectPr reads the section properties of the body: the last section's
// page is the document's page.
func (bp *bodyParser) sectPr(se *xml.StartElement) error {
	var s xmlSectPr
	if err := bp.d.DecodeElement(&s, se); err != nil {
		return err
	}
	m := s.PgMar
	bp.f.Page = Page{
		Width: Twips(atoi(s.PgSz.W)), Height: Twips(atoi(s.PgSz.H)),
		Top: Twips(atoi(m.Top)), Bottom: Twips(atoi(m.Bottom)), Left: Twips(atoi(m.Left)), Right: Twips(atoi(m.Right)),
		Header: Twips(atoi(m.Header)), Footer: Twips(atoi(m.Footer)),
	}
	bp.f.LinePitch, bp.f.CharSpace = atoi(s.DocGrid.LinePitch), atoi(s.DocGrid.CharSpace)
	for _, fr := range s.Footers {
		typ := fr.Type
		if typ == "" {
			typ = "default"
		}
		bp.footers[typ] = fr.ID
	}
	return nil
}
