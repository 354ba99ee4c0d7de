package gongwen

import (
	"fmt"
	"strings"
	"time"

	"taizhang/app/docx"
	"taizhang/app/plan"
)

// ReportInput is what the 工作总结 draft is written from.
type ReportInput struct {
	Plan    *plan.Plan
	Dir     *plan.Directory
	Period  string
	Returns []plan.Return // the period's returns
	Date    time.Time     // the draft's date
	Office  string        // the sender at the end, e.g. 翁源县人民政府办公室
}

// ReportStats is what the draft counted, for the caller to tell the clerk.
type ReportStats struct {
	Units, Owed, Reported, Missing int
	ByStatus                       map[string]int // owed returns by status, 未报送 included
	Extra                          int            // 额外报送: returns no unit owed, in no other figure
}

// Report writes the 工作总结 draft: an overall paragraph with the
// period's figures and a judgement, then for every section of the plan
// its figures and, under its subsections, each task in its own words with
// how far it got, what was achieved and who is behind (summary.go); then
// the problems and the next steps grouped by meaning (themes.go). Plain
// paragraphs and Word's heading styles: a draft for the clerk to edit.
func Report(in ReportInput) (*docx.Document, ReportStats) {
	title := ReportTitle(in.Plan, in.Period)
	doc := newDocument(title)
	count := plan.Summarize(in.Plan, in.Dir, in.Returns)
	st := stats(count)
	d := newDraft(in, count)
	doc.Body = append(doc.Body, titleParagraph(title), blank())
	doc.Body = append(doc.Body, docx.Text(StyleBody, overview(in, st)+judgement(count)+"现将有关情况总结如下："))
	for _, s := range in.Plan.Sections {
		doc.Body = append(doc.Body, docx.Text(StyleHeading1, s.Title))
		doc.Body = append(doc.Body, d.sectionBody(s)...)
	}
	n := len(in.Plan.Sections)
	doc.Body = append(doc.Body, docx.Text(StyleHeading1, docx.ChineseNumber(n+1)+"、存在问题"))
	doc.Body = append(doc.Body, groupParagraphs(d.ownProblems(), grouped(in, func(v plan.Values) string { return v.Problems }, problemThemes), "反映", "各单位未报送存在的问题。")...)
	doc.Body = append(doc.Body, docx.Text(StyleHeading1, docx.ChineseNumber(n+2)+"、下一步工作计划"))
	doc.Body = append(doc.Body, groupParagraphs(d.ownNextSteps(), grouped(in, func(v plan.Values) string { return v.Next }, nextThemes), "提出", "各单位未报送下一步工作计划。")...)
	doc.Body = closing(doc.Body, in.Office, in.Date)
	return doc, st
}

// ReportTitle names the draft after the county and the period:
// 翁源县2018年政务公开工作总结.
func ReportTitle(p *plan.Plan, period string) string {
	return plan.County(p.Title) + periodWords(period) + "政务公开工作总结"
}

// periodWords is the period as a title says it: 2018年度 → 2018年.
func periodWords(period string) string {
	return strings.TrimSuffix(period, "度")
}

// stats are the draft's figures, all from the period's one count.
func stats(o plan.Overview) ReportStats {
	return ReportStats{Units: o.Units, Owed: o.Owed, Reported: o.Returned, Missing: o.Missing(),
		ByStatus: o.Counts, Extra: len(o.Extra)}
}

func overview(in ReportInput, st ReportStats) string {
	var b strings.Builder
	fmt.Fprintf(&b, "根据《%s》，%s全县共有%d个单位承担%d项工作任务，应报送落实情况%d条，已报送%d条",
		in.Plan.Title, in.Period, st.Units, len(in.Plan.Tasks), st.Owed, st.Reported)
	if st.Owed > 0 {
		fmt.Fprintf(&b, "（报送率%.1f%%）", 100*float64(st.Reported)/float64(st.Owed))
	}
	// The breakdown of what was reported adds up to 已报送 exactly.
	var parts []string
	for _, s := range append(append([]string{}, plan.Statuses...), plan.StatusUnset) {
		if n := st.ByStatus[s]; n > 0 {
			word := s
			if s == plan.StatusUnset {
				word = "未填写完成状态"
			}
			parts = append(parts, fmt.Sprintf("%s%d条", word, n))
		}
	}
	if len(parts) > 0 {
		b.WriteString("，其中" + strings.Join(parts, "、"))
	}
	if st.Missing > 0 {
		fmt.Fprintf(&b, "，尚有%d条未报送", st.Missing)
	}
	if st.Extra > 0 {
		fmt.Fprintf(&b, "；另有%d条由非应报单位%s，未计入上述统计", st.Extra, plan.ExtraWord)
	}
	b.WriteString("。")
	return b.String()
}

// unitNames lists how a unit may be written: its short name, full name and
// aliases.
func unitNames(d *plan.Directory) func(string) []string {
	return func(unit string) []string {
		out := []string{unit}
		if u := d.Unit(unit); u != nil {
			out = append(append(out, u.FullName), u.Aliases...)
		}
		return out
	}
}
