package importer

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"taizhang/app/plan"
)

// matcher finds the task a row belongs to, by number or by requirement text.
type matcher struct {
	plan  *plan.Plan
	texts []string // normalised requirement texts, by task index
	grams []map[string]int
}

func newMatcher(p *plan.Plan) *matcher {
	m := &matcher{plan: p}
	for _, t := range p.Tasks {
		n := normText(t.Text)
		m.texts = append(m.texts, n)
		m.grams = append(m.grams, bigrams(n))
	}
	return m
}

var numberRe = regexp.MustCompile(`^第?([0-9]+)(?:\.0+)?[项条号]?[.、．）)]?$`)

// parseNo reads a 序号 cell: 8, "8", "8.", "８", "第8项", "8.0". ok is false
// for anything else (a section numeral, a note).
func parseNo(cell string) (int, bool) {
	s := plan.CleanName(norm.NFKC.String(cell))
	m := numberRe.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// leadingNo strips a requirement's own number ("12." or "12、").
var leadingNo = regexp.MustCompile(`^[0-9]+[.、．]?`)

// normText keeps only letters and digits of a requirement, NFKC-folded,
// without its leading number, so retyped punctuation and spacing compare equal.
func normText(s string) string {
	if !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return leadingNo.ReplaceAllString(b.String(), "")
}

func bigrams(s string) map[string]int {
	r := []rune(s)
	g := make(map[string]int, len(r))
	for i := 0; i+1 < len(r); i++ {
		g[string(r[i:i+2])]++
	}
	return g
}

// Confidence of a text match.
const (
	strongMatch = 0.8  // sure enough to override a 序号 that disagrees
	weakMatch   = 0.55 // below this a row matches nothing
	minPrefix   = 10   // runes a cut-short requirement must keep
)

// byText returns the task whose requirement the text is, and how sure.
func (m *matcher) byText(text string) (int, float64) {
	n := normText(text)
	if len([]rune(n)) < 4 {
		return 0, 0
	}
	for i, t := range m.texts {
		if t == n {
			return m.plan.Tasks[i].No, 1
		}
	}
	// Cut short: the row keeps the start of the requirement.
	if len([]rune(n)) >= minPrefix {
		found, count := 0, 0
		for i, t := range m.texts {
			if strings.HasPrefix(t, n) {
				found, count = m.plan.Tasks[i].No, count+1
			}
		}
		if count == 1 {
			return found, 0.95
		}
	}
	// Edited: the most bigrams in common (Dice), clearly ahead of the next.
	g := bigrams(n)
	best, second, bestNo := 0.0, 0.0, 0
	for i, tg := range m.grams {
		s := dice(g, tg)
		if s > best {
			best, second, bestNo = s, best, m.plan.Tasks[i].No
		} else if s > second {
			second = s
		}
	}
	if best < weakMatch || best-second < 0.1 {
		return 0, best
	}
	return bestNo, best
}

// agrees reports whether a row's requirement is task no's own: empty, the
// same text, or its start.
func (m *matcher) agrees(no int, reqCell string) bool {
	if t := m.plan.Task(no); t != nil && strings.HasSuffix(strings.TrimSpace(reqCell), t.Text) {
		return true // the plan's own text, with or without its number
	}
	n := normText(reqCell)
	if n == "" {
		return true
	}
	for i, t := range m.plan.Tasks {
		if t.No == no {
			return strings.HasPrefix(m.texts[i], n)
		}
	}
	return false
}

func dice(a, b map[string]int) float64 {
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

// match settles a row's task from its 序号 and requirement text. A number
// wins unless the text clearly names another task (units renumber rows
// 1, 2, 3… of their own); why explains a disagreement.
func (m *matcher) match(noCell, reqCell string) (task int, why string) {
	no, hasNo := parseNo(noCell)
	if hasNo && m.plan.Task(no) == nil {
		hasNo = false
	}
	if hasNo && m.agrees(no, reqCell) {
		return no, "" // the usual case, without comparing against every task
	}
	byText, score := 0, 0.0
	if strings.TrimSpace(reqCell) != "" {
		byText, score = m.byText(reqCell)
	}
	switch {
	case hasNo && (byText == 0 || byText == no || score < strongMatch):
		return no, ""
	case byText != 0:
		if hasNo {
			return byText, "序号 " + strconv.Itoa(no) + " 与具体要求不符，按具体要求认作第 " + strconv.Itoa(byText) + " 项"
		}
		return byText, ""
	}
	return 0, ""
}
