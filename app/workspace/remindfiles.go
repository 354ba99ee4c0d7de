package workspace

import (
	"fmt"
	"path/filepath"
	"time"

	"taizhang/app/officedoc"
	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/app/report"
)

// The files the 催报 list turns into: the printable 催报清单, the 催办通知,
// and for one unit its template again and its own summary. The window and
// the command line write them through here alike.

// SaveRemindSheet writes the 催报清单 (.xlsx) of a list made by Remind.
func (w *Workspace) SaveRemindSheet(path string, l *remind.List) error {
	return report.SaveRemindXLSX(path, l, report.OfficeName(w.Dir))
}

// SaveRemindNotice writes the 催办通知 (.docx) for a list made by Remind,
// dated now.
func (w *Workspace) SaveRemindNotice(path string, l *remind.List, now time.Time) error {
	in := NoticeFor(l, now)
	in.Contact, in.Phone = w.officeContact()
	return w.SaveNotice(path, in)
}

// officeContact is the office's own 联系人 and 联系电话, as entered for it
// in 单位, for the notice's contact line; empty when not entered.
func (w *Workspace) officeContact() (person, phone string) {
	name, collective, ok := w.Dir.Resolve("县政府办公室")
	if !ok || collective {
		return "", ""
	}
	cs, err := w.Contacts()
	if err != nil {
		return "", ""
	}
	return cs[name].Person, cs[name].Phone
}

// NoticeFor is what the 催办通知 says for a 催报 list: the units that still
// owe, what and how late, and the period's due date.
func NoticeFor(l *remind.List, now time.Time) officedoc.NoticeInput {
	in := officedoc.NoticeInput{PlanTitle: l.Plan, Period: l.Period, Date: now}
	if d, err := time.Parse(plan.DateLayout, l.Due); err == nil {
		in.Due = d
	}
	for _, u := range l.Units {
		in.Units = append(in.Units, officedoc.Owing{Unit: u.Unit, Missing: u.MissingText, Count: len(u.Missing),
			Owed: len(u.Owed), Overdue: u.OverdueDays, Contact: u.Contact, Phone: u.Phone})
	}
	return in
}

// SaveUnitTemplate writes a unit's return template for period into dir
// and returns the file written.
func (w *Workspace) SaveUnitTemplate(dir, unit, period string) (string, error) {
	path := filepath.Join(dir, report.TemplateFileName(unit))
	return path, report.SaveTemplate(path, w.Plan, w.Dir, unit, period)
}

// UnitSummary is the summary of one unit's returns in period: the tasks it
// owes (and any other it reported on), its returns on them, and its own
// counts, titled with the unit's name. It is what the office prints to
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
	s.Title = report.SummaryTitle(w.Plan) + "（" + unit + "）"
	return s, nil
}
