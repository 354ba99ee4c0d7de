package widgets

import (
	"strings"
	"unicode"
)

// Chinese line breaking, after the rules Chinese typesetting follows
// (GB/T 15834 and the W3C's clreq): a line may break between any two
// Chinese characters, but
//   - no line starts with a closing mark such as ，。、；：？！）」》,
//   - no line ends with an opening mark such as （「《,
//   - a number, a range or a list of numbers (2018, 3.5%, 2–8、10) and a
//     Latin word stay whole.
// Fyne wraps Chinese anywhere, which strands a ， or a 。 at the start of
// a line and cuts 2–8 in two.

// noLineStart are marks that close something or end a clause: they stay
// with what comes before them.
const noLineStart = "，。、；：？！）」》』】〕〉”’…—·％%,.;:?!)]}»～~"

// noLineEnd are marks that open something: they stay with what follows.
const noLineEnd = "（「《『【〔〈“‘([{«"

// numberJoiners join digits into one unbreakable run when digits stand on
// both sides: 2–8、10, 3.5, 1,000, 10:30, 2018-12-31, 1/2.
const numberJoiners = "–-—~～、，,.:：/"

func isLatinOrDigit(r rune) bool {
	return r < 0x2E80 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// atoms cuts one paragraph into the pieces a line break may fall between.
// Marks that may not start a line are glued to the piece before them,
// marks that may not end one to the piece after; a run of digits with its
// joiners, and a Latin word, is one piece; a space is a piece of its own.
func atoms(par string) []string {
	rs := []rune(par)
	var out []string
	var open strings.Builder // opening marks waiting for what follows
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case strings.ContainsRune(noLineEnd, r):
			open.WriteRune(r)
			i++
			continue
		case strings.ContainsRune(noLineStart, r) && len(out) > 0 && open.Len() == 0:
			out[len(out)-1] += string(r)
			i++
			continue
		}
		j := i + 1
		if isLatinOrDigit(r) {
			for j < len(rs) {
				if isLatinOrDigit(rs[j]) {
					j++
					continue
				}
				// A joiner between two digits, or a decimal point or %
				// within a number, keeps the run going.
				if j+1 < len(rs) && strings.ContainsRune(numberJoiners, rs[j]) && unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1]) {
					j += 2
					continue
				}
				break
			}
		}
		out = append(out, open.String()+string(rs[i:j]))
		open.Reset()
		i = j
	}
	if open.Len() > 0 { // opening marks at the very end: keep them somewhere
		if len(out) > 0 {
			out[len(out)-1] += open.String()
		} else {
			out = append(out, open.String())
		}
	}
	return out
}

// BreakLines breaks text into lines no wider than width as measure tells,
// by the rules above; a line break in text always starts a new line. A
// piece wider than a whole line (a long number or word) is cut where it
// must be.
func BreakLines(text string, width float32, measure func(string) float32) []string {
	var lines []string
	for _, par := range strings.Split(text, "\n") {
		lines = append(lines, breakParagraph(par, width, measure)...)
	}
	return lines
}

func breakParagraph(par string, width float32, measure func(string) float32) []string {
	var lines []string
	var line strings.Builder
	used := float32(0)
	flush := func() {
		lines = append(lines, strings.TrimRight(line.String(), " "))
		line.Reset()
		used = 0
	}
	for _, a := range atoms(par) {
		w := measure(a)
		if line.Len() > 0 && used+w > width {
			flush()
		}
		if line.Len() == 0 && a == " " {
			continue // a space does not start a line
		}
		if w > width {
			// Wider than a line on its own: cut by characters.
			for _, r := range a {
				rw := measure(string(r))
				if line.Len() > 0 && used+rw > width {
					flush()
				}
				line.WriteRune(r)
				used += rw
			}
			continue
		}
		line.WriteString(a)
		used += w
	}
	if line.Len() > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}
