package plan

import "slices"

// TaskState is one task's returns for a period measured against the units
// that owe them.
type TaskState struct {
	Owers    []string // canonical units that owe a return, collectives expanded
	Reported int      // owing units with a return
	Done     int      // owing units whose return says 已完成
	// Counts are the owed returns by status (未报送 for none, 未填状态 for
	// a word outside the vocabulary).
	Counts map[string]int
	// Headline is the status most in need of attention (see Severity);
	// "" when no unit owes the task.
	Headline string
	// ByUnit is each owing unit's status, counted as in Counts.
	ByUnit map[string]string
}

// Finished is true when every owing unit has reported the task 已完成 or
// 不涉及, with at least one 已完成.
func (s TaskState) Finished() bool {
	return s.Done > 0 && s.Done+s.Counts[StatusNA] == len(s.Owers)
}

// Has reports whether any owed return on the task has status.
func (s TaskState) Has(status string) bool { return s.Counts[status] > 0 }

// Owes reports whether unit owes the task, directly or through a
// collective such as 县直各部门.
func (s TaskState) Owes(unit string) bool { return slices.Contains(s.Owers, unit) }

// owersMemo works out each distinct unit text once: a plan repeats the
// same few texts across its tasks. The lists returned are shared.
func owersMemo(d *Directory, supportOwes bool) func(text string) []string {
	seen := map[string][]string{}
	return func(text string) []string {
		o, ok := seen[text]
		if !ok {
			o = d.Owers(text, supportOwes)
			seen[text] = o
		}
		return o
	}
}

// countedStatus is the status a return counts under.
func countedStatus(r *Return) string {
	if r == nil {
		return StatusMissing
	}
	if _, known := palette[r.Status]; !known || r.Status == "" || r.Status == StatusMissing || r.Status == StatusUnset {
		return StatusUnset
	}
	return r.Status
}

// TaskStates works out every task's state from a period's ledger, by task
// number.
func TaskStates(p *Plan, d *Directory, rets []Return) map[int]TaskState {
	byTask := map[int]map[string]*Return{}
	for i := range rets {
		r := &rets[i]
		if byTask[r.Task] == nil {
			byTask[r.Task] = map[string]*Return{}
		}
		byTask[r.Task][r.Unit] = r
	}
	out := make(map[int]TaskState, len(p.Tasks))
	owers := owersMemo(d, p.SupportOwes)
	for _, t := range p.Tasks {
		s := TaskState{Owers: owers(t.UnitsText), Counts: map[string]int{}, ByUnit: map[string]string{}}
		for _, u := range s.Owers {
			r := byTask[t.No][u]
			st := countedStatus(r)
			s.Counts[st]++
			s.ByUnit[u] = st
			if r != nil {
				s.Reported++
			}
			if st == StatusDone {
				s.Done++
			}
			if s.Headline == "" || Severity(st) < Severity(s.Headline) {
				s.Headline = st
			}
		}
		out[t.No] = s
	}
	return out
}

// Overview is the year at a glance for one period.
type Overview struct {
	Units, UnitsReported int // units owing a return; of those, units with at least one
	Owed, Returned       int // returns owed; of those, received
	Tasks, TasksDone     int // tasks some unit owes; of those, finished (see TaskState.Finished)
	Counts               map[string]int
	Sections             []SectionCounts
	// Behind are the units with returns missing, most missing first.
	Behind []UnitProgress
	// Progress is every unit that owes a return, as Behind orders them;
	// the units with nothing missing are the ones that sent everything.
	Progress []UnitProgress
	// ByUnit is each owing unit's owed returns by status, as Counts.
	ByUnit map[string]map[string]int
	// Extra are the returns on tasks their unit does not owe (额外报送),
	// by task then unit; they are in no other figure.
	Extra []Return
}

// SectionCounts are a section's owed returns by status.
type SectionCounts struct {
	Title  string
	Owed   int
	Counts map[string]int
	Extra  int // 额外报送 on the section's tasks
}

// Summarize works out the overview of a period's ledger: the one count
// every figure the program shows or prints comes from (see count.go).
func Summarize(p *Plan, d *Directory, rets []Return) Overview {
	states := TaskStates(p, d, rets)
	o := Overview{Counts: map[string]int{}, ByUnit: map[string]map[string]int{}}
	secIndex := map[string]int{}
	for _, s := range p.Sections {
		secIndex[s.Title] = len(o.Sections)
		o.Sections = append(o.Sections, SectionCounts{Title: s.Title, Counts: map[string]int{}})
	}
	secOf := map[int]int{} // task number → index in o.Sections
	for _, t := range p.Tasks {
		st := states[t.No]
		if len(st.Owers) == 0 {
			continue
		}
		o.Tasks++
		if st.Finished() {
			o.TasksDone++
		}
		o.Owed += len(st.Owers)
		o.Returned += st.Reported
		i, ok := secIndex[t.Section]
		if !ok {
			i = len(o.Sections)
			secIndex[t.Section] = i
			o.Sections = append(o.Sections, SectionCounts{Title: t.Section, Counts: map[string]int{}})
		}
		secOf[t.No] = i
		o.Sections[i].Owed += len(st.Owers)
		for k, n := range st.Counts {
			o.Counts[k] += n
			o.Sections[i].Counts[k] += n
		}
		for u, s := range st.ByUnit {
			if o.ByUnit[u] == nil {
				o.ByUnit[u] = map[string]int{}
			}
			o.ByUnit[u][s]++
		}
	}
	o.Extra = extraReturns(p, states, rets)
	for _, r := range o.Extra {
		if i, ok := secOf[r.Task]; ok {
			o.Sections[i].Extra++
		}
	}
	o.Progress = Progress(p, d, rets)
	for _, up := range o.Progress {
		o.Units++
		if len(up.Reported) > 0 {
			o.UnitsReported++
		}
		if len(up.Missing) > 0 {
			o.Behind = append(o.Behind, up)
		}
	}
	return o
}
