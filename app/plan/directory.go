package plan

import (
	"iter"
	"sort"
	"strings"
)

// Unit is one unit of the directory under the short name the plan uses.
type Unit struct {
	Name     string   `json:"name"`      // canonical short name, e.g. 县财政局
	FullName string   `json:"full_name"` // e.g. 翁源县财政局
	Aliases  []string `json:"aliases"`   // other names clerks write
	Kind     string   `json:"kind"`      // 部门, 镇 or 其他
}

// Collective is a name that stands for several units, such as 各镇（场）政府.
type Collective struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Members []string `json:"members"` // canonical unit names
}

// Unit kinds.
const (
	KindDepartment = "部门"
	KindTown       = "镇"
	KindOther      = "其他"
)

// Directory is the office's list of units, aliases and collectives. The
// clerk edits it; the seed gives a starting one.
type Directory struct {
	County      string       `json:"county"` // 翁源县: "翁源县X" is read as "县X"
	Units       []Unit       `json:"units"`
	Collectives []Collective `json:"collectives"`
}

// Unit returns the unit with canonical name, or nil.
func (d *Directory) Unit(name string) *Unit {
	for i := range d.Units {
		if d.Units[i].Name == name {
			return &d.Units[i]
		}
	}
	return nil
}

// Collective returns the collective with canonical name, or nil.
func (d *Directory) Collective(name string) *Collective {
	for i := range d.Collectives {
		if d.Collectives[i].Name == name {
			return &d.Collectives[i]
		}
	}
	return nil
}

// Resolve maps any way of writing a unit or collective to its canonical
// name. ok is false when the name is not in the directory.
func (d *Directory) Resolve(name string) (canonical string, collective bool, ok bool) {
	for _, key := range d.candidates(CleanName(name)) {
		if f, ok := d.exact(key); ok {
			return f.canonical, f.collective, true
		}
	}
	return CleanName(name), false, false
}

// nameForm is one way of writing a unit or collective, and the canonical
// name it stands for.
type nameForm struct {
	text, canonical string
	collective      bool
}

// forms yields every way the directory knows of writing each name:
// collectives first, then each unit's name, full name and aliases. Every
// lookup (Resolve, FindIn, the seed's aliases) reads names through it.
func (d *Directory) forms() iter.Seq[nameForm] {
	return func(yield func(nameForm) bool) {
		each := func(canonical string, collective bool, texts ...string) bool {
			for _, t := range texts {
				if t != "" && !yield(nameForm{t, canonical, collective}) {
					return false
				}
			}
			return true
		}
		for _, c := range d.Collectives {
			if !each(c.Name, true, c.Name) || !each(c.Name, true, c.Aliases...) {
				return
			}
		}
		for _, u := range d.Units {
			if !each(u.Name, false, u.Name, u.FullName) || !each(u.Name, false, u.Aliases...) {
				return
			}
		}
	}
}

// exact finds the name written exactly as key.
func (d *Directory) exact(key string) (nameForm, bool) {
	for f := range d.forms() {
		if f.text == key {
			return f, true
		}
	}
	return nameForm{}, false
}

// candidates are the forms a name is looked up under, most literal first:
// the name itself, 翁源县X → 县X, X人民政府 → X (towns), X → 县X.
func (d *Directory) candidates(n string) []string {
	out := []string{n}
	if d.County != "" && strings.HasPrefix(n, d.County) {
		rest := strings.TrimPrefix(n, d.County)
		out = append(out, rest, "县"+rest)
	}
	for _, x := range append([]string{}, out...) {
		if t := strings.TrimSuffix(x, "人民政府"); t != x && t != "" {
			out = append(out, t)
		}
	}
	if !strings.HasPrefix(n, "县") && !strings.HasPrefix(n, "市") && !strings.HasPrefix(n, "各") {
		out = append(out, "县"+n)
	}
	return out
}

// Canonical is Resolve's name alone, for places that accept unknown units.
func (d *Directory) Canonical(name string) string {
	c, _, _ := d.Resolve(name)
	return c
}

// Expand turns a canonical name into the units it stands for: a collective
// into its members, a unit into itself.
func (d *Directory) Expand(name string) []string {
	if c := d.Collective(name); c != nil {
		return append([]string{}, c.Members...)
	}
	return []string{name}
}

// Roles parses a task's unit text and canonicalises every name.
func (d *Directory) Roles(unitsText string) Roles {
	r := ParseUnits(unitsText)
	canon := func(list []string) []string {
		out := make([]string, len(list))
		for i, u := range list {
			out[i] = d.Canonical(u)
		}
		return out
	}
	r.Lead, r.Responsible, r.Support = canon(r.Lead), canon(r.Responsible), canon(r.Support)
	r.dedupe()
	return r
}

// Owers lists the units that owe a return on a task, collectives expanded,
// in the order the text names them. Support units owe one only when
// supportOwes is set.
func (d *Directory) Owers(unitsText string, supportOwes bool) []string {
	r := d.Roles(unitsText)
	names := append(append([]string{}, r.Lead...), r.Responsible...)
	if supportOwes {
		names = append(names, r.Support...)
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		for _, u := range d.Expand(n) {
			if !seen[u] {
				seen[u] = true
				out = append(out, u)
			}
		}
	}
	return out
}

// Names lists every canonical unit name, sorted, for pick lists.
func (d *Directory) Names() []string {
	out := make([]string, len(d.Units))
	for i, u := range d.Units {
		out[i] = u.Name
	}
	sort.Strings(out)
	return out
}

// FindIn looks for a unit named inside free text such as a file name
// ("教育局2018政务公开落实情况.xlsx"). It returns the canonical name of the
// longest name or alias found, or "" when none is.
func (d *Directory) FindIn(text string) string {
	text = CleanName(text)
	best, bestLen := "", 0
	try := func(form, canonical string) {
		if len(form) > bestLen && strings.Contains(text, form) {
			best, bestLen = canonical, len(form)
		}
	}
	for f := range d.forms() {
		if f.collective {
			continue
		}
		try(f.text, f.canonical)
		// "教育局" for 县教育局: units often drop the county prefix.
		if t := strings.TrimPrefix(f.text, "县"); t != f.text && len([]rune(t)) >= 3 {
			try(t, f.canonical)
		}
	}
	return best
}
