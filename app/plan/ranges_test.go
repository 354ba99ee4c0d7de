package plan

import "testing"

func TestFormatRanges(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want string
	}{
		{nil, ""},
		{[]int{7}, "7"},
		{[]int{2, 3}, "2、3"},
		{[]int{1, 3, 4, 5}, "1、3–5"},
		{[]int{10, 2, 3, 4, 5, 6, 7, 8}, "2–8、10"},
		{[]int{5, 5, 6, 7, 12}, "5–7、12"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 36, 37}, "1–15、36、37"},
		{[]int{1000, 1001, 1002, 9999}, "1000–1002、9999"},
	} {
		if got := FormatRanges(c.in); got != c.want {
			t.Errorf("FormatRanges(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
