package sheet

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"golang.org/x/net/html/charset"
)

// readSpreadsheetML reads an Excel 2003 XML Spreadsheet
// (<?mso-application progid="Excel.Sheet"?>), whatever its file name: the
// format older programs and OA systems export as .xls. Cells are placed by
// ss:Index and the spans of ss:MergeAcross and ss:MergeDown; a cell's text
// is all the text of its <Data> (rich text included), line breaks kept.
func readSpreadsheetML(data []byte) (*Book, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charset.NewReaderLabel
	book := &Book{Format: "xmlss"}
	var (
		b      *gridBuilder
		name   string
		colPos int // the column the next <Column> describes
		hidden []bool
		cell   *xmlssCell
		text   strings.Builder
		inData int
		inOpts bool
		inVis  bool
		sheetH bool
		seenWB bool
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, refuse(Damaged, "Excel 2003 XML 表格不完整或已损坏", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Workbook":
				seenWB = true
			case "Worksheet":
				b, name, hidden, sheetH, colPos = newGridBuilder(false), attr(t, "Name"), nil, false, 0
			case "Column":
				if b == nil {
					continue
				}
				first := colPos
				if i := intAttr(t, "Index", 0) - 1; i >= 0 {
					first = i
				}
				last := first + intAttr(t, "Span", 0)
				colPos = last + 1
				if isTrue(attr(t, "Hidden")) {
					hidden = markHidden(hidden, first, last, maxHiddenCols)
				}
			case "Row":
				if b == nil {
					continue
				}
				b.nextRow(intAttr(t, "Index", 0) - 1)
				if isTrue(attr(t, "Hidden")) {
					b.hideRow()
				}
			case "Cell":
				if b == nil {
					continue
				}
				cell = &xmlssCell{at: intAttr(t, "Index", 0) - 1, across: intAttr(t, "MergeAcross", 0), down: intAttr(t, "MergeDown", 0)}
				text.Reset()
			case "Data":
				if cell != nil {
					inData++
					cell.typ = attr(t, "Type")
				}
			case "WorksheetOptions":
				inOpts = true
			case "Visible":
				inVis = inOpts
			default:
				if inData > 0 {
					inData++ // rich text inside <Data>: <B>, <Font>…
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "Cell":
				if cell != nil && b != nil {
					if err := b.cell(xmlssText(text.String(), cell.typ), cell.at, cell.across, cell.down); err != nil {
						return nil, err
					}
				}
				cell, inData = nil, 0
			case "Worksheet":
				if b != nil {
					g := b.grid(name)
					g.HiddenCols, g.Hidden = hidden, sheetH
					book.Sheets = append(book.Sheets, g)
				}
				b = nil
			case "WorksheetOptions":
				inOpts = false
			case "Visible":
				inVis = false
			default:
				if inData > 0 {
					inData--
				}
			}
		case xml.CharData:
			switch {
			case inData > 0:
				text.Write(t)
			case inVis:
				sheetH = strings.Contains(string(t), "Hidden")
			}
		}
	}
	if !seenWB || len(book.Sheets) == 0 {
		return nil, refuse(Damaged, "Excel 2003 XML 表格中没有工作表", nil)
	}
	return book, nil
}

type xmlssCell struct {
	at, across, down int
	typ              string
}

// xmlssText is a cell's text as Excel shows it: numbers without a trailing
// ".0", dates without a midnight time, booleans as TRUE and FALSE.
func xmlssText(s, typ string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	switch typ {
	case "Number":
		if f, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil {
			return strconv.FormatFloat(f, 'f', -1, 64)
		}
	case "DateTime":
		return strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), ".000"), "T00:00:00")
	case "Boolean":
		switch strings.TrimSpace(s) {
		case "1":
			return "TRUE"
		case "0":
			return "FALSE"
		}
	}
	return s
}

// attr reads an attribute by its local name, whatever its prefix (ss:Index
// and a bare Index alike).
func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func intAttr(t xml.StartElement, local string, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(attr(t, local)))
	if err != nil || n < 0 || n > 1<<20 {
		return def
	}
	return n
}

func isTrue(v string) bool { return v == "1" || strings.EqualFold(v, "true") }
