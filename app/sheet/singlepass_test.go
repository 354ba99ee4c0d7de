package sheet

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"taizhang/internal/fixture"
)

// The single-pass reader reads every real return exactly as excelize's row
// iterator did: same sheets, same cells, same text.
func TestSinglePassReadsAsExcelize(t *testing.T) {
	files := append(fixture.Glob(t, "fixtures/*/*.xlsx"), fixture.Glob(t, "fixtures/*.xlsx")...)
	inputs := map[string][]byte{
		"wps":    buildZip(t, entriesOf(xlsxParts(wpsSheet))),
		"spaces": buildZip(t, entriesOf(xlsxParts(`<worksheet xmlns="`+mainNS+`"><sheetData><row><c t="inlineStr"><is><t xml:space="preserve">  两端空格 </t></is></c><c t="str"><f>A1</f><v>a&#13;&#10;b&#x4E2D;</v></c><c t="inlineStr"><is><t><![CDATA[<不是标签> &amp;]]></t></is></c><c t="inlineStr"><is><t>_x000D_换行_x005F_x</t></is></c></row><row r="3"><c r="C3" t="e"><v>#DIV/0!</v></c><c r="E3"><f>1/0</f></c></row></sheetData></worksheet>`))),
	}
	read := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(f)] = data
	}
	for name, data := range inputs {
		pkg, err := inspectPackage(data)
		if err != nil {
			continue // refused files are refused by both, before either reads
		}
		read++
		fast, err := readXLSX(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		slow, err := readXLSXExcelize(data, pkg)
		if err != nil {
			t.Fatalf("%s: excelize: %v", name, err)
		}
		if len(fast.Sheets) != len(slow.Sheets) {
			t.Fatalf("%s: %d sheets, excelize %d", name, len(fast.Sheets), len(slow.Sheets))
		}
		for i := range fast.Sheets {
			a, b := &fast.Sheets[i], &slow.Sheets[i]
			if a.Name != b.Name || a.Hidden != b.Hidden || !slices.Equal(a.Merges, b.Merges) {
				t.Errorf("%s sheet %d: %q %v, excelize %q %v", name, i, a.Name, a.Hidden, b.Name, b.Hidden)
			}
			rows := max(len(a.Rows), len(b.Rows))
			for r := 0; r < rows; r++ {
				cols := 0
				if r < len(a.Rows) {
					cols = len(a.Rows[r])
				}
				if r < len(b.Rows) {
					cols = max(cols, len(b.Rows[r]))
				}
				for c := 0; c < cols; c++ {
					if a.Cell(r, c) != b.Cell(r, c) {
						t.Errorf("%s %s!%d,%d: %q, excelize %q", name, a.Name, r, c, a.Cell(r, c), b.Cell(r, c))
					}
				}
			}
		}
	}
	if read < len(inputs)/2 {
		t.Fatalf("only %d of %d workbooks read", read, len(inputs))
	}
	if g := mustReadBytes(t, inputs["spaces"]); !strings.Contains(g.Cell(0, 1), "a\r\nb中") || g.Cell(0, 2) != "<不是标签> &amp;" || g.Cell(0, 3) != "\r换行_x" {
		t.Errorf("%q", g.Rows)
	}
}

func mustReadBytes(t *testing.T, data []byte) *Grid {
	t.Helper()
	b, err := Read("a.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	return &b.Sheets[0]
}

// FuzzSinglePassAgrees mutates a sheet and holds the single-pass reader to
// excelize's reading wherever the sheet is orderly (rows and cells in
// increasing order, as every writer stores them): on disorderly sheets
// excelize shifts values left, which is not worth copying.
func FuzzSinglePassAgrees(f *testing.F) {
	f.Add([]byte(wpsSheet))
	f.Add([]byte(`<worksheet xmlns="` + mainNS + `"><sheetData><row><c t="inlineStr"><is><r><t>甲</t></r><rPh><t>jia</t></rPh><r><t xml:space="preserve"> 乙</t></r></is></c><c t="s"><v> 2 </v></c><c t="b"><v>0</v></c><c><f>1+1</f></c></row><row r="5"><c r="B5" t="str"><v>a&amp;b&#10;c</v></c></row></sheetData></worksheet>`))
	f.Fuzz(func(t *testing.T, sheet []byte) {
		if !oneRoot(sheet) {
			return // excelize reads on past the root element; XML ends there
		}
		data := storedZip(t, xlsxParts(string(sheet)))
		pkg, err := inspectPackage(data)
		if err != nil || pkg.foreign || !orderly(pkg) {
			return
		}
		slow, err := readXLSXExcelize(data, pkg)
		if err != nil {
			return // excelize refuses what the scan let through: no reading to compare
		}
		fast, err := readXLSX(data)
		if err != nil {
			t.Fatalf("single pass refused what excelize read: %v", err)
		}
		for i := range fast.Sheets {
			a, b := &fast.Sheets[i], &slow.Sheets[i]
			for r := 0; r < max(len(a.Rows), len(b.Rows)); r++ {
				for c := 0; c < max(rowLen(a, r), rowLen(b, r)); c++ {
					if a.Cell(r, c) != b.Cell(r, c) {
						t.Fatalf("sheet %d cell %d,%d: %q, excelize %q", i, r, c, a.Cell(r, c), b.Cell(r, c))
					}
				}
			}
		}
	})
}

// orderly reports whether every sheet's cells come in increasing order.
func orderly(pkg *xlsxPackage) bool {
	for _, sc := range pkg.scans {
		for i := 1; i < len(sc.cells); i++ {
			p, c := sc.cells[i-1], sc.cells[i]
			if c.row < p.row || (c.row == p.row && c.col <= p.col) {
				return false
			}
		}
	}
	return true
}

func rowLen(g *Grid, r int) int {
	if r < len(g.Rows) {
		return len(g.Rows[r])
	}
	return 0
}

// oneRoot reports whether doc is one element with nothing but white space,
// comments and processing instructions around it.
func oneRoot(doc []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(doc))
	depth, roots := 0, 0
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return roots == 1 && depth == 0
		}
		if err != nil {
			return false
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(tok)) > 0 {
				return false
			}
		}
	}
}
