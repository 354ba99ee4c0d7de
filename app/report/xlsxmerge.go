package report

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/xuri/excelize/v2"
)

// mergeSet holds each sheet's merged ranges (A5:A9) for writeMerged to put
// into the saved workbook itself. excelize checks every merged range
// against all the others when it saves, which took a 10,000-task summary
// (40,000 ranges) ten seconds; the program's ranges never overlap, so
// they are written as they are.
type mergeSet map[string][]string

// bookPatch is what writeMerged adds to a saved workbook: the merged
// ranges by sheet, and the changes to its charts in the order they were
// added (xl/charts/chart1.xml first).
type bookPatch struct {
	merges mergeSet
	charts []chartPatch
}

func newBookPatch() *bookPatch { return &bookPatch{merges: mergeSet{}} }

// writeMerged saves f to w with the merged ranges added to their sheets
// and the charts patched; every other part is copied unchanged.
func writeMerged(f *excelize.File, book *bookPatch, w io.Writer) error {
	merges := book.merges
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return err
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		return err
	}
	parts, err := sheetParts(zr)
	if err != nil {
		return err
	}
	byPart := map[string][]string{}
	for name, refs := range merges {
		p, ok := parts[name]
		if !ok {
			return fmt.Errorf("工作表“%s”不在工作簿中", name)
		}
		byPart[p] = refs
	}
	zw := zip.NewWriter(w)
	// The rewritten sheets are compressed for speed: the parts excelize
	// compressed are copied as they are.
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	charts := map[string]chartPatch{}
	for i, c := range book.charts {
		charts[fmt.Sprintf("xl/charts/chart%d.xml", i+1)] = c
	}
	for _, zf := range zr.File {
		refs := byPart[zf.Name]
		chart, isChart := charts[zf.Name]
		if len(refs) == 0 && !isChart {
			if err := zw.Copy(zf); err != nil {
				return err
			}
			continue
		}
		data, err := readPart(zf)
		if err != nil {
			return err
		}
		out, err := zw.Create(zf.Name)
		if err != nil {
			return err
		}
		if isChart {
			data = chart.apply(data)
		} else {
			data = withMerges(data, refs)
		}
		if _, err := out.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

func readPart(zf *zip.File) ([]byte, error) {
	rc, err := zf.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// sheetParts maps each sheet's name to its part in the package, from the
// workbook and its relationships.
func sheetParts(zr *zip.Reader) (map[string]string, error) {
	read := func(name string) ([]byte, error) {
		for _, zf := range zr.File {
			if zf.Name == name {
				return readPart(zf)
			}
		}
		return nil, fmt.Errorf("工作簿缺少 %s", name)
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	for name, v := range map[string]any{"xl/workbook.xml": &wb, "xl/_rels/workbook.xml.rels": &rels} {
		data, err := read(name)
		if err != nil {
			return nil, err
		}
		if err := xml.Unmarshal(data, v); err != nil {
			return nil, err
		}
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		targets[r.ID] = t
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		out[s.Name] = targets[s.RID]
	}
	return out, nil
}

// afterMerges are the worksheet elements that follow mergeCells in the
// schema's order: the ranges go before the first of them present.
var afterMerges = []string{"<phoneticPr", "<conditionalFormatting", "<dataValidations", "<hyperlinks", "<printOptions",
	"<pageMargins", "<pageSetup", "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches",
	"<ignoredErrors", "<smartTags", "<drawing", "<legacyDrawing", "<picture", "<oleObjects", "<controls", "<webPublishItems",
	"<tableParts", "<extLst", "</worksheet>"}

// withMerges puts a mergeCells element with refs into a worksheet's XML.
func withMerges(sheet []byte, refs []string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<mergeCells count="%d">`, len(refs))
	for _, r := range refs {
		b.WriteString(`<mergeCell ref="` + r + `"/>`)
	}
	b.WriteString(`</mergeCells>`)
	end := bytes.Index(sheet, []byte("</sheetData>"))
	at := -1
	for _, tag := range afterMerges {
		if i := bytes.Index(sheet[max(end, 0):], []byte(tag)); i >= 0 {
			at = max(end, 0) + i
			break
		}
	}
	if at < 0 {
		return sheet
	}
	out := make([]byte, 0, len(sheet)+b.Len())
	out = append(out, sheet[:at]...)
	out = append(out, b.Bytes()...)
	return append(out, sheet[at:]...)
}
