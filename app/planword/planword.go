// Package planword reads next year's 分工方案 from the Word document it
// arrives as: a .docx whose plan is running text (headings 一、 （一）,
// numbered requirements, the units after each), a .docx whose plan is a
// table (工作任务 | 具体要求 | 牵头落实单位), or a Word 97-2003 .doc, whose
// text (tables included, a cell a line) is read as running text.
package planword

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"taizhang/app/docx"
	"taizhang/app/msdoc"
	"taizhang/app/plan"
)

// IsWord reports whether a file name is one this package reads.
func IsWord(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".doc":
		return true
	}
	return false
}

// Read reads a plan from a Word document's bytes; name is the file's name,
// for messages. What the file is comes from its content, so a .doc saved
// as .docx (or the reverse) is read all the same. Every error is one
// sentence for the clerk naming the file and what to do.
func Read(name string, data []byte) (*plan.Plan, error) {
	base := "《" + filepath.Base(name) + "》"
	if len(data) == 0 {
		return nil, refusal(nil, "%s是空文件（0 字节）：请重新获取分工方案文件后再导入。", base)
	}
	var (
		p   *plan.Plan
		err error
	)
	if docx.IsOLE(data) {
		p, err = readDoc(data)
	} else {
		p, err = readDocx(name, data)
	}
	if err != nil {
		return nil, explain(base, err)
	}
	markDraft(p, data)
	return p, nil
}

// Error is a refusal: one Chinese sentence for the clerk, with the cause
// kept for errors.Is and logs.
type Error struct {
	Msg string
	Err error
}

func (e *Error) Error() string { return e.Msg }
func (e *Error) Unwrap() error { return e.Err }

func refusal(err error, format string, args ...any) error {
	return &Error{Msg: fmt.Sprintf(format, args...), Err: err}
}

// errNoPlan wraps what the plan parser said when the document holds no plan.
var errNoPlan = errors.New("no plan in the document")

func explain(base string, err error) error {
	switch {
	case errors.Is(err, docx.ErrEncrypted), errors.Is(err, msdoc.ErrEncrypted):
		return refusal(err, "%s设有打开密码：请在 Word 或 WPS 中打开后取消密码，另存为 .docx 再导入。", base)
	case errors.Is(err, msdoc.ErrOldFormat):
		return refusal(err, "%s是 Word 95 或更早的格式：请在 Word 或 WPS 中另存为 .docx 后再导入。", base)
	case errors.Is(err, docx.ErrTooLarge):
		return refusal(err, "%s解压后过大，不像是分工方案：请确认文件后再导入。", base)
	case errors.Is(err, docx.ErrDamaged), errors.Is(err, msdoc.ErrDamaged):
		return refusal(err, "%s已损坏或不完整：请重新获取原文件，或在 Word 中打开后另存为 .docx 再导入。", base)
	case errors.Is(err, docx.ErrNotDocx), errors.Is(err, msdoc.ErrNotDoc):
		return refusal(err, "%s不是 Word 文档：请选择分工方案的 .docx、.doc、文本或 Excel 总表。", base)
	case errors.Is(err, errNoPlan):
		return refusal(err, "%s中找不到分工方案（%s）：请确认文件是带“一、”“（一）”标题和序号的分工方案，或是“工作任务、具体要求、牵头落实单位”三列的表格。",
			base, strings.TrimPrefix(err.Error(), errNoPlan.Error()+": "))
	}
	return refusal(err, "%s无法读取。", base)
}

func readDoc(data []byte) (*plan.Plan, error) {
	text, err := msdoc.Text(data)
	if err != nil {
		return nil, err
	}
	return fromText(text)
}

func readDocx(name string, data []byte) (*plan.Plan, error) {
	f, err := docx.Read(data)
	if err != nil {
		return nil, err
	}
	// A plan laid out as a table: the title is the first paragraph above it.
	title := ""
	for _, p := range f.Paragraphs() {
		if t := strings.TrimSpace(p.Label + p.Text); t != "" && !isDraftMark(t) {
			title = t
			break
		}
	}
	if title == "" {
		title = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	if grid, ok := tableGrid(f); ok {
		p, err := plan.FromRows(numberColumn(grid), title)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errNoPlan, err)
		}
		return p, nil
	}
	return fromText(f.PlainText())
}

// tableGrid joins the document's tables into one grid for the table
// reader, as one printed table: a plan's table is often cut into several
// (one per section, or where a page broke), each repeating the header, with
// the section titles as paragraphs between them. ok is false when no table
// has the plan's header.
func tableGrid(f *docx.File) ([][]string, bool) {
	var rows [][]string
	header := ""
	headerAt := -1
	for _, b := range f.Body {
		if b.Para != nil {
			// A section title between tables becomes a full-width row.
			if t := strings.TrimSpace(b.Para.Label + b.Para.Text); plan.IsSectionHeading(t) {
				rows = append(rows, slices.Repeat([]string{t}, 8))
			}
			continue
		}
		for _, r := range b.Table {
			key := plan.CleanName(strings.Join(r, ""))
			switch {
			case headerAt < 0 && isPlanHeader(r):
				header, headerAt = key, len(rows)
			case headerAt >= 0 && key == header:
				continue // the header again, atop a later table
			}
			rows = append(rows, r)
		}
	}
	if headerAt < 0 {
		return nil, false
	}
	// The header first, so that sections written above the first table
	// follow it; the title is given to the reader, not taken from above.
	out := append([][]string{rows[headerAt]}, rows[:headerAt]...)
	return append(out, rows[headerAt+1:]...), true
}

// fromText reads running text as the plan parser does. Before that it drops
// what the office's document may carry around the plan that is not part of
// it: an introduction between the title and the first section, and a
// subsection repeated on every row of a table that was not merged.
func fromText(text string) (*plan.Plan, error) {
	var kept []string
	title, inPlan, sub := "", false, ""
	for _, raw := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
			continue
		case title == "":
			title = line
			kept = append(kept, line)
			continue
		case plan.IsSectionHeading(line):
			inPlan, sub = true, ""
		case plan.IsSubsectionHeading(line):
			if line == sub {
				continue
			}
			sub = line
		}
		if inPlan {
			kept = append(kept, line)
		}
	}
	if !inPlan {
		return nil, fmt.Errorf("%w: 没有以“一、”开头的部分", errNoPlan)
	}
	p, err := plan.ParseText(strings.Join(joinNumberLines(kept), "\n"))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errNoPlan, err)
	}
	unitsInBrackets(p)
	return p, nil
}

func isDraftMark(s string) bool {
	return strings.HasPrefix(s, "（") && strings.HasSuffix(s, "稿）")
}

// isPlanHeader reports whether a row is the plan's header: it names the
// 具体要求 column and the units' column.
func isPlanHeader(row []string) bool {
	return plan.IsHeader(row, plan.ColumnReq, plan.ColumnUnits)
}
