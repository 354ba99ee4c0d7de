package report

import "taizhang/app/plan"

// stats lays out the period's count (plan.Summarize) as the 统计 sheet
// prints it: the owed returns by status per section, per unit and in all.
// Returns nobody owed (额外报送) are in no row; Extra says how many there
// are, for the note under the table.
func stats(p *plan.Plan, d *plan.Directory, o plan.Overview) Stats {
	cols := append(append([]string{}, plan.Statuses...), plan.StatusMissing)
	if o.Counts[plan.StatusUnset] > 0 {
		cols = append(cols, StatusUnset)
	}
	row := func(name string, counts map[string]int) StatRow {
		r := StatRow{Name: name, Counts: make([]int, len(cols))}
		for i, c := range cols {
			r.Counts[i] = counts[c]
			r.Total += counts[c]
		}
		return r
	}
	st := Stats{Columns: cols, Total: row("合计", o.Counts), Extra: len(o.Extra)}
	for _, s := range o.Sections {
		if s.Owed == 0 {
			continue
		}
		name := s.Title
		if name == "" {
			name = "其他"
		}
		st.Sections = append(st.Sections, row(name, s.Counts))
	}
	for _, u := range sortedKeys(o.ByUnit, unitOrder(d)) {
		st.Units = append(st.Units, row(u, o.ByUnit[u]))
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
