package cli

import (
	"fmt"
	"strings"

	"taizhang/app/plan"
)

// taskJSON is one task as `tasks --json` prints it.
type taskJSON struct {
	No          int      `json:"no"`
	Section     string   `json:"section"`
	Subsection  string   `json:"subsection"`
	Text        string   `json:"text"`
	UnitsText   string   `json:"units_text"`
	Lead        []string `json:"lead"`
	Responsible []string `json:"responsible"`
	Support     []string `json:"support"`
	Separately  bool     `json:"separately"`
}

func runTasks(e *env, args []string) int {
	f := newFlags("tasks")
	asJSON := f.Bool("json", false, "")
	if rest, err := f.parse(args); err != nil {
		return e.bad(err)
	} else if len(rest) > 0 {
		return e.bad(fmt.Errorf("tasks 不需要参数：%s", strings.Join(rest, " ")))
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	list := make([]taskJSON, 0, len(w.Plan.Tasks))
	for _, t := range w.Plan.Tasks {
		r := w.Dir.Roles(t.UnitsText)
		list = append(list, taskJSON{No: t.No, Section: t.Section, Subsection: t.Subsection, Text: t.Text,
			UnitsText: t.UnitsText, Lead: nonNil(r.Lead), Responsible: nonNil(r.Responsible),
			Support: nonNil(r.Support), Separately: r.Separately})
	}
	if *asJSON {
		return e.json(list)
	}
	fmt.Fprintf(e.out, "%s（%d 项）\n", w.Plan.Title, len(list))
	for _, t := range list {
		fmt.Fprintf(e.out, "%2d. %s\n    牵头：%s  负责：%s%s\n", t.No, plan.ShortText(t.Text, 40),
			join(t.Lead), join(t.Responsible), extra(t))
	}
	return ExitOK
}

func extra(t taskJSON) string {
	s := ""
	if len(t.Support) > 0 {
		s += "  配合：" + join(t.Support)
	}
	if t.Separately {
		s += "（分别负责）"
	}
	return s
}

func join(list []string) string {
	if len(list) == 0 {
		return "—"
	}
	return strings.Join(list, "、")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
