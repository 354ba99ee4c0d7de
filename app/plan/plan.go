// Package plan is the domain of the work plan (分工方案): its sections,
// tasks and the units that carry them out, the unit directory, the status
// vocabulary and the returns units send back. It imports no GUI and no file
// format, so it is quick to test.
package plan

import (
	"strconv"
	"strings"
)

// DefaultPeriodSuffix names the whole-year period: 2018 → 2018年度.
const DefaultPeriodSuffix = "年度"

// Plan is one year's work plan. Plans are data: the store holds several.
type Plan struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Year     int       `json:"year"`
	Sections []Section `json:"sections"`
	Tasks    []Task    `json:"tasks"`
	// Periods are the reporting periods returns belong to, e.g. 2018年上半年.
	Periods []string `json:"periods"`
	// Due is each period's due date (截止日期, 2006-01-02); the store fills
	// it, with Periods, from its own record of the periods.
	Due map[string]string `json:"-"`
	// SupportOwes makes units with the role 配合 owe a return too.
	SupportOwes bool `json:"support_owes"`
	// Stage is StageDraft or StagePublished; empty in plans stored before
	// stages were kept (see StageName).
	Stage string `json:"stage,omitempty"`
	// Version counts the plan's issues (0 or 1 for the first); Base is the
	// id of the version it was made from, empty for the first.
	Version int    `json:"version,omitempty"`
	Base    string `json:"base,omitempty"`
}

// Section is a top-level part (一、…) with its subsections (（一）…) in order.
type Section struct {
	Title       string   `json:"title"`
	Subsections []string `json:"subsections"`
}

// Task is one numbered requirement of the plan.
type Task struct {
	No         int    `json:"no"`
	Section    string `json:"section"`
	Subsection string `json:"subsection"` // the 工作任务 the task belongs to
	Text       string `json:"text"`       // 具体要求, without its leading number
	UnitsText  string `json:"units_text"` // 牵头落实单位 exactly as written
	Notes      string `json:"notes"`
}

// Task returns the task numbered no, or nil.
func (p *Plan) Task(no int) *Task {
	for i := range p.Tasks {
		if p.Tasks[i].No == no {
			return &p.Tasks[i]
		}
	}
	return nil
}

// DefaultPeriod is the period used when none is named: the plan's first.
func (p *Plan) DefaultPeriod() string {
	if len(p.Periods) > 0 {
		return p.Periods[0]
	}
	return defaultPeriod(p.Year)
}

func defaultPeriod(year int) string {
	if year <= 0 {
		return "全年"
	}
	return strconv.Itoa(year) + DefaultPeriodSuffix
}

// HasPeriod reports whether name is one of the plan's periods.
func (p *Plan) HasPeriod(name string) bool {
	for _, x := range p.Periods {
		if x == name {
			return true
		}
	}
	return false
}

// TasksIn returns the tasks of one subsection (or of a whole section when
// sub is empty), in plan order.
func (p *Plan) TasksIn(section, sub string) []*Task {
	var out []*Task
	for i := range p.Tasks {
		t := &p.Tasks[i]
		if t.Section == section && (sub == "" || t.Subsection == sub) {
			out = append(out, t)
		}
	}
	return out
}

// ShortText is the requirement cut to n runes on one line, for tables.
func ShortText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
