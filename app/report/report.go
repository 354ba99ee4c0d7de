// Package report writes what the office sends out: the return templates
// (落实情况表) units fill in, and the summary (汇总表, 未报送, 统计) — its
// model of printed sheets and tables, and the workbook (.xlsx) made from
// it. The same model printed as PDF is laid out by report/pdf. It imports
// no GUI, so the window and the command line produce exactly the same
// files.
package report

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"taizhang/app/plan"
	"taizhang/internal/atomicfile"
)

// Title words the office uses: the plan is a 分工方案, what units send back
// is a 落实情况表, what the office makes of them a 落实情况汇总表.
const (
	planWord    = "分工方案"
	returnWord  = "落实情况表"
	summaryWord = "落实情况汇总表"
)

// ReturnTitle is the title of a unit's return: 翁源县2018年政务公开工作要点
// 分工方案 → 翁源县2018年政务公开工作要点落实情况表.
func ReturnTitle(p *plan.Plan) string { return retitle(p.Title, returnWord) }

// SummaryTitle is the title of the office's summary.
func SummaryTitle(p *plan.Plan) string { return retitle(p.Title, summaryWord) }

func retitle(title, word string) string {
	title = strings.TrimSpace(title)
	if strings.Contains(title, planWord) {
		return strings.Replace(title, planWord, word, 1)
	}
	return title + word
}

// OfficeName is the 制表单位 of the summary: the directory's office
// (plan.Directory.Office), the one name every document uses.
func OfficeName(d *plan.Directory) string {
	_, name := d.Office()
	return name
}

// saveFile writes through write into a temporary file beside path, flushed
// and renamed into place (atomicfile), so a failed export never leaves half
// a file where the clerk expects the old one.
func SaveFile(path string, write func(f *os.File) error) error {
	err := atomicfile.Write(path, 0o644, write)
	var ae *atomicfile.Error
	if !errors.As(err, &ae) {
		return err
	}
	switch ae.Stage {
	case atomicfile.AtCreate:
		return fmt.Errorf("无法在“%s”中写文件：%w", filepath.Dir(path), ae.Err)
	case atomicfile.AtRename:
		// On Windows the usual cause is the file being open in Excel or WPS.
		return fmt.Errorf("无法保存《%s》：文件可能正在 Excel 或 WPS 中打开，请关闭后再试（%v）", filepath.Base(path), ae.Err)
	}
	if _, ok := ae.Err.(*os.PathError); ok {
		return fmt.Errorf("无法写入《%s》：%w", filepath.Base(path), ae.Err)
	}
	return ae.Err // the writer's own error, already a sentence
}

// safeFileName replaces the characters Windows forbids in file names.
func safeFileName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || r < 32 {
			return '_'
		}
		return r
	}, s)
}

// recoverAs turns a panic inside a report (a library meeting input it
// cannot handle) into one sentence for the clerk instead of a crash. what
// names the work: 生成 PDF, 生成汇总表.
func RecoverAs(err *error, what string) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s时遇到程序无法处理的内容，没有生成任何文件；请把这条消息告知技术人员（%v）。", what, r)
	}
}
