package feedback

import (
	"slices"
	"strings"

	"taizhang/app/plan"
)

// Propose works out what accepting a comment would change on its task, from
// its kind and its words: the unit taken off, the units added, the new lead
// or the new wording. suggestion is the unit's proposed wording when the
// reply has a column of its own for it.
func Propose(c *Comment, t *plan.Task, d *plan.Directory, suggestion string) {
	if t == nil {
		return
	}
	named := NamedUnits(c.Text, d, c.Unit)
	switch c.Kind {
	case KindNotOurs:
		c.Remove = []string{c.Unit}
	case KindAddUnit:
		have := d.Owers(t.UnitsText, true)
		for _, u := range named {
			if !slices.Contains(have, u) {
				c.Add = append(c.Add, u)
			}
		}
		if SupportWanted(c.Text) {
			c.AddRole = "配合"
		}
	case KindChangeLead:
		c.Lead = newLead(c.Text, named, d.Roles(t.UnitsText).Lead)
	case KindReword:
		if q := Quoted(c.Text); q != "" {
			c.NewText = q
		} else if s := strings.TrimSpace(suggestion); len([]rune(s)) >= 10 && len([]rune(s)) >= len([]rune(t.Text))/3 {
			c.NewText = s
		}
	}
}

// newLead picks the unit a comment asks to lead: the one written just
// before a 牵头 ("改由县财政局牵头"), the last such that does not lead
// already ("把县编办牵头改为县府办牵头" asks for 县府办); else the first
// named that does not lead already.
func newLead(text string, named, leads []string) string {
	clean := plan.CleanName(text)
	best := ""
	for off := 0; ; {
		i := strings.Index(clean[off:], "牵头")
		if i < 0 {
			break
		}
		if u := unitBefore(clean[:off+i], named); u != "" && !slices.Contains(leads, u) {
			best = u
		}
		off += i + len("牵头")
	}
	if best != "" {
		return best
	}
	for _, u := range named {
		if !slices.Contains(leads, u) {
			return u
		}
	}
	return ""
}

// unitBefore is the unit of named written last in before (by its full
// name or without 县), or "".
func unitBefore(before string, named []string) string {
	best, at := "", -1
	for _, u := range named {
		short := strings.TrimPrefix(u, "县")
		if j := max(strings.LastIndex(before, u), strings.LastIndex(before, short)); j > at {
			best, at = u, j
		}
	}
	return best
}

// Change is what a task becomes when comments are accepted.
type Change struct {
	Text, UnitsText string
	Gained, Lost    []string // units that take on or drop the task
	// LeadBefore and LeadAfter are the lead units as the texts name them.
	LeadBefore, LeadAfter []string
	// Manual is set when a change cannot be written into the unit text:
	// the unit is named only through a collective (县直各部门).
	Manual string
}

// Apply returns the task's requirement and unit text with the comment
// accepted. A comment with the clerk's own wording takes it as is.
func Apply(text, units string, c *Comment, d *plan.Directory) (string, string, string) {
	manual := ""
	if c.NewText != "" {
		text = c.NewText
	}
	if c.Units != "" {
		return text, c.Units, ""
	}
	cs := plan.Clauses(units)
	for _, u := range c.Remove {
		var ok bool
		// A unit no longer on the task (another comment took it off) needs
		// nothing; one still there through a collective needs the clerk.
		if cs, ok = removeUnit(cs, u, d); !ok && slices.Contains(d.Owers(plan.JoinClauses(cs), true), u) {
			manual = u + "是经统称列入的，请在牵头落实单位中手工修改"
		}
	}
	if len(c.Add) > 0 {
		cs = addUnits(cs, c.Add, c.AddRole)
	}
	if c.Lead != "" {
		cs = setLead(cs, c.Lead, d)
	}
	return text, plan.JoinClauses(cs), manual
}

// Effect is what accepting the comment does to its task: the texts after,
// and who gains or loses the task (every role counted).
func Effect(t *plan.Task, c *Comment, d *plan.Directory) Change {
	text, units, manual := Apply(t.Text, t.UnitsText, c, d)
	gained, lost := UnitsDiff(d.Owers(t.UnitsText, true), d.Owers(units, true))
	return Change{Text: text, UnitsText: units, Gained: gained, Lost: lost, Manual: manual,
		LeadBefore: d.Roles(t.UnitsText).Lead, LeadAfter: d.Roles(units).Lead}
}

// UnitsDiff lists the units in after and not before, and those in before
// and not after.
func UnitsDiff(before, after []string) (gained, lost []string) {
	for _, u := range after {
		if !slices.Contains(before, u) {
			gained = append(gained, u)
		}
	}
	for _, u := range before {
		if !slices.Contains(after, u) {
			lost = append(lost, u)
		}
	}
	return gained, lost
}

// removeUnit takes a unit off the clauses wherever it is named by a name of
// its own. ok is false when it is not, though it may be through a
// collective.
func removeUnit(cs []plan.Clause, unit string, d *plan.Directory) ([]plan.Clause, bool) {
	found := false
	for i := range cs {
		cs[i].Units = slices.DeleteFunc(slices.Clone(cs[i].Units), func(n string) bool {
			if d.Canonical(n) == unit {
				found = true
				return true
			}
			return false
		})
	}
	return cs, found
}

// addUnits puts units into the clause of their role (负责 unless asked
// for 配合), or a new clause at the end.
func addUnits(cs []plan.Clause, units []string, role string) []plan.Clause {
	if role == "" {
		role = "负责"
		if len(cs) > 0 && cs[len(cs)-1].Role == "" {
			cs[len(cs)-1].Units = append(cs[len(cs)-1].Units, units...)
			return cs
		}
	}
	for i := range cs {
		if cs[i].Role == role {
			cs[i].Units = append(cs[i].Units, units...)
			return cs
		}
	}
	return append(cs, plan.Clause{Units: units, Role: role})
}

// setLead makes unit the only lead: it leaves the clause it was in, and the
// units that led before become responsible.
func setLead(cs []plan.Clause, unit string, d *plan.Directory) []plan.Clause {
	cs, _ = removeUnit(cs, unit, d)
	var former []string
	var rest []plan.Clause
	for _, c := range cs {
		if c.Role == "牵头" || c.Role == "分别牵头" {
			former = append(former, c.Units...)
			continue
		}
		rest = append(rest, c)
	}
	out := []plan.Clause{{Units: []string{unit}, Role: "牵头"}}
	if len(former) > 0 {
		rest = addFront(rest, former)
	}
	return append(out, rest...)
}

// addFront puts units first in the responsible clause, or in a new one.
func addFront(cs []plan.Clause, units []string) []plan.Clause {
	for i := range cs {
		if cs[i].Role == "负责" || cs[i].Role == "" {
			cs[i].Units = append(slices.Clone(units), cs[i].Units...)
			return cs
		}
	}
	return append([]plan.Clause{{Units: units, Role: "负责"}}, cs...)
}
