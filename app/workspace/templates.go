package workspace

import (
	"taizhang/app/feedback/forms"
	"taizhang/app/feedback/reply"
	"taizhang/app/importer"
	"taizhang/app/report"
	"taizhang/storage"
)

// Types the front ends show, named here so the window and the command
// line need not reach into the importer or the store.
type (
	// FileRead is one return file as read: its unit, rows and any refusal.
	FileRead = importer.Result
	// FileOutcome is what importing one file changed (or would change).
	FileOutcome = storage.FileOutcome
	// ReplyOutcome is what importing one unit's reply on the draft plan
	// changed (or would change).
	ReplyOutcome = storage.ReplyOutcome
	// ReplyRead is one unit's reply on the draft plan as read: its
	// comments and any refusal.
	ReplyRead = reply.Result
)

// FeedbackFormName is the file name of unit's 征求意见反馈表 with ext
// (".xlsx" or ".docx"), as the forms for every unit are named.
func FeedbackFormName(unit, ext string) string { return forms.FileName(unit, ext) }

// ErrNoPeriod means the plan has no period of the name given.
var ErrNoPeriod = storage.ErrNoPeriod

// ErrNoComment means no comment has the number given.
var ErrNoComment = storage.ErrNoComment

// SaveTemplate writes unit's return template for period to path and
// returns how many tasks it asks the unit about.
func (w *Workspace) SaveTemplate(path, unit, period string) (tasks int, err error) {
	p, d := w.current()
	if err := report.SaveTemplate(path, p, d, unit, period); err != nil {
		return 0, err
	}
	return len(report.TemplateTasks(p, d, unit)), nil
}

// SaveAllTemplates writes a template for every unit that owes returns
// into dir and returns the files written.
func (w *Workspace) SaveAllTemplates(dir, period string) ([]string, error) {
	p, d := w.current()
	return report.TemplatesAll(dir, p, d, period)
}

// TemplateFileName is the name a unit's template is saved under in a
// folder.
func TemplateFileName(unit string) string { return report.TemplateFileName(unit) }
