package plan

import "sort"

// Change says what importing one row does to the ledger.
type Change int

const (
	Unchanged Change = iota // same values already there
	New                     // the unit had no return for the task
	Updated                 // a later return replaced the values; the old ones go to history
	Older                   // an earlier return than the one held: kept in history only
)

// String is the word the clerk sees.
func (c Change) String() string {
	return [...]string{"未变", "新增", "更新", "较旧（存入历史）"}[c]
}

// Merge folds an incoming return into the one held (nil when none). The
// result does not depend on the order returns arrive in: the later 填报日期
// wins; on the same date, the one imported last wins; values seen before,
// current or in history, change nothing.
func Merge(held *Return, in Return) (Return, Change) {
	if held == nil {
		in.History = nil
		return in, New
	}
	if held.Values == in.Values {
		return *held, Unchanged
	}
	for _, h := range held.History {
		if h.Values == in.Values && h.Date == in.Date {
			return *held, Unchanged
		}
	}
	out := *held
	out.History = append([]Revision{}, held.History...)
	if in.Date < held.Date {
		out.History = append(out.History, in.Revision())
		sortHistory(out.History)
		return out, Older
	}
	out.History = append(out.History, held.Revision())
	sortHistory(out.History)
	in.History = out.History
	return in, Updated
}

func sortHistory(h []Revision) {
	sort.SliceStable(h, func(i, j int) bool { return h[i].Date < h[j].Date })
}
