package officedoc

import (
	"fmt"
	"sort"
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

// Report writes the 工作总结 draft: an overall paragraph (units, returns,
// completion by status), then for every section and subsection of the plan
// the work done as the returns tell it (each task's lead unit first, the
// others merged, the same sentence never twice), then the problems and the
// next steps the units wrote. Plain paragraphs and Word's heading styles:
// a draft for the clerk to edit.
func Report(in ReportInput) (*docx.Document, ReportStats) {
	title := ReportTitle(in.Plan, in.Period)
	d := newDocument(title)
	count := plan.Summarize(in.Plan, in.Dir, in.Returns)
	st := stats(count)
	d.Body = append(d.Body, titleParagraph(title), blank())
	d.Body = append(d.Body, docx.Text(StyleBody, overview(in, st)))
	byTask := returnsByTask(in.Returns)
	for _, s := range in.Plan.Sections {
		d.Body = append(d.Body, docx.Text(StyleHeading1, s.Title))
		for _, sub := range s.Subsections {
			d.Body = append(d.Body, docx.Text(StyleHeading2, sub))
			d.Body = append(d.Body, subsectionWork(in, in.Plan.TasksIn(s.Title, sub), byTask)...)
		}
		if len(s.Subsections) == 0 {
			d.Body = append(d.Body, subsectionWork(in, in.Plan.TasksIn(s.Title, ""), byTask)...)
		}
	}
	n := len(in.Plan.Sections)
	d.Body = append(d.Body, docx.Text(StyleHeading1, docx.ChineseNumber(n+1)+"、存在问题"))
	d.Body = append(d.Body, gathered(in, byTask, func(v plan.Values) string { return v.Problems }, "各单位未报送存在的问题。")...)
	d.Body = append(d.Body, docx.Text(StyleHeading1, docx.ChineseNumber(n+2)+"、下一步工作计划"))
	d.Body = append(d.Body, gathered(in, byTask, func(v plan.Values) string { return v.Next }, "各单位未报送下一步工作计划。")...)
	d.Body = append(d.Body, blank())
	d.Body = append(d.Body, signature(in.Office, in.Date)...)
	return d, st
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
	b.WriteString("。现将有关情况总结如下：")
	return b.String()
}

func returnsByTask(rets []plan.Return) map[int][]plan.Return {
	out := map[int][]plan.Return{}
	for _, r := range rets {
		out[r.Task] = append(out[r.Task], r)
	}
	return out
}

// subsectionWork is one paragraph per task that has something reported.
func subsectionWork(in ReportInput, tasks []*plan.Task, byTask map[int][]plan.Return) []docx.Paragraph {
	var out []docx.Paragraph
	for _, t := range tasks {
		m := newMerger(unitNames(in.Dir))
		for _, r := range orderForTask(in.Dir, t, byTask[t.No]) {
			if r.Status == plan.StatusNA {
				continue
			}
			m.add(r.Unit, r.Text)
		}
		if !m.empty() {
			m.order(leads(in.Dir, t))
			out = append(out, docx.Text(StyleBody, strings.Join(m.runs(), "")))
		}
	}
	if len(out) == 0 {
		out = append(out, docx.Text(StyleBody, "（本项工作暂无单位报送落实情况。）"))
	}
	return out
}

// leads are the units leading a task (牵头), collectives expanded.
func leads(d *plan.Directory, t *plan.Task) []string {
	var out []string
	for _, n := range d.Roles(t.UnitsText).Lead {
		out = append(out, d.Expand(n)...)
	}
	return out
}

// orderForTask puts a task's returns in the order the task names its units
// (the lead first); units it does not name follow by name.
func orderForTask(d *plan.Directory, t *plan.Task, rets []plan.Return) []plan.Return {
	rank := map[string]int{}
	for i, u := range d.Owers(t.UnitsText, true) {
		rank[u] = i + 1
	}
	out := append([]plan.Return(nil), rets...)
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := rank[out[i].Unit], rank[out[j].Unit]
		if (ri == 0) != (rj == 0) {
			return rj == 0
		}
		if ri != rj {
			return ri < rj
		}
		return out[i].Unit < out[j].Unit
	})
	return out
}

// gathered merges one column (存在问题 or 下一步工作计划) of every return, in
// plan order, into paragraphs by unit.
func gathered(in ReportInput, byTask map[int][]plan.Return, col func(plan.Values) string, none string) []docx.Paragraph {
	m := newMerger(unitNames(in.Dir))
	for _, t := range in.Plan.Tasks {
		for _, r := range orderForTask(in.Dir, &t, byTask[t.No]) {
			m.add(r.Unit, col(r.Values))
		}
	}
	if m.empty() {
		return []docx.Paragraph{docx.Text(StyleBody, none)}
	}
	// What most units wrote first, each group of units together.
	m.order(nil)
	var out []docx.Paragraph
	for _, r := range m.runs() {
		out = append(out, docx.Text(StyleBody, r))
	}
	return out
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
