package plan

import "sort"

// The one count of a period's ledger. Summarize (overview.go) is the only
// place that decides what a period owes, what came back and what came back
// without being owed; the window, the 汇总表, the 工作总结, the 催办通知
// and `remind` all read their figures from its Overview, so no two of them
// can disagree.
//
// A return is owed when its unit owes its task (Directory.Owers, the
// collectives expanded). A return on a task the unit does not owe, or on a
// task the plan does not have, is 额外报送: kept in the ledger and shown,
// but never counted into 应报 or its breakdown by status.

// ExtraWord is what the office calls a return nobody asked for.
const ExtraWord = "额外报送"

// extraReturns lists the returns no unit owes, by task then unit.
func extraReturns(p *Plan, states map[int]TaskState, rets []Return) []Return {
	var out []Return
	for _, r := range rets {
		st, ok := states[r.Task]
		if !ok || !st.Owes(r.Unit) {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Task != out[j].Task {
			return out[i].Task < out[j].Task
		}
		return out[i].Unit < out[j].Unit
	})
	return out
}

// Breakdown is the owed returns by status in the office's order: the
// words units choose, 未填状态 when some return gave none the office
// knows, then 未报送. The numbers add up to Owed.
func (o Overview) Breakdown() []StatusCount {
	var out []StatusCount
	for _, s := range Statuses {
		out = append(out, StatusCount{s, o.Counts[s]})
	}
	if n := o.Counts[StatusUnset]; n > 0 {
		out = append(out, StatusCount{StatusUnset, n})
	}
	return append(out, StatusCount{StatusMissing, o.Counts[StatusMissing]})
}

// StatusCount is one status with how many owed returns have it.
type StatusCount struct {
	Status string
	N      int
}

// Missing is how many owed returns have not come in.
func (o Overview) Missing() int { return o.Owed - o.Returned }

// ExtraTasks lists the task numbers unit reported on in rets without
// owing them: what the import preview warns about before anything is
// written.
func ExtraTasks(p *Plan, d *Directory, unit string, rets []Return) []int {
	return NewExtraFinder(p, d).Tasks(unit, rets)
}

// ExtraFinder answers ExtraTasks for many files against one plan and
// directory, resolving every task's units once instead of once per file
// (an import of 200 returns spent a tenth of its time doing it again).
// It is safe for use by several goroutines.
type ExtraFinder struct {
	owes map[string]map[int]bool // unit → the tasks it owes
}

// NewExtraFinder resolves which units owe which tasks.
func NewExtraFinder(p *Plan, d *Directory) *ExtraFinder {
	owers := owersMemo(d, p.SupportOwes)
	f := &ExtraFinder{owes: map[string]map[int]bool{}}
	for _, t := range p.Tasks {
		for _, u := range owers(t.UnitsText) {
			if f.owes[u] == nil {
				f.owes[u] = map[int]bool{}
			}
			f.owes[u][t.No] = true
		}
	}
	return f
}

// Tasks is ExtraTasks for the finder's plan and directory.
func (f *ExtraFinder) Tasks(unit string, rets []Return) []int {
	owes := f.owes[unit]
	var out []int
	seen := map[int]bool{}
	for _, r := range rets {
		if r.Unit != "" && r.Unit != unit {
			continue // another unit's return
		}
		if !owes[r.Task] && !seen[r.Task] {
			seen[r.Task] = true
			out = append(out, r.Task)
		}
	}
	sort.Ints(out)
	return out
}
