// Package zipguard holds the one set of limits every zip-based Office file
// (a workbook, a Word document) is checked against before anything in it
// is inflated: how many entries, how big each and all of them declare to
// be, how far they inflate compared with their packed size, and whether an
// entry is encrypted. archive/zip then fails any entry that inflates past
// its declared size, so the declared sizes can be trusted as bounds.
package zipguard

import (
	"archive/zip"
	"fmt"
)

// Limits. A return or a plan is well under a megabyte unpacked; these
// leave room for pasted photos while a zip bomb is refused from the sizes
// it declares.
const (
	MaxPart  = 64 << 20
	MaxTotal = 256 << 20
	// Deflate cannot exceed about 1032:1. Real Office XML compresses
	// 5–20:1; past 200:1 a big part is padding, not data.
	MaxRatio   = 200
	RatioFloor = 4 << 20
	// A package has a dozen parts, a few hundred with many sheets and
	// pictures; each entry costs work and memory before its size is known.
	MaxEntries = 10000
)

// Problem is why a package is refused.
type Problem int

const (
	TooManyEntries Problem = iota + 1
	PartTooLarge
	TotalTooLarge
	RatioTooHigh
	Encrypted
)

// Error says which limit a package broke and where.
type Error struct {
	Problem          Problem
	Entry            string // the entry at fault ("" for the whole package)
	Size, Compressed uint64
	Entries          int
}

func (e *Error) Error() string {
	switch e.Problem {
	case TooManyEntries:
		return fmt.Sprintf("%d zip entries, more than %d", e.Entries, MaxEntries)
	case PartTooLarge:
		return fmt.Sprintf("%s inflates to %d bytes, more than %d", e.Entry, e.Size, MaxPart)
	case TotalTooLarge:
		return fmt.Sprintf("the entries inflate to more than %d bytes", MaxTotal)
	case RatioTooHigh:
		return fmt.Sprintf("%s: %d bytes from %d", e.Entry, e.Size, e.Compressed)
	case Encrypted:
		return fmt.Sprintf("zip entry %q is encrypted", e.Entry)
	}
	return "zip package refused"
}

// Check applies the limits to a package's entries, from what they declare,
// inflating nothing. It returns an *Error, or nil.
func Check(files []*zip.File) error {
	if len(files) > MaxEntries {
		return &Error{Problem: TooManyEntries, Entries: len(files)}
	}
	var total uint64
	for _, f := range files {
		if f.Flags&1 != 0 {
			return &Error{Problem: Encrypted, Entry: f.Name}
		}
		size := f.UncompressedSize64
		total += size
		if size > MaxPart {
			return &Error{Problem: PartTooLarge, Entry: f.Name, Size: size, Compressed: f.CompressedSize64}
		}
		if total > MaxTotal {
			return &Error{Problem: TotalTooLarge, Entry: f.Name, Size: total}
		}
		if size > RatioFloor && size/MaxRatio > f.CompressedSize64 {
			return &Error{Problem: RatioTooHigh, Entry: f.Name, Size: size, Compressed: f.CompressedSize64}
		}
	}
	return nil
}
