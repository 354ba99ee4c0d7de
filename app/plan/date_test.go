package plan

import (
	"testing"
	"time"
)

// Every form a clerk types reads as the same day, in the window (due
// dates) and on the command line (--today, --due) alike.
func TestParseDateForms(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	for _, s := range []string{"2018-12-31", "2018/12/31", "2018.12.31", "2018年12月31日", " 2018 年 12 月 31 日 ", "2018年12月31", "2018．12．31", "2018-12-31\u3000"} {
		d, err := ParseDate(s, cst)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", s, err)
			continue
		}
		if want := time.Date(2018, 12, 31, 0, 0, 0, 0, cst); !d.Equal(want) {
			t.Errorf("ParseDate(%q) = %s, want %s", s, d, want)
		}
		if due, err := ParseDue(s); err != nil || due != "2018-12-31" {
			t.Errorf("ParseDue(%q) = %q, %v", s, due, err)
		}
	}
	for s, want := range map[string]string{"2018/7/5": "2018-07-05", "2018-09-08": "2018-09-08", "2018年08月09日": "2018-08-09"} {
		if d, err := ParseDate(s, time.UTC); err != nil || d.Format(DateLayout) != want {
			t.Errorf("ParseDate(%q) = %s, %v; want %s", s, d, err, want)
		}
	}
	for _, bad := range []string{"", "明天", "2018-02-30", "2019-02-29", "2018-13-01", "2018-00-10", "31/12/2018", "2018-12-31 9:00", "填报日期：2018-12-31"} {
		if d, err := ParseDate(bad, time.UTC); err == nil {
			t.Errorf("ParseDate(%q) accepted as %s", bad, d)
		}
	}
	if d, err := ParseDate("2020-02-29", time.UTC); err != nil || d.Day() != 29 {
		t.Errorf("leap day: %v %v", d, err)
	}
}

// FindDate picks the date out of a 填报日期 line as the importer meets it.
func TestFindDate(t *testing.T) {
	for s, want := range map[string]string{
		"2018年7月5日":           "2018-07-05",
		"填报日期：2018 年 7 月 5 日": "2018-07-05",
		"2018/07/20（盖章）":      "2018-07-20",
		"七月五日":                "",
		"2018年2月30日":          "",
		"":                    "",
	} {
		if got := FindDate(s); got != want {
			t.Errorf("FindDate(%q) = %q, want %q", s, got, want)
		}
	}
}
