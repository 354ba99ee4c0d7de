package xls

import (
	"encoding/binary"
	"fmt"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Excel 5.0 and 95 (BIFF5 and BIFF7, both version 0x0500 in their BOF)
// store the same cell records as BIFF8 except for text: no shared string
// table, and every string is a byte string in the workbook's code page
// (936, GBK, in Chinese Excel) with no flag byte.
const biff5Version = 0x0500

// codePage returns the decoder for a CODEPAGE record's value. Unknown
// pages fall back to GBK: the files this program reads are Chinese.
func codePage(cp uint16) encoding.Encoding {
	switch cp {
	case 936:
		return simplifiedchinese.GBK
	case 950:
		return traditionalchinese.Big5
	case 932:
		return japanese.ShiftJIS
	case 949:
		return korean.EUCKR
	case 1200:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case 367, 1252, 0x8001:
		return charmap.Windows1252
	case 437:
		return charmap.CodePage437
	case 850:
		return charmap.CodePage850
	case 1250:
		return charmap.Windows1250
	case 1251:
		return charmap.Windows1251
	case 1253:
		return charmap.Windows1253
	case 1254:
		return charmap.Windows1254
	case 1255:
		return charmap.Windows1255
	case 1256:
		return charmap.Windows1256
	case 1257:
		return charmap.Windows1257
	case 1258:
		return charmap.Windows1258
	case 10000, 0x8000:
		return charmap.Macintosh
	}
	return simplifiedchinese.GBK
}

// byteString reads n bytes of BIFF5 text, which may run on into CONTINUE
// records (without a flag byte there, unlike BIFF8), and decodes them.
func (wb *workbook) byteString(c *contReader, n int) (string, bool) {
	raw := make([]byte, 0, n) // n is at most 65,535 (a 16-bit count)
	for len(raw) < n {
		if !c.avail() {
			return "", false
		}
		seg := c.segs[c.seg][c.pos:]
		take := min(n-len(raw), len(seg))
		raw = append(raw, seg[:take]...)
		c.pos += take
	}
	return wb.decode(raw), true
}

// decode turns code-page bytes into text; bytes the code page does not
// define become U+FFFD rather than failing the file.
func (wb *workbook) decode(raw []byte) string {
	ascii := true
	for _, b := range raw {
		if b >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii && wb.codepage != 1200 {
		return string(raw)
	}
	s, err := codePage(wb.codepage).NewDecoder().Bytes(raw)
	if err != nil {
		return string(raw)
	}
	return string(s)
}

// text reads a cell or formula string: BIFF8 XLUnicodeString, or a BIFF5
// byte string with a 16-bit count.
func (wb *workbook) text(c *contReader) (string, bool) {
	cch, ok := c.u16()
	if !ok {
		return "", false
	}
	return wb.str(c, int(cch))
}

// str reads a string of n characters as the workbook's version stores
// them: a BIFF8 XLUnicodeString, or BIFF5 bytes in the code page.
func (wb *workbook) str(c *contReader, n int) (string, bool) {
	if wb.biff5 {
		return wb.byteString(c, n)
	}
	return c.xlString(n)
}

// OldVersionError is a workbook from Excel 2.1, 3.0 or 4.0 (BIFF2–4), whose
// records this package does not read.
type OldVersionError struct {
	Version string // "Excel 4.0"
}

func (e *OldVersionError) Error() string {
	return fmt.Sprintf("%s workbook (BIFF2-4) is not supported", e.Version)
}

func (e *OldVersionError) Unwrap() error { return ErrOldVersion }

// OldVersion recognises a BIFF2–4 workbook by its first record, a BOF of
// that version followed by a known substream type.
func OldVersion(data []byte) (string, bool) {
	if len(data) < 8 {
		return "", false
	}
	var v string
	switch binary.LittleEndian.Uint16(data) {
	case 0x0009:
		v = "Excel 2.1"
	case 0x0209:
		v = "Excel 3.0"
	case 0x0409:
		v = "Excel 4.0"
	default:
		return "", false
	}
	if n := binary.LittleEndian.Uint16(data[2:]); n < 4 || n > 16 {
		return "", false
	}
	switch binary.LittleEndian.Uint16(data[6:]) {
	case 0x0010, 0x0020, 0x0040, 0x0100:
		return v, true
	}
	return "", false
}
