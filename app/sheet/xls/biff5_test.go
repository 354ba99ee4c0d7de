package xls

import (
	"errors"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func gbk(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// label5 is a BIFF5 LABEL: row, column, XF, 16-bit count, GBK bytes.
func label5(row, col int, s string) []byte {
	b := gbk(s)
	return rec(recLabel, row, col, int(0), uint16(len(b)), b)
}

// makeWorkbook5 assembles an Excel 95 (BIFF7) Book stream: BOFs of
// version 0x0500 and sheet names as code-page bytes with an 8-bit count.
func makeWorkbook5(globals [][]byte, sheets ...testSheet) []byte {
	bof := func(dt uint16) []byte { return rec(recBOF, uint16(biff5Version), dt, make([]byte, 4)) }
	boundsheet := func(pos int, sh testSheet) []byte {
		name := gbk(sh.name)
		return rec(recBoundSheet, uint32(pos), uint8(0), sh.dt, uint8(len(name)), name)
	}
	return assembleWorkbook(bof, boundsheet, globals, sheets)
}

// excel95 is a Chinese Excel 95 workbook: GBK text in the sheet name,
// labels, a custom format and a formula's string result.
func excel95() []byte {
	pctFmt := gbk("0.0%")
	dateFmt := gbk(`yyyy"年"m"月"d"日"`)
	str := gbk("已完成")
	globals := [][]byte{
		rec(recCodePage, uint16(936)),
		rec(recFormat, uint16(164), uint8(len(pctFmt)), pctFmt),
		rec(recFormat, uint16(165), uint8(len(dateFmt)), dateFmt),
		rec(recXF, int(0), int(0), make([]byte, 12)),   // 0: General
		rec(recXF, int(0), int(164), make([]byte, 12)), // 1: percent
		rec(recXF, int(0), int(165), make([]byte, 12)), // 2: 中文 date
		// An SST in a BIFF5 stream is not one: ignored.
		rec(recSST, uint32(1), uint32(1), uint16(1), uint8(0), "x"),
	}
	sheet := testSheet{name: "落实情况", recs: [][]byte{
		label5(0, 0, "填报单位：县财政局"),
		rec(recNumber, int(1), int(0), int(0), 8.0),
		label5(1, 1, "推动县级政府及其部门全面公开财政预决算信息。"),
		rec(recNumber, int(1), int(2), int(1), 0.125),
		rec(recRK, int(1), int(3), int(2), uint32(43286<<2|2)),
		// FORMULA with a string result, then the STRING record.
		rec(recFormula, int(1), int(4), int(0), uint8(0), make([]byte, 5), uint16(0xFFFF), make([]byte, 6)),
		rec(recString, uint16(len(str)), str),
		rec(recRString, int(2), int(0), int(0), uint16(len(gbk("富文本"))), gbk("富文本"), uint8(0)),
	}}
	return makeWorkbook5(globals, sheet)
}

func TestExcel95(t *testing.T) {
	for _, stream := range []string{"Book", "Workbook", "BOOK"} {
		sheets, err := Read(buildOLE(stream, excel95()))
		if err != nil {
			t.Fatalf("%s: %v", stream, err)
		}
		if len(sheets) != 1 || sheets[0].Name != "落实情况" {
			t.Fatalf("%s: sheets %+v", stream, sheets)
		}
		sh := sheets[0]
		for _, c := range []struct {
			r, c int
			want string
		}{{0, 0, "填报单位：县财政局"}, {1, 0, "8"}, {1, 1, "推动县级政府及其部门全面公开财政预决算信息。"},
			{1, 2, "12.5%"}, {1, 3, "2018-07-05"}, {1, 4, "已完成"}, {2, 0, "富文本"}} {
			if got := cell(sh, c.r, c.c); got != c.want {
				t.Errorf("%s: cell %d,%d = %q, want %q", stream, c.r, c.c, got, c.want)
			}
		}
	}
}

// Without a CODEPAGE record the text is read as GBK; a code page that is
// not Chinese is honoured.
func TestExcel95CodePages(t *testing.T) {
	sheet := testSheet{name: "S", recs: [][]byte{label5(0, 0, "县财政局")}}
	sheets, err := Read(buildOLE("Book", makeWorkbook5(nil, sheet)))
	if err != nil || cell(sheets[0], 0, 0) != "县财政局" {
		t.Fatalf("%v %v", sheets, err)
	}
	latin := testSheet{name: "S", recs: [][]byte{rec(recLabel, int(0), int(0), int(0), uint16(4), []byte("caf\xe9"))}}
	sheets, err = Read(buildOLE("Book", makeWorkbook5([][]byte{rec(recCodePage, uint16(1252))}, latin)))
	if err != nil || cell(sheets[0], 0, 0) != "café" {
		t.Fatalf("%v %v", sheets, err)
	}
}

func TestExcel95Malformed(t *testing.T) {
	for name, wb := range map[string][]byte{
		"label past its record": makeWorkbook5(nil, testSheet{name: "S", recs: [][]byte{rec(recLabel, int(0), int(0), int(0), uint16(40), "short")}}),
		"sheet name cut":        makeWorkbook5([][]byte{rec(recBoundSheet, uint32(0), uint8(0), uint8(0), uint8(9), "ab")}),
		"format cut":            makeWorkbook5([][]byte{rec(recFormat, uint16(164), uint8(30), "0%")}),
	} {
		_, err := Read(buildOLE("Book", wb))
		wantErr(t, name, err, ErrDamaged)
	}
}

// Excel 2.1–4.0 files are plain BIFF streams; they are named, not read.
func TestOldVersions(t *testing.T) {
	for typ, want := range map[uint16]string{0x0009: "Excel 2.1", 0x0209: "Excel 3.0", 0x0409: "Excel 4.0"} {
		data := append(rec(typ, uint16(0), uint16(0x0010), uint16(0)), rec(recEOF)...)
		for _, in := range [][]byte{data, buildOLE("Book", data)} {
			_, err := Read(in)
			var old *OldVersionError
			if !errors.As(err, &old) || old.Version != want {
				t.Errorf("BOF 0x%04X: %v, want %s", typ, err, want)
			}
		}
	}
	if v, ok := OldVersion([]byte("\x09\x04hello world")); ok {
		t.Errorf("text read as %s", v)
	}
}

// Records longer than their fixed part, as some writers pad them, read as
// LibreOffice and POI read them: the extra bytes are ignored.
func TestLongerRecords(t *testing.T) {
	sheet := testSheet{name: "S", recs: [][]byte{
		rec(recNumber, int(0), int(0), int(0), 8.0, uint32(0)),
		rec(recRK, int(0), int(1), int(0), uint32(9<<2|2), uint16(0)),
		rec(recLabel, int(0), int(2), int(0), xlStr("已完成"), uint16(0)),
		rec(recBoolErr, int(0), int(3), int(0), uint8(1), uint8(0), uint16(0)),
		rec(recMergeCells, uint16(1), uint16(1), uint16(1), uint16(0), uint16(1), uint32(0)),
	}}
	globals := [][]byte{rec(recDateMode, uint16(0), uint16(0)), rec(recCodePage, uint16(1200), uint16(0))}
	sheets, err := Read(xlsFile(makeWorkbook(globals, sheet)))
	if err != nil {
		t.Fatal(err)
	}
	sh := sheets[0]
	if cell(sh, 0, 0) != "8" || cell(sh, 0, 1) != "9" || cell(sh, 0, 2) != "已完成" || cell(sh, 0, 3) != "TRUE" || len(sh.Merges) != 1 {
		t.Errorf("%q %v", sh.Rows, sh.Merges)
	}
}

// TestExcel95NamelessSheet: Excel 95 may write a sheet without a name, its
// BOUNDSHEET one byte shorter than any named one (Apache POI's 64130.xls is
// such a file). It is read, named as Excel shows it; a hidden one is marked.
func TestExcel95NamelessSheet(t *testing.T) {
	bof := func(dt uint16) []byte { return rec(recBOF, uint16(biff5Version), dt, make([]byte, 4)) }
	boundsheet := func(pos int, sh testSheet) []byte {
		if sh.name == "" {
			return rec(recBoundSheet, uint32(pos), uint8(1), sh.dt, uint8(0))
		}
		name := gbk(sh.name)
		return rec(recBoundSheet, uint32(pos), uint8(0), sh.dt, uint8(len(name)), name)
	}
	wb := assembleWorkbook(bof, boundsheet, nil, []testSheet{
		{name: "", recs: [][]byte{label5(0, 0, "Dawn")}},
		{name: "落实情况", recs: [][]byte{label5(0, 0, "序号")}},
	})
	sheets, err := Read(buildOLE("Book", wb))
	if err != nil {
		t.Fatal(err)
	}
	if len(sheets) != 2 || sheets[0].Name != "Sheet1" || sheets[0].Rows[0][0] != "Dawn" || !sheets[0].Hidden ||
		sheets[1].Name != "落实情况" || sheets[1].Hidden {
		t.Fatalf("%+v", sheets)
	}
}
