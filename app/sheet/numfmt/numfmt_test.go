package numfmt

import (
	"math"
	"testing"
)

func TestClassify(t *testing.T) {
	cases := map[string]Kind{
		"General":                    General,
		"0.00":                       General,
		"#,##0.00_);[Red](#,##0.00)": General,
		"0.00E+00":                   General,
		"@":                          General,
		"# ?/?":                      General,
		`¥#,##0.00;¥-#,##0.00`:       General,
		`[$¥-804]#,##0.00`:           General,
		`#,##0.00" m"`:               General,
		`0.00\m`:                     General,
		"[Red]0.00":                  General,
		"0%":                         Percent,
		"0.00%":                      Percent,
		"yyyy-mm-dd":                 Date,
		`yyyy"年"m"月"d"日"`:            Date,
		"[$-804]yyyy年m月d日":           Date,
		"[DBNum1][$-804]m月d日":        Date,
		"m/d/yy h:mm":                DateTime,
		"h:mm AM/PM":                 Time,
		"mm:ss":                      Time,
		"mm:ss.0":                    Time,
		"[h]:mm:ss":                  Elapsed,
		"[hh]":                       Elapsed,
		"[mm]:ss":                    Elapsed,
		`上午/下午h"时"mm"分"`:             Time,
		`"day "0`:                    General,
		`yyyy/m/d;@`:                 Date,
		`0.00;[Red]-0.00;"日期"`:       General,
	}
	for code, want := range cases {
		if got := Classify(code); got != want {
			t.Errorf("%q: %v, want %v", code, got, want)
		}
	}
}

func TestBuiltin(t *testing.T) {
	for id, want := range map[int]Kind{
		0: General, 2: General, 9: Percent, 10: Percent, 14: Date, 20: Time, 22: DateTime,
		31: Date, 32: Time, 45: Time, 46: Elapsed, 49: General, 57: Date,
		// Each range's ends and the ids beside them.
		8: General, 11: General, 13: General, 17: Date, 18: Time, 21: Time, 23: General,
		26: General, 27: Date, 35: Time, 36: Date, 37: General, 44: General, 47: Time,
		48: General, 50: Date, 54: Date, 55: Time, 56: Time, 58: Date, 59: General,
	} {
		if got := Builtin(id); got != want {
			t.Errorf("%d: %v, want %v", id, got, want)
		}
	}
}

func TestNumber(t *testing.T) {
	cases := map[float64]string{
		8: "8", -12: "-12", 0.1 + 0.2: "0.3", 1.5: "1.5", 7512812345: "7512812345",
		1e15: "1000000000000000", 123456789012: "123456789012", 0.000001: "0.000001",
		1e20: "100000000000000000000", 1e22: "1E+22", 1.23e-12: "1.23E-12", 0.000123: "0.000123",
		math.Copysign(0, -1): "0", math.NaN(): "#NUM!",
	}
	for v, want := range cases {
		if got := Number(v); got != want {
			t.Errorf("%v: %q, want %q", v, got, want)
		}
	}
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		k    Kind
		y04  bool
		want string
	}{
		{1, Date, false, "1900-01-01"},
		{59, Date, false, "1900-02-28"},
		{61, Date, false, "1900-03-01"},
		{43286, Date, false, "2018-07-05"},
		{43286.5729166667, Date, false, "2018-07-05"},
		{43286.5729166667, DateTime, false, "2018-07-05 13:45"},
		{43286, DateTime, false, "2018-07-05"},
		{43286.57292824074, DateTime, false, "2018-07-05 13:45:01"},
		{0.5, Time, false, "12:00"},
		{0.5, Date, false, "12:00"},
		{43286.75, Time, false, "18:00"},
		{41824, Date, true, "2018-07-05"},
		{0, Date, true, "1904-01-01"},
		{2958465, Date, false, "9999-12-31"},
		{2958466, Date, false, "2958466"},
		{-1, Date, false, "-1"},
		{1.5, Elapsed, false, "36:00"},
		{1.5 + 1.0/86400, Elapsed, false, "36:00:01"},
		{-0.25, Elapsed, false, "-6:00"},
		{0.5, Percent, false, "50%"},
		{0.125, Percent, false, "12.5%"},
		{0.07, Percent, false, "7%"},
		{8, General, false, "8"},
	} {
		if got := Text(tc.v, tc.k, tc.y04); got != tc.want {
			t.Errorf("Text(%v, %v, %v) = %q, want %q", tc.v, tc.k, tc.y04, got, tc.want)
		}
	}
}
