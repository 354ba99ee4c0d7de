package sheet

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// richText collects the text of a string item, a shared string (<si>) or
// an inline string (<is>): its own <t>, then the <t> of each run (<r>).
// Phonetic guides (<rPh>) are not part of the text.
type richText struct {
	depth int // elements open inside the item
	inRun bool
	inT   bool
	buf   []byte
}

func (r *richText) begin() {
	r.depth, r.inRun, r.inT, r.buf = 0, false, false, r.buf[:0]
}

func (r *richText) start(local []byte) {
	r.depth++
	switch {
	case r.depth == 1 && string(local) == "t":
		r.inT = true
	case r.depth == 1 && string(local) == "r":
		r.inRun = true
	case r.depth == 2 && r.inRun && string(local) == "t":
		r.inT = true
	}
}

// end closes an element inside the item; false means the item itself is
// closing.
func (r *richText) end() bool {
	if r.depth == 0 {
		return false
	}
	r.depth--
	r.inT = false
	if r.depth == 0 {
		r.inRun = false
	}
	return true
}

func (r *richText) text(raw []byte) {
	if r.inT {
		r.buf = appendText(r.buf, raw)
	}
}

func (r *richText) cdata(raw []byte) {
	if r.inT {
		r.buf = appendCRNormalised(r.buf, raw)
	}
}

// String is the item's text, with the _xHHHH_ escapes Excel uses for
// characters XML cannot carry decoded.
func (r *richText) String() string { return bstrDecode(r.buf) }

// appendText appends XML character data as a parser delivers it: line
// ends normalised to \n, entities and character references decoded.
func appendText(dst, raw []byte) []byte {
	if bytes.IndexByte(raw, '&') < 0 {
		return appendCRNormalised(dst, raw)
	}
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return appendCRNormalised(dst, raw)
		}
		dst = appendCRNormalised(dst, raw[:i])
		raw = raw[i:]
		end := bytes.IndexByte(raw, ';')
		if end < 0 { // not reachable after scanXML's checks
			return append(dst, raw...)
		}
		dst = appendEntity(dst, raw[1:end])
		raw = raw[end+1:]
	}
	return dst
}

func appendEntity(dst, ref []byte) []byte {
	switch string(ref) {
	case "amp":
		return append(dst, '&')
	case "lt":
		return append(dst, '<')
	case "gt":
		return append(dst, '>')
	case "quot":
		return append(dst, '"')
	case "apos":
		return append(dst, '\'')
	}
	var n uint64
	var err error
	if len(ref) > 1 && ref[1] == 'x' {
		n, err = strconv.ParseUint(string(ref[2:]), 16, 32)
	} else if len(ref) > 0 {
		n, err = strconv.ParseUint(string(ref[1:]), 10, 32)
	}
	if err != nil {
		return dst
	}
	return utf8.AppendRune(dst, rune(n))
}

// appendCRNormalised turns \r\n and lone \r into \n, as XML parsers must.
func appendCRNormalised(dst, raw []byte) []byte {
	for {
		i := bytes.IndexByte(raw, '\r')
		if i < 0 {
			return append(dst, raw...)
		}
		dst = append(append(dst, raw[:i]...), '\n')
		raw = raw[i+1:]
		if len(raw) > 0 && raw[0] == '\n' {
			raw = raw[1:]
		}
	}
}

// bstrDecode decodes _xHHHH_ escapes (a character XML cannot carry, such
// as a control character) as Excel and excelize do: _x005F_ is a literal
// underscore and an escape that is not a character reads as nothing.
func bstrDecode(b []byte) string {
	if bytes.Index(b, []byte("_x")) < 0 {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		if i+7 <= len(b) && b[i] == '_' && b[i+1] == 'x' && b[i+6] == '_' && alnum4(b[i+2:i+6]) {
			if string(b[i:i+7]) == "_x005F_" {
				out = append(out, '_')
			} else if n, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 32); err == nil && utf8.ValidRune(rune(n)) {
				out = utf8.AppendRune(out, rune(n))
			}
			i += 7
			continue
		}
		out = append(out, b[i])
		i++
	}
	return string(out)
}

func alnum4(b []byte) bool {
	for _, c := range b {
		if !('0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z') {
			return false
		}
	}
	return true
}

// sstReader reads the shared string table.
type sstReader struct {
	depth   int
	inItem  bool
	item    richText
	strings []string
}

func (s *sstReader) start(name []byte, _ []xmlAttr) error {
	s.depth++
	local := localName(name)
	switch {
	case s.inItem:
		s.item.start(local)
	case s.depth == 2 && string(local) == "si":
		s.inItem = true
		s.item.begin()
	}
	return nil
}

func (s *sstReader) end([]byte) error {
	s.depth--
	if s.inItem && !s.item.end() {
		s.inItem = false
		s.strings = append(s.strings, s.item.String())
	}
	return nil
}

func (s *sstReader) text(raw []byte) {
	if s.inItem {
		s.item.text(raw)
	}
}

func (s *sstReader) cdata(raw []byte) {
	if s.inItem {
		s.item.cdata(raw)
	}
}
