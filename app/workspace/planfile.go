package workspace

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"taizhang/app/plan"
	"taizhang/app/planword"
	"taizhang/app/sheet"
)

// ReadPlanFile reads a plan from the office's document (Word .docx/.doc,
// or saved as text), or from its master sheet (xlsx, xls or csv).
func ReadPlanFile(path string) (*plan.Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取《%s》：%w", filepath.Base(path), err)
	}
	name := filepath.Base(path)
	if planword.IsWord(name) {
		return planword.Read(name, data)
	}
	if strings.EqualFold(filepath.Ext(path), ".txt") && utf8.Valid(data) {
		p, err := plan.ParseText(string(data))
		if err != nil {
			return nil, fmt.Errorf("《%s》不是可识别的分工方案：%w", name, err)
		}
		return p, nil
	}
	book, err := sheet.Read(name, data)
	if err != nil {
		var refused *sheet.RefusedError
		if errors.As(err, &refused) {
			refused.Plan = true // the advice is the clerk's, not a unit's
		}
		return nil, err
	}
	var firstErr error
	for _, g := range book.Sheets {
		g.FillMerges()
		p, err := plan.FromRows(g.Rows, strings.TrimSuffix(name, filepath.Ext(name)))
		if err == nil {
			return p, nil
		}
		if firstErr == nil || errors.Is(err, plan.ErrReturnNotPlan) {
			firstErr = err // a return named as such says most
		}
	}
	if errors.Is(firstErr, plan.ErrReturnNotPlan) {
		return nil, fmt.Errorf("《%s》是单位报送的落实情况表（%w），不是分工方案：落实情况表请在“导入”中导入；新方案请选择方案的 Word 文档、文本或总表。", name, firstErr)
	}
	return nil, fmt.Errorf("《%s》不是可识别的分工方案：%w", name, firstErr)
}

// AddPlan stores a plan and makes it the current one. A new plan gets a
// directory seeded from it; a plan imported again keeps the directory the
// clerk has edited.
func (w *Workspace) AddPlan(p *plan.Plan) error {
	w.asIssuedVersion(p)
	d := plan.SeedDirectory(p)
	if _, held, err := w.store.Plan(p.ID); err == nil {
		d = held
	}
	if err := w.store.AddPlan(p, d); err != nil {
		return err
	}
	return w.reloadAndNotify(Change{Kind: PlanChanged})
}

// SwitchPlan makes another stored plan the current one.
func (w *Workspace) SwitchPlan(id string) error {
	if err := w.store.SetCurrent(id); err != nil {
		return err
	}
	return w.reloadAndNotify(Change{Kind: PlanChanged})
}
