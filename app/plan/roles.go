package plan

import (
	"strings"
	"unicode"
)

// Roles are the units named in a task's 牵头落实单位 text, by role. Names are
// as written in the text until a Directory canonicalises them.
type Roles struct {
	Lead        []string `json:"lead"`
	Responsible []string `json:"responsible"`
	Support     []string `json:"support"`
	// Separately is set for 分别负责: each unit answers for its own part.
	Separately bool `json:"separately"`
}

// roleWords are the words that close a clause of units, longest first so
// that 分别负责 is not read as 负责.
var roleWords = []string{"分别牵头", "分别负责", "共同负责", "牵头", "负责", "配合", "协助", "参与"}

// ParseUnits splits a 牵头落实单位 text into roles. Units before a role word
// take that role; a list with no role word at its end is responsible. A unit
// named twice is kept once, at its first place.
func ParseUnits(text string) Roles {
	var r Roles
	var pending []string
	s := CleanName(text)
	for len(s) > 0 {
		word, at := nextRoleWord(s)
		if at < 0 {
			pending = append(pending, splitUnits(s)...)
			break
		}
		pending = append(pending, splitUnits(s[:at])...)
		switch word {
		case "牵头", "分别牵头":
			r.Lead = append(r.Lead, pending...)
		case "配合", "协助", "参与":
			r.Support = append(r.Support, pending...)
		default:
			r.Responsible = append(r.Responsible, pending...)
			if word == "分别负责" {
				r.Separately = true
			}
		}
		pending = nil
		s = s[at+len(word):]
	}
	r.Responsible = append(r.Responsible, pending...)
	r.dedupe()
	return r
}

func nextRoleWord(s string) (string, int) {
	best, at := "", -1
	for _, w := range roleWords {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at || (i == at && len(w) > len(best))) {
			best, at = w, i
		}
	}
	return best, at
}

// splitUnits cuts a clause at the separators clerks use between units.
func splitUnits(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune("、，,；;。/", r)
	})
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// dedupe removes repeats within and across roles: a unit that leads is not
// listed again as responsible.
func (r *Roles) dedupe() {
	seen := map[string]bool{}
	keep := func(list []string) []string {
		var out []string
		for _, u := range list {
			if !seen[u] {
				seen[u] = true
				out = append(out, u)
			}
		}
		return out
	}
	r.Lead = keep(r.Lead)
	r.Responsible = keep(r.Responsible)
	r.Support = keep(r.Support)
}

// All lists every unit of the roles, lead first.
func (r Roles) All() []string {
	out := append([]string{}, r.Lead...)
	out = append(out, r.Responsible...)
	return append(out, r.Support...)
}

// CleanName removes every kind of white space (line breaks inside cells,
// full-width spaces) and writes brackets full-width as the plan does.
func CleanName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			continue
		case r == '(':
			b.WriteRune('（')
		case r == ')':
			b.WriteRune('）')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
