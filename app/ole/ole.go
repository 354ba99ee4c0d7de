// Package ole reads the streams of an OLE2 compound file (the container of
// .xls and .doc files) through github.com/richardlehane/mscfb, treating every
// length and offset in the file as untrusted.
package ole

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/richardlehane/mscfb"
)

// Signature starts every compound file.
var Signature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// ErrDamaged: the container or a stream in it is malformed or cut short.
var ErrDamaged = errors.New("compound file is damaged or truncated")

// Streams lists the root-level streams by lower-case name. Streams in
// sub-storages are left out: a Word file may embed a workbook there, and
// that must not make it look like a workbook. mscfb indexes its own
// structures from file contents, so a panic on a malformed file becomes
// ErrDamaged.
func Streams(data []byte) (out map[string]*mscfb.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("compound file: %v: %w", r, ErrDamaged)
		}
	}()
	doc, err := mscfb.New(bytes.NewReader(padToSector(data)))
	if err != nil {
		return nil, fmt.Errorf("compound file: %v: %w", err, ErrDamaged)
	}
	out = map[string]*mscfb.File{}
	for _, f := range doc.File {
		if len(f.Path) == 0 && !f.FileInfo().IsDir() {
			out[strings.ToLower(f.Name)] = f
		}
	}
	return out, nil
}

// padToSector completes a file whose last sector is cut short with zeros.
// Some programs write compound files without padding the last sector, or
// with its unused tail trimmed; Excel and LibreOffice open them, and every
// stream read from them is still checked for what it must hold.
func padToSector(data []byte) []byte {
	size := 512
	if len(data) >= 32 && binary.LittleEndian.Uint16(data[30:]) == 12 {
		size = 4096
	}
	if rem := len(data) % size; rem != 0 {
		data = append(data[:len(data):len(data)], make([]byte, size-rem)...)
	}
	return data
}

// ReadStream reads a whole stream. Its size comes from the directory entry,
// so it is checked against the size of the file before anything is
// allocated: a stream cannot hold more bytes than the file it lives in.
func ReadStream(f *mscfb.File, fileSize int) (buf []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			buf, err = nil, fmt.Errorf("reading %s stream: %v: %w", f.Name, r, ErrDamaged)
		}
	}()
	if f.Size <= 0 || f.Size > int64(fileSize) {
		return nil, fmt.Errorf("%s stream size %d invalid for a %d-byte file: %w", f.Name, f.Size, fileSize, ErrDamaged)
	}
	buf = make([]byte, f.Size)
	// Read in moderate chunks: mscfb plans each Read as a list of sectors,
	// and one huge Read makes that planning quadratic.
	const chunk = 64 << 10
	for n := 0; n < len(buf); {
		m, err := f.Read(buf[n:min(n+chunk, len(buf))])
		n += m
		if n == len(buf) {
			break
		}
		if err != nil || m == 0 {
			if err == nil || err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("reading %s stream at %d of %d: %v: %w", f.Name, n, len(buf), err, ErrDamaged)
		}
	}
	return buf, nil
}
