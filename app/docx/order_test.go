package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"testing"
)

// WordprocessingML sequences fix their children's order, and Word offers to
// repair a file that breaks it. These are the schema's orders for the
// elements the writer emits (ECMA-376 Part 1, the CT_ types named).
var schemaOrder = map[string][]string{
	"pPr":        {"pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"},
	"rPr":        {"rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"},
	"sectPr":     {"headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings"},
	"style":      {"name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"},
	"settings":   {"writeProtection", "view", "zoom", "removePersonalInformation", "proofState", "documentProtection", "defaultTabStop", "autoHyphenation", "characterSpacingControl", "evenAndOddHeaders", "compat", "rsids", "themeFontLang"},
	"font":       {"altName", "panose1", "charset", "family", "notTrueType", "pitch", "sig"},
	"tblPr":      {"tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"},
	"tcPr":       {"cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"},
	"tblBorders": {"top", "left", "start", "bottom", "right", "end", "insideH", "insideV"},
	"tbl":        {"bookmarkStart", "tblPr", "tblGrid", "tr"},
	"r":          {"rPr", "t", "br", "tab", "fldChar", "instrText"},
}

func TestSchemaOrder(t *testing.T) {
	data, err := Bytes(sample())
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		rc, _ := f.Open()
		checkOrder(t, f.Name, rc)
		rc.Close()
	}
}

// checkOrder walks a part and checks, for every element with a known
// order, that its children's positions in that order never go back. (A run
// may repeat its content elements, so "r" only checks rPr comes first.)
func checkOrder(t *testing.T, part string, r io.Reader) {
	d := xml.NewDecoder(r)
	type open struct {
		name string
		last int
	}
	var stack []open
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", part, err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if n := len(stack); n > 0 {
				parent := &stack[n-1]
				if order, ok := schemaOrder[parent.name]; ok {
					pos := indexOf(order, e.Name.Local)
					switch {
					case pos < 0:
						t.Errorf("%s: <%s> not expected in <%s>", part, e.Name.Local, parent.name)
					case parent.name == "r" && pos == 0 && parent.last > 0,
						parent.name != "r" && pos < parent.last:
						t.Errorf("%s: <%s> out of order in <%s>", part, e.Name.Local, parent.name)
					}
					parent.last = max(parent.last, pos)
				}
			}
			stack = append(stack, open{name: e.Name.Local})
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
