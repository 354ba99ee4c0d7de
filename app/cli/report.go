package cli

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// runExportReport writes the 工作总结 draft: taizhang export report -o OUT.docx.
func runExportReport(e *env, db, period, out string) int {
	if out == "" {
		return e.bad(errors.New("请用 -o 指定输出文件（.docx）"))
	}
	if !strings.EqualFold(filepath.Ext(out), ".docx") {
		return e.bad(fmt.Errorf("工作总结须导出为 .docx：%s", out))
	}
	w, err := e.open(db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	st, err := w.SaveReport(period, out, time.Now())
	if err != nil {
		return e.fail(err)
	}
	fmt.Fprintf(e.out, "已导出工作总结初稿《%s》：%d 个单位，应报 %d 条，已报 %d 条，未报 %d 条\n", out, st.Units, st.Owed, st.Reported, st.Missing)
	return ExitOK
}
