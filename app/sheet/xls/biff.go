package xls

import (
	"encoding/binary"
	"fmt"
	"unicode/utf16"
)

// BIFF8 record types used here ([MS-XLS] 2.3).
const (
	recFormula     = 0x0006
	recEOF         = 0x000A
	recDateMode    = 0x0022
	recFilePass    = 0x002F
	recContinue    = 0x003C
	recCodePage    = 0x0042
	recBoundSheet  = 0x0085
	recMulRK       = 0x00BD
	recMulBlank    = 0x00BE
	recRString     = 0x00D6
	recXF          = 0x00E0
	recMergeCells  = 0x00E5
	recColInfo     = 0x007D
	recRow         = 0x0208
	recSST         = 0x00FC
	recLabelSST    = 0x00FD
	recBlank       = 0x0201
	recNumber      = 0x0203
	recLabel       = 0x0204
	recBoolErr     = 0x0205
	recString      = 0x0207
	recRK          = 0x027E
	recFormat      = 0x041E
	recBOF         = 0x0809
	biff8Version   = 0x0600
	bofGlobals     = 0x0005
	bofWorksheet   = 0x0010
	sheetTypeWork  = 0x00 // BoundSheet8.dt for a worksheet or dialog sheet
	recHeaderBytes = 4
)

// record is one BIFF record together with the bodies of the CONTINUE
// records that directly follow it: long strings (SST, STRING) are split
// across them, and treating every record this way keeps one code path.
type record struct {
	typ  uint16
	segs [][]byte // segs[0] is the record's own body
}

func (r record) body() []byte { return r.segs[0] }

// recordReader walks the records of the Workbook stream.
type recordReader struct {
	s   []byte
	pos int
}

// next returns the record at pos and advances past it and its CONTINUEs.
func (rr *recordReader) next() (record, error) {
	typ, body, err := rr.raw()
	if err != nil {
		return record{}, err
	}
	rec := record{typ: typ, segs: [][]byte{body}}
	for rr.pos+recHeaderBytes <= len(rr.s) && binary.LittleEndian.Uint16(rr.s[rr.pos:]) == recContinue {
		_, body, err := rr.raw()
		if err != nil {
			return record{}, err
		}
		rec.segs = append(rec.segs, body)
	}
	return rec, nil
}

// raw reads one record header and body without looking at CONTINUEs.
func (rr *recordReader) raw() (uint16, []byte, error) {
	if rr.pos < 0 || rr.pos+recHeaderBytes > len(rr.s) {
		return 0, nil, fmt.Errorf("record header at %d past end of stream (%d bytes): %w", rr.pos, len(rr.s), ErrDamaged)
	}
	typ := binary.LittleEndian.Uint16(rr.s[rr.pos:])
	n := int(binary.LittleEndian.Uint16(rr.s[rr.pos+2:]))
	start := rr.pos + recHeaderBytes
	if start+n > len(rr.s) {
		return 0, nil, fmt.Errorf("record 0x%04X at %d runs past end of stream: %w", typ, rr.pos, ErrDamaged)
	}
	rr.pos = start + n
	return typ, rr.s[start : start+n : start+n], nil
}

// contReader reads a record body that may continue into CONTINUE records.
// Plain fields simply run on into the next segment; string characters are
// special, see chars.
type contReader struct {
	segs [][]byte
	seg  int
	pos  int
}

func newContReader(rec record) *contReader { return &contReader{segs: rec.segs} }

// avail makes the current segment non-exhausted, moving to the next one if
// needed, and reports whether any byte is left at all.
func (c *contReader) avail() bool {
	for c.seg < len(c.segs) && c.pos >= len(c.segs[c.seg]) {
		c.seg++
		c.pos = 0
	}
	return c.seg < len(c.segs)
}

func (c *contReader) u8() (byte, bool) {
	if !c.avail() {
		return 0, false
	}
	b := c.segs[c.seg][c.pos]
	c.pos++
	return b, true
}

func (c *contReader) u16() (uint16, bool) {
	lo, ok1 := c.u8()
	hi, ok2 := c.u8()
	return uint16(lo) | uint16(hi)<<8, ok1 && ok2
}

func (c *contReader) u32() (uint32, bool) {
	lo, ok1 := c.u16()
	hi, ok2 := c.u16()
	return uint32(lo) | uint32(hi)<<16, ok1 && ok2
}

// skip passes over n bytes (rich-text runs, phonetic data) which, unlike
// characters, carry no extra byte at a CONTINUE boundary. It is linear in
// segments, not in n, because n comes from the file.
func (c *contReader) skip(n int) bool {
	for n > 0 {
		if !c.avail() {
			return false
		}
		step := min(n, len(c.segs[c.seg])-c.pos)
		c.pos += step
		n -= step
	}
	return true
}

// chars reads n characters. Each is one byte (compressed: the low byte of a
// UTF-16 unit, i.e. Latin-1) or two (UTF-16LE), as the flag byte says. When
// a string is cut by a CONTINUE record, the continuation starts with a fresh
// flag byte, so the width may change in the middle of a string.
func (c *contReader) chars(n int, wide bool) (string, bool) {
	units := make([]uint16, 0, n) // n is at most 65,535 (a 16-bit count)
	for len(units) < n {
		if c.seg >= len(c.segs) {
			return "", false
		}
		cur := c.segs[c.seg]
		if c.pos >= len(cur) {
			c.seg++
			c.pos = 0
			if c.seg >= len(c.segs) {
				return "", false
			}
			if len(c.segs[c.seg]) == 0 {
				continue // an empty CONTINUE carries no flag byte either
			}
			wide = c.segs[c.seg][0]&0x01 != 0
			c.pos = 1
			continue
		}
		if wide {
			// A character is never split; an odd byte left over means the
			// structure is broken.
			if c.pos+2 > len(cur) {
				return "", false
			}
			units = append(units, binary.LittleEndian.Uint16(cur[c.pos:]))
			c.pos += 2
		} else {
			units = append(units, uint16(cur[c.pos]))
			c.pos++
		}
	}
	return string(utf16.Decode(units)), true
}

// xlString reads a BIFF8 XLUnicodeString body after its character count:
// a flag byte (bit 0: UTF-16), then the characters. Rich-text and phonetic
// bits are honoured too, as RSTRING and some writers set them.
func (c *contReader) xlString(cch int) (string, bool) {
	flags, ok := c.u8()
	if !ok {
		return "", false
	}
	var runs, ext int
	if flags&0x08 != 0 {
		n, ok := c.u16()
		if !ok {
			return "", false
		}
		runs = int(n)
	}
	if flags&0x04 != 0 {
		n, ok := c.u32()
		if !ok {
			return "", false
		}
		ext = int(int32(n))
	}
	s, ok := c.chars(cch, flags&0x01 != 0)
	if !ok {
		return "", false
	}
	// Trailing formatting runs (4 bytes each) and phonetic data are not
	// text; skip them so that the next string starts where it should.
	if ext < 0 || !c.skip(runs*4) || !c.skip(ext) {
		return "", false
	}
	return s, true
}

// parseSST decodes the shared string table. Strings are read until the
// declared count or the end of the data, whichever comes first: some
// writers get the count wrong, and a missing string is caught later when a
// cell refers to it.
func parseSST(rec record, budget *int) ([]string, error) {
	c := newContReader(rec)
	if !c.skip(4) { // cstTotal: references, not needed
		return nil, fmt.Errorf("SST record too short: %w", ErrDamaged)
	}
	unique, ok := c.u32()
	if !ok {
		return nil, fmt.Errorf("SST record too short: %w", ErrDamaged)
	}
	// Do not trust the count for allocation: every string needs at least
	// 3 bytes, which bounds it by the data actually present.
	size := 0
	for _, s := range rec.segs {
		size += len(s)
	}
	hint := size / 3
	if uint64(unique) < uint64(hint) {
		hint = int(unique)
	}
	strs := make([]string, 0, hint)
	for uint32(len(strs)) < unique {
		cch, ok := c.u16()
		if !ok {
			break
		}
		s, ok := c.xlString(int(cch))
		if !ok {
			break
		}
		if *budget -= len(s); *budget < 0 {
			return nil, fmt.Errorf("shared strings exceed %d bytes: %w", maxTextBytes, ErrTooLarge)
		}
		strs = append(strs, s)
	}
	return strs, nil
}
