package reply

import (
	"strings"

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
		m.texts = append(m.texts, plan.NormTaskText(t.Text))
	}
	return m
}

// byText is the task whose requirement the text is (retyped, cut short or
// with its number), or 0. A text of fewer than six characters ties nothing.
func (m *matcher) byText(s string) int {
	n := plan.NormTaskText(s)
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
			score = plan.Dice(plan.Bigrams(t), plan.Bigrams(n))
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
