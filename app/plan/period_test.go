package plan

import (
	"reflect"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestDaysOverdue(t *testing.T) {
	for _, c := range []struct {
		due, today string
		want       int
	}{
		{"2018-12-31", "2019-01-10", 10},
		{"2018-12-31", "2018-12-31", 0},
		{"2018-12-31", "2018-12-30", 0},
		{"2018-12-31", "2019-01-01", 1},
		{"2018-02-28", "2018-03-01", 1},
		{"2020-02-28", "2020-03-01", 2},
		{"", "2019-01-10", 0},
		{"bad", "2019-01-10", 0},
	} {
		if got := DaysOverdue(c.due, day(c.today)); got != c.want {
			t.Errorf("DaysOverdue(%q, %s) = %d, want %d", c.due, c.today, got, c.want)
		}
	}
	// The calendar day on the clerk's clock counts, whatever the hour and
	// the zone: early morning in Beijing is still 10 January there (it is
	// the 9th in UTC), and so is the late evening west of Greenwich (the
	// 11th in UTC).
	cst := time.FixedZone("CST", 8*3600)
	west := time.FixedZone("EST", -5*3600)
	for _, at := range []time.Time{
		time.Date(2019, 1, 10, 0, 0, 0, 0, cst),
		time.Date(2019, 1, 10, 7, 0, 0, 0, cst),
		time.Date(2019, 1, 10, 12, 0, 0, 0, cst),
		time.Date(2019, 1, 10, 23, 59, 0, 0, cst),
		time.Date(2019, 1, 10, 23, 0, 0, 0, west),
		time.Date(2019, 1, 10, 0, 1, 0, 0, time.UTC),
	} {
		if got := DaysOverdue("2018-12-31", at); got != 10 {
			t.Errorf("DaysOverdue at %s: %d, want 10", at.Format(time.RFC3339), got)
		}
	}
}

func TestOrderAndCurrentPeriod(t *testing.T) {
	ps := []Period{{"2018年度", "2018-12-31"}, {"补报", ""}, {"2018年上半年", "2018-07-15"}, {"2019年度", ""}}
	OrderPeriods(ps)
	want := []string{"2018年上半年", "2018年度", "补报", "2019年度"}
	p := &Plan{Due: map[string]string{}}
	for i, x := range ps {
		if x.Name != want[i] {
			t.Fatalf("order %v", ps)
		}
		p.Periods = append(p.Periods, x.Name)
		p.Due[x.Name] = x.Due
	}
	if p.PreviousPeriod("2018年度") != "2018年上半年" || p.PreviousPeriod("2018年上半年") != "" || p.PreviousPeriod("无") != "" {
		t.Error("previous period")
	}
	for today, want := range map[string]string{"2018-05-01": "2018年上半年", "2018-07-15": "2018年上半年",
		"2018-07-16": "2018年度", "2019-01-10": "补报"} {
		if got := p.CurrentPeriod(day(today)); got != want {
			t.Errorf("current period at %s: %s, want %s", today, got, want)
		}
	}
	dated := &Plan{Periods: []string{"一", "二"}, Due: map[string]string{"一": "2018-04-10", "二": "2018-07-15"}}
	if got := dated.CurrentPeriod(day("2019-01-10")); got != "二" {
		t.Errorf("all past: %s", got)
	}
}

func TestParseDueAndNames(t *testing.T) {
	if d, err := ParseDue(" 2018-12-31 "); err != nil || d != "2018-12-31" {
		t.Errorf("ParseDue: %q %v", d, err)
	}
	for _, bad := range []string{"2018-02-30", "2018-13-01", "明天", "2018-12-31 之前", "12/31/2018"} {
		if _, err := ParseDue(bad); err == nil {
			t.Errorf("ParseDue(%q) accepted", bad)
		}
	}
	if _, err := CheckPeriodName("a\x00b"); err == nil {
		t.Error("NUL accepted in a period name")
	}
	if n, err := CheckPeriodName(" 2018年度 "); err != nil || n != "2018年度" {
		t.Errorf("name %q %v", n, err)
	}
}

func TestContactFromReturn(t *testing.T) {
	var c Contact
	if !c.FromReturn("李明", "0751-2812345", "2018-07-05") || c.Person != "李明" || c.Phone != "0751-2812345" {
		t.Fatalf("first return: %+v", c)
	}
	if c.FromReturn("王芳", "", "2018-07-01") || c.Person != "李明" {
		t.Fatalf("an older return won: %+v", c)
	}
	if !c.FromReturn("王芳", "", "2018-07-20") || c.Person != "王芳" || c.Phone != "0751-2812345" {
		t.Fatalf("a later return without a phone: %+v", c)
	}
	if c.FromReturn("王芳", "", "2018-07-20") {
		t.Error("the same return again reported a change")
	}
	c.SetPerson("张三")
	if c.FromReturn("赵六", "13800138000", "2018-08-01") != true || c.Person != "张三" || c.Phone != "13800138000" {
		t.Fatalf("hand-typed person overwritten, or phone not taken: %+v", c)
	}
	c.SetPerson("")
	if !c.FromReturn("赵六", "", "2018-07-02") || c.Person != "赵六" {
		t.Fatalf("cleared person not handed back to the returns: %+v", c)
	}
}

// An undated period takes its place from the span its name names, so a
// dated 2019年上半年 made later comes after an undated 2018年度, and
// 2018年度's previous period is not the later one.
func TestOrderUndatedByName(t *testing.T) {
	ps := []Period{{"2018年度", ""}, {"专项检查", ""}, {"2019年上半年", "2019-07-15"}, {"2018年上半年", "2018-07-15"}, {"2019年第一季度", ""}}
	OrderPeriods(ps)
	p := &Plan{}
	for _, x := range ps {
		p.Periods = append(p.Periods, x.Name)
	}
	want := []string{"2018年上半年", "2018年度", "专项检查", "2019年第一季度", "2019年上半年"}
	if !reflect.DeepEqual(p.Periods, want) {
		t.Fatalf("order %v, want %v", p.Periods, want)
	}
	if got := p.PreviousPeriod("2018年度"); got != "2018年上半年" {
		t.Errorf("previous of 2018年度: %q", got)
	}
	if got := p.PreviousPeriod("2019年上半年"); got != "2019年第一季度" {
		t.Errorf("previous of 2019年上半年: %q", got)
	}
}

func TestNameDate(t *testing.T) {
	for name, want := range map[string]string{
		"2018年度": "2018-12-31", "2018年": "2018-12-31", "2018年上半年": "2018-06-30", "2018年下半年": "2018-12-31",
		"2019年第一季度": "2019-03-31", "2019年三季度": "2019-09-30", "2019年4季度": "2019-12-31",
		"2019年前三季度": "2019-09-30", "2020年2月": "2020-02-29", "2018年11月份": "2018-11-30",
		"县政府2018年度政务公开": "2018-12-31", "补报": "", "第一季度": "",
	} {
		if got := NameDate(name); got != want {
			t.Errorf("NameDate(%q) = %q, want %q", name, got, want)
		}
	}
}
