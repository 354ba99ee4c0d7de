package sheet

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"

	"taizhang/app/sheet/xls"
)

// maxFileSize bounds what is read into memory at all. Returns are tens of
// kilobytes; a few hundred megabytes allows for pasted photos as evidence.
const maxFileSize = 256 << 20

// ReadFile reads the spreadsheet at path. See Read.
func ReadFile(path string) (*Book, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, OpenFailed(path, err)
	}
	if fi.IsDir() {
		return nil, &RefusedError{File: path, Reason: Unreadable, Detail: "这是一个文件夹，不是文件"}
	}
	if fi.Size() > maxFileSize {
		return nil, &RefusedError{File: path, Reason: TooLarge, Detail: "超过 256 MB"}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, OpenFailed(path, err)
	}
	return Read(path, data)
}

// OpenFailed is the refusal for a file that could not be read from disk.
func OpenFailed(path string, err error) *RefusedError {
	return &RefusedError{File: path, Reason: Unreadable, Detail: openFailure(err), Err: err}
}

func openFailure(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "找不到这个文件，可能已被移走或改名"
	case errors.Is(err, fs.ErrPermission):
		return "没有读取权限，或正被其他程序占用"
	}
	return ""
}

// Read turns the content of a spreadsheet file into plain grids of text, or
// refuses it with a *RefusedError. The format is decided by the content,
// never by the name, which is used only in messages: clerks rename files,
// and units send PNGs, Word files and half-copied workbooks named .xlsx.
//
// Every error returned is a *RefusedError.
func Read(name string, data []byte) (book *Book, err error) {
	defer func() {
		// A reader bug on a hostile file must cost one file, not the
		// whole import; the fuzz test fails on these.
		if r := recover(); r != nil {
			book, err = nil, refuse(Damaged, "", &panicError{val: r, stack: debug.Stack()})
		}
		if err != nil {
			var re *RefusedError
			if !errors.As(err, &re) {
				re = refuse(Damaged, "", err)
			}
			if re.File == "" {
				re.File = name
			}
			book, err = nil, re
		}
	}()
	switch {
	case len(data) == 0:
		return nil, refuse(Empty, "", nil)
	case len(data) > maxFileSize:
		return nil, refuse(TooLarge, "超过 256 MB", nil)
	case bytes.HasPrefix(data, zipLocalSig):
		return readXLSX(data)
	case bytes.HasPrefix(data, zipEmptySig):
		return nil, refuse(NotSpreadsheet, "一个空的 ZIP 压缩包", nil)
	case bytes.HasPrefix(data, oleSig):
		return readOLE(data)
	}
	if v, ok := xls.OldVersion(data); ok {
		return nil, oldVersion(v, nil)
	}
	if r, what := sniffBinary(data); r != 0 {
		return nil, refuse(r, what, nil)
	}
	return readText(name, data)
}

var (
	zipLocalSig = []byte("PK\x03\x04")
	zipEmptySig = []byte("PK\x05\x06")
	oleSig      = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// sniffBinary recognises the files clerks are most likely to send by mistake,
// so the message can say what the file really is.
func sniffBinary(b []byte) (Reason, string) {
	has := func(off int, sig string) bool {
		return len(b) >= off+len(sig) && string(b[off:off+len(sig)]) == sig
	}
	switch {
	case has(0, "\x89PNG\r\n\x1a\n"):
		return NotSpreadsheet, "一张图片（PNG）"
	case has(0, "\xFF\xD8\xFF"):
		return NotSpreadsheet, "一张图片（JPEG）"
	case has(0, "GIF87a"), has(0, "GIF89a"):
		return NotSpreadsheet, "一张图片（GIF）"
	case has(0, "RIFF") && has(8, "WEBP"):
		return NotSpreadsheet, "一张图片（WebP）"
	case has(0, "II*\x00"), has(0, "MM\x00*"):
		return NotSpreadsheet, "一张图片（TIFF）"
	case has(0, "BM") && has(6, "\x00\x00\x00\x00"):
		return NotSpreadsheet, "一张图片（BMP）"
	case has(4, "ftypheic"), has(4, "ftypheix"), has(4, "ftypmif1"), has(4, "ftypmsf1"):
		return NotSpreadsheet, "一张手机照片（HEIC）"
	case has(4, "ftyp"):
		return NotSpreadsheet, "一段视频"
	case has(0, "%PDF-"):
		return NotSpreadsheet, "PDF 文件"
	case has(0, "Rar!\x1a\x07"):
		return NotSpreadsheet, "RAR 压缩包，请先解压"
	case has(0, "7z\xBC\xAF\x27\x1C"):
		return NotSpreadsheet, "7z 压缩包，请先解压"
	case has(0, "\x1f\x8b"):
		return NotSpreadsheet, "gzip 压缩包"
	case has(0, "MZ") && bytes.IndexByte(b[:min(len(b), 512)], 0) >= 0:
		return NotSpreadsheet, "一个可执行程序"
	case has(0, "{\\rtf"):
		return WordDocument, ""
	}
	return 0, ""
}

// panicError carries a recovered panic as the cause of a Damaged refusal.
type panicError struct {
	val   any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("internal error: %v\n%s", e.val, e.stack) }
