package cli

import (
	"fmt"

	"taizhang/app/workspace"
)

func runPlan(e *env, args []string) int {
	if planVersionWord(args) != "" {
		return runPlanVersion(e, args)
	}
	f := newFlags("plan")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	if len(rest) == 0 {
		return e.bad(errPlanUsage)
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	switch {
	case rest[0] == "list" && len(rest) == 1:
		list, err := w.Plans()
		if err != nil {
			return e.fail(err)
		}
		for _, p := range list {
			mark := " "
			if p.ID == w.Plan.ID {
				mark = "*"
			}
			fmt.Fprintf(e.out, "%s %s  %s（%s，第%d版）\n", mark, p.ID, p.Title, p.Stage, p.Version)
		}
		return ExitOK
	case rest[0] == "import" && len(rest) == 2:
		p, err := workspace.ReadPlanFile(rest[1])
		if err != nil {
			return e.fail(err)
		}
		if err := w.AddPlan(p); err != nil {
			return e.fail(err)
		}
		fmt.Fprintf(e.out, "已导入方案《%s》：%d 个部分，%d 项任务，并设为当前方案。\n", p.Title, len(p.Sections), len(p.Tasks))
		return ExitOK
	case rest[0] == "use" && len(rest) == 2:
		return e.usePlan(w, rest[1])
	}
	return e.bad(errPlanUsage)
}

var errPlanUsage = fmt.Errorf("plan 需要 import FILE、list 或 use 方案编号")

// usePlan makes a stored plan current, named by its id or its title as
// plan list shows them.
func (e *env) usePlan(w *workspace.Workspace, name string) int {
	list, err := w.Plans()
	if err != nil {
		return e.fail(err)
	}
	for _, p := range list {
		if p.ID == name || p.Title == name {
			if err := w.SwitchPlan(p.ID); err != nil {
				return e.fail(err)
			}
			fmt.Fprintf(e.out, "当前方案已设为《%s》。\n", p.Title)
			return ExitOK
		}
	}
	return e.bad(fmt.Errorf("没有编号或名称为“%s”的方案：请用 plan list 查看", name))
}
