package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"taizhang/app/plan"
	"taizhang/app/workspace"
)

var errPeriodUsage = errors.New("用法：taizhang period [--db 文件] list [--json] | add 名称 [--due 年-月-日] | due 名称 年-月-日 | rename 原名称 新名称 | remove 名称")

// periodJSON is one line of `period list --json`.
type periodJSON struct {
	Name        string `json:"name"`
	Due         string `json:"due"`
	Returns     int    `json:"returns"`  // every return held, 额外报送 included
	Answered    int    `json:"answered"` // of the returns owed, those held
	Owed        int    `json:"owed"`
	Extra       int    `json:"extra"` // 额外报送: returns on tasks their unit does not owe
	OwingUnits  int    `json:"owing_units"`
	OverdueDays int    `json:"overdue_days"`
}

func runPeriod(e *env, args []string) int {
	f := newFlags("period")
	due := f.String("due", "", "")
	asJSON := f.Bool("json", false, "")
	todayFlag := f.String("today", "", "")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	today, err := parseToday(*todayFlag)
	if err != nil {
		return e.bad(err)
	}
	if len(rest) == 0 || !periodArgsOK(rest) {
		return e.bad(errPeriodUsage)
	}
	// Names are stored trimmed; the words echoed back must be the same.
	for i := range rest {
		rest[i] = strings.TrimSpace(rest[i])
	}
	if *due != "" && rest[0] != "add" {
		return e.bad(errors.New("--due 只用于 period add；已有报送期的截止日期用 period due 名称 日期 修改"))
	}
	// Dates are checked before the database is opened: a bad one is a usage error.
	if _, err := plan.ParseDue(*due); err != nil {
		return e.bad(err)
	}
	if rest[0] == "due" {
		if _, err := plan.ParseDue(rest[2]); err != nil {
			return e.bad(err)
		}
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	switch rest[0] {
	case "list":
		return e.periodList(w, today, *asJSON)
	case "add":
		err = w.AddPeriod(rest[1], *due)
	case "due":
		err = w.SetPeriodDue(rest[1], rest[2])
	case "rename":
		err = w.RenamePeriod(rest[1], rest[2])
	case "remove":
		err = w.RemovePeriod(rest[1])
	}
	if err != nil {
		return e.failPeriod(err)
	}
	fmt.Fprintln(e.out, periodDone(rest, w.Plan.DueDate))
	return ExitOK
}

// periodArgsOK checks the number of words each action takes.
func periodArgsOK(rest []string) bool {
	want := map[string]int{"list": 1, "add": 2, "due": 3, "rename": 3, "remove": 2}[rest[0]]
	return want > 0 && len(rest) == want
}

func periodDone(rest []string, due func(string) string) string {
	switch rest[0] {
	case "add":
		if d := due(rest[1]); d != "" {
			return fmt.Sprintf("已添加报送期“%s”，截止日期 %s。", rest[1], d)
		}
		return fmt.Sprintf("已添加报送期“%s”（未设截止日期）。", rest[1])
	case "due":
		if d := due(rest[1]); d != "" {
			return fmt.Sprintf("报送期“%s”的截止日期已设为 %s。", rest[1], d)
		}
		return fmt.Sprintf("已清除报送期“%s”的截止日期。", rest[1])
	case "rename":
		return fmt.Sprintf("报送期“%s”已改名为“%s”。", rest[1], rest[2])
	}
	return fmt.Sprintf("已删除报送期“%s”。", rest[1])
}

func (e *env) periodList(w *workspace.Workspace, today time.Time, asJSON bool) int {
	list, err := w.PeriodStates(today)
	if err != nil {
		return e.fail(err)
	}
	out := make([]periodJSON, 0, len(list))
	for _, s := range list {
		out = append(out, periodJSON{Name: s.Name, Due: s.Due, Returns: s.Returns, Answered: s.Answered, Owed: s.Owed, Extra: s.Extra, OwingUnits: s.Owing, OverdueDays: s.OverdueDays})
	}
	if asJSON {
		return e.json(out)
	}
	for _, p := range out {
		due := "截止 " + p.Due
		if p.Due == "" {
			due = "未设截止日期"
		}
		// The 总览's figures: returns owed and held, 额外报送 apart.
		line := fmt.Sprintf("%s  %s  已报送 %d/%d 条", p.Name, due, p.Answered, p.Owed)
		if p.Extra > 0 {
			line += fmt.Sprintf("（另有额外报送 %d 条）", p.Extra)
		}
		line += fmt.Sprintf("  未报齐 %d 个单位", p.OwingUnits)
		if p.OverdueDays > 0 && p.OwingUnits > 0 {
			line += fmt.Sprintf("  已逾期 %d 天", p.OverdueDays)
		}
		fmt.Fprintln(e.out, line)
	}
	return ExitOK
}

// parseToday reads --today (2019-01-10, 2019/1/10 or 2019年1月10日, as
// the window takes dates); unset, it is the local date.
func parseToday(s string) (time.Time, error) {
	if s == "" {
		return time.Now(), nil
	}
	t, err := plan.ParseDate(s, time.Local)
	if err != nil {
		return time.Time{}, fmt.Errorf("--today 须为日期（例如 2019-01-10、2019/1/10 或 2019年1月10日）：%s", s)
	}
	return t, nil
}

// failPeriod reports an error in one sentence; an unknown period is a
// usage error (exit 2), like a mistyped flag.
func (e *env) failPeriod(err error) int {
	if errors.Is(err, workspace.ErrNoPeriod) {
		fmt.Fprintln(e.errOut, err)
		return ExitUsage
	}
	return e.fail(err)
}
