package feedback

import (
	"slices"

	"taizhang/app/plan"
)

// Row is one task of a unit's form, with the unit's role in it.
type Row struct {
	Task *plan.Task
	Role string // 牵头, 负责 or 配合
}

// FormRows lists the tasks that name a unit, directly or through a
// collective, in plan order, with its role.
func FormRows(p *plan.Plan, d *plan.Directory, unit string) []Row {
	var out []Row
	for i := range p.Tasks {
		t := &p.Tasks[i]
		if role := RoleOf(d, t.UnitsText, unit); role != "" {
			out = append(out, Row{Task: t, Role: role})
		}
	}
	return out
}

// RoleOf is the role a unit has in a unit text, or "" when it has none.
func RoleOf(d *plan.Directory, unitsText, unit string) string {
	r := d.Roles(unitsText)
	for _, g := range []struct {
		names []string
		role  string
	}{{r.Lead, "牵头"}, {r.Responsible, "负责"}, {r.Support, "配合"}} {
		for _, n := range g.names {
			if slices.Contains(d.Expand(n), unit) {
				return g.role
			}
		}
	}
	return ""
}

// FormUnits lists every unit the plan names in any role, in the
// directory's order: the units asked for comments. The office that drafts
// the plan and sends it out (县府办) is not asked about its own draft.
func FormUnits(p *plan.Plan, d *plan.Directory) []string {
	named := map[string]bool{}
	for _, t := range p.Tasks {
		for _, u := range d.Owers(t.UnitsText, true) {
			named[u] = true
		}
	}
	if office, _ := d.Office(); office != "" {
		delete(named, office)
	}
	var out []string
	for _, u := range d.Units {
		if named[u.Name] {
			out = append(out, u.Name)
			delete(named, u.Name)
		}
	}
	for _, t := range p.Tasks { // units the directory lacks, in plan order
		for _, u := range d.Owers(t.UnitsText, true) {
			if named[u] {
				out = append(out, u)
				delete(named, u)
			}
		}
	}
	return out
}

// Silent lists the units asked for comments that have sent none, in the
// order of FormUnits.
func Silent(p *plan.Plan, d *plan.Directory, comments []Comment) []string {
	replied := map[string]bool{}
	for _, c := range comments {
		replied[c.Unit] = true
	}
	var out []string
	for _, u := range FormUnits(p, d) {
		if !replied[u] {
			out = append(out, u)
		}
	}
	return out
}

// Unreplied is a unit asked for comments that has not replied, with how
// to reach it.
type Unreplied struct {
	Unit    string `json:"unit"`
	Contact string `json:"contact"`
	Phone   string `json:"phone"`
	Tasks   int    `json:"tasks"` // tasks of the draft that name it
}
