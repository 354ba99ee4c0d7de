package app

import "testing"

func TestTypedDate(t *testing.T) {
	for in, want := range map[string]string{
		"2018-12-31": "2018-12-31", "2018/12/31": "2018-12-31", "2018.1.5": "2018-01-05",
		"2018年12月31日": "2018-12-31", " 2019年6月30 ": "2019-06-30",
		"12/31/2018": "12/31/2018", "2018-13": "2018-13", "": "",
	} {
		if got := typedDate(in); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
}
