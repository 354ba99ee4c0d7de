package plan

import "sort"

// UnitProgress is how far one unit is with the returns it owes.
type UnitProgress struct {
	Unit     string
	Owed     []int // task numbers the unit owes, in plan order
	Reported []int // of those, the ones it has a return for
	Missing  []int // of those, the ones it has not
}

// Progress lists every unit that owes at least one return, with what it
// has and has not reported, most missing first (the 催报 order), then by
// the directory's order.
func Progress(p *Plan, d *Directory, rets []Return) []UnitProgress {
	has := map[string]map[int]bool{}
	for _, r := range rets {
		if has[r.Unit] == nil {
			has[r.Unit] = map[int]bool{}
		}
		has[r.Unit][r.Task] = true
	}
	byUnit := map[string]*UnitProgress{}
	var order []string
	owers := owersMemo(d, p.SupportOwes)
	for _, t := range p.Tasks {
		for _, u := range owers(t.UnitsText) {
			up := byUnit[u]
			if up == nil {
				up = &UnitProgress{Unit: u}
				byUnit[u] = up
				order = append(order, u)
			}
			up.Owed = append(up.Owed, t.No)
			if has[u][t.No] {
				up.Reported = append(up.Reported, t.No)
			} else {
				up.Missing = append(up.Missing, t.No)
			}
		}
	}
	rank := map[string]int{}
	for i, u := range d.Units {
		rank[u.Name] = i + 1
	}
	out := make([]UnitProgress, 0, len(order))
	for _, u := range order {
		out = append(out, *byUnit[u])
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Missing) != len(out[j].Missing) {
			return len(out[i].Missing) > len(out[j].Missing)
		}
		ri, rj := rank[out[i].Unit], rank[out[j].Unit]
		if ri == 0 || rj == 0 { // units not in the directory go last, by name
			if ri != rj {
				return rj == 0
			}
			return out[i].Unit < out[j].Unit
		}
		return ri < rj
	})
	return out
}
