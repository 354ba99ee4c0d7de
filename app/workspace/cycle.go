package workspace

import (
	"fmt"
	"strings"
	"time"

	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/storage"
)

// The reporting cycle: periods with due dates, the units' contacts, who
// still owes returns and what changed since the previous period. Each
// change is one store transaction, followed by a reload of the plan.

// noPeriodError names the period that does not exist and the ones that do.
type noPeriodError struct{ text string }

func (e *noPeriodError) Error() string        { return e.text }
func (e *noPeriodError) Is(target error) bool { return target == storage.ErrNoPeriod }

func noPeriod(p *plan.Plan, name string) error {
	return &noPeriodError{fmt.Sprintf("方案中没有报送期“%s”（现有：%s）：请改用现有的报送期，或先用 period add 添加。",
		name, strings.Join(p.Periods, "、"))}
}

// Periods lists the plan's periods in the order they fall due.
func (w *Workspace) Periods() ([]plan.Period, error) { return w.store.Periods(w.Plan.ID) }

// AddPeriod adds a reporting period; due is 2006-01-02 or "".
func (w *Workspace) AddPeriod(name, due string) error {
	return w.reloadAfter(w.store.AddPeriod(w.Plan.ID, name, due))
}

// SetPeriodDue sets or (with "") clears a period's due date.
func (w *Workspace) SetPeriodDue(name, due string) error {
	if !w.Plan.HasPeriod(name) {
		return noPeriod(w.Plan, name)
	}
	return w.reloadAfter(w.store.SetPeriodDue(w.Plan.ID, name, due))
}

// RenamePeriod renames a period with everything filed under it.
func (w *Workspace) RenamePeriod(old, name string) error {
	if !w.Plan.HasPeriod(old) {
		return noPeriod(w.Plan, old)
	}
	return w.reloadAfter(w.store.RenamePeriod(w.Plan.ID, old, name))
}

// RemovePeriod removes a period that holds no returns.
func (w *Workspace) RemovePeriod(name string) error {
	if !w.Plan.HasPeriod(name) {
		return noPeriod(w.Plan, name)
	}
	return w.reloadAfter(w.store.RemovePeriod(w.Plan.ID, name))
}

// reloadAfter reads the plan again after a period write and tells the
// listeners, so every view shows the new periods.
func (w *Workspace) reloadAfter(err error) error {
	if err != nil {
		return err
	}
	return w.reloadAndNotify(Change{Kind: PeriodsChanged})
}

// PeriodState is a period with how its collection stands.
type PeriodState struct {
	plan.Period
	Returns     int // returns held
	Answered    int // of the returns owed, those held: the 总览's 报送条数
	Owed        int // returns owed in the period
	Extra       int // returns held on tasks their unit does not owe (额外报送)
	Owing       int // units still owing at least one return
	OverdueDays int // days past due at today, 0 when not due or no date
}

// PeriodStates lists the periods in due order with their counts at today.
func (w *Workspace) PeriodStates(today time.Time) ([]PeriodState, error) {
	ps, err := w.Periods()
	if err != nil {
		return nil, err
	}
	out := make([]PeriodState, 0, len(ps))
	for _, p := range ps {
		rets, err := w.store.Returns(w.Plan.ID, p.Name)
		if err != nil {
			return nil, err
		}
		// Summarize's Behind are the units still owing a return.
		sum := plan.Summarize(w.Plan, w.Dir, rets)
		out = append(out, PeriodState{Period: p, Returns: len(rets), Answered: sum.Returned, Owed: sum.Owed,
			Extra: len(sum.Extra), Owing: len(sum.Behind), OverdueDays: plan.DaysOverdue(p.Due, today)})
	}
	return out, nil
}

// Contacts returns the units' contacts by canonical name.
func (w *Workspace) Contacts() (map[string]plan.Contact, error) { return w.store.Contacts() }

// EditContact changes the contact of the unit named (any way the directory
// knows it) in one transaction. It returns the canonical name.
func (w *Workspace) EditContact(name string, edit func(*plan.Contact)) (string, error) {
	unit, collective, ok := w.Dir.Resolve(name)
	if !ok || collective {
		return "", fmt.Errorf("单位“%s”不在单位名录中：请先在“单位”中添加，或核对名称。", name)
	}
	if err := w.store.EditContact(unit, edit); err != nil {
		return "", err
	}
	w.notify(Change{Kind: ContactsChanged})
	return unit, nil
}

// Remind lists the units still owing returns in period ("" for the
// current one) as of today, with their contacts.
func (w *Workspace) Remind(period string, today time.Time) (*remind.List, error) {
	period, err := w.PeriodAt(period, today)
	if err != nil {
		return nil, err
	}
	rets, err := w.store.Returns(w.Plan.ID, period)
	if err != nil {
		return nil, err
	}
	contacts, err := w.Contacts()
	if err != nil {
		return nil, err
	}
	return remind.Build(w.Plan, w.Dir, period, rets, contacts, today), nil
}

// PeriodAt settles a period name: p itself when the plan has it, the
// period current at today when p is empty.
func (w *Workspace) PeriodAt(p string, today time.Time) (string, error) {
	if p == "" {
		return w.Plan.CurrentPeriod(today), nil
	}
	if !w.Plan.HasPeriod(p) {
		return "", noPeriod(w.Plan, p)
	}
	return p, nil
}

// PreviousReturns are the returns of the period before period (上期), with
// that period's name; none when period is the first.
func (w *Workspace) PreviousReturns(period string) (string, []plan.Return, error) {
	prev := w.Plan.PreviousPeriod(period)
	if prev == "" {
		return "", nil, nil
	}
	rets, err := w.store.Returns(w.Plan.ID, prev)
	return prev, rets, err
}

// Changes compares period with the one before it, task by task and unit by
// unit. prev is "" (and there are no changes) for the first period.
func (w *Workspace) Changes(period string) (prev string, deltas []remind.Delta, err error) {
	if !w.Plan.HasPeriod(period) {
		return "", nil, noPeriod(w.Plan, period)
	}
	cur, err := w.store.Returns(w.Plan.ID, period)
	if err != nil {
		return "", nil, err
	}
	return w.ChangesFrom(period, cur)
}

// ChangesFrom is Changes for a period whose returns cur the caller has
// already read (the window's view model), so they are not read again.
func (w *Workspace) ChangesFrom(period string, cur []plan.Return) (prev string, deltas []remind.Delta, err error) {
	if !w.Plan.HasPeriod(period) {
		return "", nil, noPeriod(w.Plan, period)
	}
	prev, before, err := w.PreviousReturns(period)
	if err != nil || prev == "" {
		return prev, nil, err
	}
	return prev, remind.Compare(w.Plan, w.Dir, before, cur), nil
}
