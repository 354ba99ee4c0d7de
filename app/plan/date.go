package plan

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// dateExpr is a date as clerks write it: 2018-12-31, 2018/12/31,
// 2018.12.31 or 2018年12月31日, with or without leading zeros, with any
// half- or full-width spaces between the parts.
const (
	dateGap  = `[\s\x{3000}\x{00A0}]*`
	dateExpr = `((?:19|20)[0-9]{2})` + dateGap + `[年\-/.．]` + dateGap + `([0-9]{1,2})` + dateGap + `[月\-/.．]` + dateGap + `([0-9]{1,2})`
)

var (
	wholeDate  = regexp.MustCompile(`^` + dateGap + dateExpr + dateGap + `日?` + dateGap + `$`)
	dateInText = regexp.MustCompile(dateExpr)
)

// ParseDate reads a date typed by the clerk, in the window or on the
// command line, in any of the forms above, as a day in loc. Anything else,
// or a day the calendar lacks (2018-02-30), is an error.
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	m := wholeDate.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, fmt.Errorf("“%s”不是日期（请写成 2018-12-31、2018/12/31 或 2018年12月31日）", s)
	}
	return calendarDay(m, s, loc)
}

// FindDate is the first date written in s (a 填报日期 line), as
// 2018-07-05; "" when s holds none.
func FindDate(s string) string {
	m := dateInText.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	t, err := calendarDay(m, s, time.UTC)
	if err != nil {
		return ""
	}
	return t.Format(DateLayout)
}

// calendarDay turns a match of dateExpr into the day, refusing one that
// does not exist.
func calendarDay(m []string, s string, loc *time.Location) (time.Time, error) {
	// Decimal even with a leading zero ("09" is September, not octal).
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
	if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
		return time.Time{}, fmt.Errorf("“%s”不是日历上有的日期", s)
	}
	return t, nil
}
