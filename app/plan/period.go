package plan

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Period is a reporting period with its due date (截止日期).
type Period struct {
	Name string `json:"name"`
	Due  string `json:"due"` // 2006-01-02, or "" when not set
}

// DateLayout is how dates are stored and typed on the command line.
const DateLayout = "2006-01-02"

// ChineseDate writes a date the way the office and its documents do:
// 2018年7月5日.
func ChineseDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// CheckPeriodName refuses names that cannot be a period: empty, or with
// control characters (the store separates key parts with NUL).
func CheckPeriodName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", fmt.Errorf("报送期名称不能为空")
	}
	if strings.ContainsFunc(name, func(r rune) bool { return r < 32 }) {
		return "", fmt.Errorf("报送期名称“%s”含有不可见字符", name)
	}
	return name, nil
}

// ParseDue checks a due date in any form ParseDate reads and writes it as
// 2018-12-31 ("" clears it).
func ParseDue(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	t, err := ParseDate(s, time.UTC)
	if err != nil {
		return "", fmt.Errorf("截止日期“%s”不是日期：请写成 2018-12-31、2018/12/31 或 2018年12月31日", s)
	}
	return t.Format(DateLayout), nil
}

// OrderPeriods sorts periods in the order they fall due: dated ones by due
// date, then the undated ones in the order given, so the previous period is
// the one before. The sort is stable.
func OrderPeriods(ps []Period) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Due, ps[j].Due
		if (a == "") != (b == "") {
			return b == ""
		}
		return a < b
	})
}

// DueDate is the period's due date, or "".
func (p *Plan) DueDate(period string) string { return p.Due[period] }

// PreviousPeriod is the period before period in the order they fall due,
// or "" for the first (or an unknown one).
func (p *Plan) PreviousPeriod(period string) string {
	for i, x := range p.Periods {
		if x == period && i > 0 {
			return p.Periods[i-1]
		}
	}
	return ""
}

// CurrentPeriod is the period the office is working on at today: the
// first not yet due (undated periods are never due), or the last when all
// are past.
func (p *Plan) CurrentPeriod(today time.Time) string {
	day := today.Format(DateLayout)
	for _, x := range p.Periods {
		if due := p.Due[x]; due == "" || due >= day {
			return x
		}
	}
	if len(p.Periods) > 0 {
		return p.Periods[len(p.Periods)-1]
	}
	return p.DefaultPeriod()
}

// DaysOverdue is how many days past due today is: 0 on the due date itself,
// before it, or when no due date is set. Only calendar days count, so the
// time of day and the clock's zone do not change the answer.
func DaysOverdue(due string, today time.Time) int {
	d, err := time.Parse(DateLayout, due)
	if err != nil {
		return 0
	}
	t := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	if n := int(t.Sub(d).Hours() / 24); n > 0 {
		return n
	}
	return 0
}
