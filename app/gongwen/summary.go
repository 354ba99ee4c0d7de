package gongwen

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"taizhang/app/docx"
	"taizhang/app/plan"
)

// The 工作总结 is written as the section chief would have it: for each
// section of the plan its figures, then each task introduced by its own
// words, how far it got, what was achieved (the units' sentences with
// figures first) and who is behind; then the problems and next steps
// grouped by meaning, with how many units raised each. Everything comes
// from the plan, the period's count and the units' own sentences, by
// fixed rules: the same ledger always gives the same draft.

// draft is what the summary is written from.
type draft struct {
	in     ReportInput
	count  plan.Overview
	states map[int]plan.TaskState
	rets   map[int]map[string]plan.Return // by task, by unit
}

func newDraft(in ReportInput, count plan.Overview) *draft {
	d := &draft{in: in, count: count, states: plan.TaskStates(in.Plan, in.Dir, in.Returns), rets: map[int]map[string]plan.Return{}}
	for _, r := range in.Returns {
		if d.rets[r.Task] == nil {
			d.rets[r.Task] = map[string]plan.Return{}
		}
		d.rets[r.Task][r.Unit] = r
	}
	return d
}

// judgement is the draft's verdict on the period, from its figures: how
// much of what was owed is done or under way, and how much is missing.
func judgement(o plan.Overview) string {
	if o.Owed == 0 {
		return ""
	}
	moving := o.Counts[plan.StatusDone] + o.Counts[plan.StatusOngoing] + o.Counts[plan.StatusInProgress]
	lagging := o.Counts[plan.StatusLate] + o.Counts[plan.StatusNotStarted]
	var b strings.Builder
	reported := o.Returned - o.Counts[plan.StatusNA]
	switch share := ratio(moving, max(reported, 1)); {
	case reported == 0:
		b.WriteString("从报送情况看，各单位尚未报送落实情况，无法判断工作进展")
	case share >= 0.8:
		b.WriteString("从已报送的情况看，各项工作总体进展顺利")
	case share >= 0.6:
		b.WriteString("从已报送的情况看，各项工作有序推进，但仍有部分任务进度滞后或尚未启动")
	default:
		fmt.Fprintf(&b, "从已报送的情况看，工作整体进度偏慢，进度滞后或尚未启动的有%d条，占已报送的%.0f%%", lagging, 100*ratio(lagging, max(reported, 1)))
	}
	if missing := o.Owed - o.Returned; ratio(missing, o.Owed) > 0.2 {
		fmt.Fprintf(&b, "；报送率仅为%.1f%%，部分单位报送不及时，实际进展有待核实", 100*ratio(o.Returned, o.Owed))
	}
	return b.String() + "。"
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// statusCounts writes counts of units by status: 已完成3个、持续推进2个.
func statusCounts(counts map[string]int, unit string) string {
	var parts []string
	for _, s := range append(append([]string{}, plan.Statuses...), plan.StatusUnset) {
		if n := counts[s]; n > 0 {
			word := s
			if s == plan.StatusUnset {
				word = "未填写完成状态"
			}
			parts = append(parts, fmt.Sprintf("%s%d%s", word, n, unit))
		}
	}
	return strings.Join(parts, "、")
}

// sectionFigures is the paragraph opening a section: its tasks and how
// many are done, its returns by status, and the units with returns
// missing.
func (d *draft) sectionFigures(title string, tasks []*plan.Task) string {
	var sc plan.SectionCounts
	for _, s := range d.count.Sections {
		if s.Title == title {
			sc = s
		}
	}
	owing, done := 0, 0
	behind := map[string]bool{}
	for _, t := range tasks {
		st := d.states[t.No]
		if len(st.Owers) == 0 {
			continue
		}
		owing++
		if st.Finished() {
			done++
		}
		for u, s := range st.ByUnit {
			if s == plan.StatusMissing || s == plan.StatusLate || s == plan.StatusNotStarted {
				behind[u] = true
			}
		}
	}
	if owing == 0 {
		return ""
	}
	var b strings.Builder
	if done > 0 {
		fmt.Fprintf(&b, "本部分共%d项任务，%d项已全部完成", owing, done)
	} else {
		fmt.Fprintf(&b, "本部分共%d项任务，尚无一项全部完成", owing)
	}
	fmt.Fprintf(&b, "；应报送落实情况%d条，已报送%d条", sc.Owed, sc.Owed-sc.Counts[plan.StatusMissing])
	counts := map[string]int{}
	for k, v := range sc.Counts {
		if k != plan.StatusMissing {
			counts[k] = v
		}
	}
	if s := statusCounts(counts, "条"); s != "" {
		b.WriteString("，其中" + s)
	}
	if len(behind) > 0 {
		fmt.Fprintf(&b, "；%d个单位尚有未报送、进度滞后或未启动的事项", len(behind))
	}
	return b.String() + "。" + sectionVerdict(sc.Counts)
}

// sectionVerdict judges a section by the share of its reported returns
// that are done or under way.
func sectionVerdict(counts map[string]int) string {
	moving := counts[plan.StatusDone] + counts[plan.StatusOngoing] + counts[plan.StatusInProgress]
	reported := moving + counts[plan.StatusLate] + counts[plan.StatusNotStarted] + counts[plan.StatusUnset]
	switch share := ratio(moving, reported); {
	case reported == 0:
		return ""
	case share >= 0.8:
		return "总体看，本部分工作进展顺利。"
	case share >= 0.6:
		return "总体看，本部分工作有序推进。"
	}
	return "总体看，本部分工作推进偏慢，需重点督促。"
}

// clauseEnd ends the first clause of a requirement.
var clauseEnd = regexp.MustCompile(`[，；。：]`)

// preamble is a first clause that only says on whose orders the task is
// done (按照上级统一部署): the task's own words start after it.
var preamble = regexp.MustCompile(`^(按照|根据|依照|依据|结合|围绕)[^，；。]{0,10}(部署|要求|规定|安排)，`)

// subjectFirst is who must act, when the requirement opens with it
// (各有关部门要…, 县政府信息公开主管部门要…): the intro starts at the act.
var subjectFirst = regexp.MustCompile(`^[^，；。]{0,12}(部门|地区|单位|政府|机关)要`)

// taskIntro is the task in its own words, shortened to its first clause
// (two when the first is short): 做好政府部门权责清单调整和公开工作. A
// clause longer than introMax is cut after a 、 and closed with 等.
func taskIntro(text string) string {
	text = preamble.ReplaceAllString(strings.TrimSpace(text), "")
	text = subjectFirst.ReplaceAllString(text, "")
	cut := ""
	rest := text
	for rest != "" {
		loc := clauseEnd.FindStringIndex(rest)
		if loc == nil {
			cut += rest
			break
		}
		cut += rest[:loc[0]]
		if len([]rune(cut)) >= 12 || rest[loc[0]:loc[1]] != "，" {
			break
		}
		cut += "，"
		rest = rest[loc[1]:]
	}
	cut = strings.TrimRight(cut, "，")
	if r := []rune(cut); len(r) > introMax {
		if i := strings.LastIndex(string(r[:introMax]), "、"); i > 0 {
			cut = cut[:i] + "等"
		}
	}
	return cut
}

const introMax = 32

// goodStatus are the statuses whose text may be told as an achievement.
func goodStatus(s string) bool {
	return s == plan.StatusDone || s == plan.StatusOngoing || s == plan.StatusInProgress
}

// figure finds the concrete figures the office likes to report: 12件,
// 5篇, 3次, 98%.
var figure = regexp.MustCompile(`[0-9０-９]+(\.[0-9]+)?\s*(条|篇|次|件|个|期|场|份|人次|万|家|项|%|％)`)

// planRef is a unit's pointer back to the plan's numbering ("按要求推进第
// 4项工作"), which says nothing in a summary.
var planRef = regexp.MustCompile(`^[^，。；]*第[0-9０-９]+项[^，。；]*[，,]?`)

// saysNotDone are words that contradict a status of done or under way.
var saysNotDone = regexp.MustCompile(`尚未|未开展|未启动|未完成|滞后`)

// selfNames are how units speak of themselves; the draft names the unit.
var selfNames = regexp.MustCompile(`^(我局|本局|我单位|本单位|我镇|本镇|我办|本办|我委|本委|我中心|本中心|我场|本场)`)

var digits = regexp.MustCompile(`[0-9]+`)

// achievement is one thing done, with the units that wrote it.
type achievement struct {
	text    string
	units   []string
	figures bool
	first   int
}

// achievements are a task's concrete results as the units with a status
// of done or under way wrote them: sentences with figures first, then
// those more units share, at most max.
func (d *draft) achievements(t *plan.Task, owers []string, max int) []achievement {
	var list []*achievement
	byKey := map[string]*achievement{}
	names := unitNames(d.in.Dir)
	for _, u := range owers {
		r, ok := d.rets[t.No][u]
		if !ok || !goodStatus(r.Status) {
			continue // a unit behind is told as behind, not by its text
		}
		for _, s := range splitSentences(r.Text) {
			s = strings.TrimSpace(planRef.ReplaceAllString(dropSubject(s, names(u)), ""))
			s = selfNames.ReplaceAllString(s, "")
			key := sentenceKey(s)
			if isNoise(key) || len([]rune(key)) < 6 || saysNotDone.MatchString(s) {
				continue
			}
			a := byKey[key]
			if a == nil {
				a = &achievement{text: strings.TrimRight(s, "。；;！!"), figures: figure.MatchString(s), first: len(list)}
				byKey[key] = a
				list = append(list, a)
			}
			if !contains(a.units, u) {
				a.units = append(a.units, u)
			}
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.figures != b.figures {
			return a.figures
		}
		if len(a.units) != len(b.units) {
			return len(a.units) > len(b.units)
		}
		return a.first < b.first
	})
	// One sentence of a kind: 全年发布相关信息5条 and …9条 say the same
	// thing, so the second gives way to a different result.
	var out []achievement
	kinds := map[string]bool{}
	for _, a := range list {
		if len(out) == max {
			break
		}
		kind := digits.ReplaceAllString(sentenceKey(a.text), "")
		if kinds[kind] {
			continue
		}
		kinds[kind] = true
		out = append(out, *a)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// maxAchievements is how many results a task's paragraph tells.
const maxAchievements = 3

// taskParagraph tells one task: what it asked, how far its units got,
// what they achieved and who is behind.
func (d *draft) taskParagraph(t *plan.Task) string {
	st := d.states[t.No]
	if len(st.Owers) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("在" + taskIntro(t.Text) + "方面，")
	n := len(st.Owers)
	counts := map[string]int{}
	for k, v := range st.Counts {
		if k != plan.StatusMissing {
			counts[k] = v
		}
	}
	missing := st.Counts[plan.StatusMissing]
	switch {
	case st.Reported == 0 && n == 1:
		fmt.Fprintf(&b, "由%s负责，尚未报送落实情况。", st.Owers[0])
		return b.String()
	case st.Reported == 0:
		fmt.Fprintf(&b, "%d个应报单位均未报送落实情况。", n)
		return b.String()
	case n == 1:
		fmt.Fprintf(&b, "由%s负责，目前%s。", st.Owers[0], statusPhrase(st.ByUnit[st.Owers[0]]))
	default:
		fmt.Fprintf(&b, "%d个应报单位中，%s", n, statusCounts(counts, "个"))
		if missing > 0 {
			fmt.Fprintf(&b, "，%d个尚未报送", missing)
		}
		b.WriteString("。")
	}
	if as := d.achievements(t, st.Owers, maxAchievements); len(as) > 0 {
		// What the same units did reads as one clause: 县教育局全年公开
		// …12条，建立了工作台账.
		var parts []string
		last := ""
		for _, a := range as {
			if label := unitsLabel(a.units); label == last {
				parts[len(parts)-1] += "，" + a.text
			} else {
				parts = append(parts, label+subjectJoin(a.text))
				last = label
			}
		}
		b.WriteString(strings.Join(parts, "；") + "。")
	}
	b.WriteString(behindSentence(st))
	return b.String()
}

// subjectJoin puts a sentence after its units: "：" before a sentence
// that does not read on from a name (a figure, a quotation).
func subjectJoin(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	if strings.ContainsRune("0123456789０１２３４５６７８９“《（(", r[0]) {
		return "：" + s
	}
	return s
}

// statusPhrase is a status as the end of a sentence says it.
func statusPhrase(s string) string {
	switch s {
	case plan.StatusDone:
		return "已完成"
	case plan.StatusOngoing:
		return "持续推进"
	case plan.StatusInProgress:
		return "正在推进"
	case plan.StatusLate:
		return "进度滞后"
	case plan.StatusNotStarted:
		return "尚未启动"
	case plan.StatusNA:
		return "报称不涉及"
	case plan.StatusMissing:
		return "尚未报送"
	}
	return "未填写完成状态"
}

// behindSentence names a task's units that are late or have not started,
// plainly: 县民政局进度滞后，县财政局尚未启动。
func behindSentence(st plan.TaskState) string {
	if len(st.Owers) < 2 {
		return ""
	}
	var parts []string
	for _, s := range []string{plan.StatusLate, plan.StatusNotStarted} {
		var units []string
		for _, u := range st.Owers {
			if st.ByUnit[u] == s {
				units = append(units, u)
			}
		}
		if len(units) > 0 {
			parts = append(parts, unitsLabel(units)+statusPhrase(s))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "，") + "。"
}

// sectionBody is a section's paragraphs: its figures, then per
// subsection its heading and its tasks.
func (d *draft) sectionBody(s plan.Section) []docx.Paragraph {
	var out []docx.Paragraph
	if f := d.sectionFigures(s.Title, d.in.Plan.TasksIn(s.Title, "")); f != "" {
		out = append(out, docx.Text(StyleBody, f))
	}
	tasks := func(sub string) []docx.Paragraph {
		var ps []docx.Paragraph
		for _, t := range d.in.Plan.TasksIn(s.Title, sub) {
			if p := d.taskParagraph(t); p != "" {
				ps = append(ps, docx.Text(StyleBody, p))
			}
		}
		if len(ps) == 0 {
			ps = append(ps, docx.Text(StyleBody, "本项工作没有需要报送的单位。"))
		}
		return ps
	}
	for _, sub := range s.Subsections {
		out = append(out, docx.Text(StyleHeading2, sub))
		out = append(out, tasks(sub)...)
	}
	if len(s.Subsections) == 0 {
		out = append(out, tasks("")...)
	}
	return out
}
