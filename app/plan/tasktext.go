package plan

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// taskNoRe is a 序号 cell as units write it: 8, "8.", "８", "第8项", "8.0".
var taskNoRe = regexp.MustCompile(`^第?([0-9]+)(?:\.0+)?[项条号]?[.、．）)]?$`)

// ParseTaskNo reads a 序号 cell: 8, "8", "8.", "８", "第8项", "8.0". ok is
// false for anything else (a section numeral, a note). Returns and
// comments on the draft plan both number their rows this way.
func ParseTaskNo(cell string) (int, bool) {
	s := CleanName(norm.NFKC.String(cell))
	m := taskNoRe.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// leadingTaskNo strips a requirement's own number ("12." or "12、").
var leadingTaskNo = regexp.MustCompile(`^[0-9]+[.、．]?`)

// NormTaskText keeps only the letters and digits of a requirement,
// NFKC-folded and lower-cased, without its leading number, so retyped
// punctuation and spacing compare equal.
func NormTaskText(s string) string {
	if !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return leadingTaskNo.ReplaceAllString(b.String(), "")
}

// Bigrams counts the pairs of neighbouring characters of s, for Dice.
func Bigrams(s string) map[string]int {
	r := []rune(s)
	g := make(map[string]int, len(r))
	for i := 0; i+1 < len(r); i++ {
		g[string(r[i:i+2])]++
	}
	return g
}

// Dice is how much two texts' bigrams overlap, 0 to 1: how a retyped or
// edited requirement is told apart from the others.
func Dice(a, b map[string]int) float64 {
	total, common := 0, 0
	for k, n := range a {
		total += n
		common += min(n, b[k])
	}
	for _, n := range b {
		total += n
	}
	if total == 0 {
		return 0
	}
	return 2 * float64(common) / float64(total)
}
