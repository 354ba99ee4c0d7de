package storage

import (
	"strconv"
	"unicode/utf8"

	"taizhang/app/plan"
)

// A return is encoded for the ledger by hand, byte for byte as
// encoding/json encodes it (retjson_test.go holds the two together), for
// an import writes thousands, each with its history, and reflection made
// encoding a fifth of the cost of writing. Reading stays encoding/json.

// encodeReturn appends r as encoding/json would write it.
func encodeReturn(buf []byte, r *plan.Return) []byte {
	buf, _ = encodeReturnAfter(buf, r, nil)
	return buf
}

// encodedReturn is a return with its encoding, where hist is the part of
// raw between the brackets of the history.
type encodedReturn struct {
	ret  *plan.Return
	raw  []byte
	hist [2]int
}

// encodeReturnAfter is encodeReturn for a return whose history begins
// with the whole history of prev (nil: none), as when a later return
// pushes the earlier one into it: that part is copied from prev's
// encoding rather than encoded again, for a return's history is most of
// its bytes. It also gives where r's history lies in what it appended.
func encodeReturnAfter(buf []byte, r *plan.Return, prev *encodedReturn) ([]byte, [2]int) {
	start := len(buf)
	buf = append(buf, `{"plan":`...)
	buf = appendJSONString(buf, r.Plan)
	buf = append(buf, `,"period":`...)
	buf = appendJSONString(buf, r.Period)
	buf = append(buf, `,"task":`...)
	buf = strconv.AppendInt(buf, int64(r.Task), 10)
	buf = append(buf, `,"unit":`...)
	buf = appendJSONString(buf, r.Unit)
	buf = append(buf, ',')
	buf = appendRevisionFields(buf, r.Values, r.Date, r.File, r.FileHash, r.Imported)
	var hist [2]int
	if len(r.History) > 0 {
		buf = append(buf, `,"history":[`...)
		hist[0] = len(buf) - start
		i := 0
		if prev != nil && extends(r.History, prev.ret.History) {
			buf = append(buf, prev.raw[prev.hist[0]:prev.hist[1]]...)
			i = len(prev.ret.History)
		}
		for ; i < len(r.History); i++ {
			if i > 0 {
				buf = append(buf, ',')
			}
			h := &r.History[i]
			buf = append(buf, '{')
			buf = appendRevisionFields(buf, h.Values, h.Date, h.File, h.FileHash, h.Imported)
			buf = append(buf, '}')
		}
		hist[1] = len(buf) - start
		buf = append(buf, ']')
	}
	return append(buf, '}'), hist
}

// extends reports whether h begins with the whole of earlier, which is
// not empty. The strings are the same ones Merge copied, so comparing
// them rarely reads their bytes.
func extends(h, earlier []plan.Revision) bool {
	if len(earlier) == 0 || len(h) < len(earlier) {
		return false
	}
	for i := range earlier {
		if h[i] != earlier[i] {
			return false
		}
	}
	return true
}

// appendRevisionFields appends the fields a return and a revision share,
// without braces.
func appendRevisionFields(buf []byte, v plan.Values, date, file, hash, imported string) []byte {
	buf = append(buf, `"status":`...)
	buf = appendJSONString(buf, v.Status)
	buf = append(buf, `,"text":`...)
	buf = appendJSONString(buf, v.Text)
	buf = append(buf, `,"problems":`...)
	buf = appendJSONString(buf, v.Problems)
	buf = append(buf, `,"next":`...)
	buf = appendJSONString(buf, v.Next)
	buf = append(buf, `,"evidence":`...)
	buf = appendJSONString(buf, v.Evidence)
	buf = append(buf, `,"remark":`...)
	buf = appendJSONString(buf, v.Remark)
	if v.RawStatus != "" {
		buf = append(buf, `,"raw_status":`...)
		buf = appendJSONString(buf, v.RawStatus)
	}
	if v.Extra != "" {
		buf = append(buf, `,"extra":`...)
		buf = appendJSONString(buf, v.Extra)
	}
	buf = append(buf, `,"date":`...)
	buf = appendJSONString(buf, date)
	buf = append(buf, `,"file":`...)
	buf = appendJSONString(buf, file)
	buf = append(buf, `,"file_hash":`...)
	buf = appendJSONString(buf, hash)
	buf = append(buf, `,"imported":`...)
	return appendJSONString(buf, imported)
}

const hexDigits = "0123456789abcdef"

// appendJSONString quotes s as encoding/json does by default: ", \ and
// control characters escaped, <, > and & escaped for HTML, U+2028 and
// U+2029 escaped, and bytes that are not UTF-8 replaced by U+FFFD. Text in
// valid UTF-8, nearly all of it Chinese, is copied in runs without
// decoding a rune.
func appendJSONString(buf []byte, s string) []byte {
	if !utf8.ValidString(s) {
		return appendJSONStringSlow(buf, s)
	}
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b >= utf8.RuneSelf:
			// U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
			if b == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				buf = append(buf, s[start:i]...)
				buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&0xF])
				i += 2
				start = i + 1
			}
			continue
		case b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&':
			continue
		}
		buf = append(buf, s[start:i]...)
		buf = appendEscapedByte(buf, b)
		start = i + 1
	}
	buf = append(buf, s[start:]...)
	return append(buf, '"')
}

func appendEscapedByte(buf []byte, b byte) []byte {
	switch b {
	case '\\', '"':
		return append(buf, '\\', b)
	case '\b':
		return append(buf, '\\', 'b')
	case '\f':
		return append(buf, '\\', 'f')
	case '\n':
		return append(buf, '\\', 'n')
	case '\r':
		return append(buf, '\\', 'r')
	case '\t':
		return append(buf, '\\', 't')
	}
	return append(buf, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
}

// appendJSONStringSlow is appendJSONString for text with bytes that are
// not UTF-8, rune by rune.
func appendJSONStringSlow(buf []byte, s string) []byte {
	buf = append(buf, '"')
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				buf = append(buf, b)
			} else {
				buf = appendEscapedByte(buf, b)
			}
			i++
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			buf = append(buf, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			buf = append(buf, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
		default:
			buf = append(buf, s[i:i+size]...)
		}
		i += size
	}
	return append(buf, '"')
}
