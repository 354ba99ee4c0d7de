package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	reports "taizhang/app/report"
)

var errExportUsage = errors.New("用法：taizhang export summary [--db 文件] [--period 报送期] -o 汇总表.xlsx 或 汇总表.pdf")

func runExport(e *env, args []string) int {
	f := newFlags("export")
	period := f.String("period", "", "")
	out := f.String("o", "", "")
	rest, err := f.parse(args)
	switch {
	case err != nil:
		return e.bad(err)
	case len(rest) != 1 || rest[0] != "summary":
		return e.bad(errExportUsage)
	case *out == "":
		return e.bad(errors.New("请用 -o 指定输出文件（.xlsx 或 .pdf）"))
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if ext != ".xlsx" && ext != ".pdf" {
		return e.bad(fmt.Errorf("输出文件须为 .xlsx 或 .pdf：%s", *out))
	}
	w, p, err := e.openPeriod(*f.db, *period)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	rets, err := w.Store.Returns(w.Plan.ID, p)
	if err != nil {
		return e.fail(err)
	}
	s := reports.Summary(w.Plan, w.Dir, p, rets, time.Now())
	if ext == ".pdf" {
		var notice string
		notice, err = reports.SaveSummaryPDF(*out, s)
		if notice != "" {
			fmt.Fprintln(e.errOut, "注意："+notice)
		}
	} else {
		err = reports.SaveSummaryXLSX(*out, s)
	}
	if err != nil {
		return e.fail(err)
	}
	fmt.Fprintf(e.out, "已导出汇总表《%s》（%s）：%d 项任务，%d 条报送，%d 个单位有未报送事项\n",
		*out, p, s.Tasks, s.Returns, len(s.Missing))
	return ExitOK
}
