package cli

import (
	"context"
	"fmt"
	"strings"

	"taizhang/app/plan"
	"taizhang/app/workspace"
)

// fileJSON is one file's line of `import --json`.
type fileJSON struct {
	File      string   `json:"file"`
	Result    string   `json:"result"` // imported, unchanged, refused (would-import with --dry-run)
	Unit      string   `json:"unit,omitempty"`
	UnitFrom  string   `json:"unit_from,omitempty"`
	Date      string   `json:"date,omitempty"`
	Rows      int      `json:"rows"`
	New       int      `json:"new"`
	Updated   int      `json:"updated"`
	Unchanged int      `json:"unchanged"`
	Older     int      `json:"older"`
	Skipped   int      `json:"skipped"`
	Unmatched []string `json:"unmatched,omitempty"`
	Warnings  []string `json:"warnings,omitempty"`
	Error     string   `json:"error,omitempty"`
}

func runImport(e *env, args []string) int {
	f := newFlags("import")
	period := f.String("period", "", "")
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
	w, p, err := e.openPeriod(*f.db, *period)
	if err != nil {
		return e.failPeriod(err)
	}
	defer w.Close()
	if *unit != "" {
		if _, collective, ok := w.Dir.Resolve(*unit); !ok || collective {
			return e.bad(fmt.Errorf("单位“%s”不在单位名录中", *unit))
		}
	}
	var results []*workspace.FileRead
	var outcomes []workspace.FileOutcome
	if *dry {
		results = w.ReadFiles(context.Background(), files, p, *unit, nil)
		outcomes, err = w.Outcomes(results)
	} else {
		results, outcomes, err = w.ReadAndImport(context.Background(), files, p, *unit)
	}
	if err != nil {
		return e.fail(err)
	}
	lines := report(results, outcomes, *dry)
	code := ExitOK
	for _, l := range lines {
		if l.Result == "refused" {
			code = ExitRefused
		}
	}
	return printFiles(e, lines, *asJSON, *dry, code)
}

// report pairs each file with its outcome (outcomes hold the accepted
// files only, in order).
func report(results []*workspace.FileRead, outcomes []workspace.FileOutcome, dry bool) []fileJSON {
	var lines []fileJSON
	k := 0
	for _, r := range results {
		l := fileJSON{File: r.Name, Unit: r.Unit, UnitFrom: r.UnitSource, Date: r.Date, Rows: len(r.Returns),
			Skipped: r.Skipped, Warnings: r.Warnings}
		for _, u := range r.Unmatched {
			l.Unmatched = append(l.Unmatched, fmt.Sprintf("第 %d 行：%s", u.Line, u.Text))
		}
		if r.Err != nil {
			l.Result, l.Error = "refused", r.RefusalText()
			lines = append(lines, l)
			continue
		}
		o := outcomes[k]
		k++
		l.New, l.Updated, l.Unchanged, l.Older = o.Count[plan.New], o.Count[plan.Updated], o.Count[plan.Unchanged], o.Count[plan.Older]
		switch {
		case o.AlreadyImported:
			l.Result, l.Unchanged = "unchanged", len(r.Returns)
			l.Warnings = append(l.Warnings, "与已导入的《"+o.FirstName+"》内容完全相同")
		case l.New+l.Updated+l.Older == 0:
			l.Result = "unchanged"
		default:
			l.Result = "imported"
		}
		lines = append(lines, l)
	}
	return lines
}

func (l fileJSON) text(dry bool) string {
	var b strings.Builder
	switch l.Result {
	case "refused":
		return "拒收  " + l.Error
	case "unchanged":
		fmt.Fprintf(&b, "未变  《%s》%s：%d 项均已在台账中", l.File, l.Unit, l.Rows)
	default:
		verb := "导入"
		if dry {
			verb = "预览"
		}
		fmt.Fprintf(&b, "%s  《%s》%s（%s）：%d 项，新增 %d，更新 %d，未变 %d", verb, l.File, l.Unit, l.UnitFrom, l.Rows, l.New, l.Updated, l.Unchanged)
		if l.Older > 0 {
			fmt.Fprintf(&b, "，较旧存入历史 %d", l.Older)
		}
	}
	if l.Skipped > 0 {
		fmt.Fprintf(&b, "；不涉及或未填 %d 行", l.Skipped)
	}
	for _, u := range l.Unmatched {
		b.WriteString("\n      未匹配到任务：" + u)
	}
	for _, w := range l.Warnings {
		b.WriteString("\n      注意：" + w)
	}
	return b.String()
}

// printFiles writes one line per file read, as JSON or as text, and
// returns code unless the JSON could not be written.
func printFiles[L interface{ text(dry bool) string }](e *env, lines []L, asJSON, dry bool, code int) int {
	if asJSON {
		if c := e.json(lines); c != ExitOK {
			return c
		}
		return code
	}
	for _, l := range lines {
		fmt.Fprintln(e.out, l.text(dry))
	}
	return code
}
