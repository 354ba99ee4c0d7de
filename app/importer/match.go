package importer

import (
	"strconv"
	"strings"

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
		n := plan.NormTaskText(t.Text)
		m.texts = append(m.texts, n)
		m.grams = append(m.grams, plan.Bigrams(n))
	}
	return m
}

// Confidence of a text match.
const (
	strongMatch = 0.8  // sure enough to override a 序号 that disagrees
	weakMatch   = 0.55 // below this a row matches nothing
	minPrefix   = 10   // runes a cut-short requirement must keep
)

// byText returns the task whose requirement the text is, and how sure.
func (m *matcher) byText(text string) (int, float64) {
	n := plan.NormTaskText(text)
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
	g := plan.Bigrams(n)
	best, second, bestNo := 0.0, 0.0, 0
	for i, tg := range m.grams {
		s := plan.Dice(g, tg)
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
	n := plan.NormTaskText(reqCell)
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

// match settles a row's task from its 序号 and requirement text. A number
// wins unless the text clearly names another task (units renumber rows
// 1, 2, 3… of their own); why explains a disagreement.
func (m *matcher) match(noCell, reqCell string) (task int, why string) {
	no, hasNo := plan.ParseTaskNo(noCell)
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
