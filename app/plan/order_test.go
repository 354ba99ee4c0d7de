package plan

import (
	"reflect"
	"testing"
)

// History keeps revisions by 填报日期, whatever order they were imported in.
func TestHistoryInDateOrder(t *testing.T) {
	r := func(date, text string) Return {
		return Return{Task: 1, Unit: "县财政局", Date: date, Values: Values{Status: StatusOngoing, Text: text}}
	}
	held, _ := Merge(nil, r("2018-07-20", "三"))
	for _, in := range []Return{r("2018-07-10", "二"), r("2018-07-01", "一"), r("2018-07-15", "二点五")} {
		var ch Change
		if held, ch = Merge(&held, in); ch != Older {
			t.Fatalf("%s: %v, want Older", in.Date, ch)
		}
	}
	var dates []string
	for _, h := range held.History {
		dates = append(dates, h.Date)
	}
	if want := []string{"2018-07-01", "2018-07-10", "2018-07-15"}; !reflect.DeepEqual(dates, want) || held.Text != "三" {
		t.Fatalf("history %v, current %q", dates, held.Text)
	}
	newer, ch := Merge(&held, r("2018-08-01", "四"))
	if ch != Updated || newer.Text != "四" || len(newer.History) != 4 || newer.History[3].Date != "2018-07-20" {
		t.Fatalf("newer: %v %+v", ch, newer.History)
	}
}

func TestShortText(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"  公开\n透明  要求 ", 8, "公开 透明 要求"},
		{"  公开\n透明  要求 ", 7, "公开 透明 要…"},
		{"公开透明", 4, "公开透明"},
		{"公开透明作为", 4, "公开透明…"},
		{"", 3, ""},
	} {
		if got := ShortText(c.s, c.n); got != c.want {
			t.Errorf("ShortText(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

func TestTasksIn(t *testing.T) {
	p := &Plan{Tasks: []Task{
		{No: 1, Section: "一", Subsection: "（一）"}, {No: 2, Section: "一", Subsection: "（二）"},
		{No: 3, Section: "二", Subsection: "（一）"}, {No: 4, Section: "一", Subsection: "（一）"},
	}}
	nos := func(ts []*Task) (out []int) {
		for _, t := range ts {
			out = append(out, t.No)
		}
		return out
	}
	if got := nos(p.TasksIn("一", "")); !reflect.DeepEqual(got, []int{1, 2, 4}) {
		t.Errorf("section: %v", got)
	}
	if got := nos(p.TasksIn("一", "（一）")); !reflect.DeepEqual(got, []int{1, 4}) {
		t.Errorf("subsection: %v", got)
	}
	if got := p.TasksIn("三", ""); len(got) != 0 {
		t.Errorf("no such section: %v", nos(got))
	}
}

// Units the directory lacks come after the ones it has, by name, when
// they miss as many returns.
func TestProgressUnknownUnitsLast(t *testing.T) {
	p := &Plan{Tasks: []Task{{No: 1, UnitsText: "县甲局、县财政局、县乙局、县教育局"}}}
	d := &Directory{Units: []Unit{{Name: "县教育局"}, {Name: "县财政局"}}}
	var got []string
	for _, u := range Progress(p, d, nil) {
		got = append(got, u.Unit)
	}
	if want := []string{"县教育局", "县财政局", "县乙局", "县甲局"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
}
