package sheet

import (
	"reflect"
	"strings"
	"testing"
)

// Parts Excel itself requires: without them the package is damaged, even
// if a lenient reader could guess.
func TestRequiredPartsMissing(t *testing.T) {
	for name, edit := range map[string]func(p map[string]string){
		"no [Content_Types].xml": func(p map[string]string) { delete(p, "[Content_Types].xml") },
		"no workbook part": func(p map[string]string) {
			delete(p, "xl/workbook.xml")
		},
		"no package relationships": func(p map[string]string) { delete(p, "_rels/.rels") },
		"referenced sharedStrings missing": func(p map[string]string) {
			delete(p, "xl/sharedStrings.xml")
			p["xl/worksheets/sheet1.xml"] = `<worksheet xmlns="` + mainNS + `"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row></sheetData></worksheet>`
		},
	} {
		t.Run(name, func(t *testing.T) {
			parts := xlsxParts(wpsSheet)
			edit(parts)
			_, err := Read("a.xlsx", buildZip(t, entriesOf(parts)))
			if r := reasonOf(t, err); r != Damaged {
				t.Errorf("%v (%v)", r, err)
			}
		})
	}
}

// What LibreOffice and POI open, this opens: optional parts left out,
// part names in another case, Windows separators.
func TestOptionalPartsAndPeerTolerances(t *testing.T) {
	sheet := `<worksheet xmlns="` + mainNS + `"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1"><v>8</v></c></row></sheetData></worksheet>`
	for name, edit := range map[string]func(p map[string]string){
		"no styles": func(p map[string]string) {
			delete(p, "xl/styles.xml")
			p["xl/_rels/workbook.xml.rels"] = strings.Replace(p["xl/_rels/workbook.xml.rels"], `<Relationship Id="rId3" Type="`+relsNS+`/styles" Target="styles.xml"/>`, "", 1)
		},
		"no shared strings, none used": func(p map[string]string) {
			delete(p, "xl/sharedStrings.xml")
			p["xl/_rels/workbook.xml.rels"] = strings.Replace(p["xl/_rels/workbook.xml.rels"], `<Relationship Id="rId2" Type="`+relsNS+`/sharedStrings" Target="sharedStrings.xml"/>`, "", 1)
		},
		"no workbook relationships of styles and strings": func(p map[string]string) {
			delete(p, "xl/styles.xml")
			delete(p, "xl/sharedStrings.xml")
			p["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + relsNS + `/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="` + relsNS + `/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>`
		},
		"relationship names the sheet in another case": func(p map[string]string) {
			p["xl/_rels/workbook.xml.rels"] = strings.Replace(p["xl/_rels/workbook.xml.rels"], `Target="worksheets/sheet1.xml"`, `Target="Worksheets/Sheet1.xml"`, 1)
		},
		"relationship with Windows separators": func(p map[string]string) {
			p["xl/_rels/workbook.xml.rels"] = strings.Replace(p["xl/_rels/workbook.xml.rels"], `Target="worksheets/sheet1.xml"`, `Target="worksheets\sheet1.xml"`, 1)
		},
		"workbook part in another case": func(p map[string]string) {
			p["_rels/.rels"] = strings.Replace(p["_rels/.rels"], `Target="xl/workbook.xml"`, `Target="/XL/Workbook.xml"`, 1)
		},
		"content types in lower case": func(p map[string]string) {
			p["[content_types].xml"] = p["[Content_Types].xml"]
			delete(p, "[Content_Types].xml")
		},
	} {
		parts := xlsxParts(sheet)
		edit(parts)
		b, err := Read("a.xlsx", buildZip(t, entriesOf(parts)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if g := &b.Sheets[0]; g.Cell(0, 0) != "序号" || g.Cell(0, 1) != "8" {
			t.Errorf("%s: %q", name, g.Rows)
		}
	}
}

// Excel's "Strict Open XML" save option uses other namespaces; LibreOffice
// and POI read such a workbook, and so does this.
func TestStrictOpenXML(t *testing.T) {
	parts := xlsxParts(wpsSheet)
	for name, body := range parts {
		body = strings.ReplaceAll(body, relsNS, "http://purl.oclc.org/ooxml/officeDocument/relationships")
		body = strings.ReplaceAll(body, mainNS, "http://purl.oclc.org/ooxml/spreadsheetml/main")
		parts[name] = body
	}
	strict, err := Read("a.xlsx", buildZip(t, entriesOf(parts)))
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Read("a.xlsx", buildZip(t, entriesOf(xlsxParts(wpsSheet))))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(strict.Sheets, plain.Sheets) {
		t.Errorf("strict %q\nplain %q", strict.Sheets[0].Rows, plain.Sheets[0].Rows)
	}
}

// Generators built on the Open XML SDK write every element with a prefix
// (<x:row>, <x:c>); peers read them, and so does this.
func TestPrefixedElements(t *testing.T) {
	sheet := `<x:worksheet xmlns:x="` + mainNS + `"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c><x:c r="C1" s="5"><x:v>0.5</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A2:B3"/></x:mergeCells></x:worksheet>`
	parts := xlsxParts(sheet)
	parts["xl/sharedStrings.xml"] = `<x:sst xmlns:x="` + mainNS + `"><x:si><x:t>落实情况</x:t></x:si></x:sst>`
	g := mustReadBytes(t, buildZip(t, entriesOf(parts)))
	if g.Cell(0, 0) != "序号" || g.Cell(0, 1) != "落实情况" || g.Cell(0, 2) != "50%" || len(g.Merges) != 1 {
		t.Errorf("%q %v", g.Rows, g.Merges)
	}
}
