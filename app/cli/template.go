package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"taizhang/app/workspace"
)

func runTemplate(e *env, args []string) int {
	f := newFlags("template")
	period := f.String("period", "", "")
	unit := f.String("unit", "", "")
	all := f.Bool("all", false, "")
	out := f.String("o", "", "")
	rest, err := f.parse(args)
	switch {
	case err != nil:
		return e.bad(err)
	case len(rest) > 0:
		return e.bad(fmt.Errorf("template 不需要这些参数：%s", strings.Join(rest, " ")))
	case *all == (*unit != ""):
		return e.bad(errors.New("请用 --unit 指定一个单位，或用 --all 为所有应报送的单位各生成一份"))
	case *out == "":
		return e.bad(errors.New("请用 -o 指定输出文件（--all 时为文件夹）"))
	}
	w, p, err := e.openPeriod(*f.db, *period)
	if err != nil {
		return e.failPeriod(err) // a period the plan lacks is a usage error, as for import
	}
	defer w.Close()
	if *all {
		paths, err := w.SaveAllTemplates(*out, p)
		if err != nil {
			return e.fail(err)
		}
		fmt.Fprintf(e.out, "已为 %d 个单位生成落实情况表（%s），保存在“%s”\n", len(paths), p, *out)
		return ExitOK
	}
	name, collective, ok := w.Dir.Resolve(*unit)
	if !ok || collective {
		return e.bad(fmt.Errorf("“%s”不是单位名录中的单位", *unit))
	}
	path := *out
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		path = filepath.Join(path, workspace.TemplateFileName(name))
	} else if !strings.EqualFold(filepath.Ext(path), ".xlsx") {
		return e.bad(fmt.Errorf("输出文件须为 .xlsx：%s", path))
	}
	n, err := w.SaveTemplate(path, name, p)
	if err != nil {
		return e.fail(err)
	}
	fmt.Fprintf(e.out, "已生成%s的落实情况表《%s》（%s）：%d 项任务\n", name, path, p, n)
	return ExitOK
}
