package pdf

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/app/report"
	"taizhang/assets"

	"taizhang/internal/fakeledger"
	"taizhang/internal/tooltest"
)

// oddText holds what units paste: an emoji from WeChat, a rare name
// character outside the BMP, one outside GB2312 and a symbol.
const oddText = "点赞👍，经办人𪚥燊，已完成✅。"

func oddSummary(t testing.TB) *report.SummaryData {
	p, d := seedPlan(t)
	rets := fakeledger.Returns(p, d, p.DefaultPeriod(), 7)
	rets[0].Text = oddText
	rets[1].Remark = "备注𪚥"
	return report.Summary(p, d, "", rets, testNow)
}

// pdfText writes the layout as a PDF and reads its text layer back.
func pdfText(t *testing.T, l *Layout) string {
	t.Helper()
	tooltest.Program(t, "pdftotext", "poppler-utils")
	path := filepath.Join(t.TempDir(), "x.pdf")
	var buf bytes.Buffer
	must(t, RenderPDF(&buf, l, testNow))
	must(t, os.WriteFile(path, buf.Bytes(), 0o644))
	out, err := exec.Command("pdftotext", path, "-").Output()
	must(t, err)
	return string(out)
}

func TestAnyCharacterExports(t *testing.T) {
	s := oddSummary(t)
	var buf bytes.Buffer
	must(t, report.WriteSummaryXLSX(&buf, s))
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	found := false
	rows, err := f.GetRows(report.SheetSummary)
	must(t, err)
	for _, r := range rows {
		found = found || strings.Contains(strings.Join(r, ""), oddText)
	}
	if !found {
		t.Error("the workbook lost characters of the return")
	}
	must(t, WriteSummaryPDF(&bytes.Buffer{}, s))
	for _, r := range "👍𪚥燊✅" {
		if !strings.ContainsRune(s.Notice, r) {
			t.Errorf("the notice does not name %c: %s", r, s.Notice)
		}
	}
	l, err := LayoutSummary(s)
	must(t, err)
	text := pdfText(t, l)
	// The bundled font draws the rest; the others print as 〓.
	if !strings.Contains(strings.Join(strings.Fields(text), ""), "点赞〓，经办人〓〓，已完成〓。") {
		i := strings.Index(text, "点赞")
		t.Errorf("pdftotext does not find the return with substitutes: %q", text[max(i, 0):max(i, 0)+80])
	}
}

// TestFallbackFontDraws: a system font fills in what the bundled subset
// lacks; only characters no font has become 〓.
func TestFallbackFontDraws(t *testing.T) {
	const droid = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	tooltest.File(t, droid, "fonts-droid-fallback")
	fs, err := loadFonts(systemFonts{Fallback: []string{droid, "/no/such/font.ttf"}})
	must(t, err)
	if len(fs.faces) != 3 {
		t.Fatalf("%d faces loaded", len(fs.faces))
	}
	l := layoutWith(oddSummary(t), fs)
	for _, r := range "燊" {
		if strings.ContainsRune(l.Notice, r) {
			t.Errorf("%c is drawn by the fallback yet named: %s", r, l.Notice)
		}
	}
	if !strings.ContainsRune(l.Notice, '👍') || !strings.ContainsRune(l.Notice, '𪚥') {
		t.Errorf("characters outside the BMP must be replaced: %s", l.Notice)
	}
	text := pdfText(t, l)
	if !strings.Contains(text, "燊") {
		t.Error("pdftotext does not find 燊 drawn by the fallback font")
	}
}

// makeCollection joins single fonts into a TrueType collection.
func makeCollection(fonts ...[]byte) []byte {
	head := 12 + 4*len(fonts)
	out := make([]byte, head)
	copy(out, "ttcf")
	binary.BigEndian.PutUint32(out[4:], 0x00010000)
	binary.BigEndian.PutUint32(out[8:], uint32(len(fonts)))
	for i, f := range fonts {
		binary.BigEndian.PutUint32(out[12+4*i:], uint32(len(out)))
		n := int(binary.BigEndian.Uint16(f[4:]))
		dir := append([]byte{}, f[:12+16*n]...)
		base := len(out) + len(dir)
		for k := 0; k < n; k++ {
			rec := dir[12+16*k:]
			off := binary.BigEndian.Uint32(rec[8:])
			binary.BigEndian.PutUint32(rec[8:], off-uint32(12+16*n)+uint32(base))
		}
		out = append(append(out, dir...), f[12+16*n:]...)
	}
	return out
}

func TestCollectionFace(t *testing.T) {
	ttc := makeCollection(assets.FontRegular, assets.FontBold)
	for i, want := range [][]byte{assets.FontRegular, assets.FontBold} {
		got, err := collectionFace(ttc, i)
		must(t, err)
		m, err := newFaceMetrics(got)
		must(t, err)
		w, err := newFaceMetrics(want)
		must(t, err)
		for _, r := range "政务公开A1，" {
			if m.lookup(r) != w.lookup(r) || !m.has(r) {
				t.Errorf("face %d: %c measures %v, want %v", i, r, m.lookup(r), w.lookup(r))
			}
		}
		if !isTrueType(got) {
			t.Errorf("face %d is not TrueType", i)
		}
	}
	if _, err := collectionFace(ttc, 2); err == nil {
		t.Error("a third face of two gives no error")
	}
	// A collection on disk is used through its first face.
	path := filepath.Join(t.TempDir(), "simsun.ttc")
	must(t, os.WriteFile(path, ttc, 0o644))
	fs, err := loadFonts(systemFonts{Body: path})
	must(t, err)
	if len(fs.body) != 2 || fs.body[0].name != path {
		t.Errorf("body chain %d faces", len(fs.body))
	}
}

func FuzzCollectionFace(f *testing.F) {
	ttc := makeCollection(assets.FontBold[:4096], assets.FontBold[:2048])
	f.Add(ttc[:600], 0)
	f.Add([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"), 0)
	f.Fuzz(func(t *testing.T, data []byte, i int) {
		if out, err := collectionFace(data, i); err == nil && len(out) < 12 {
			t.Errorf("%d bytes out", len(out))
		}
	})
}

// TestUnusableSystemFont: a system font the PDF writer cannot embed (a
// CFF-outline face, which it refuses) leaves the bundled fonts to print
// with, not a failure.
func TestUnusableSystemFont(t *testing.T) {
	ttc, err := os.ReadFile(tooltest.File(t, "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk"))
	must(t, err)
	cff, err := collectionFace(ttc, 2)
	must(t, err)
	fs, err := loadFonts(systemFonts{})
	must(t, err)
	f, err := fs.add("cff", cff)
	must(t, err)
	fs.body = append(chain{f}, fs.body...)
	s := oddSummary(t)
	if err := RenderPDF(&bytes.Buffer{}, layoutWith(s, fs), testNow); err == nil {
		t.Fatal("the PDF writer took a CFF font: this test no longer tests the fallback")
	}
	var buf bytes.Buffer
	must(t, writeSummaryPDF(&buf, s, fs))
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) || buf.Len() < 10000 {
		t.Errorf("no PDF after the fallback (%d bytes)", buf.Len())
	}
}
