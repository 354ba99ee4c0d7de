package plan

import "strings"

// Clause is one run of units closed by a role word in a 牵头落实单位 text:
// "县财政局、县审计局负责" is the units 县财政局 and 县审计局 with the role
// 负责. The last clause of a text may have no role word (its units are
// responsible). Names are as written, collectives included.
type Clause struct {
	Units []string
	Role  string
}

// Clauses splits a unit text into its clauses, in order.
func Clauses(text string) []Clause {
	var out []Clause
	s := CleanName(text)
	for len(s) > 0 {
		word, at := nextRoleWord(s)
		if at < 0 {
			if units := splitUnits(s); len(units) > 0 {
				out = append(out, Clause{Units: units})
			}
			break
		}
		out = append(out, Clause{Units: splitUnits(s[:at]), Role: word})
		s = s[at+len(word):]
	}
	return out
}

// JoinClauses writes clauses back as a unit text in the plan's manner:
// units joined by 、, clauses by ，. A clause left without units is dropped.
func JoinClauses(cs []Clause) string {
	var parts []string
	for _, c := range cs {
		if len(c.Units) == 0 {
			continue
		}
		parts = append(parts, strings.Join(c.Units, "、")+c.Role)
	}
	return strings.Join(parts, "，")
}
