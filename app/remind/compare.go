package remind

import (
	"sort"

	"taizhang/app/plan"
)

// Change is what happened to one unit's return on one task between the
// previous period and this one.
type Change int

const (
	Same          Change = iota // the same standing (or the same words)
	MovedUp                     // a better status: 未启动 → 正在推进 → 已完成
	MovedDown                   // a worse one
	NewlyReported               // missing last period, sent this one
	StillMissing                // missing in both
	NoLonger                    // sent last period, missing this one
	Changed                     // a different word that has no rank (不涉及, or one the unit made up)
)

// String is the word the clerk sees.
func (c Change) String() string {
	return [...]string{"持平", "进步", "退步", "新报送", "仍未报送", "本期未报", "有变化"}[c]
}

// rank orders the statuses by how far the work is. 持续推进 is work that
// goes on by nature, on a par with done; 不涉及 has no rank.
var rank = map[string]int{
	plan.StatusNotStarted: 1, plan.StatusLate: 2, plan.StatusInProgress: 3,
	plan.StatusOngoing: 4, plan.StatusDone: 4,
}

// Delta is one (task, unit) compared across two periods.
type Delta struct {
	Task       int
	Unit       string
	PrevStatus string // plan.StatusMissing when there was no return
	CurStatus  string
	Prev, Cur  *plan.Return // nil when missing
	Change     Change
}

type key struct {
	task int
	unit string
}

// Compare pairs every owed return, and every return sent by a unit that
// did not owe it, across the previous period and this one, by task then in
// the order the task names its units.
func Compare(p *plan.Plan, d *plan.Directory, prev, cur []plan.Return) []Delta {
	before, now := index(prev), index(cur)
	var keys []key
	seen := map[key]bool{}
	add := func(k key) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, t := range p.Tasks {
		for _, u := range d.Owers(t.UnitsText, p.SupportOwes) {
			add(key{t.No, u})
		}
	}
	extra := len(keys)
	for _, rs := range [][]plan.Return{prev, cur} {
		for _, r := range rs {
			add(key{r.Task, r.Unit})
		}
	}
	sort.SliceStable(keys[extra:], func(i, j int) bool {
		a, b := keys[extra+i], keys[extra+j]
		return a.task < b.task || a.task == b.task && a.unit < b.unit
	})
	out := make([]Delta, 0, len(keys))
	for _, k := range keys {
		out = append(out, delta(k, before[k], now[k]))
	}
	return out
}

func index(rets []plan.Return) map[key]*plan.Return {
	m := make(map[key]*plan.Return, len(rets))
	for i := range rets {
		m[key{rets[i].Task, rets[i].Unit}] = &rets[i]
	}
	return m
}

func delta(k key, prev, cur *plan.Return) Delta {
	d := Delta{Task: k.task, Unit: k.unit, Prev: prev, Cur: cur, PrevStatus: statusOf(prev), CurStatus: statusOf(cur)}
	d.Change = changeOf(prev, cur, d.PrevStatus, d.CurStatus)
	return d
}

// changeOf is how a unit's return on a task moved between two periods,
// given the returns (nil when missing) and their statuses.
func changeOf(prev, cur *plan.Return, was, is string) Change {
	if prev == nil && cur == nil {
		return StillMissing
	}
	if prev == nil {
		return NewlyReported
	}
	if cur == nil {
		return NoLonger
	}
	if was == is {
		return Same
	}
	if rank[was] == 0 || rank[is] == 0 {
		return Changed // a status outside the ladder: moved, direction unknown
	}
	if rank[is] > rank[was] {
		return MovedUp
	}
	if rank[is] < rank[was] {
		return MovedDown
	}
	return Same
}

func statusOf(r *plan.Return) string {
	if r == nil {
		return plan.StatusMissing
	}
	return r.StatusText()
}

// Tally counts the changes, for the overview.
func Tally(ds []Delta) map[Change]int {
	out := map[Change]int{}
	for _, d := range ds {
		out[d.Change]++
	}
	return out
}

// ByTask keeps the deltas of one task, for a task's returns.
func ByTask(ds []Delta, task int) []Delta {
	var out []Delta
	for _, d := range ds {
		if d.Task == task {
			out = append(out, d)
		}
	}
	return out
}
