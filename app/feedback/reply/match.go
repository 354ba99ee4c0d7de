package reply

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"taizhang/app/plan"
)

// matcher ties a cell of text to a task of the plan.
type matcher struct {
	plan  *plan.Plan
	texts []string
}

func newMatcher(p *plan.Plan) *matcher {
	m := &matcher{plan: p}
	for _, t := range p.Tasks {
		m.texts = append(m.texts, normText(t.Text))
	}
	return m
}

var noRe = regexp.MustCompile(`^第?([0-9]+)(?:\.0+)?[项条号]?[.、．）)]?$`)

// parseNo reads a 序号 cell: 8, "8.", "８", "第8项".
func parseNo(cell string) (int, bool) {
	m := noRe.FindStringSubmatch(plan.CleanName(norm.NFKC.String(cell)))
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

var leadingNo = regexp.MustCompile(`^[0-9]+`)

// normText keeps letters and digits, NFKC-folded, without a leading number.
func normText(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return leadingNo.ReplaceAllString(b.String(), "")
}

// byText is the task whose requirement the text is (retyped, cut short or
// with its number), or 0. A text of fewer than six characters ties nothing.
func (m *matcher) byText(s string) int {
	n := normText(s)
	if len([]rune(n)) < 6 {
		return 0
	}
	best, bestScore := 0, 0.0
	for i, t := range m.texts {
		var score float64
		switch {
		case t == n:
			score = 2
		case strings.Contains(t, n) || strings.Contains(n, t):
			score = 1 + float64(min(len(n), len(t)))/float64(max(len(n), len(t)))
		default:
			score = dice(t, n)
		}
		if score > bestScore {
			best, bestScore = m.plan.Tasks[i].No, score
		}
	}
	if bestScore < 0.6 {
		return 0
	}
	return best
}

// dice is the bigram overlap of two texts, 0 to 1.
func dice(a, b string) float64 {
	ga, gb := bigrams(a), bigrams(b)
	if len(ga) == 0 || len(gb) == 0 {
		return 0
	}
	common := 0
	for g, n := range ga {
		common += min(n, gb[g])
	}
	total := 0
	for _, n := range ga {
		total += n
	}
	for _, n := range gb {
		total += n
	}
	return 2 * float64(common) / float64(total)
}

func bigrams(s string) map[string]int {
	r := []rune(s)
	out := map[string]int{}
	for i := 0; i+1 < len(r); i++ {
		out[string(r[i:i+2])]++
	}
	return out
}
