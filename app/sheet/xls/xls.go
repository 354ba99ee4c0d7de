// Package xls reads the cell text of legacy Excel 97-2003 workbooks
// (BIFF8 records inside an OLE2 compound file), and of Excel 5.0/95 ones
// (BIFF5/7, text in the workbook's code page).
//
// It exists because the public pure-Go readers we tried either panic on
// files written by LibreOffice or drop formula results. Only what an import
// of text "returns" needs is decoded: sheet names, cell text (numbers, dates,
// booleans, errors and cached formula results rendered as text) and merged
// ranges. Styles, formulas themselves, charts and macros are ignored.
//
// Every length and offset in the file is treated as untrusted: Read never
// panics, and its time and memory are bounded by the input size and the
// limits below.
package xls

import (
	"bytes"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/richardlehane/mscfb"

	"taizhang/app/ole"
)

// Sheet is one worksheet of a workbook.
type Sheet struct {
	Name   string
	Hidden bool       // hidden or very hidden in the workbook
	Rows   [][]string // cell text; ragged rows OK; row/col indices 0-based as in the file
	Merges []Merge
	// HiddenRows and HiddenCols list the rows and columns hidden from view
	// (0-based), from the ROW and COLINFO records.
	HiddenRows []int
	HiddenCols [][2]int // first and last column of each hidden run
}

// Merge is a merged cell range, 0-based and inclusive.
type Merge struct{ Top, Left, Bottom, Right int }

// Errors returned by Read wrap one of these; test with errors.Is.
var (
	ErrEncrypted    = errors.New("workbook is encrypted (password protected)")
	ErrNotWorkbook  = errors.New("not an Excel 97-2003 workbook")
	ErrWordDocument = errors.New("file is a Word document, not a workbook")
	ErrDamaged      = errors.New("file is damaged or truncated")
	ErrTooLarge     = errors.New("workbook exceeds size limits")
	ErrOldVersion   = errors.New("workbook from Excel 2.1-4.0") // an *OldVersionError says which
)

// Limits. The row/column caps are Excel's own sheet size; BIFF8 itself
// cannot exceed 65,536 rows, but columns are stored in 16 bits, so stray
// columns beyond Excel's range are ignored rather than rejected.
const (
	maxRows      = 1 << 20
	maxCols      = 1 << 14
	maxCells     = 2_000_000 // non-empty cells stored, whole workbook
	maxGridSlots = 4_000_000 // allocated row slots incl. gaps, so sparse far-away cells cannot explode memory
	maxTextBytes = 64 << 20  // decoded string bytes, counted for the SST and for cell text separately
)

// oleSignature starts every OLE2 compound file.
var oleSignature = ole.Signature

// Read decodes all worksheets of an .xls file held in data.
func Read(data []byte) ([]Sheet, error) {
	sheets, err := read(data)
	if err != nil {
		return nil, fmt.Errorf("xls: %w", err)
	}
	return sheets, nil
}

func read(data []byte) (sheets []Sheet, err error) {
	stream, err := workbookStream(data)
	if err != nil {
		return nil, err
	}
	// The parser checks every bound itself; this is only a last line of
	// defence so that a bug turns into an error instead of killing the
	// importing program. The fuzz test fails on such errors.
	defer func() {
		if r := recover(); r != nil {
			sheets, err = nil, &panicError{val: r, stack: debug.Stack()}
		}
	}()
	return parseWorkbook(stream)
}

// panicError reports a recovered panic as damage while keeping the stack
// for tests.
type panicError struct {
	val   any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("internal error (%v)", e.val) }
func (e *panicError) Unwrap() error { return ErrDamaged }

// workbookStream opens the compound file and returns the BIFF8 "Workbook"
// stream, classifying the other kinds of OLE files we are likely to be sent.
func workbookStream(data []byte) ([]byte, error) {
	if len(data) < len(oleSignature) && bytes.HasPrefix(oleSignature, data) {
		return nil, fmt.Errorf("file too short (%d bytes): %w", len(data), ErrDamaged)
	}
	if v, ok := OldVersion(data); ok {
		return nil, &OldVersionError{Version: v}
	}
	if !bytes.HasPrefix(data, oleSignature) {
		return nil, fmt.Errorf("%s: %w", sniff(data), ErrNotWorkbook)
	}
	files, err := openOLE(data)
	if err != nil {
		return nil, err
	}
	// Only root-level streams count (ole.Streams), in any case.
	find := func(name string) *mscfb.File { return files[strings.ToLower(name)] }
	// Encrypted OOXML (a password-protected .xlsx) is an OLE file with
	// these two streams instead of a Workbook.
	if find("EncryptionInfo") != nil || find("EncryptedPackage") != nil {
		return nil, fmt.Errorf("encrypted OOXML package: %w", ErrEncrypted)
	}
	// Excel 5.0/95 names the stream Book; Excel 97 may write both, the
	// Book one for older readers. The BOF inside says which BIFF it is.
	wb := find("Workbook")
	if wb == nil {
		wb = find("Book")
	}
	if wb == nil {
		if find("WordDocument") != nil {
			return nil, fmt.Errorf("OLE file has a WordDocument stream: %w", ErrWordDocument)
		}
		return nil, fmt.Errorf("OLE file has no Workbook stream: %w", ErrNotWorkbook)
	}
	stream, err := readStream(wb, len(data))
	if err != nil {
		return nil, err
	}
	if v, ok := OldVersion(stream); ok {
		return nil, &OldVersionError{Version: v}
	}
	return stream, nil
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

// sniff names what a non-OLE file probably is, for a more helpful error:
// .xls files sent around are often renamed .xlsx, HTML or CSV exports.
func sniff(data []byte) string {
	head := bytes.TrimLeft(data[:min(len(data), 512)], "\xef\xbb\xbf \t\r\n")
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return "file is a ZIP archive (perhaps an .xlsx renamed to .xls)"
	case bytes.HasPrefix(head, []byte("<")):
		return "file is HTML/XML (perhaps a web page or XML spreadsheet saved as .xls)"
	}
	return "not an OLE2 compound file"
}
