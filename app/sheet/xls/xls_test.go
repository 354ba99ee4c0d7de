package xls

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"taizhang/internal/fixture"
)

// longxian is a real return saved as .xls: 龙仙镇's.
func longxian(tb testing.TB) string { return fixture.Path(tb, "fixtures/returns/龙仙镇.xls") }

func readFile(t testing.TB, path string) []Sheet {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sheets, err := Read(data)
	if err != nil {
		t.Fatalf("Read(%s): %v", path, err)
	}
	return sheets
}

// cell returns the text at (r, c), or "" where the ragged grid has none.
func cell(sh Sheet, r, c int) string {
	if r < len(sh.Rows) && c < len(sh.Rows[r]) {
		return sh.Rows[r][c]
	}
	return ""
}

func TestFixture(t *testing.T) {
	sheets := readFile(t, longxian(t))
	if len(sheets) != 1 || sheets[0].Name != "Sheet1" {
		t.Fatalf("sheets = %d, first %q; want one named Sheet1", len(sheets), sheets[0].Name)
	}
	sh := sheets[0]
	if got := cell(sh, 0, 0); got != "翁源县2018年政务公开工作要点落实情况表" {
		t.Errorf("title = %q", got)
	}
	if got := cell(sh, 1, 0); !strings.Contains(got, "填报单位") || !strings.Contains(got, "龙仙镇人民政府") {
		t.Errorf("unit cell = %q", got)
	}
	header := []string{"序号", "工作任务", "具体要求", "牵头落实单位", "落实情况", "完成状态", "存在问题", "下一步工作计划", "佐证材料", "备注"}
	if !reflect.DeepEqual(sh.Rows[2], header) {
		t.Errorf("header row = %q", sh.Rows[2])
	}
	// 序号 column: numbers without ".0", in file order (items are skipped).
	var nums []string
	for r := 3; r < len(sh.Rows); r++ {
		nums = append(nums, cell(sh, r, 0))
	}
	if len(nums) != 32 || nums[0] != "1" || nums[1] != "2" || nums[4] != "6" || nums[31] != "55" {
		t.Errorf("序号 column = %q", nums)
	}
	for _, n := range nums {
		if strings.Contains(n, ".") {
			t.Errorf("number rendered as %q", n)
		}
	}
	if got := cell(sh, 3, 4); got != "龙仙镇按要求推进第1项工作，建立了工作台账，明确专人负责。" {
		t.Errorf("落实情况 of item 1 = %q", got)
	}
	if got := cell(sh, 3, 8); got != "http://www.wengyuan.gov.cn/zwgk/" {
		t.Errorf("佐证材料 of item 1 = %q", got)
	}
	if want := []Merge{{Top: 0, Left: 0, Bottom: 0, Right: 9}}; !reflect.DeepEqual(sh.Merges, want) {
		t.Errorf("merges = %v, want %v", sh.Merges, want)
	}
	if testing.Verbose() {
		for r, row := range sh.Rows {
			t.Logf("%d: %q", r, row)
		}
	}
}

// cells.xls was written by LibreOffice from testdata/gen.py.
func TestCellKinds(t *testing.T) {
	sheets := readFile(t, "testdata/cells.xls")
	if len(sheets) != 2 || sheets[0].Name != "数据" || sheets[1].Name != "第二页" {
		t.Fatalf("sheets = %v", sheets)
	}
	want := [][]string{
		{"标题（合并）", "", "", "右"},
		{"整数", "8", "-3", "1234567"},
		{"小数", "1.5", "0.1", "3.25"},
		{"公式", "16", "你好世界", "TRUE", "#DIV/0!"},
		{"日期", "2018-07-05", "2018-07-05 13:45", "12:30", "2019-12-31"},
		{"空格", "", "", "跳过两格"},
		{"纵向合并", "甲"},
		{"", "乙"},
		{"求和", "1234572", "1.6"},
	}
	if got := sheets[0].Rows; !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
	wantMerges := []Merge{{0, 0, 0, 2}, {6, 0, 7, 0}}
	if got := sheets[0].Merges; !reflect.DeepEqual(got, wantMerges) {
		t.Errorf("merges = %v, want %v", got, wantMerges)
	}
	if got := sheets[1].Rows; !reflect.DeepEqual(got, [][]string{{"只有一格"}}) {
		t.Errorf("second sheet = %q", got)
	}
}

// sst.xls has a shared string table spread over several records, with strings
// (ASCII, Chinese, rich text) cut at CONTINUE boundaries.
func TestLongSharedStrings(t *testing.T) {
	sheets := readFile(t, "testdata/sst.xls")
	if len(sheets) != 1 || sheets[0].Name != "长文本" {
		t.Fatalf("sheets = %v", len(sheets))
	}
	sh := sheets[0]
	var ascii, cjk strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&ascii, "%05d,", i)
	}
	for i := 0; i < 1500; i++ {
		fmt.Fprintf(&cjk, "落实情况第%d项", i)
	}
	mixed := strings.Repeat("A", 3000) + "中" + strings.Repeat("B", 3000)
	for i, want := range []string{ascii.String(), cjk.String(), mixed} {
		if got := cell(sh, i, 0); got != want {
			t.Errorf("long string %d: got %d runes, want %d", i, len([]rune(got)), len([]rune(want)))
		}
	}
	if len(sh.Rows) != 403 {
		t.Fatalf("rows = %d, want 403", len(sh.Rows))
	}
	for i := 0; i < 400; i++ {
		want := fmt.Sprintf("龙仙镇第%d项工作，已按要求推进。", i)
		if i%7 == 0 {
			want = fmt.Sprintf("单位%d：已完成", i)
		}
		if got := sh.Rows[3+i]; len(got) != 2 || got[0] != fmt.Sprint(i) || got[1] != want {
			t.Fatalf("row %d = %q, want [%d %q]", 3+i, got, i, want)
		}
	}
}

// Files from other writers that government web systems use.
func TestOtherWriters(t *testing.T) {
	// xlwt: MULRK rows, dates via custom formats, its own SST splitting,
	// rich text.
	sheets := readFile(t, "testdata/xlwt.xls")
	sh := sheets[0]
	if len(sheets) != 1 || sh.Name != "填报" {
		t.Fatalf("xlwt sheets = %d, %q", len(sheets), sh.Name)
	}
	if want := []Merge{{0, 0, 0, 3}}; !reflect.DeepEqual(sh.Merges, want) {
		t.Errorf("xlwt merges = %v", sh.Merges)
	}
	for _, tc := range []struct {
		r, c int
		want string
	}{
		{0, 0, "翁源县政务公开落实情况表"}, {1, 1, "落实情况"},
		{2, 0, "1"}, {2, 1, "第1项：龙仙镇按要求推进，建立了工作台账，明确专人负责。"}, {2, 2, "2018-07-06"}, {2, 3, "100.5"},
		{201, 0, "200"}, {201, 2, "2019-01-21"}, {201, 3, "20100"},
		{202, 0, strings.Repeat("长", 5000)},
		{203, 0, "2018-07-05 08:30:15"},
		{204, 0, "普通加粗结尾"},
		{205, 0, "TRUE"},
		{205, 1, ""}, // xlwt stores no formula result
	} {
		if got := cell(sh, tc.r, tc.c); got != tc.want {
			t.Errorf("xlwt (%d,%d) = %.40q, want %.40q", tc.r, tc.c, got, tc.want)
		}
	}

	// SheetJS: LABEL records instead of shared strings, and a Workbook
	// stream small enough to live in the OLE mini stream.
	sheets = readFile(t, "testdata/sheetjs.xls")
	if len(sheets) != 2 || sheets[0].Name != "汇总" || sheets[1].Name != "Sheet2" {
		t.Fatalf("sheetjs sheets = %v", sheets)
	}
	want := [][]string{
		{"单位", "数量", "比例", "完成"},
		{"龙仙镇人民政府", "8", "0.25", "TRUE"},
		{"县财政局", "12", "1.5", "FALSE"},
		{"合计"},
	}
	if !reflect.DeepEqual(sheets[0].Rows, want) || !reflect.DeepEqual(sheets[0].Merges, []Merge{{3, 0, 3, 3}}) {
		t.Errorf("sheetjs = %q %v", sheets[0].Rows, sheets[0].Merges)
	}
}

func TestDate1904(t *testing.T) {
	sheets := readFile(t, "testdata/date1904.xls")
	if got := sheets[0].Rows; !reflect.DeepEqual(got, [][]string{{"2018-07-05", "1"}}) {
		t.Errorf("rows = %q", got)
	}
}

// recordsWorkbook is a synthetic workbook with records the converters at
// hand do not write; TestRecords lists what it should read as.
func recordsWorkbook() []byte {
	// SST: a string with phonetic data, a rich string whose runs cross a
	// CONTINUE, a string that switches from 8-bit to UTF-16 at a CONTINUE,
	// and a string that starts a CONTINUE (no flag byte then).
	sst := [][]byte{
		rec(recSST, uint32(4), uint32(4),
			int(3), uint8(0x04), uint32(6), "abc", []byte{1, 2, 3, 4, 5, 6},
			int(2), uint8(0x08), int(2), "xy", []byte{0, 0, 1, 0}),
		rec(recContinue, []byte{2, 0, 3, 0}, // rest of the runs, no flag byte
			int(4), uint8(0), "ab"),
		rec(recContinue, uint8(1), wide("中文")),
		rec(recContinue, xlStr("第四")),
	}
	globals := append([][]byte{
		rec(recDateMode, int(0)),
		rec(recFormat, int(164), xlStr(`yyyy"年"m"月"d"日"`)),
		rec(recFormat, int(165), xlStr(`0.00"m"`)),
		rec(recXF, int(0), int(0), make([]byte, 16)),   // 0: General
		rec(recXF, int(0), int(164), make([]byte, 16)), // 1: custom date
		rec(recXF, int(0), int(165), make([]byte, 16)), // 2: number with quoted m
		rec(recXF, int(0), int(14), make([]byte, 16)),  // 3: built-in date
	}, sst...)
	sheet := testSheet{name: "Sheet1", recs: [][]byte{
		rec(recLabelSST, int(0), int(0), int(0), uint32(0)),
		rec(recLabelSST, int(0), int(1), int(0), uint32(1)),
		rec(recLabelSST, int(0), int(2), int(0), uint32(2)),
		rec(recLabelSST, int(0), int(3), int(0), uint32(3)),
		rec(recLabel, int(1), int(0), int(0), xlStr("标签")),
		rec(recRString, int(1), int(1), int(0), xlStr("rich"), int(1), []byte{0, 0, 1, 0}),
		rec(recBoolErr, int(1), int(2), int(0), uint8(1), uint8(0)),
		rec(recBoolErr, int(1), int(3), int(0), uint8(0x2A), uint8(1)),
		// MULRK: integer 8, 1.5 as float RK, 1234 / 100, a date.
		rec(recMulRK, int(2), int(0),
			int(0), uint32(8<<2|2),
			int(0), uint32(0x3FF80000),
			int(0), uint32(1234<<2|3),
			int(3), uint32(43286<<2|2),
			int(3)),
		rec(recRK, int(3), int(0), int(1), uint32(43286<<2|2)),
		rec(recNumber, int(3), int(1), int(2), 2.5),
		rec(recNumber, int(3), int(2), int(0), 0.1+0.2),
		// FORMULA results: string (from STRING, past a SHRFMLA), boolean,
		// error, empty string, number.
		rec(recFormula, int(4), int(0), int(0), []byte{0, 0, 0, 0, 0, 0, 0xFF, 0xFF}, int(0), uint32(0)),
		rec(0x04BC, make([]byte, 10)),
		rec(recString, xlStr("公式文本")),
		rec(recFormula, int(4), int(1), int(0), []byte{1, 0, 1, 0, 0, 0, 0xFF, 0xFF}, int(0), uint32(0)),
		rec(recFormula, int(4), int(2), int(0), []byte{2, 0, 7, 0, 0, 0, 0xFF, 0xFF}, int(0), uint32(0)),
		rec(recFormula, int(4), int(3), int(0), []byte{3, 0, 0, 0, 0, 0, 0xFF, 0xFF}, int(0), uint32(0)),
		rec(recFormula, int(4), int(4), int(0), 42.0, int(0), uint32(0)),
		// A string FORMULA whose STRING never comes must not capture the
		// next STRING.
		rec(recFormula, int(5), int(0), int(0), []byte{0, 0, 0, 0, 0, 0, 0xFF, 0xFF}, int(0), uint32(0)),
		rec(recBlank, int(5), int(1), int(0)),
		rec(recString, xlStr("stray")),
		// A chart embedded in the sheet is a nested substream.
		rec(recBOF, uint16(biff8Version), uint16(0x0020), make([]byte, 12)),
		rec(recNumber, int(6), int(0), int(0), 99.0),
		rec(recEOF),
		// Cells outside Excel's grid are ignored.
		rec(recNumber, int(6), int(20000), int(0), 1.0),
		rec(recMergeCells, int(3), int(0), int(1), int(0), int(1), int(5), int(4), int(0), int(0), int(2), int(2), int(0), int(20000)),
	}}
	chart := testSheet{name: "Chart1", dt: 2, recs: [][]byte{rec(recNumber, int(0), int(0), int(0), 1.0)}}
	second := testSheet{name: "空", recs: nil}
	return xlsFile(makeWorkbook(globals, sheet, chart, second))
}

func TestRecords(t *testing.T) {
	sheets, err := Read(recordsWorkbook())
	if err != nil {
		t.Fatal(err)
	}
	if len(sheets) != 2 || sheets[0].Name != "Sheet1" || sheets[1].Name != "空" {
		t.Fatalf("sheets = %+v", sheets)
	}
	want := [][]string{
		{"abc", "xy", "ab中文", "第四"},
		{"标签", "rich", "TRUE", "#N/A"},
		{"8", "1.5", "12.34", "2018-07-05"},
		{"2018-07-05", "2.5", "0.3"},
		{"公式文本", "TRUE", "#DIV/0!", "", "42"},
	}
	if got := sheets[0].Rows; !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n got %q\nwant %q", got, want)
	}
	// The inverted range is dropped, the one past column 16383 clipped.
	if got := sheets[0].Merges; !reflect.DeepEqual(got, []Merge{{0, 0, 1, 1}, {2, 0, 2, maxCols - 1}}) {
		t.Errorf("merges = %v", got)
	}
	if sheets[1].Rows != nil {
		t.Errorf("empty sheet rows = %q", sheets[1].Rows)
	}
}

// wantErr checks that err wraps sentinel and is not a recovered panic.
func wantErr(t *testing.T, name string, err, sentinel error) {
	t.Helper()
	var pe *panicError
	switch {
	case errors.As(err, &pe):
		t.Errorf("%s: panic: %v\n%s", name, pe.val, pe.stack)
	case !errors.Is(err, sentinel):
		t.Errorf("%s: error = %v, want %v", name, err, sentinel)
	}
}

func TestNotAWorkbook(t *testing.T) {
	junk := make([]byte, 4096)
	for i := range junk {
		junk[i] = byte(i*7 + i>>3)
	}
	oleJunk := append(append([]byte(nil), oleSignature...), junk...)
	word := buildOLE("WordDocument", []byte("word"), "1Table", []byte("table"))
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrDamaged},
		{"cut signature", oleSignature[:3], ErrDamaged},
		{"garbage", junk, ErrNotWorkbook},
		{"zip", []byte("PK\x03\x04rest of an xlsx"), ErrNotWorkbook},
		{"html", []byte("\xef\xbb\xbf<html><table><tr><td>1</td></tr></table></html>"), ErrNotWorkbook},
		{"ole garbage", oleJunk, ErrDamaged},
		{"ole header only", oleSignature, ErrDamaged},
		{"word", word, ErrWordDocument},
		{"encrypted ooxml", buildOLE("EncryptionInfo", []byte{4, 0, 4, 0}, "EncryptedPackage", []byte("x")), ErrEncrypted},
		{"other ole", buildOLE("Contents", []byte("x")), ErrNotWorkbook},
		{"no streams", buildOLE(), ErrNotWorkbook},
	} {
		_, err := Read(tc.data)
		wantErr(t, tc.name, err, tc.want)
	}
}

func TestMalformedWorkbook(t *testing.T) {
	ok := testSheet{name: "S", recs: [][]byte{rec(recNumber, int(0), int(0), int(0), 1.0)}}
	biff4 := makeWorkbook(nil, ok)
	biff4[4] = 0x00 // BOF version 0x0600 -> 0x0400
	biff4[5] = 0x04
	// Forged offsets that make every sheet re-read one big substream
	// would cost time quadratic in the file size.
	overlapping := make([]testSheet, 5)
	for i := range overlapping {
		overlapping[i] = testSheet{name: fmt.Sprint(i)}
	}
	for i := 0; i < 1000; i++ {
		overlapping[0].recs = append(overlapping[0].recs, rec(recBlank, int(i), int(0), int(0)))
	}
	overlap := makeWorkbook(nil, overlapping...)
	// Point every BOUNDSHEET at the first sheet's substream.
	first := -1
	for i := 0; i+4 <= len(overlap); {
		typ := int(overlap[i]) | int(overlap[i+1])<<8
		n := int(overlap[i+2]) | int(overlap[i+3])<<8
		if typ == recBoundSheet {
			if first < 0 {
				first = int(overlap[i+4]) | int(overlap[i+5])<<8
			}
			overlap[i+4], overlap[i+5], overlap[i+6], overlap[i+7] = byte(first), byte(first>>8), 0, 0
		}
		i += 4 + n
	}
	for _, tc := range []struct {
		name string
		wb   []byte
		want error
	}{
		{"filepass", makeWorkbook([][]byte{rec(recFilePass, int(1), make([]byte, 52))}, ok), ErrEncrypted},
		{"BIFF8 BOF of an unknown version", biff4, ErrDamaged},
		{"no BOF", rec(recEOF), ErrDamaged},
		{"globals without EOF", makeWorkbook(nil, ok)[:20], ErrDamaged},
		{"record past end", append(makeWorkbook(nil)[:20], 0x0A, 0, 0xFF, 0x7F), ErrDamaged},
		{"bad shared string", makeWorkbook(nil, testSheet{name: "S", recs: [][]byte{rec(recLabelSST, int(0), int(0), int(0), uint32(3))}}), ErrDamaged},
		{"short cell record", makeWorkbook(nil, testSheet{name: "S", recs: [][]byte{rec(recNumber, int(0), int(0))}}), ErrDamaged},
		{"sheet offset outside", makeWorkbook([][]byte{rec(recBoundSheet, uint32(1<<30), uint8(0), uint8(0), uint8(1), uint8(0), "x")}), ErrDamaged},
		{"overlapping sheets", overlap, ErrDamaged},
	} {
		// Wrapping in OLE zero-pads the stream, so cut streams run into
		// zero records: these must still end in an error, not a loop.
		_, err := Read(xlsFile(tc.wb))
		wantErr(t, tc.name, err, tc.want)
	}
}

func TestLimits(t *testing.T) {
	// Cells far apart: few records, but a huge grid.
	var far [][]byte
	for r := 0; r < 300; r++ {
		far = append(far, rec(recNumber, int(r), int(maxCols-1), int(0), 1.0))
	}
	// Many cells.
	var many [][]byte
	cols := 256
	for r := 0; r*cols <= maxCells; r++ {
		parts := []any{int(r), int(0)}
		for c := 0; c < cols; c++ {
			parts = append(parts, int(0), uint32(c<<2|2))
		}
		many = append(many, rec(recMulRK, append(parts, int(cols-1))...))
	}
	// Much text: one 60,000-byte shared string, referenced many times.
	sst := rec(recSST, uint32(1), uint32(1), int(60000), uint8(0), strings.Repeat("x", 60000))
	var text [][]byte
	for r := 0; r*60000 <= maxTextBytes; r++ {
		text = append(text, rec(recLabelSST, int(r), int(0), int(0), uint32(0)))
	}
	for _, tc := range []struct {
		name string
		wb   []byte
	}{
		{"grid", makeWorkbook(nil, testSheet{name: "S", recs: far})},
		{"cells", makeWorkbook(nil, testSheet{name: "S", recs: many})},
		{"text", makeWorkbook([][]byte{sst}, testSheet{name: "S", recs: text})},
	} {
		_, err := Read(xlsFile(tc.wb))
		wantErr(t, tc.name, err, ErrTooLarge)
	}
}

// Every cut of the fixture either fails cleanly or, when only unused
// trailing sectors were lost, reads exactly like the whole file.
func TestTruncated(t *testing.T) {
	full, err := os.ReadFile(longxian(t))
	if err != nil {
		t.Fatal(err)
	}
	want, err := Read(full)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(full); n += 37 {
		got, err := Read(full[:n])
		if err == nil {
			if !reflect.DeepEqual(got, want) {
				t.Errorf("cut at %d: read without error but differs", n)
			}
			continue
		}
		wantErr(t, fmt.Sprintf("cut at %d", n), err, ErrDamaged)
	}
	// Cut the Workbook stream itself, inside an intact container.
	stream, err := workbookStream(full)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(stream); n += 13 {
		got, err := Read(xlsFile(stream[:n]))
		if err == nil {
			if !reflect.DeepEqual(got, want) {
				t.Errorf("stream cut at %d: read without error but differs", n)
			}
			continue
		}
		wantErr(t, fmt.Sprintf("stream cut at %d", n), err, ErrDamaged)
	}
}

func TestRK(t *testing.T) {
	for rk, want := range map[uint32]float64{
		8<<2 | 2:           8,
		1234<<2 | 3:        12.34,
		0x3FF00000:         1,
		0x3FF00000 | 1:     0.01,
		0xFFFFFFFC | 2:     -1,
		uint32(0x405EC000): 123,
	} {
		if got := rkValue(rk); got != want {
			t.Errorf("rkValue(%#x) = %v, want %v", rk, got, want)
		}
	}
}

func fuzzSeeds(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.xls")
	for _, p := range append(paths, longxian(f)) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(recordsWorkbook())
	f.Add(buildOLE("WordDocument", []byte("word")))
	f.Add(buildOLE("Book", excel95()))
}

func FuzzRead(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		sheets, err := Read(data)
		var pe *panicError
		if errors.As(err, &pe) {
			t.Fatalf("panic: %v\n%s", pe.val, pe.stack)
		}
		if err != nil {
			for _, s := range []error{ErrEncrypted, ErrNotWorkbook, ErrWordDocument, ErrDamaged, ErrTooLarge, ErrOldVersion} {
				if errors.Is(err, s) {
					return
				}
			}
			t.Fatalf("error wraps no sentinel: %v", err)
		}
		for _, sh := range sheets {
			if len(sh.Rows) > maxRows {
				t.Fatalf("%d rows", len(sh.Rows))
			}
			for _, row := range sh.Rows {
				if len(row) > maxCols {
					t.Fatalf("%d columns", len(row))
				}
			}
		}
	})
}

// FuzzWorkbookStream mutates the BIFF records directly, past the OLE layer
// that absorbs most of FuzzRead's mutations. No recover here: a panic in
// the parser fails the fuzz run outright.
func FuzzWorkbookStream(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.xls")
	for _, p := range append(paths, longxian(f)) {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		s, err := workbookStream(data)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(s)
	}
	s, _ := workbookStream(recordsWorkbook())
	f.Add(s)
	f.Add(excel95())
	f.Fuzz(func(t *testing.T, stream []byte) {
		_, err := parseWorkbook(stream)
		if err != nil && !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrEncrypted) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("unexpected error: %v", err)
		}
	})
}

// A compound file whose last sector was written short (its unused tail
// trimmed, as some programs do and Excel and LibreOffice accept) reads like
// the whole file.
func TestLastSectorShort(t *testing.T) {
	full, err := os.ReadFile(longxian(t))
	if err != nil {
		t.Fatal(err)
	}
	want, err := Read(full)
	if err != nil {
		t.Fatal(err)
	}
	short := bytes.TrimRight(full, "\x00")
	if len(short) == len(full) || len(short)%512 == 0 {
		t.Skip("the fixture's last sector has no zero tail to trim")
	}
	got, err := Read(short)
	if err != nil {
		t.Fatalf("refused with %d bytes of %d: %v", len(short), len(full), err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("reads differently")
	}
}
