package workspace

import (
	"path/filepath"
	"strings"
	"time"

	"taizhang/app/docx"
	"taizhang/app/officedoc"
)

// SaveReport writes the period's 工作总结 draft (.docx) to path, all of it
// or nothing; period "" is the plan's default.
func (w *Workspace) SaveReport(period, path string, now time.Time) (officedoc.ReportStats, error) {
	p, err := w.Period(period)
	if err != nil {
		return officedoc.ReportStats{}, err
	}
	rets, err := w.store.Returns(w.Plan.ID, p)
	if err != nil {
		return officedoc.ReportStats{}, err
	}
	d, st := officedoc.Report(officedoc.ReportInput{Plan: w.Plan, Dir: w.Dir, Period: p, Returns: rets, Date: now, Office: w.officeName()})
	return st, saveDocx(path, d)
}

// SaveNotice writes a 催办通知 (.docx) for the units in `in`, naming the
// office as sender when the caller left it empty.
func (w *Workspace) SaveNotice(path string, in officedoc.NoticeInput) error {
	if in.PlanTitle == "" {
		in.PlanTitle = w.Plan.Title
	}
	if in.Office == "" {
		in.Office = w.officeName()
	}
	return saveDocx(path, officedoc.Notice(in))
}

func saveDocx(path string, d *docx.Document) error {
	if !strings.EqualFold(filepath.Ext(path), ".docx") {
		path += ".docx"
	}
	return docx.Save(path, d)
}

// officeName is the full name of the office that runs the plan (县政府办公室
// in the directory), for the sender line; "" when the directory lacks it.
func (w *Workspace) officeName() string {
	name, collective, ok := w.Dir.Resolve("县政府办公室")
	if !ok || collective {
		return ""
	}
	if u := w.Dir.Unit(name); u != nil && u.FullName != "" {
		return u.FullName
	}
	return name
}
