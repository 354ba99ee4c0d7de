package report

import "taizhang/app/plan"

// stats counts every (task, unit) pair that is owed or reported, by the
// status of the return, per section and per unit.
func stats(p *plan.Plan, d *plan.Directory, owers map[int][]string, byTask map[int]map[string]plan.Return) Stats {
	cols := append(append([]string{}, plan.Statuses...), plan.StatusMissing)
	index := map[string]int{}
	for i, c := range cols {
		index[c] = i
	}
	unset := -1
	type pair struct {
		section, unit string
		col           int
	}
	var pairs []pair
	for _, t := range p.Tasks {
		for _, u := range orderedUnits(owers[t.No], byTask[t.No]) {
			col := index[plan.StatusMissing]
			if r, ok := byTask[t.No][u]; ok {
				c, known := index[r.Status]
				if !known || r.Status == plan.StatusMissing {
					if unset < 0 {
						unset = len(cols)
						cols = append(cols, StatusUnset)
					}
					c = unset
				}
				col = c
			}
			pairs = append(pairs, pair{t.Section, u, col})
		}
	}
	st := Stats{Columns: cols, Total: StatRow{Name: "合计", Counts: make([]int, len(cols))}}
	secRows := map[string]*StatRow{}
	unitRows := map[string]*StatRow{}
	get := func(m map[string]*StatRow, name string) *StatRow {
		if m[name] == nil {
			m[name] = &StatRow{Name: name, Counts: make([]int, len(cols))}
		}
		return m[name]
	}
	for _, pr := range pairs {
		for _, row := range []*StatRow{get(secRows, pr.section), get(unitRows, pr.unit), &st.Total} {
			row.Counts[pr.col]++
			row.Total++
		}
	}
	for _, s := range p.Sections {
		if r := secRows[s.Title]; r != nil {
			st.Sections = append(st.Sections, *r)
			delete(secRows, s.Title)
		}
	}
	for _, name := range sortedKeys(secRows, nil) { // tasks outside the listed sections
		r := secRows[name]
		if r.Name == "" {
			r.Name = "其他"
		}
		st.Sections = append(st.Sections, *r)
	}
	for _, u := range sortedKeys(unitRows, unitOrder(d)) {
		st.Units = append(st.Units, *unitRows[u])
	}
	return st
}

// Count returns the count of one status word in a row, 0 when the word is
// not counted.
func (s Stats) Count(row StatRow, status string) int {
	for i, c := range s.Columns {
		if c == status && i < len(row.Counts) {
			return row.Counts[i]
		}
	}
	return 0
}
