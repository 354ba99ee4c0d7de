package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// Windows keeps several of its Chinese fonts as TrueType collections
// (simsun.ttc, msyh.ttc); the PDF writer takes one face. collectionFace
// copies face i out of a collection into a font file of its own.

var errBadFont = errors.New("字体文件已损坏")

func isCollection(data []byte) bool { return len(data) >= 12 && string(data[:4]) == "ttcf" }

// isTrueType reports whether a single-face font has TrueType outlines.
func isTrueType(data []byte) bool {
	return len(data) >= 4 && (binary.BigEndian.Uint32(data) == 0x00010000 || string(data[:4]) == "true")
}

type tableRecord struct {
	tag              [4]byte
	sum, off, length uint32
}

// collectionFace returns face i of a TrueType collection as a single font.
func collectionFace(data []byte, i int) ([]byte, error) {
	if !isCollection(data) {
		return nil, errBadFont
	}
	n := int(binary.BigEndian.Uint32(data[8:]))
	if i < 0 || i >= n || 12+4*(i+1) > len(data) {
		return nil, fmt.Errorf("字体集中没有第 %d 个字体：%w", i+1, errBadFont)
	}
	at := int(binary.BigEndian.Uint32(data[12+4*i:]))
	if at < 0 || at+12 > len(data) {
		return nil, errBadFont
	}
	version := binary.BigEndian.Uint32(data[at:])
	count := int(binary.BigEndian.Uint16(data[at+4:]))
	if at+12+16*count > len(data) {
		return nil, errBadFont
	}
	tables := make([]tableRecord, count)
	for k := range tables {
		p := data[at+12+16*k:]
		t := &tables[k]
		copy(t.tag[:], p[:4])
		t.sum, t.off, t.length = binary.BigEndian.Uint32(p[4:]), binary.BigEndian.Uint32(p[8:]), binary.BigEndian.Uint32(p[12:])
		if uint64(t.off)+uint64(t.length) > uint64(len(data)) {
			return nil, errBadFont
		}
	}
	return singleFont(data, version, tables), nil
}

// singleFont writes a font file of the given tables, each copied from
// data and placed on a four-byte boundary, records sorted by tag.
func singleFont(data []byte, version uint32, tables []tableRecord) []byte {
	sort.Slice(tables, func(a, b int) bool { return string(tables[a].tag[:]) < string(tables[b].tag[:]) })
	n := len(tables)
	head := 12 + 16*n
	size := head
	for _, t := range tables {
		size += int(t.length+3) &^ 3
	}
	out := make([]byte, head, size)
	binary.BigEndian.PutUint32(out, version)
	binary.BigEndian.PutUint16(out[4:], uint16(n))
	pow, log := 1, 0
	for pow*2 <= n {
		pow, log = pow*2, log+1
	}
	binary.BigEndian.PutUint16(out[6:], uint16(pow*16))
	binary.BigEndian.PutUint16(out[8:], uint16(log))
	binary.BigEndian.PutUint16(out[10:], uint16(n*16-pow*16))
	for k, t := range tables {
		rec := out[12+16*k:]
		copy(rec, t.tag[:])
		binary.BigEndian.PutUint32(rec[4:], t.sum)
		binary.BigEndian.PutUint32(rec[8:], uint32(len(out)))
		binary.BigEndian.PutUint32(rec[12:], t.length)
		out = append(out, data[t.off:t.off+t.length]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}
