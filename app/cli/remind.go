package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/internal/atomicfile"
)

func runRemind(e *env, args []string) int {
	f := newFlags("remind")
	period := f.String("period", "", "")
	todayFlag := f.String("today", "", "")
	asJSON := f.Bool("json", false, "")
	out := f.String("o", "", "")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	if len(rest) > 0 {
		return e.bad(fmt.Errorf("remind 不需要参数：%s", strings.Join(rest, " ")))
	}
	today, err := parseToday(*todayFlag)
	if err != nil {
		return e.bad(err)
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if *out != "" && ext != ".txt" && ext != ".xlsx" && ext != ".docx" {
		return e.bad(fmt.Errorf("催报只能导出为 .txt（催报文字）、.xlsx（催报清单）或 .docx（催办通知）：%s", *out))
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	l, err := w.Remind(*period, today)
	if err != nil {
		return e.failPeriod(err)
	}
	switch ext {
	case ".txt":
		err = writeText(*out, l.Message())
	case ".xlsx":
		err = w.SaveRemindSheet(*out, l)
	case ".docx":
		err = w.SaveRemindNotice(*out, l)
	}
	if err != nil {
		return e.fail(err)
	}
	if *asJSON {
		units := l.Units
		if units == nil {
			units = []remind.Unit{}
		}
		return e.json(units)
	}
	if *out != "" {
		// The file holds the list; the terminal only says what was written.
		fmt.Fprintf(e.out, "已导出《%s》：%s\n", *out, headline(l))
		return ExitOK
	}
	printRemind(e, l)
	return ExitOK
}

// headline is the list's first line: the period, its due date and counts.
func headline(l *remind.List) string {
	due := "未设截止日期"
	if l.Due != "" {
		due = "截止 " + l.Due
	}
	return fmt.Sprintf("%s（%s），统计日期 %s：%d 个单位未报齐，%d 个单位已报齐",
		l.Period, due, l.Today.Format(plan.DateLayout), len(l.Units), len(l.Complete))
}

func printRemind(e *env, l *remind.List) {
	fmt.Fprintln(e.out, headline(l))
	for _, u := range l.Units {
		line := fmt.Sprintf("%s  未报 %d/%d 项：%s", u.Unit, len(u.Missing), len(u.Owed), u.MissingText)
		if u.OverdueDays > 0 {
			line += fmt.Sprintf("  逾期 %d 天", u.OverdueDays)
		}
		if u.Contact != "" || u.Phone != "" {
			line += "  " + strings.TrimSpace(u.Contact+" "+u.Phone)
		}
		fmt.Fprintln(e.out, line)
	}
	fmt.Fprintln(e.out)
	fmt.Fprint(e.out, l.Message())
}

// writeText saves the 催报 message as UTF-8 with Windows line endings and
// a byte-order mark, so Notepad on an older Windows shows it right.
func writeText(path, text string) error {
	data := "\ufeff" + strings.ReplaceAll(text, "\n", "\r\n")
	if err := atomicfile.WriteFile(path, []byte(data), 0o644); err != nil {
		return fmt.Errorf("无法写入《%s》：%w", filepath.Base(path), errors.Unwrap(err))
	}
	return nil
}
