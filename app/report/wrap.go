package report

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// advance is the width of a rune in whatever unit the caller lays out in
// (pixels for a spreadsheet cell, millimetres for the PDF).
type Advance func(r rune) float64

// wideRune reports whether a rune is set full width by a Chinese font:
// Han, kana, full-width forms, and the "ambiguous" punctuation (“”、—…)
// that Chinese fonts draw full width too.
func wideRune(r rune) bool {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
		return true
	}
	return false
}

// noLineStart are the marks Chinese typesetting never puts at the start of
// a line; Excel and LibreOffice push the character before them down
// instead, which can cost a line.
const noLineStart = "，。、；：？！）》」』”’〕】…—%,.;:?!)]}"

// noLineEnd are the opening marks that never end a line: they go down
// with the character they open.
const noLineEnd = "（《「『“‘〔【([{"

// wrapLines breaks text into the lines a cell max wide shows: at any
// character between Chinese characters, at spaces between Latin words, and
// inside a Latin word (a long URL) only when the word is wider than the cell.
// It is deliberately a little pessimistic so rows are never cut short.
func WrapLines(text string, max float64, adv Advance) []string {
	return wrapText(text, max, adv, true)
}

// sheetLines are the lines a spreadsheet reader shows: LibreOffice does
// not break a web address at its slashes but moves it whole to a line of
// its own, then breaks it anywhere, so it is measured that way.
func sheetLines(text string, max float64, adv Advance) []string {
	return wrapText(text, max, adv, false)
}

// wrapText wraps each paragraph of text; slash says a Latin word may
// break after a slash.
func wrapText(text string, max float64, adv Advance, slash bool) []string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	var out []string
	for _, para := range strings.Split(text, "\n") {
		out = append(out, wrapParagraph(para, max, adv, slash)...)
	}
	return out
}

// wrapper holds the line being filled.
type wrapper struct {
	max   float64
	adv   Advance
	lines []string
	cur   []rune
	w     float64
}

func wrapParagraph(s string, max float64, adv Advance, slash bool) []string {
	if s == "" {
		return []string{""}
	}
	wr := &wrapper{max: max, adv: adv}
	for len(s) > 0 {
		tok, n := nextToken(s, slash)
		s = s[n:]
		wr.add(tok)
	}
	if len(wr.cur) > 0 || len(wr.lines) == 0 {
		wr.flush()
	}
	return wr.lines
}

// nextToken returns a Latin word (no spaces), a single space or a single
// other character. With slash a word ends after a slash too, so the PDF
// breaks a web address there (www.example.gov.cn/ | zwgk/). A range of
// task numbers (2–8) is one word, so it never breaks inside.
func nextToken(s string, slash bool) (string, int) {
	r, n := utf8.DecodeRuneInString(s)
	if !wordRune(r) {
		return s[:n], n
	}
	i := n
	for i < len(s) && (!slash || s[i-1] != '/') {
		r, m := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			break
		}
		i += m
	}
	for i < len(s) && s[i] == '/' { // keep "//" together
		i++
	}
	return s[:i], i
}

// wordRune is a rune of a Latin word: a visible ASCII character or the en
// dash of a range.
func wordRune(r rune) bool {
	return r < utf8.RuneSelf && !unicode.IsSpace(r) || r == '–'
}

func (wr *wrapper) width(tok string) float64 {
	w := 0.0
	for _, r := range tok {
		w += wr.adv(r)
	}
	return w
}

func (wr *wrapper) add(tok string) {
	tw := wr.width(tok)
	switch {
	case wr.w+tw <= wr.max:
		wr.cur = append(wr.cur, []rune(tok)...)
		wr.w += tw
	case tok == " " || unicode.IsSpace([]rune(tok)[0]):
		wr.flush() // a space at a break is not drawn
	case tw > wr.max:
		if len(wr.cur) > 0 {
			wr.breakLine() // the word starts a line of its own, then breaks anywhere
		}
		for _, r := range tok {
			wr.addRune(r)
		}
	case len(wr.cur) > 1 && strings.ContainsRune(noLineStart, []rune(tok)[0]):
		// Take the last character down with the mark, with the closing
		// marks before it (公开”！ goes down whole) and an opening bracket
		// before that: 各镇（场）、never breaks as 各镇（ | 场）、.
		n := 1
		for n < len(wr.cur)-1 && strings.ContainsRune(noLineStart, wr.cur[len(wr.cur)-n]) {
			n++
		}
		// A number or range goes down whole: 31、 never breaks as 3 | 1、.
		for n < len(wr.cur)-1 && wordRune(wr.cur[len(wr.cur)-n]) && wordRune(wr.cur[len(wr.cur)-n-1]) {
			n++
		}
		if len(wr.cur) > n+1 && strings.ContainsRune(noLineEnd, wr.cur[len(wr.cur)-n-1]) {
			n++
		}
		moved := append([]rune{}, wr.cur[len(wr.cur)-n:]...)
		wr.cur = wr.cur[:len(wr.cur)-n]
		wr.flush()
		for _, r := range append(moved, []rune(tok)...) {
			wr.addRune(r)
		}
	default:
		if len(wr.cur) > 0 {
			wr.breakLine()
		}
		wr.cur = append(wr.cur, []rune(tok)...)
		wr.w += tw
	}
}

func (wr *wrapper) addRune(r rune) {
	a := wr.adv(r)
	if wr.w+a > wr.max && len(wr.cur) > 0 {
		wr.breakLine()
	}
	wr.cur = append(wr.cur, r)
	wr.w += a
}

// breakLine ends the line where it overflowed, taking an opening bracket
// at its end down to the next line.
func (wr *wrapper) breakLine() {
	n := len(wr.cur)
	if n < 2 || !strings.ContainsRune(noLineEnd, wr.cur[n-1]) {
		wr.flush()
		return
	}
	last := wr.cur[n-1]
	wr.cur = wr.cur[:n-1]
	wr.flush()
	wr.cur = append(wr.cur, last)
	wr.w = wr.adv(last)
}

func (wr *wrapper) flush() {
	wr.lines = append(wr.lines, strings.TrimRightFunc(string(wr.cur), unicode.IsSpace))
	wr.cur, wr.w = wr.cur[:0], 0
}

// urlScheme matches the scheme and www. of a web address, which printed
// readers type without: http://www.wengyuan.gov.cn/x → wengyuan.gov.cn/x.
var urlScheme = regexp.MustCompile(`(?i)\bhttps?://(www\.)?`)

// shortURLs shortens the web addresses in s for print: no scheme, no
// www., no slash at the end. Text a spreadsheet would take for a formula
// (=HYPERLINK("http://…")) is left exactly as written.
func ShortURLs(s string) string {
	if !strings.Contains(s, "://") || strings.ContainsAny(s[:1], "=+-@") {
		return s
	}
	return urlTail.ReplaceAllString(urlScheme.ReplaceAllString(s, ""), "$1$2")
}

// urlTail is the slash that ends an address before a space, a Chinese
// character or the end of the text.
var urlTail = regexp.MustCompile(`([A-Za-z0-9])/($|[\s\p{Han}，。；、])`)
