package forms

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"taizhang/app/docx"
	"taizhang/app/feedback"
	"taizhang/app/plan"
)

// PlanDocument is the plan as the office issues it: the title, then the
// table 工作任务 | 具体要求 | 牵头落实单位, each section a full-width row and
// each 工作任务 merged down its requirements, numbered as the plan numbers
// them. The program reads it back as the same plan.
func PlanDocument(p *plan.Plan) *docx.Document {
	d := portraitDoc(p.Title)
	d.Body = append(d.Body, docx.Paragraph{Style: styleTitle, Runs: []docx.Run{{Text: p.Title}}})
	if p.IsDraft() && !strings.Contains(p.Title, "征求意见稿") {
		d.Body = append(d.Body, docx.Paragraph{Style: styleTitle, Runs: []docx.Run{{Text: "（征求意见稿）", Size: 32}}})
	}
	d.Body = append(d.Body, docx.Paragraph{Style: styleInfo})
	t := &docx.Table{Widths: []docx.Twips{docx.MM(30), docx.MM(86), docx.MM(40)}, HeaderRows: 1}
	t.Rows = append(t.Rows, docx.TableRow{CantSplit: true, Cells: []docx.TableCell{
		cellOf(styleHead, "工作任务"), cellOf(styleHead, "具体要求"), cellOf(styleHead, "牵头落实单位")}})
	for _, s := range p.Sections {
		if s.Title != "" {
			sec := cellOf(styleSection, s.Title)
			sec.Span = 3
			t.Rows = append(t.Rows, docx.TableRow{CantSplit: true, Cells: []docx.TableCell{sec}})
		}
		for _, sub := range s.Subsections {
			for i, task := range p.TasksIn(s.Title, sub) {
				first := cellOf(styleCell, sub)
				first.Merge = "restart"
				if i > 0 {
					first = docx.TableCell{Merge: "continue"}
				}
				t.Rows = append(t.Rows, docx.TableRow{CantSplit: true, Cells: []docx.TableCell{
					first, cellOf(styleCell, strconv.Itoa(task.No)+"."+task.Text), cellOf(styleCell, task.UnitsText)}})
			}
		}
	}
	d.Body = append(d.Body, docx.TableBlock(t))
	return d
}

// SavePlan writes the plan's .docx.
func SavePlan(path string, p *plan.Plan) error {
	if !strings.EqualFold(filepath.Ext(path), ".docx") {
		return fmt.Errorf("分工方案只能保存为 .docx：%s", filepath.Base(path))
	}
	d := PlanDocument(p)
	return saveAtomic(path, func(f *os.File) error { return docx.Write(f, d) })
}

// AdoptionRow is one line of the 征求意见采纳情况表.
type AdoptionRow struct {
	No                                 int
	Unit, Task, Text, Decision, Reason string
}

// AdoptionRows lists the comments that ask for something (同意 and 无意见
// are counted in the title line, not listed), by task and then by unit.
func AdoptionRows(comments []feedback.Comment) []AdoptionRow {
	var out []AdoptionRow
	sorted := append([]feedback.Comment{}, comments...)
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && taskOrder(sorted[j]) < taskOrder(sorted[j-1]); j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	for _, c := range sorted {
		if c.Kind == feedback.KindAgree || c.Kind == feedback.KindNone {
			continue
		}
		decision := c.Decision
		if decision == "" {
			decision = "未处理"
		}
		out = append(out, AdoptionRow{No: len(out) + 1, Unit: c.Unit, Task: c.TaskLabel(), Text: c.Text, Decision: decision, Reason: c.Reason})
	}
	return out
}

// taskOrder puts comments on the whole plan after those on tasks.
func taskOrder(c feedback.Comment) int {
	if c.Task == 0 {
		return 1 << 20
	}
	return c.Task
}

// AdoptionSummary is the line above the table: how many units replied,
// how many had no comment, how many comments were taken.
func AdoptionSummary(asked int, comments []feedback.Comment) string {
	units, none := map[string]bool{}, map[string]bool{}
	taken, partly, not, requests := 0, 0, 0, 0
	for _, c := range comments {
		units[c.Unit] = true
		switch c.Kind {
		case feedback.KindAgree, feedback.KindNone:
			none[c.Unit] = true
			continue
		}
		requests++
		switch c.Decision {
		case feedback.Accept:
			taken++
		case feedback.Partial:
			partly++
		case feedback.Reject:
			not++
		}
	}
	asking := 0
	for u := range units {
		if !none[u] || hasRequest(comments, u) {
			asking++
		}
	}
	s := fmt.Sprintf("共征求 %d 个单位意见，%d 个单位反馈，其中 %d 个单位无修改意见，%d 个单位提出意见；采纳 %d 条，部分采纳 %d 条，不采纳 %d 条",
		asked, len(units), len(units)-asking, asking, taken, partly, not)
	if open := requests - taken - partly - not; open > 0 {
		s += fmt.Sprintf("，未处理 %d 条", open)
	}
	return s + "。"
}

func hasRequest(cs []feedback.Comment, unit string) bool {
	for _, c := range cs {
		if c.Unit == unit && c.Kind != feedback.KindAgree && c.Kind != feedback.KindNone {
			return true
		}
	}
	return false
}

var adoptionHead = []string{"序号", "单位", "涉及条目", "意见内容", "采纳情况", "理由"}

// AdoptionTitle is the table's title for a plan.
func AdoptionTitle(p *plan.Plan) string {
	return "《" + plan.IssuedTitle(p.Title) + "》征求意见采纳情况表"
}

// SaveAdoption writes the 征求意见采纳情况表 as .xlsx or .docx.
func SaveAdoption(path string, p *plan.Plan, asked int, comments []feedback.Comment) error {
	rows := AdoptionRows(comments)
	summary := AdoptionSummary(asked, comments)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return adoptionXLSX(path, AdoptionTitle(p), summary, rows)
	case ".docx":
		return adoptionDOCX(path, AdoptionTitle(p), summary, rows)
	}
	return fmt.Errorf("采纳情况表只能保存为 .xlsx 或 .docx：%s", filepath.Base(path))
}

func adoptionXLSX(path, title, summary string, rows []AdoptionRow) error {
	b := newBook("采纳情况", []float64{5, 14, 9, 52, 10, 34})
	n := len(adoptionHead)
	b.span(1, n, 1, title, b.title)
	b.check(b.f.SetRowHeight(b.sheet, 1, 30))
	b.span(1, n, 2, summary, b.info)
	b.check(b.f.SetRowHeight(b.sheet, 2, 36))
	for i, h := range adoptionHead {
		b.set(i+1, 3, h, b.head)
	}
	for i, r := range rows {
		row := i + 4
		b.set(1, row, strconv.Itoa(r.No), b.center)
		cells := map[int]string{2: b.wrapped(2, row, r.Unit, b.body)}
		b.set(3, row, r.Task, b.center)
		cells[4] = b.wrapped(4, row, r.Text, b.body)
		b.set(5, row, r.Decision, b.center)
		cells[6] = b.wrapped(6, row, r.Reason, b.body)
		b.fit(row, cells, 1)
	}
	b.landscape(3)
	return b.save(path)
}

func adoptionDOCX(path, title, summary string, rows []AdoptionRow) error {
	d := landscapeDoc(title)
	d.Body = append(d.Body, titleLines(title)...)
	d.Body = append(d.Body, docx.Paragraph{Style: styleInfo, Runs: []docx.Run{{Text: summary}}})
	t := &docx.Table{Widths: []docx.Twips{docx.MM(12), docx.MM(30), docx.MM(20), docx.MM(92), docx.MM(22), docx.MM(67)}, HeaderRows: 1}
	var head []docx.TableCell
	for _, h := range adoptionHead {
		head = append(head, cellOf(styleHead, h))
	}
	t.Rows = append(t.Rows, docx.TableRow{CantSplit: true, Cells: head})
	for _, r := range rows {
		t.Rows = append(t.Rows, docx.TableRow{CantSplit: true, Cells: []docx.TableCell{
			cellOf(styleCenter, strconv.Itoa(r.No)), cellOf(styleCell, r.Unit), cellOf(styleCenter, r.Task),
			cellOf(styleCell, r.Text), cellOf(styleCenter, r.Decision), cellOf(styleCell, r.Reason)}})
	}
	d.Body = append(d.Body, docx.TableBlock(t))
	return saveAtomic(path, func(f *os.File) error { return docx.Write(f, d) })
}
