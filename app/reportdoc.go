package app

import (
	"fmt"
	"path/filepath"
	"time"

	"taizhang/app/workspace"
)

// saveReport writes the shown period's 工作总结 draft (.docx) where the
// clerk chooses, off the UI goroutine, and opens it.
func (u *UI) saveReport() {
	period := u.period
	name := workspace.ReportTitle(u.ws.Plan, period) + ".docx"
	u.askSavePath("生成工作总结", name, "Word 文档", ".docx", func(path string) { u.writeReport(period, path) })
}

// writeReport writes the draft off the UI goroutine, with the export
// tab's progress bar, and opens it.
func (u *UI) writeReport(period, path string) {
	u.exportV.run("生成工作总结", func() (string, error) {
		st, err := u.ws.SaveReport(period, path, time.Now())
		if err != nil {
			return "", fmt.Errorf("无法生成工作总结《%s》：%w", filepath.Base(path), err)
		}
		u.stepDone(period, stepReport)
		msg := fmt.Sprintf("已生成工作总结初稿《%s》：%d 个单位，已报 %d 条，未报 %d 条。请在 Word 中修改定稿。",
			filepath.Base(path), st.Units, st.Reported, st.Missing)
		return msg, openFile(path)
	})
}
