package workspace

import (
	"fmt"
	"path/filepath"
	"time"

	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/app/report"
)

// The files the 催报 list turns into besides the 催办通知 (documents.go):
// the printable 催报清单, and for one unit its template again and its own
// summary. The window and
// the command line write them through here alike.

// SaveRemindSheet writes the 催报清单 (.xlsx) of a list made by Remind.
func (w *Workspace) SaveRemindSheet(path string, l *remind.List) error {
	return report.SaveRemindXLSX(path, l, report.OfficeName(w.Dir))
}

// SaveUnitTemplate writes a unit's return template for period into dir
// and returns the file written.
func (w *Workspace) SaveUnitTemplate(dir, unit, period string) (string, error) {
	path := filepath.Join(dir, report.TemplateFileName(unit))
	return path, report.SaveTemplate(path, w.Plan, w.Dir, unit, period)
}

// UnitSummary is the summary of one unit's returns in period: the tasks it
// owes (and any other it reported on), its returns on them, and its own
// counts, with the unit's name under the title. It is what the office prints to
// show a unit where it stands.
func (w *Workspace) UnitSummary(period, unit string, now time.Time) (*report.SummaryData, error) {
	period, err := w.Period(period)
	if err != nil {
		return nil, err
	}
	rets, err := w.store.Returns(w.Plan.ID, period)
	if err != nil {
		return nil, err
	}
	var own []plan.Return
	reported := map[int]bool{}
	for _, r := range rets {
		if r.Unit == unit {
			own = append(own, r)
			reported[r.Task] = true
		}
	}
	owes := map[int]bool{}
	for _, t := range report.TemplateTasks(w.Plan, w.Dir, unit) {
		owes[t.No] = true
	}
	if len(owes) == 0 && len(own) == 0 {
		return nil, fmt.Errorf("单位“%s”在本方案中没有应报事项，也没有报送记录，无法生成其汇总表。", unit)
	}
	// A copy of the plan in which the unit alone owes its tasks, so every
	// count and the 未报送 sheet speak of this unit only.
	p := *w.Plan
	p.Tasks = nil
	for _, t := range w.Plan.Tasks {
		if owes[t.No] || reported[t.No] {
			if owes[t.No] {
				t.UnitsText = unit
			} else {
				t.UnitsText = ""
			}
			p.Tasks = append(p.Tasks, t)
		}
	}
	s := report.Summary(&p, w.Dir, period, own, now)
	// The unit goes under the title, beside the period, so every sheet's
	// title (汇总表, 未报送单位名单, 统计) stays the office's own.
	s.Period = period + " · " + unit
	return s, nil
}
