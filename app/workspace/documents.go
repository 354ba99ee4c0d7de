package workspace

import (
	"path/filepath"
	"strings"
	"time"

	"taizhang/app/docx"
	"taizhang/app/gongwen"
	"taizhang/app/plan"
	"taizhang/app/remind"
)

// SaveReport writes the period's 工作总结 draft (.docx) to path, all of it
// or nothing; period "" is the plan's default.
func (w *Workspace) SaveReport(period, path string, now time.Time) (gongwen.ReportStats, error) {
	p, err := w.Period(period)
	if err != nil {
		return gongwen.ReportStats{}, err
	}
	rets, err := w.store.Returns(w.Plan.ID, p)
	if err != nil {
		return gongwen.ReportStats{}, err
	}
	d, st := gongwen.Report(gongwen.ReportInput{Plan: w.Plan, Dir: w.Dir, Period: p, Returns: rets, Date: now, Office: w.officeName()})
	return st, saveDocx(path, d)
}

// SaveNotice writes a 催办通知 (.docx) for the units in `in`, naming the
// office as sender when the caller left it empty.
func (w *Workspace) SaveNotice(path string, in gongwen.NoticeInput) error {
	if in.PlanTitle == "" {
		in.PlanTitle = w.Plan.Title
	}
	if in.Office == "" {
		in.Office = w.officeName()
	}
	return saveDocx(path, gongwen.Notice(in))
}

// SaveRemindNotice writes the formal 催办通知 (.docx) for a 催报 list: the
// units still owing, with the office's own contact when the directory has
// one for 县政府办公室.
func (w *Workspace) SaveRemindNotice(path string, l *remind.List) error {
	in := gongwen.NoticeInput{PlanTitle: l.Plan, Period: l.Period, Date: l.Today}
	if due, err := time.Parse(plan.DateLayout, l.Due); err == nil {
		in.Due = due
	}
	for _, u := range l.Units {
		in.Units = append(in.Units, gongwen.Owing{Unit: u.Unit, Missing: u.MissingText, Count: len(u.Missing),
			Owed: len(u.Owed), Overdue: u.OverdueDays, Contact: u.Contact, Phone: u.Phone})
	}
	if office, _ := w.Dir.Office(); office != "" {
		in.Issuer = office
		if contacts, err := w.Contacts(); err == nil {
			in.Contact, in.Phone = contacts[office].Person, contacts[office].Phone
		}
	}
	return w.SaveNotice(path, in)
}

func saveDocx(path string, d *docx.Document) error {
	if !strings.EqualFold(filepath.Ext(path), ".docx") {
		path += ".docx"
	}
	return docx.Save(path, d)
}

// officeName is the name the office signs with (plan.Directory.Office).
func (w *Workspace) officeName() string {
	_, name := w.Dir.Office()
	return name
}
