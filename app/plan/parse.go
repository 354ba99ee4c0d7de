package plan

import (
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var (
	sectionRe    = regexp.MustCompile(`^[一二三四五六七八九十]+[、.．]`)
	subsectionRe = regexp.MustCompile(`^[（(][一二三四五六七八九十]+[）)]`)
	// A task line starts with its number; the dot is sometimes missing ("49完善…").
	taskRe = regexp.MustCompile(`^([0-9０-９]+)\s*[.．、]?\s*(\S.*)$`)
	yearRe = regexp.MustCompile(`(19|20)[0-9]{2}`)
)

// IsSectionHeading reports whether a line starts like a section: 一、
func IsSectionHeading(line string) bool { return sectionRe.MatchString(line) }

// IsSubsectionHeading reports whether a line starts like a subsection: （一）
func IsSubsectionHeading(line string) bool { return subsectionRe.MatchString(line) }

// YearIn is the first year (1900–2099) written in s, or 0.
func YearIn(s string) int {
	y, _ := strconv.Atoi(yearRe.FindString(s))
	return y
}

// ParseText reads a plan laid out as the office's document: a title line,
// section lines (一、…), subsection lines (（一）…), then for each task a line
// with its number and requirement followed by its unit text, which may be
// broken over several lines.
func ParseText(text string) (*Plan, error) {
	b := newBuilder()
	var cur *Task
	for _, raw := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		line := strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff"))
		switch {
		case line == "":
			continue
		case b.title == "":
			b.title = line
		case isHeaderLine(line) || isDraftMark(line):
			b.markStage(line)
			continue
		case sectionRe.MatchString(line):
			b.section(line)
			cur = nil
		case subsectionRe.MatchString(line):
			b.subsection(line)
			cur = nil
		case taskRe.MatchString(line) && b.sub != "":
			m := taskRe.FindStringSubmatch(line)
			cur = b.task(m[1], m[2], "")
		case cur != nil:
			// Unit text, possibly continued over lines: a line break inside a
			// cell is layout, not content.
			cur.UnitsText += line
		default:
			return nil, fmt.Errorf("无法识别的行：%s", ShortText(line, 30))
		}
	}
	return b.finish()
}

// FromRows reads a plan from the office's master sheet: a title row, a
// header 工作任务 | 具体要求 | 牵头落实单位, sections as full-width rows and
// subsections (merged down their items, already filled in) in the first
// column. title is used when the sheet has none.
func FromRows(rows [][]string, title string) (*Plan, error) {
	b := newBuilder()
	hdr, cols := findPlanHeader(rows)
	if hdr < 0 {
		return nil, fmt.Errorf("表中找不到“具体要求”和“牵头落实单位”两列")
	}
	if isReturnHeader(rows[hdr]) {
		return nil, ErrReturnNotPlan
	}
	for r := 0; r < hdr && b.title == ""; r++ {
		for _, c := range rows[r] {
			if c = strings.TrimSpace(c); c != "" && !isDraftMark(c) {
				b.title = c
				break
			}
		}
	}
	if b.title == "" {
		b.title = title
	}
	for _, row := range rows[:hdr] {
		for _, c := range row {
			b.markStage(strings.TrimSpace(c))
		}
	}
	cell := func(row []string, c int) string {
		if c < 0 || c >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[c])
	}
	for _, row := range rows[hdr+1:] {
		task, req, units := cell(row, cols[0]), cell(row, cols[1]), cell(row, cols[2])
		if req == task {
			req = "" // a full-width row merged across the columns: a section
		}
		switch {
		case req == "" && sectionRe.MatchString(task):
			b.section(task)
		case req == "":
			continue
		default:
			if subsectionRe.MatchString(task) && task != b.sub {
				b.subsection(task)
			}
			m := taskRe.FindStringSubmatch(req)
			if m == nil {
				return nil, fmt.Errorf("第%d条“具体要求”不以序号开头：%s", len(b.plan.Tasks)+1, ShortText(req, 20))
			}
			b.task(m[1], m[2], strings.Join(strings.Fields(units), ""))
		}
	}
	return b.finish()
}

func findPlanHeader(rows [][]string) (int, [3]int) {
	r, cols := FindHeader(rows, ColumnReq, ColumnUnits)
	if r < 0 {
		return -1, [3]int{}
	}
	task, ok := cols[ColumnTask]
	if !ok {
		task = cols[ColumnReq] - 1
	}
	return r, [3]int{task, cols[ColumnReq], cols[ColumnUnits]}
}

// ErrReturnNotPlan: a unit's return has the plan's columns too, and taken
// for a plan it would replace the office's plan with one unit's share.
var ErrReturnNotPlan = errors.New("表头有“落实情况”或“完成状态”")

// isReturnHeader reports whether a header row has the columns a return
// adds to the plan's: 落实情况 or 完成状态.
func isReturnHeader(row []string) bool {
	cols := HeaderColumns(row)
	_, text := cols[ColumnText]
	_, status := cols[ColumnStatus]
	return text || status
}

// isHeaderLine reports whether a line of a text plan is its table header:
// one of the three column names alone, or all three run together.
func isHeaderLine(line string) bool {
	h := HeaderName(line)
	switch col, _ := HeaderColumn(h); col {
	case ColumnTask, ColumnReq, ColumnUnits:
		return true
	}
	return h == "工作任务具体要求牵头落实单位"
}

func isDraftMark(line string) bool {
	return strings.HasPrefix(line, "（") && strings.HasSuffix(line, "稿）")
}

type builder struct {
	plan            Plan
	title, sec, sub string
}

func newBuilder() *builder { return &builder{} }

func (b *builder) section(title string) {
	b.sec, b.sub = title, ""
	b.plan.Sections = append(b.plan.Sections, Section{Title: title})
}

func (b *builder) subsection(title string) {
	if len(b.plan.Sections) == 0 {
		b.section("")
	}
	b.sub = title
	s := &b.plan.Sections[len(b.plan.Sections)-1]
	s.Subsections = append(s.Subsections, title)
}

func (b *builder) task(no, text, units string) *Task {
	n, _ := strconv.Atoi(toASCIIDigits(no))
	b.plan.Tasks = append(b.plan.Tasks, Task{No: n, Section: b.sec, Subsection: b.sub, Text: strings.TrimSpace(text), UnitsText: units})
	return &b.plan.Tasks[len(b.plan.Tasks)-1]
}

func (b *builder) finish() (*Plan, error) {
	p := &b.plan
	p.Title = b.title
	if len(p.Tasks) == 0 {
		return nil, fmt.Errorf("没有找到任何带序号的工作要求")
	}
	seen := map[int]bool{}
	for _, t := range p.Tasks {
		if seen[t.No] {
			return nil, fmt.Errorf("序号 %d 出现了两次", t.No)
		}
		seen[t.No] = true
	}
	if y := yearRe.FindString(p.Title); y != "" {
		p.Year, _ = strconv.Atoi(y)
	}
	sum := sha1.Sum([]byte(p.Title))
	p.ID = fmt.Sprintf("%d-%s", p.Year, hex.EncodeToString(sum[:4]))
	p.Periods = []string{defaultPeriod(p.Year)}
	return p, nil
}

// toASCIIDigits turns full-width digits (８) into ASCII ones.
func toASCIIDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// County is the county named at the start of a plan title (翁源县), or "".
func County(title string) string {
	if i := strings.Index(title, "县"); i > 0 && i <= 4*3 {
		return strings.TrimLeft(yearRe.ReplaceAllString(title[:i+len("县")], ""), " ")
	}
	return ""
}
