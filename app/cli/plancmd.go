package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"taizhang/app/plan"
	"taizhang/app/sheet"
)

func runPlan(e *env, args []string) int {
	f := newFlags("plan")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	if len(rest) == 0 {
		return e.bad(fmt.Errorf("plan 需要 import FILE 或 list"))
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	switch {
	case rest[0] == "list" && len(rest) == 1:
		list, err := w.Store.Plans()
		if err != nil {
			return e.fail(err)
		}
		for _, p := range list {
			mark := " "
			if p.ID == w.Plan.ID {
				mark = "*"
			}
			fmt.Fprintf(e.out, "%s %s  %s\n", mark, p.ID, p.Title)
		}
		return ExitOK
	case rest[0] == "import" && len(rest) == 2:
		p, err := ReadPlanFile(rest[1])
		if err != nil {
			return e.fail(err)
		}
		if err := w.Store.AddPlan(p, plan.SeedDirectory(p)); err != nil {
			return e.fail(err)
		}
		fmt.Fprintf(e.out, "已导入方案《%s》：%d 个部分，%d 项任务，并设为当前方案。\n", p.Title, len(p.Sections), len(p.Tasks))
		return ExitOK
	}
	return e.bad(fmt.Errorf("plan 需要 import FILE 或 list"))
}

// ReadPlanFile reads a plan from the office's document saved as text, or
// from its master sheet (xlsx, xls or csv).
func ReadPlanFile(path string) (*plan.Plan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取《%s》：%w", filepath.Base(path), err)
	}
	name := filepath.Base(path)
	if strings.EqualFold(filepath.Ext(path), ".txt") && utf8.Valid(data) {
		p, err := plan.ParseText(string(data))
		if err != nil {
			return nil, fmt.Errorf("《%s》不是可识别的分工方案：%w", name, err)
		}
		return p, nil
	}
	book, err := sheet.Read(name, data)
	if err != nil {
		return nil, err
	}
	var firstErr error
	for _, g := range book.Sheets {
		g.FillMerges()
		p, err := plan.FromRows(g.Rows, strings.TrimSuffix(name, filepath.Ext(name)))
		if err == nil {
			return p, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return nil, fmt.Errorf("《%s》不是可识别的分工方案：%w", name, firstErr)
}
