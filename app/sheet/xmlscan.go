package sheet

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// scanXML checks that a part is well-formed XML up to the end of its root
// element and reports elements and text to h as it goes.
//
// It exists because excelize's row iterator stops quietly at a syntax error
// and returns the rows it had: a sheet cut mid-row would import as a shorter
// table. The check is written to be at least as strict as encoding/xml (the
// fuzz test holds it to that) so that nothing passing here trips excelize
// later, yet cheap enough to run on every import: one pass, no allocation
// per token, far faster than tokenizing with encoding/xml a second time.
//
// Content after the root element is not looked at, because excelize does not
// read it either. An empty part (no root at all) is accepted for the same
// reason: excelize treats it as empty, it cannot hide a cut.
func scanXML(data []byte, h xmlHandler) error {
	s := xmlScanner{data: data, h: h}
	return s.run()
}

// xmlHandler receives what scanXML finds. Names are raw (prefix included);
// attribute values and text are raw bytes, entities not decoded. The slices
// point into the scanned data and are valid only during the call.
type xmlHandler interface {
	start(name []byte, attrs []xmlAttr) error
	end(name []byte) error
	text(raw []byte)
}

// cdataHandler is implemented by handlers that decode text: the content
// of a CDATA section is text whose entities are not to be decoded.
type cdataHandler interface {
	cdata(raw []byte)
}

type xmlAttr struct{ name, value []byte }

// nopHandler only checks well-formedness.
type nopHandler struct{}

func (nopHandler) start([]byte, []xmlAttr) error { return nil }
func (nopHandler) end([]byte) error              { return nil }
func (nopHandler) text([]byte)                   {}

// maxXMLDepth is far beyond any spreadsheet part (a rich-text cell is about
// eight levels deep) and keeps encoding/xml's own depth limit out of reach.
const maxXMLDepth = 512

type xmlSyntaxError struct {
	offset int
	msg    string
}

func (e *xmlSyntaxError) Error() string { return fmt.Sprintf("xml: %s at byte %d", e.msg, e.offset) }

type xmlScanner struct {
	data  []byte
	pos   int
	h     xmlHandler
	stack [][]byte
	attrs []xmlAttr
	utf8  bool // text is UTF-8 (the declaration names no other encoding)
}

func (s *xmlScanner) fail(msg string) error { return &xmlSyntaxError{offset: s.pos, msg: msg} }

func (s *xmlScanner) eof() error { return &xmlSyntaxError{offset: len(s.data), msg: "unexpected EOF"} }

func (s *xmlScanner) run() error {
	d := s.data
	s.utf8 = true
	if bytes.HasPrefix(d, []byte("\xEF\xBB\xBF")) {
		s.pos = 3
	} else if enc := declaredEncoding(d); enc != "" && !equalFoldASCII(enc, "utf-8") && !equalFoldASCII(enc, "utf8") {
		// excelize transcodes such parts itself; the structure can still be
		// checked byte by byte since the encodings in question are ASCII
		// supersets whose multibyte sequences never contain markup bytes.
		s.utf8 = false
	}
	if s.utf8 && !utf8.Valid(d) {
		return &xmlSyntaxError{msg: "invalid UTF-8"}
	}
	if s.stack == nil {
		s.stack = make([][]byte, 0, 16)
	}
	for s.pos < len(d) {
		if d[s.pos] != '<' {
			end := len(d)
			if i := bytes.IndexByte(d[s.pos:], '<'); i >= 0 {
				end = s.pos + i
			}
			txt := d[s.pos:end]
			if err := s.checkChars(txt, 0); err != nil {
				return err
			}
			if len(s.stack) > 0 {
				s.h.text(txt)
			}
			s.pos = end
			continue
		}
		if s.pos+1 >= len(d) {
			return s.eof()
		}
		var err error
		switch d[s.pos+1] {
		case '/':
			err = s.endTag()
			if err == nil && len(s.stack) == 0 {
				return nil // the root is closed: excelize reads no further
			}
		case '?':
			err = s.procInst()
		case '!':
			err = s.bang()
		default:
			var closed bool
			closed, err = s.startTag()
			if err == nil && closed && len(s.stack) == 0 {
				return nil // a self-closed root
			}
		}
		if err != nil {
			return err
		}
	}
	if len(s.stack) > 0 {
		return s.eof()
	}
	return nil
}

// nameByte marks bytes allowed in names: first position (1) and later (2).
// Names are ASCII only: every OOXML name is, and non-ASCII names would need
// encoding/xml's Unicode tables to judge the same way.
var nameByte = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 3, 3
	}
	t['_'], t[':'] = 3, 3
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	t['-'], t['.'] = 2, 2
	return t
}()

func (s *xmlScanner) name() ([]byte, error) {
	d, p := s.data, s.pos
	if p >= len(d) {
		return nil, s.eof()
	}
	if nameByte[d[p]]&1 == 0 {
		return nil, s.fail("expected a name")
	}
	colons := 0
	for p < len(d) && nameByte[d[p]] != 0 {
		if d[p] == ':' {
			colons++
		}
		p++
	}
	if p < len(d) && d[p] >= 0x80 {
		return nil, s.fail("non-ASCII name")
	}
	if colons > 1 {
		return nil, s.fail("name with two colons")
	}
	n := d[s.pos:p]
	s.pos = p
	return n, nil
}

func (s *xmlScanner) space() {
	d := s.data
	for s.pos < len(d) {
		switch d[s.pos] {
		case ' ', '\t', '\r', '\n':
			s.pos++
		default:
			return
		}
	}
}

func (s *xmlScanner) startTag() (closed bool, err error) {
	d := s.data
	s.pos++ // '<'
	name, err := s.name()
	if err != nil {
		return false, err
	}
	s.attrs = s.attrs[:0]
	for {
		s.space()
		if s.pos >= len(d) {
			return false, s.eof()
		}
		c := d[s.pos]
		if c == '>' {
			s.pos++
			break
		}
		if c == '/' {
			if s.pos+1 >= len(d) {
				return false, s.eof()
			}
			if d[s.pos+1] != '>' {
				return false, s.fail("expected />")
			}
			s.pos += 2
			closed = true
			break
		}
		an, err := s.name()
		if err != nil {
			return false, err
		}
		s.space()
		if s.pos >= len(d) {
			return false, s.eof()
		}
		if d[s.pos] != '=' {
			return false, s.fail("attribute without value")
		}
		s.pos++
		s.space()
		if s.pos >= len(d) {
			return false, s.eof()
		}
		q := d[s.pos]
		if q != '"' && q != '\'' {
			return false, s.fail("unquoted attribute value")
		}
		s.pos++
		i := bytes.IndexByte(d[s.pos:], q)
		if i < 0 {
			return false, s.eof()
		}
		val := d[s.pos : s.pos+i]
		if err := s.checkChars(val, q); err != nil {
			return false, err
		}
		s.pos += i + 1
		s.attrs = append(s.attrs, xmlAttr{an, val})
	}
	if err := s.h.start(name, s.attrs); err != nil {
		return false, err
	}
	if closed {
		if err := s.h.end(name); err != nil {
			return false, err
		}
	} else {
		if len(s.stack) >= maxXMLDepth {
			return false, s.fail("elements nested too deeply")
		}
		s.stack = append(s.stack, name)
	}
	return closed, nil
}

func (s *xmlScanner) endTag() error {
	d := s.data
	s.pos += 2 // "</"
	name, err := s.name()
	if err != nil {
		return err
	}
	s.space()
	if s.pos >= len(d) {
		return s.eof()
	}
	if d[s.pos] != '>' {
		return s.fail("invalid end tag")
	}
	s.pos++
	n := len(s.stack)
	if n == 0 {
		return s.fail("unexpected end tag")
	}
	if !bytes.Equal(s.stack[n-1], name) {
		return s.fail("element <" + string(s.stack[n-1]) + "> closed by </" + string(name) + ">")
	}
	s.stack = s.stack[:n-1]
	return s.h.end(name)
}

func (s *xmlScanner) procInst() error {
	d := s.data
	s.pos += 2 // "<?"
	target, err := s.name()
	if err != nil {
		return err
	}
	i := bytes.Index(d[s.pos:], []byte("?>"))
	if i < 0 {
		return s.eof()
	}
	body := d[s.pos : s.pos+i]
	if err := s.checkChars(body, '?'); err != nil {
		return err
	}
	if string(target) == "xml" {
		if v := pseudoAttr(body, "version"); v != nil && string(v) != "1.0" {
			return s.fail("unsupported XML version")
		}
	}
	s.pos += i + 2
	return nil
}

func (s *xmlScanner) bang() error {
	d := s.data
	rest := d[s.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		s.pos += 4
		i := bytes.Index(d[s.pos:], []byte("--"))
		if i < 0 {
			return s.eof()
		}
		if s.pos+i+2 >= len(d) {
			return s.eof()
		}
		if d[s.pos+i+2] != '>' {
			return s.fail(`"--" in comment`)
		}
		if err := s.checkChars(d[s.pos:s.pos+i], '-'); err != nil {
			return err
		}
		s.pos += i + 3
		return nil
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		s.pos += 9
		i := bytes.Index(d[s.pos:], []byte("]]>"))
		if i < 0 {
			return s.eof()
		}
		body := d[s.pos : s.pos+i]
		if err := s.checkChars(body, '['); err != nil {
			return err
		}
		if len(s.stack) > 0 {
			if c, ok := s.h.(cdataHandler); ok {
				c.cdata(body)
			} else {
				s.h.text(body)
			}
		}
		s.pos += i + 3
		return nil
	case len(rest) < 9 && (bytes.HasPrefix([]byte("<!--"), rest) || bytes.HasPrefix([]byte("<![CDATA["), rest)):
		return s.eof()
	}
	// Document type declarations are forbidden in OOXML parts (OPC), and
	// their entities are what XML bombs are made of.
	return s.fail("DTD or unknown <! construct")
}

// charClass drives checkChars: 1 = illegal control byte, 2 = '&',
// 3 = 0xEF (may start U+FFFE/U+FFFF), 4 = '>', 5 = '<'.
var charClass = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		t[c] = 1
	}
	t['\t'], t['\n'], t['\r'] = 0, 0, 0
	t['&'], t[0xEF], t['>'], t['<'] = 2, 3, 4, 5
	return t
}()

// checkChars enforces what encoding/xml enforces on text and attribute
// values: XML characters only, valid entity references, no "]]>" in text and
// no '<' in attribute values. ctx is 0 for text, the quote byte for an
// attribute value, or '-', '[', '?' for comments, CDATA and PIs, where
// entities are not interpreted.
func (s *xmlScanner) checkChars(b []byte, ctx byte) error {
	markup := ctx == '-' || ctx == '[' || ctx == '?'
	for i := 0; i < len(b); i++ {
		switch charClass[b[i]] {
		case 0:
			continue
		case 1:
			return s.failAt(b, i, "illegal control character")
		case 2:
			if markup {
				continue
			}
			n, ok := entityLen(b[i:])
			if !ok {
				return s.failAt(b, i, "invalid entity reference")
			}
			i += n - 1
		case 3:
			if s.utf8 && i+2 < len(b) && b[i+1] == 0xBF && (b[i+2] == 0xBE || b[i+2] == 0xBF) {
				return s.failAt(b, i, "illegal character U+FFFE/U+FFFF")
			}
		case 4:
			if ctx == 0 && i >= 2 && b[i-1] == ']' && b[i-2] == ']' {
				return s.failAt(b, i, "]]> in text")
			}
		case 5:
			if !markup {
				return s.failAt(b, i, "< in attribute value")
			}
		}
	}
	return nil
}

// failAt reports a bad character in b; the offset is that of the token, which
// is precise enough for a log line.
func (s *xmlScanner) failAt(b []byte, i int, msg string) error {
	return &xmlSyntaxError{offset: s.pos, msg: fmt.Sprintf("%s (%q)", msg, b[i:min(len(b), i+8)])}
}

// entityLen validates the reference at the start of b ("&...;") and returns
// its length. Numeric references must name an XML character, as
// encoding/xml requires.
func entityLen(b []byte) (int, bool) {
	end := bytes.IndexByte(b, ';')
	if end < 0 || end > 12 {
		return 0, false
	}
	ref := b[1:end]
	switch string(ref) {
	case "amp", "lt", "gt", "quot", "apos":
		return end + 1, true
	}
	if len(ref) < 2 || ref[0] != '#' {
		return 0, false
	}
	digits, base := ref[1:], 10
	if digits[0] == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 {
		return 0, false
	}
	for _, c := range digits {
		if !('0' <= c && c <= '9' || base == 16 && ('a' <= c && c <= 'f' || 'A' <= c && c <= 'F')) {
			return 0, false
		}
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || !xmlChar(rune(n)) {
		return 0, false
	}
	return end + 1, true
}

// xmlChar is the Char production; surrogates pass because encoding/xml turns
// them into U+FFFD rather than failing.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// declaredEncoding returns the encoding named by the XML declaration, if any.
func declaredEncoding(d []byte) string {
	if !bytes.HasPrefix(d, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(d, []byte("?>"))
	if end < 0 {
		return ""
	}
	return string(pseudoAttr(d[5:end], "encoding"))
}

// pseudoAttr finds name="value" in a processing instruction body.
func pseudoAttr(body []byte, name string) []byte {
	i := bytes.Index(body, []byte(name))
	if i < 0 {
		return nil
	}
	rest := bytes.TrimLeft(body[i+len(name):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return nil
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
		return nil
	}
	j := bytes.IndexByte(rest[1:], rest[0])
	if j < 0 {
		return nil
	}
	return rest[1 : 1+j]
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// xmlUnescape decodes the five predefined entities and character references
// of an attribute value or text already validated by scanXML.
func xmlUnescape(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] != '&' {
			out = append(out, b[i])
			continue
		}
		end := bytes.IndexByte(b[i:], ';')
		if end < 0 {
			out = append(out, b[i:]...)
			break
		}
		ref := string(b[i+1 : i+end])
		switch ref {
		case "amp":
			out = append(out, '&')
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "quot":
			out = append(out, '"')
		case "apos":
			out = append(out, '\'')
		default:
			var n uint64
			var err error
			if len(ref) > 1 && ref[1] == 'x' {
				n, err = strconv.ParseUint(ref[2:], 16, 32)
			} else if len(ref) > 0 {
				n, err = strconv.ParseUint(ref[1:], 10, 32)
			}
			if err == nil {
				out = utf8.AppendRune(out, rune(n))
			}
		}
		i += end
	}
	return string(out)
}
