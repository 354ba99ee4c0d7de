package cli

import (
	"errors"
	"fmt"
	"strings"

	"taizhang/app/feedback"
)

// planVersionWord is the subcommand of plan that planVersion handles
// (publish, diff, stage), skipping --db and its value; "" for the others.
func planVersionWord(args []string) string {
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--db" || a == "-db":
			i++
		case strings.HasPrefix(a, "-"):
		default:
			if a == "publish" || a == "diff" || a == "stage" {
				return a
			}
			return ""
		}
	}
	return ""
}

// runPlanVersion runs plan publish, plan diff and plan stage.
func runPlanVersion(e *env, args []string) int {
	f := newFlags("plan")
	out := f.String("o", "", "")
	table := f.String("table", "", "")
	asJSON := f.Bool("json", false, "")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	switch {
	case rest[0] == "publish" && len(rest) == 1:
		if *out != "" && !strings.EqualFold(ext(*out), ".docx") {
			return e.bad(fmt.Errorf("分工方案只能保存为 .docx：%s", *out))
		}
		if x := strings.ToLower(ext(*table)); *table != "" && x != ".xlsx" && x != ".docx" {
			return e.bad(fmt.Errorf("采纳情况表只能保存为 .xlsx 或 .docx：%s", *table))
		}
		pub, err := w.Publish(*out, *table)
		if err != nil {
			return e.fail(err)
		}
		fmt.Fprintf(e.out, "已正式印发《%s》（第 %d 版，编号 %s），%d 项任务有改动，并设为当前方案；征求意见稿仍保留。\n",
			pub.Plan.Title, pub.Plan.Version, pub.Plan.ID, len(pub.Diff))
		for _, n := range pub.Notes {
			fmt.Fprintln(e.out, "注意："+n)
		}
		if pub.Undecided > 0 {
			fmt.Fprintf(e.out, "注意：%d 条意见未处理，未写入正式印发的方案。\n", pub.Undecided)
		}
		if *out != "" {
			fmt.Fprintf(e.out, "分工方案：%s\n", *out)
		}
		if *table != "" {
			fmt.Fprintf(e.out, "采纳情况表：%s\n", *table)
		}
		return ExitOK
	case rest[0] == "diff" && len(rest) == 3:
		a, b, diffs, err := w.DiffPlans(rest[1], rest[2])
		if err != nil {
			return e.bad(err)
		}
		if *asJSON {
			if diffs == nil {
				diffs = []feedback.TaskDiff{}
			}
			return e.json(diffs)
		}
		fmt.Fprintf(e.out, "《%s》（%s）→《%s》（%s）：%d 项不同\n", a.Title, a.StageName(), b.Title, b.StageName(), len(diffs))
		for _, l := range feedback.Lines(diffs) {
			fmt.Fprintln(e.out, l)
		}
		return ExitOK
	case rest[0] == "stage" && len(rest) == 2:
		if err := w.SetStage(rest[1]); err != nil {
			return e.bad(err)
		}
		fmt.Fprintf(e.out, "《%s》已标为%s。\n", w.Plan.Title, rest[1])
		return ExitOK
	}
	return e.bad(errors.New("用法：plan publish [-o 分工方案.docx] [--table 采纳情况.xlsx|.docx]，plan diff 版本A 版本B，或 plan stage 征求意见稿|正式印发"))
}

func ext(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 && !strings.ContainsAny(path[i:], `/\`) {
		return path[i:]
	}
	return ""
}
