// Package remind is the chasing side of a reporting period (催报): which
// units still owe returns, how many days they are overdue and how to reach
// them, the ready message the office sends to the units' group, and what
// changed since the previous period. It imports no GUI and no file format.
package remind

import (
	"fmt"
	"strings"
	"time"

	"taizhang/app/plan"
)

// Unit is one unit that still owes returns in a period.
type Unit struct {
	Unit        string `json:"unit"`
	Owed        []int  `json:"owed"`    // task numbers it owes a return on
	Missing     []int  `json:"missing"` // of those, the ones not sent
	MissingText string `json:"missing_text"`
	OverdueDays int    `json:"overdue_days"`
	Contact     string `json:"contact"`
	Phone       string `json:"phone"`
	Note        string `json:"note"`
}

// List is the 催报 list of one period as of one day.
type List struct {
	Plan     string // the plan's title
	Period   string
	Due      string // 截止日期, 2006-01-02, or ""
	Today    time.Time
	Units    []Unit   // most missing first, then in the directory's order
	Complete []string // units that sent every return they owe
}

// Build lists the units owing returns in period, given the period's
// returns, the units' contacts and today.
func Build(p *plan.Plan, d *plan.Directory, period string, rets []plan.Return, contacts map[string]plan.Contact, today time.Time) *List {
	l := &List{Plan: p.Title, Period: period, Due: p.DueDate(period), Today: today}
	days := plan.DaysOverdue(l.Due, today)
	// The units and what they owe come from the period's one count, as
	// every other figure does.
	for _, up := range plan.Summarize(p, d, rets).Progress {
		if len(up.Missing) == 0 {
			l.Complete = append(l.Complete, up.Unit)
			continue
		}
		c := contacts[up.Unit]
		l.Units = append(l.Units, Unit{Unit: up.Unit, Owed: up.Owed, Missing: up.Missing,
			MissingText: plan.FormatRanges(up.Missing), OverdueDays: days,
			Contact: c.Person, Phone: c.Phone, Note: c.Note})
	}
	return l
}

// Overdue reports whether the period's due date has passed.
func (l *List) Overdue() bool { return plan.DaysOverdue(l.Due, l.Today) > 0 }

// DueText writes the due date the way a notice does: 12月31日, with the
// year only when it is not today's year.
func (l *List) DueText() string {
	d, err := time.Parse(plan.DateLayout, l.Due)
	if err != nil {
		return ""
	}
	if d.Year() != l.Today.Year() {
		return plan.ChineseDate(d)
	}
	return fmt.Sprintf("%d月%d日", d.Month(), d.Day())
}

// Message is the text the clerk pastes into the units' WeChat or 政务微信
// group: what is asked and by when, then one line per unit.
func (l *List) Message() string {
	var b strings.Builder
	what := l.Period + "政务公开工作落实情况"
	if len(l.Units) == 0 {
		fmt.Fprintf(&b, "%s：各单位均已报送，谢谢！\n", what)
		return b.String()
	}
	due := l.DueText()
	if due == "" {
		fmt.Fprintf(&b, "请以下单位尽快报送%s：\n", what)
	} else if l.Overdue() {
		fmt.Fprintf(&b, "请以下单位尽快报送%s（截止日期为%s，已逾期）：\n", what, due)
	} else {
		fmt.Fprintf(&b, "请以下单位于%s前报送%s：\n", due, what)
	}
	for i, u := range l.Units {
		fmt.Fprintf(&b, "%d. %s：第%s项（共%d项）", i+1, u.Unit, u.MissingText, len(u.Missing))
		if u.OverdueDays > 0 {
			fmt.Fprintf(&b, "，已逾期%d天", u.OverdueDays)
		}
		b.WriteString("\n")
	}
	b.WriteString("已报送的单位请忽略。\n")
	return b.String()
}
