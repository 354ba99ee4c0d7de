package workspace

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"taizhang/app/plan"
	"taizhang/app/report"
	"taizhang/app/report/pdf"
	"taizhang/storage"
)

// ChangeKind says what a successful write changed, so the window redraws
// only what shows it.
type ChangeKind int

const (
	// LedgerChanged: returns were imported or an import was undone.
	LedgerChanged ChangeKind = iota + 1
	// TaskChanged: one task's requirement, units or notes were saved.
	TaskChanged
	// DirectoryChanged: the unit directory was saved.
	DirectoryChanged
	// PlanChanged: another plan is current, or the whole database was
	// replaced from a backup; everything shown is stale.
	PlanChanged
	// PeriodsChanged: a period was added, renamed, removed or given a due
	// date.
	PeriodsChanged
	// ContactsChanged: a unit's 联系人, 联系电话 or 备注 was edited.
	ContactsChanged
)

// Change is what one write did.
type Change struct {
	Kind   ChangeKind
	Period string // LedgerChanged: the period written ("" when unknown)
	Task   int    // TaskChanged: the task's number
}

// OnChange registers f to be told after every successful write. f runs on
// the goroutine that made the write, which for an import is a background
// one: a window must hand the redraw to its own goroutine.
func (w *Workspace) OnChange(f func(Change)) {
	w.mu.Lock()
	w.listeners = append(w.listeners, f)
	w.mu.Unlock()
}

func (w *Workspace) notify(c Change) {
	w.mu.Lock()
	list := append([]func(Change){}, w.listeners...)
	w.mu.Unlock()
	for _, f := range list {
		f(c)
	}
}

// reloadAndNotify reads the plan again after a write and tells listeners.
func (w *Workspace) reloadAndNotify(c Change) error {
	if err := w.Reload(); err != nil {
		return err
	}
	w.notify(c)
	return nil
}

// Plans lists the stored plans.
func (w *Workspace) Plans() ([]storage.PlanInfo, error) { return w.store.Plans() }

// Ledger lists the returns of the current plan for a period, by task then
// unit.
func (w *Workspace) Ledger(period string) ([]plan.Return, error) {
	p, _ := w.current()
	return w.store.Returns(p.ID, period)
}

// LastImport describes the import UndoImport would undo.
func (w *Workspace) LastImport() (storage.ImportInfo, error) { return w.store.LastImport() }

// UndoImport undoes the last import in one transaction.
func (w *Workspace) UndoImport() (storage.ImportInfo, error) {
	return w.UndoImportOf(storage.ImportInfo{})
}

// UndoImportOf undoes the import shown to the clerk (from LastImport),
// refusing when another import came after it or one is being written.
func (w *Workspace) UndoImportOf(shown storage.ImportInfo) (storage.ImportInfo, error) {
	var info storage.ImportInfo
	err := w.betweenImports(func() (err error) {
		info, err = w.store.UndoImport(shown.ID)
		return err
	})
	if err != nil {
		return info, err
	}
	w.notify(Change{Kind: LedgerChanged})
	return info, nil
}

// betweenImports runs f while no import writes, or refuses at once with
// errImportRunning. Checking and holding are one step, so no import can
// start writing between the check and f; one that starts during f waits.
func (w *Workspace) betweenImports(f func() error) error {
	if !w.importing.TryLock() {
		return errImportRunning
	}
	defer w.importing.Unlock()
	return f()
}

// TaskEdit is what the clerk may change in a task.
type TaskEdit struct {
	Text, Units, Notes string
}

// SaveTask writes one task's edit in one transaction.
func (w *Workspace) SaveTask(no int, e TaskEdit) error {
	e.Text, e.Units, e.Notes = strings.TrimSpace(e.Text), strings.TrimSpace(e.Units), strings.TrimSpace(e.Notes)
	if e.Text == "" {
		return fmt.Errorf("第 %d 项的“具体要求”不能为空，请填写后再保存", no)
	}
	err := w.store.UpdatePlan(w.Plan.ID, func(p *plan.Plan) error {
		t := p.Task(no)
		if t == nil {
			return fmt.Errorf("第 %d 项已不在方案中", no)
		}
		t.Text, t.UnitsText, t.Notes = e.Text, e.Units, e.Notes
		return nil
	})
	if err != nil {
		return fmt.Errorf("保存第 %d 项失败：%w", no, err)
	}
	return w.reloadAndNotify(Change{Kind: TaskChanged, Task: no})
}

// SaveDirectory replaces the unit directory in one transaction.
func (w *Workspace) SaveDirectory(d *plan.Directory) error {
	if err := w.store.SaveDirectory(w.Plan.ID, d); err != nil {
		return fmt.Errorf("保存单位名录失败：%w", err)
	}
	return w.reloadAndNotify(Change{Kind: DirectoryChanged})
}

// Summary computes the summary tables of a period from the ledger as of
// today, its 未报送 list with the days overdue and each unit's contact.
func (w *Workspace) Summary(period string, today time.Time) (*report.SummaryData, error) {
	p, d := w.current()
	rets, err := w.store.Returns(p.ID, period)
	if err != nil {
		return nil, err
	}
	s := report.Summary(p, d, period, rets, today)
	return s, w.AddReminders(s, today)
}

// AddReminders fills a summary's 未报送 list with the days its period is
// overdue at today and each unit's 联系人 and 联系电话.
func (w *Workspace) AddReminders(s *report.SummaryData, today time.Time) error {
	contacts, err := w.Contacts()
	if err != nil {
		return fmt.Errorf("读取单位联系人失败：%w", err)
	}
	p, _ := w.current()
	s.AddReminders(p.DueDate(s.Period), today, contacts)
	return nil
}

// ExportSummary writes a period's summary as of today to path, as a
// workbook (.xlsx) or for print (.pdf), and returns what it wrote.
func (w *Workspace) ExportSummary(path, period string, today time.Time) (*report.SummaryData, error) {
	s, err := w.Summary(period, today)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(filepath.Ext(path), ".pdf") {
		err = pdf.SaveSummaryPDF(path, s)
	} else {
		err = report.SaveSummaryXLSX(path, s)
	}
	return s, err
}
