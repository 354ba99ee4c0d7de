package cli

import (
	"fmt"

	"taizhang/app/workspace"
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
		list, err := w.Plans()
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
		p, err := workspace.ReadPlanFile(rest[1])
		if err != nil {
			return e.fail(err)
		}
		if err := w.AddPlan(p); err != nil {
			return e.fail(err)
		}
		fmt.Fprintf(e.out, "已导入方案《%s》：%d 个部分，%d 项任务，并设为当前方案。\n", p.Title, len(p.Sections), len(p.Tasks))
		return ExitOK
	}
	return e.bad(fmt.Errorf("plan 需要 import FILE 或 list"))
}
