package xls

import (
	"encoding/binary"
	"math"
	"unicode/utf16"
)

// Builders for synthetic files, so that tests can reach records and error
// paths that no converter at hand produces (FILEPASS, phonetic SST data,
// Word files, ...).

// buildOLE returns a version 3 compound file whose root holds the given
// streams (name, data pairs). Streams are zero-padded to 4096 bytes so they
// live in regular sectors and no mini stream is needed; BIFF parsing stops
// at EOF records, so the padding is never read.
func buildOLE(streams ...any) []byte {
	// Version 3 files have 512-byte sectors; big test streams need
	// version 4 (4096) to stay within the 109 FAT sectors the header lists.
	ss, shift, version := 512, 9, 3
	total := 0
	for i := 1; i < len(streams); i += 2 {
		total += len(streams[i].([]byte))
	}
	if total > 4<<20 {
		ss, shift, version = 4096, 12, 4
	}
	perFAT := ss / 4
	type entry struct {
		name  string
		data  []byte
		start uint32
	}
	var ents []entry
	for i := 0; i+1 < len(streams); i += 2 {
		d := append([]byte(nil), streams[i+1].([]byte)...)
		for len(d) < 4096 || len(d)%ss != 0 {
			d = append(d, 0)
		}
		ents = append(ents, entry{name: streams[i].(string), data: d})
	}
	dirSectors := (len(ents) + 1 + ss/128 - 1) / (ss / 128)
	dataSectors := 0
	for _, e := range ents {
		dataSectors += len(e.data) / ss
	}
	fatSectors := 1
	for (fatSectors+dirSectors+dataSectors+perFAT-1)/perFAT > fatSectors {
		fatSectors++
	}
	total = fatSectors + dirSectors + dataSectors
	fat := make([]uint32, fatSectors*perFAT)
	for i := range fat {
		fat[i] = 0xFFFFFFFF // free
	}
	chain := func(start, n int) {
		for i := 0; i < n; i++ {
			fat[start+i] = uint32(start + i + 1)
		}
		fat[start+n-1] = 0xFFFFFFFE // end of chain
	}
	for i := 0; i < fatSectors; i++ {
		fat[i] = 0xFFFFFFFD // FAT sector
	}
	dirStart := fatSectors
	chain(dirStart, dirSectors)
	next := dirStart + dirSectors
	for i := range ents {
		n := len(ents[i].data) / ss
		ents[i].start = uint32(next)
		chain(next, n)
		next += n
	}

	out := make([]byte, ss*(1+total))
	h := out[:ss]
	copy(h, oleSignature)
	binary.LittleEndian.PutUint16(h[24:], 0x3E) // minor version
	binary.LittleEndian.PutUint16(h[26:], uint16(version))
	binary.LittleEndian.PutUint16(h[28:], 0xFFFE) // byte order
	binary.LittleEndian.PutUint16(h[30:], uint16(shift))
	binary.LittleEndian.PutUint16(h[32:], 6) // mini sector shift
	if version == 4 {
		binary.LittleEndian.PutUint32(h[40:], uint32(dirSectors))
	}
	binary.LittleEndian.PutUint32(h[44:], uint32(fatSectors))
	binary.LittleEndian.PutUint32(h[48:], uint32(dirStart))
	binary.LittleEndian.PutUint32(h[56:], 4096)       // mini stream cutoff
	binary.LittleEndian.PutUint32(h[60:], 0xFFFFFFFE) // no mini FAT
	binary.LittleEndian.PutUint32(h[68:], 0xFFFFFFFE) // no DIFAT sectors
	for i := 0; i < 109; i++ {
		v := uint32(0xFFFFFFFF)
		if i < fatSectors {
			v = uint32(i)
		}
		binary.LittleEndian.PutUint32(h[76+4*i:], v)
	}
	sector := func(n int) []byte { return out[ss*(n+1) : ss*(n+2)] }
	for i, v := range fat {
		binary.LittleEndian.PutUint32(sector(i / perFAT)[4*(i%perFAT):], v)
	}
	dirEntry := func(i int, name string, typ byte, child, right, start uint32, size int) {
		d := sector(dirStart + i/(ss/128))[128*(i%(ss/128)):]
		u := utf16.Encode([]rune(name))
		for j, c := range u {
			binary.LittleEndian.PutUint16(d[2*j:], c)
		}
		binary.LittleEndian.PutUint16(d[64:], uint16(2*len(u)+2))
		d[66], d[67] = typ, 1
		binary.LittleEndian.PutUint32(d[68:], 0xFFFFFFFF) // left
		binary.LittleEndian.PutUint32(d[72:], right)
		binary.LittleEndian.PutUint32(d[76:], child)
		binary.LittleEndian.PutUint32(d[116:], start)
		binary.LittleEndian.PutUint32(d[120:], uint32(size))
	}
	// The directory tree is degenerate (each entry's right sibling is the
	// next), which is valid enough for a reader.
	child := uint32(0xFFFFFFFF)
	if len(ents) > 0 {
		child = 1
	}
	dirEntry(0, "Root Entry", 5, child, 0xFFFFFFFF, 0xFFFFFFFE, 0)
	for i, e := range ents {
		right := uint32(0xFFFFFFFF)
		if i+1 < len(ents) {
			right = uint32(i + 2)
		}
		dirEntry(i+1, e.name, 2, 0xFFFFFFFF, right, e.start, len(e.data))
		copy(out[ss*(int(e.start)+1):], e.data)
	}
	return out
}

// rec encodes one BIFF record from body parts ([]byte, string as
// compressed characters, or fixed-size integers and float64).
func rec(typ uint16, parts ...any) []byte {
	var body []byte
	for _, p := range parts {
		switch v := p.(type) {
		case []byte:
			body = append(body, v...)
		case string:
			body = append(body, v...)
		case uint8:
			body = append(body, v)
		case uint16:
			body = binary.LittleEndian.AppendUint16(body, v)
		case uint32:
			body = binary.LittleEndian.AppendUint32(body, v)
		case int:
			body = binary.LittleEndian.AppendUint16(body, uint16(v))
		case float64:
			body = binary.LittleEndian.AppendUint64(body, math.Float64bits(v))
		default:
			panic("rec: unsupported part")
		}
	}
	out := binary.LittleEndian.AppendUint16(nil, typ)
	out = binary.LittleEndian.AppendUint16(out, uint16(len(body)))
	return append(out, body...)
}

// wide encodes s as UTF-16LE characters.
func wide(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// xlStr encodes a BIFF8 XLUnicodeString (16-bit count, flags, characters),
// choosing UTF-16 only when needed, as Excel does.
func xlStr(s string) []byte {
	u := utf16.Encode([]rune(s))
	b := binary.LittleEndian.AppendUint16(nil, uint16(len(u)))
	for _, c := range u {
		if c > 0xFF {
			return append(append(b, 1), wide(s)...)
		}
	}
	b = append(b, 0)
	for _, c := range u {
		b = append(b, byte(c))
	}
	return b
}

type testSheet struct {
	name string
	dt   byte   // BOUNDSHEET sheet type; 0 = worksheet
	bof  uint16 // substream type in the sheet's BOF; 0 means worksheet
	recs [][]byte
}

// makeWorkbook assembles a BIFF8 Workbook stream from global records
// (besides BOF, BOUNDSHEET and EOF, which it adds) and sheets.
func makeWorkbook(globals [][]byte, sheets ...testSheet) []byte {
	bof := func(dt uint16) []byte { return rec(recBOF, uint16(biff8Version), dt, make([]byte, 12)) }
	boundsheet := func(pos int, sh testSheet) []byte {
		name := xlStr(sh.name)
		// ShortXLUnicodeString has an 8-bit count.
		return rec(recBoundSheet, uint32(pos), uint8(0), sh.dt, uint8(len([]rune(sh.name))), name[2:])
	}
	return assembleWorkbook(bof, boundsheet, globals, sheets)
}

// assembleWorkbook lays out a Workbook stream: the globals substream
// (BOF, globals, a BOUNDSHEET per sheet, EOF) then each sheet's substream,
// with BOF and BOUNDSHEET records as the BIFF version writes them.
func assembleWorkbook(bof func(dt uint16) []byte, boundsheet func(pos int, sh testSheet) []byte, globals [][]byte, sheets []testSheet) []byte {
	var head []byte
	head = append(head, bof(bofGlobals)...)
	for _, g := range globals {
		head = append(head, g...)
	}
	size := len(head) + 4 // + EOF
	for _, sh := range sheets {
		size += len(boundsheet(0, sh))
	}
	var body []byte
	pos := size
	for _, sh := range sheets {
		head = append(head, boundsheet(pos, sh)...)
		typ := sh.bof
		if typ == 0 {
			typ = bofWorksheet
		}
		sub := bof(typ)
		for _, r := range sh.recs {
			sub = append(sub, r...)
		}
		sub = append(sub, rec(recEOF)...)
		body = append(body, sub...)
		pos += len(sub)
	}
	head = append(head, rec(recEOF)...)
	return append(head, body...)
}

// xlsFile wraps a Workbook stream in a compound file.
func xlsFile(workbook []byte) []byte { return buildOLE("Workbook", workbook) }
