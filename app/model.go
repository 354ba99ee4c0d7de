package app

import (
	"time"

	"taizhang/app/plan"
	"taizhang/app/remind"
)

// viewModel is the shown period worked out once per change (a write,
// another period or plan chosen) and handed to every view: no view reads
// the ledger or counts on its own, so a click on a tab only draws, and
// the 总览, the 状态 column, the 催报 list and the status bar cannot
// disagree.
type viewModel struct {
	period  string
	due     string // the period's due date, "" when none is set
	today   time.Time
	overdue int // days past due, 0 before it or without one
	returns []plan.Return
	// states are every task's returns measured against its owing units,
	// by task number; overview sums them.
	states   map[int]plan.TaskState
	overview plan.Overview
	// remind is the 催报 list, nil when it could not be made (remindErr).
	remind    *remind.List
	remindErr error
	changes   periodChanges
}

// newModel reads the ledger of period and works out what every view shows.
func (u *UI) newModel(period string) (*viewModel, error) {
	ws := u.ws
	rets, err := ws.Ledger(period)
	if err != nil {
		return nil, err
	}
	now := today()
	m := &viewModel{period: period, due: ws.Plan.DueDate(period), today: now, returns: rets}
	if m.due != "" {
		m.overdue = plan.DaysOverdue(m.due, now)
	}
	m.states = plan.TaskStates(ws.Plan, ws.Dir, rets)
	m.overview = plan.Summarize(ws.Plan, ws.Dir, rets)
	if contacts, err := ws.Contacts(); err != nil {
		m.remindErr = err
	} else {
		m.remind = remind.Build(ws.Plan, ws.Dir, period, rets, contacts, now)
	}
	m.changes = loadChanges(u, period, rets)
	return m, nil
}

// taskStatus is what the 状态 column shows for a task and what a status
// filter matches: with a unit chosen, that unit's own status on the task;
// otherwise the task's headline, the status most in need of attention
// (so 已完成 is exactly the tasks the 总览 counts as finished).
func taskStatus(st plan.TaskState, unit string) string {
	if unit != "" {
		if s, ok := st.ByUnit[unit]; ok {
			return s
		}
	}
	return st.Headline
}
