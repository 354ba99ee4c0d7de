package workspace

import (
	"fmt"
	"time"

	"taizhang/app/plan"
)

// MarkStep records that one of the year's steps was done in a period of
// the current plan (see app's checklist for the names). Safe off the
// window's goroutine: it reads the plan once and writes one transaction.
func (w *Workspace) MarkStep(period, step string, at time.Time) error {
	p, _ := w.current()
	if err := w.store.MarkStep(p.ID, period, step, at.Format(plan.DateLayout)); err != nil {
		return fmt.Errorf("无法记下已完成的步骤：%w", err)
	}
	return nil
}

// StepsDone gives the steps marked done in a period, with their dates.
func (w *Workspace) StepsDone(period string) (map[string]string, error) {
	p, _ := w.current()
	return w.store.StepsDone(p.ID, period)
}
