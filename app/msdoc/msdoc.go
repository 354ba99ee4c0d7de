// Package msdoc reads the text of a Word 97-2003 document (.doc): the
// WordDocument stream's piece table (the CLX in the table stream) gives the
// main text in document order. Tables come out as text: each cell ends a
// line, as each paragraph does. Formatting, headers, footnotes and pictures
// are not read.
package msdoc

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"

	"github.com/richardlehane/mscfb"
	"golang.org/x/text/encoding/charmap"

	"taizhang/app/ole"
)

// Errors returned by Text wrap one of these; test with errors.Is.
var (
	ErrNotDoc    = errors.New("not a Word 97-2003 document")
	ErrOldFormat = errors.New("Word 6.0/95 or older document")
	ErrEncrypted = errors.New("document is encrypted (password protected)")
	ErrDamaged   = errors.New("document is damaged or truncated")
)

var oleSignature = ole.Signature

// Text returns the main document text with one line per paragraph and per
// table cell (lines end with \n).
func Text(data []byte) (string, error) {
	if !bytes.HasPrefix(data, oleSignature) {
		return "", fmt.Errorf("no OLE signature: %w", ErrNotDoc)
	}
	streams, err := openOLE(data)
	if err != nil {
		return "", err
	}
	if streams["encryptioninfo"] != nil || streams["encryptedpackage"] != nil {
		return "", fmt.Errorf("encrypted OOXML package: %w", ErrEncrypted)
	}
	wd := streams["worddocument"]
	if wd == nil {
		return "", fmt.Errorf("no WordDocument stream: %w", ErrNotDoc)
	}
	main, err := readStream(wd, len(data))
	if err != nil {
		return "", err
	}
	f, err := parseFIB(main)
	if err != nil {
		return "", err
	}
	name := "0table"
	if f.table1 {
		name = "1table"
	}
	ts := streams[name]
	if ts == nil {
		return "", fmt.Errorf("no %s stream: %w", name, ErrDamaged)
	}
	table, err := readStream(ts, len(data))
	if err != nil {
		return "", err
	}
	raw, err := pieceText(main, table, f)
	if err != nil {
		return "", err
	}
	return clean(raw), nil
}

// openOLE and readStream read the container through app/ole; its damage
// is this package's ErrDamaged too.
func openOLE(data []byte) (map[string]*mscfb.File, error) {
	streams, err := ole.Streams(data)
	return streams, damaged(err)
}

func readStream(f *mscfb.File, fileSize int) ([]byte, error) {
	buf, err := ole.ReadStream(f, fileSize)
	return buf, damaged(err)
}

func damaged(err error) error {
	if errors.Is(err, ole.ErrDamaged) {
		return fmt.Errorf("%w: %w", err, ErrDamaged)
	}
	return err
}

// fib is what the text needs from the File Information Block.
type fib struct {
	table1        bool   // the table stream is 1Table, not 0Table
	ccpText       uint32 // characters of the main document
	fcClx, lcbClx uint32
}

func parseFIB(b []byte) (fib, error) {
	var f fib
	le := binary.LittleEndian
	if len(b) < 34 {
		return f, fmt.Errorf("WordDocument stream of %d bytes: %w", len(b), ErrDamaged)
	}
	if le.Uint16(b) != 0xA5EC {
		return f, fmt.Errorf("FIB identifier %#x: %w", le.Uint16(b), ErrDamaged)
	}
	if nFib := le.Uint16(b[2:]); nFib < 0x00C1 {
		return f, fmt.Errorf("nFib %#x: %w", nFib, ErrOldFormat)
	}
	flags := le.Uint16(b[0x0A:])
	if flags&0x0100 != 0 { // fEncrypted (fObfuscated with it means XOR)
		return f, fmt.Errorf("fEncrypted set: %w", ErrEncrypted)
	}
	f.table1 = flags&0x0200 != 0
	// The FIB's parts have lengths written before them (csw, cslw,
	// cbRgFcLcb), so each is found from the one before.
	pos := 32
	csw := int(le.Uint16(b[pos:]))
	pos += 2 + csw*2
	if pos+2 > len(b) {
		return f, fmt.Errorf("FIB cut short: %w", ErrDamaged)
	}
	cslw := int(le.Uint16(b[pos:]))
	lw := pos + 2
	pos = lw + cslw*4
	if cslw < 4 || pos+2 > len(b) {
		return f, fmt.Errorf("FibRgLw of %d longs: %w", cslw, ErrDamaged)
	}
	f.ccpText = le.Uint32(b[lw+3*4:])
	pairs := int(le.Uint16(b[pos:]))
	rg := pos + 2
	const clx = 33 // fcClx is the 34th fc/lcb pair of FibRgFcLcb97
	if pairs <= clx || rg+(clx+1)*8 > len(b) {
		return f, fmt.Errorf("FibRgFcLcb of %d pairs: %w", pairs, ErrDamaged)
	}
	f.fcClx = le.Uint32(b[rg+clx*8:])
	f.lcbClx = le.Uint32(b[rg+clx*8+4:])
	return f, nil
}

// pieceText joins the pieces of the main document, in CP order.
func pieceText(main, table []byte, f fib) (string, error) {
	le := binary.LittleEndian
	end := uint64(f.fcClx) + uint64(f.lcbClx)
	if f.lcbClx == 0 || end > uint64(len(table)) {
		return "", fmt.Errorf("CLX at %d+%d outside a %d-byte table stream: %w", f.fcClx, f.lcbClx, len(table), ErrDamaged)
	}
	clx := table[f.fcClx:end]
	var plc []byte
	for pos := 0; pos < len(clx) && plc == nil; {
		switch clx[pos] {
		case 0x01: // Prc: property modifiers, skipped
			if pos+3 > len(clx) {
				return "", fmt.Errorf("Prc cut short: %w", ErrDamaged)
			}
			pos += 3 + int(int16(le.Uint16(clx[pos+1:])))
		case 0x02: // Pcdt: the piece table
			if pos+5 > len(clx) {
				return "", fmt.Errorf("Pcdt cut short: %w", ErrDamaged)
			}
			n := uint64(le.Uint32(clx[pos+1:]))
			if uint64(pos+5)+n > uint64(len(clx)) {
				return "", fmt.Errorf("PlcPcd of %d bytes: %w", n, ErrDamaged)
			}
			plc = clx[pos+5 : pos+5+int(n)]
		default:
			return "", fmt.Errorf("CLX entry %#x: %w", clx[pos], ErrDamaged)
		}
	}
	if len(plc) < 16 || (len(plc)-4)%12 != 0 {
		return "", fmt.Errorf("PlcPcd of %d bytes: %w", len(plc), ErrDamaged)
	}
	n := (len(plc) - 4) / 12
	var out strings.Builder
	for i := 0; i < n; i++ {
		cpStart, cpEnd := le.Uint32(plc[i*4:]), le.Uint32(plc[(i+1)*4:])
		if cpStart >= f.ccpText {
			break // what follows is footnotes, headers and the like
		}
		cpEnd = min(cpEnd, f.ccpText)
		if cpEnd < cpStart {
			return "", fmt.Errorf("piece %d runs backwards: %w", i, ErrDamaged)
		}
		pcd := plc[(n+1)*4+i*8:]
		fc := le.Uint32(pcd[2:])
		count := uint64(cpEnd - cpStart)
		if fc&0x40000000 != 0 {
			// Compressed: one byte per character in code page 1252.
			at := uint64(fc&0x3FFFFFFF) / 2
			if at+count > uint64(len(main)) {
				return "", fmt.Errorf("piece %d outside the stream: %w", i, ErrDamaged)
			}
			s, _ := charmap.Windows1252.NewDecoder().Bytes(main[at : at+count])
			out.Write(s)
			continue
		}
		at := uint64(fc)
		if at+2*count > uint64(len(main)) {
			return "", fmt.Errorf("piece %d outside the stream: %w", i, ErrDamaged)
		}
		u := make([]uint16, count)
		for j := range u {
			u[j] = le.Uint16(main[at+2*uint64(j):])
		}
		out.WriteString(string(utf16.Decode(u)))
	}
	return out.String(), nil
}

// clean turns Word's control characters into text: paragraph, cell and
// row marks end lines; a field shows its result, not its instruction;
// pictures and other anchors disappear.
func clean(s string) string {
	var b strings.Builder
	type field struct{ showing bool }
	var fields []field
	for _, r := range s {
		switch r {
		case 0x13: // field begin: the instruction follows
			fields = append(fields, field{})
			continue
		case 0x14: // field separator: the result follows
			if len(fields) > 0 {
				fields[len(fields)-1].showing = true
			}
			continue
		case 0x15: // field end
			if len(fields) > 0 {
				fields = fields[:len(fields)-1]
			}
			continue
		}
		if len(fields) > 0 && !fields[len(fields)-1].showing {
			continue
		}
		switch {
		case r == '\r' || r == 0x07 || r == 0x0B || r == 0x0C || r == 0x0E:
			b.WriteByte('\n')
		case r == 0x1E:
			b.WriteByte('-')
		case r == '\t':
			b.WriteByte('\t')
		case r < 0x20:
			// 0x01 picture, 0x08 drawn object, 0x02 footnote mark, 0x1F optional hyphen…
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
