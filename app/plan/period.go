package plan

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
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

// OrderPeriods sorts periods, given in the order they were made, by their
// dates: a period's date is its due date (截止日期); one without a due date
// takes the end of the span its name names (2018年上半年 → 2018-06-30,
// 2018年度 → 2018-12-31, see NameDate); one whose name names no span keeps
// its place after the period made just before it. Periods of the same date
// stay in the order they were made, so the previous period is the one
// before. The sort is stable.
func OrderPeriods(ps []Period) {
	keys := make(map[string]string, len(ps))
	last := ""
	for _, x := range ps {
		k := x.Due
		if k == "" {
			k = NameDate(x.Name)
		}
		if k == "" {
			k = last
		}
		keys[x.Name], last = k, k
	}
	sort.SliceStable(ps, func(i, j int) bool { return keys[ps[i].Name] < keys[ps[j].Name] })
}

// spanName is a period name as offices write them: a year, then 年度 or
// 年 alone, 上半年/下半年, a quarter (第一季度, 一季度, 1季度, 前三季度) or a
// month (3月, 3月份).
var spanName = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*年\s*(?:(上|下)半年|(前三季度)|第?\s*([一二三四1-4])\s*季度|([0-9]{1,2})\s*月|度)?`)

// quarterNo reads a quarter's number written in Chinese or Arabic digits.
var quarterNo = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

// NameDate is the last day of the span a period's name names, as
// 2018-06-30 for 2018年上半年; "" when the name names no year.
func NameDate(name string) string {
	m := spanName.FindStringSubmatch(name)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	month := 12
	switch {
	case m[2] == "上":
		month = 6
	case m[3] != "":
		month = 9
	case m[4] != "":
		month = 3 * quarterNo[m[4]]
	case m[5] != "":
		if n, _ := strconv.Atoi(m[5]); n >= 1 && n <= 12 {
			month = n
		}
	}
	// Day 0 of the next month is the last day of this one.
	return time.Date(y, time.Month(month+1), 0, 0, 0, 0, 0, time.UTC).Format(DateLayout)
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
