package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"taizhang/app/feedback"
	"taizhang/app/workspace"
)

var errFeedbackUsage = errors.New("feedback 需要 template、import、list、decide、remind、table 或 undo")

func runFeedback(e *env, args []string) int {
	if len(args) == 0 {
		return e.bad(errFeedbackUsage)
	}
	sub, rest := args[0], args[1:]
	if sub == "--db" || strings.HasPrefix(sub, "--db=") || strings.HasPrefix(sub, "-") {
		// flags first: taizhang feedback --db F list
		for i, a := range args {
			if !strings.HasPrefix(a, "-") && (i == 0 || args[i-1] != "--db") {
				sub, rest = a, append(append([]string{}, args[:i]...), args[i+1:]...)
				break
			}
		}
	}
	switch sub {
	case "template":
		return feedbackTemplate(e, rest)
	case "import":
		return feedbackImport(e, rest)
	case "list":
		return feedbackList(e, rest)
	case "decide":
		return feedbackDecide(e, rest)
	case "remind":
		return feedbackRemind(e, rest)
	case "undo":
		return feedbackUndo(e, rest)
	case "table":
		return feedbackTable(e, rest)
	}
	return e.bad(errFeedbackUsage)
}

func feedbackTemplate(e *env, args []string) int {
	f := newFlags("feedback template")
	unit := f.String("unit", "", "")
	all := f.Bool("all", false, "")
	out := f.String("o", "", "")
	format := f.String("format", "xlsx", "")
	rest, err := f.parse(args)
	switch {
	case err != nil:
		return e.bad(err)
	case len(rest) > 0:
		return e.bad(fmt.Errorf("feedback template 不需要这些参数：%s", strings.Join(rest, " ")))
	case *all == (*unit != ""):
		return e.bad(errors.New("请用 --unit 指定一个单位，或用 --all 为方案涉及的所有单位各生成一份"))
	case *out == "":
		return e.bad(errors.New("请用 -o 指定输出文件（.xlsx 或 .docx；--all 时为文件夹）"))
	}
	ext := "." + strings.TrimPrefix(strings.ToLower(*format), ".")
	if ext != ".xlsx" && ext != ".docx" {
		return e.bad(fmt.Errorf("--format 只能是 xlsx 或 docx：%s", *format))
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	if *all {
		paths, err := w.SaveFeedbackForms(*out, ext)
		if err != nil {
			return e.fail(err)
		}
		fmt.Fprintf(e.out, "已为 %d 个单位生成征求意见反馈表，保存在“%s”\n", len(paths), *out)
		return ExitOK
	}
	form, err := w.FeedbackForm(*unit)
	if errors.Is(err, workspace.ErrNoDraft) {
		return e.fail(err)
	} else if err != nil {
		return e.bad(err)
	}
	path := *out
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		path = filepath.Join(path, workspace.FeedbackFormName(form.Unit, ext))
	} else if x := strings.ToLower(filepath.Ext(path)); x != ".xlsx" && x != ".docx" {
		return e.bad(fmt.Errorf("反馈表只能保存为 .xlsx 或 .docx：%s", path))
	}
	if err := form.Save(path); err != nil {
		return e.fail(err)
	}
	fmt.Fprintf(e.out, "已生成%s的征求意见反馈表《%s》：%d 项任务\n", form.Unit, path, len(form.Rows))
	return ExitOK
}

// replyJSON is one file's line of `feedback import --json`.
type replyJSON struct {
	File     string     `json:"file"`
	Result   string     `json:"result"` // imported, unchanged, refused (would-import with --dry-run)
	Unit     string     `json:"unit,omitempty"`
	Form     string     `json:"form,omitempty"`
	Comments []readJSON `json:"comments"`
	Replaced int        `json:"replaced"`
	Notes    []string   `json:"notes,omitempty"`
	Error    string     `json:"error,omitempty"`
}

func feedbackImport(e *env, args []string) int {
	f := newFlags("feedback import")
	unit := f.String("unit", "", "")
	dry := f.Bool("dry-run", false, "")
	asJSON := f.Bool("json", false, "")
	files, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	if len(files) == 0 {
		return e.bad(errNoFiles)
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	if *unit != "" {
		if _, collective, ok := w.Dir.Resolve(*unit); !ok || collective {
			return e.bad(fmt.Errorf("单位“%s”不在单位名录中", *unit))
		}
	}
	results, err := w.ReadReplies(context.Background(), files, *unit)
	if err != nil {
		return e.fail(err)
	}
	var outcomes []workspace.ReplyOutcome
	if *dry {
		outcomes, err = w.PreviewReplies(results)
	} else {
		outcomes, _, err = w.ImportReplies(results)
	}
	if err != nil {
		return e.fail(err)
	}
	lines, code := replyLines(results, outcomes, *dry)
	return printFiles(e, lines, *asJSON, *dry, code)
}

func replyLines(results []*workspace.ReplyRead, outcomes []workspace.ReplyOutcome, dry bool) ([]replyJSON, int) {
	code := ExitOK
	var lines []replyJSON
	next := 0
	for _, r := range results {
		l := replyJSON{File: r.Name, Unit: r.Unit, Form: r.Form, Notes: r.Notes, Comments: []readJSON{}}
		if r.Err != nil {
			l.Result, l.Error, code = "refused", r.Err.Error(), ExitRefused
			lines = append(lines, l)
			continue
		}
		for _, c := range r.Comments {
			j := readJSON{Kind: c.Kind, Text: c.Text}
			if c.Task > 0 {
				n := c.Task
				j.Task = &n
			}
			l.Comments = append(l.Comments, j)
		}
		l.Result = "imported"
		if dry {
			l.Result = "would-import"
		}
		if next < len(outcomes) {
			o := outcomes[next]
			next++
			l.Replaced = o.Replaced
			if o.Unchanged {
				l.Result, l.Comments = "unchanged", []readJSON{}
			}
		}
		lines = append(lines, l)
	}
	return lines, code
}

func (l replyJSON) text(dry bool) string {
	switch l.Result {
	case "refused":
		return "拒绝  " + l.Error
	case "unchanged":
		return fmt.Sprintf("未变  《%s》（%s）此前已导入，没有变化", l.File, l.Unit)
	}
	verb := "导入"
	if dry {
		verb = "预览"
	}
	kinds := map[string]int{}
	for _, c := range l.Comments {
		kinds[c.Kind]++
	}
	var parts []string
	for _, k := range feedback.Kinds {
		if kinds[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, kinds[k]))
		}
	}
	s := fmt.Sprintf("%s  《%s》%s（%s）：%d 条意见（%s）", verb, l.File, l.Unit, l.Form, len(l.Comments), strings.Join(parts, "，"))
	if l.Replaced > 0 {
		s += fmt.Sprintf("，替换该单位此前的 %d 条", l.Replaced)
	}
	for _, n := range l.Notes {
		s += "\n      注意：" + n
	}
	return s
}

// readJSON is a comment as read from a file, before it has an id.
type readJSON struct {
	Task *int   `json:"task"` // null for the whole plan
	Kind string `json:"kind"`
	Text string `json:"text"`
}

// commentJSON is a comment as `feedback list --json` prints it.
type commentJSON struct {
	ID       uint64   `json:"id"`
	Unit     string   `json:"unit"`
	Task     *int     `json:"task"` // null for the whole plan
	Kind     string   `json:"kind"`
	Text     string   `json:"text"`
	Decision string   `json:"decision"`
	Reason   string   `json:"reason"`
	File     string   `json:"file,omitempty"`
	Units    string   `json:"units_after,omitempty"` // the task's units if accepted
	NewText  string   `json:"text_after,omitempty"`
	Gained   []string `json:"gained,omitempty"`
	Lost     []string `json:"lost,omitempty"`
}

func toJSON(c feedback.Comment) commentJSON {
	j := commentJSON{ID: c.ID, Unit: c.Unit, Kind: c.Kind, Text: c.Text, Decision: c.Decision, Reason: c.Reason, File: c.File}
	if c.Task > 0 {
		n := c.Task
		j.Task = &n
	}
	return j
}

func feedbackList(e *env, args []string) int {
	f := newFlags("feedback list")
	asJSON := f.Bool("json", false, "")
	unit := f.String("unit", "", "")
	task := f.Int("task", 0, "")
	if rest, err := f.parse(args); err != nil {
		return e.bad(err)
	} else if len(rest) > 0 {
		return e.bad(fmt.Errorf("feedback list 不需要参数：%s", strings.Join(rest, " ")))
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	cs, err := w.Comments()
	if err != nil {
		return e.fail(err)
	}
	name := ""
	if *unit != "" {
		name = w.Dir.Canonical(*unit)
	}
	list := []commentJSON{}
	for _, c := range cs {
		if (name != "" && c.Unit != name) || (*task > 0 && c.Task != *task) {
			continue
		}
		j := toJSON(c)
		if ch, ok := w.Effect(&c); ok && (ch.UnitsText != "" || ch.Text != "") {
			j.Units, j.NewText, j.Gained, j.Lost = ch.UnitsText, ch.Text, ch.Gained, ch.Lost
		}
		list = append(list, j)
	}
	if *asJSON {
		return e.json(list)
	}
	for _, c := range list {
		task := "全文"
		if c.Task != nil {
			task = "第" + strconv.Itoa(*c.Task) + "项"
		}
		dec := c.Decision
		if dec == "" {
			dec = "未处理"
		}
		fmt.Fprintf(e.out, "%3d  %s  %s  %s  %s  %s\n", c.ID, c.Unit, task, c.Kind, dec, c.Text)
		if len(c.Gained)+len(c.Lost) > 0 {
			fmt.Fprintf(e.out, "     采纳后：%s（增加 %s；减少 %s）\n", c.Units, join(c.Gained), join(c.Lost))
		}
	}
	return ExitOK
}

func feedbackDecide(e *env, args []string) int {
	f := newFlags("feedback decide")
	reason := f.String("reason", "", "")
	units := f.String("units", "", "")
	text := f.String("text", "", "")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	if len(rest) != 2 {
		return e.bad(errors.New("用法：feedback decide 意见编号 采纳|部分采纳|不采纳 [--reason 理由]"))
	}
	id, err := strconv.ParseUint(rest[0], 10, 64)
	if err != nil {
		return e.bad(fmt.Errorf("意见编号须为数字：%s", rest[0]))
	}
	if err := feedback.CheckDecision(rest[1]); err != nil {
		return e.bad(err)
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	dec := workspace.Decision{Decision: rest[1], Reason: *reason}
	f.Visit(func(fl *flag.Flag) {
		switch fl.Name {
		case "units":
			dec.Units = units
		case "text":
			dec.Text = text
		}
	})
	c, err := w.Decide(id, dec)
	if errors.Is(err, workspace.ErrNoComment) {
		return e.bad(err)
	} else if err != nil {
		return e.fail(err)
	}
	fmt.Fprintf(e.out, "意见 %d（%s，%s）：%s\n", c.ID, c.Unit, c.TaskLabel(), c.Decision)
	if ch, ok := w.Effect(&c); ok && c.Accepted() {
		if t := w.Plan.Task(c.Task); t != nil && ch.Text != t.Text {
			fmt.Fprintf(e.out, "采纳后第%d项的具体要求：%s\n", c.Task, ch.Text)
		}
		fmt.Fprintf(e.out, "采纳后第%d项的牵头落实单位：%s\n", c.Task, ch.UnitsText)
		if ch.Manual != "" {
			fmt.Fprintln(e.out, "注意："+ch.Manual)
		}
	}
	return ExitOK
}

func feedbackRemind(e *env, args []string) int {
	f := newFlags("feedback remind")
	asJSON := f.Bool("json", false, "")
	todayFlag := f.String("today", "", "")
	out := f.String("o", "", "")
	if rest, err := f.parse(args); err != nil {
		return e.bad(err)
	} else if len(rest) > 0 {
		return e.bad(fmt.Errorf("feedback remind 不需要参数：%s", strings.Join(rest, " ")))
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	units, err := w.Silent()
	if err != nil {
		return e.fail(err)
	}
	p, _, _ := w.Round()
	msg := workspace.SilentMessage(p.Title, units)
	if *out != "" {
		if x := strings.ToLower(filepath.Ext(*out)); x != ".txt" && x != ".xlsx" && x != ".docx" {
			return e.bad(fmt.Errorf("未反馈名单只能导出为 .txt（催告文字）、.xlsx（名单）或 .docx（通知）：%s", *out))
		}
		today, err := parseToday(*todayFlag)
		if err != nil {
			return e.bad(err)
		}
		if err := w.SaveSilent(*out, today); err != nil {
			return e.fail(err)
		}
	}
	if *asJSON {
		return e.json(units)
	}
	if *out != "" {
		fmt.Fprintf(e.out, "已导出未反馈单位（%d 个）：《%s》\n", len(units), *out)
		return ExitOK
	}
	fmt.Fprint(e.out, msg)
	return ExitOK
}

func feedbackUndo(e *env, args []string) int {
	f := newFlags("feedback undo")
	if rest, err := f.parse(args); err != nil || len(rest) > 0 {
		return e.bad(errors.New("feedback undo 不需要参数"))
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	info, err := w.UndoReplies()
	if err != nil {
		return e.fail(err)
	}
	fmt.Fprintf(e.out, "已撤销 %s 导入的 %d 份反馈：%s\n", info.At.Format("2006-01-02 15:04"), len(info.Files), strings.Join(info.Files, "、"))
	return ExitOK
}

// feedbackTable writes the 征求意见采纳情况表 as it stands, before or after
// publishing.
func feedbackTable(e *env, args []string) int {
	f := newFlags("feedback table")
	out := f.String("o", "", "")
	rest, err := f.parse(args)
	if err != nil || len(rest) > 0 {
		return e.bad(errors.New("用法：feedback table -o 采纳情况表.xlsx|.docx"))
	}
	if x := strings.ToLower(filepath.Ext(*out)); x != ".xlsx" && x != ".docx" {
		return e.bad(fmt.Errorf("采纳情况表只能保存为 .xlsx 或 .docx：%s", *out))
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	if err := w.SaveAdoption(*out); err != nil {
		return e.fail(err)
	}
	fmt.Fprintf(e.out, "已导出征求意见采纳情况表《%s》\n", *out)
	return ExitOK
}
