package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"taizhang/app/plan"
)

var errExportUsage = errors.New("用法：taizhang export summary [--db 文件] [--period 报送期] [--today 年-月-日] -o 汇总表.xlsx 或 汇总表.pdf，或 taizhang export report [--db 文件] [--period 报送期] -o 工作总结.docx")

func runExport(e *env, args []string) int {
	f := newFlags("export")
	period := f.String("period", "", "")
	out := f.String("o", "", "")
	todayFlag := f.String("today", "", "")
	rest, err := f.parse(args)
	switch {
	case err != nil:
		return e.bad(err)
	case len(rest) == 1 && rest[0] == "report":
		return runExportReport(e, *f.db, *period, *out)
	case len(rest) != 1 || rest[0] != "summary":
		return e.bad(errExportUsage)
	case *out == "":
		return e.bad(errors.New("请用 -o 指定输出文件（.xlsx 或 .pdf）"))
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if ext != ".xlsx" && ext != ".pdf" {
		return e.bad(fmt.Errorf("输出文件须为 .xlsx 或 .pdf：%s", *out))
	}
	today, err := parseToday(*todayFlag)
	if err != nil {
		return e.bad(err)
	}
	w, p, err := e.openPeriodAt(*f.db, *period, today)
	if err != nil {
		return e.failPeriod(err) // a period the plan lacks is a usage error, as for import
	}
	defer w.Close()
	s, err := w.ExportSummary(*out, p, today)
	if err != nil {
		return e.fail(err)
	}
	if s.Notice != "" {
		fmt.Fprintln(e.errOut, "注意："+s.Notice)
	}
	// The figures of the period's one count, as the window and the 统计 sheet give them.
	extra := ""
	if n := len(s.Count.Extra); n > 0 {
		extra = fmt.Sprintf("，另有%s %d 条", plan.ExtraWord, n)
	}
	fmt.Fprintf(e.out, "已导出汇总表《%s》（%s）：%d 项任务，已报送 %d/%d 条%s，%d 个单位有未报送事项\n",
		*out, p, s.Tasks, s.Count.Returned, s.Count.Owed, extra, len(s.Missing))
	return ExitOK
}
