// Package numfmt turns a stored spreadsheet number into the text a clerk
// reads, given the cell's number format. Both the .xlsx and the .xls reader
// use it, so a return saved either way imports the same.
//
// Only what matters for matching and reading a return is kept: whether the
// number is a date, a time, a duration or a percentage. Decimals, thousands
// separators and currency signs are dropped on purpose: "8" must match task
// 8 whether the cell shows 8, 8.00 or ¥8.
package numfmt

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Kind is how a number format shows a number.
type Kind uint8

const (
	General  Kind = iota
	Date          // 2018-07-05
	Time          // 13:45
	DateTime      // 2018-07-05 13:45
	Percent       // 50%
	Elapsed       // [h]:mm:ss, a duration: 36:00
)

// Builtin classifies a built-in number format id, including the ones
// Chinese Excel and WPS use for dates and times (27–36, 50–58).
func Builtin(id int) Kind {
	return builtinKinds[id] // General when not listed
}

// builtinKinds are the built-in format ids that are not General.
var builtinKinds = kindsOf(map[Kind][]int{
	Percent:  {9, 10},
	Date:     {14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58},
	Time:     {18, 19, 20, 21, 32, 33, 34, 35, 45, 47, 55, 56},
	DateTime: {22},
	Elapsed:  {46},
})

func kindsOf(ids map[Kind][]int) map[int]Kind {
	out := map[int]Kind{}
	for k, list := range ids {
		for _, id := range list {
			out[id] = k
		}
	}
	return out
}

// Classify looks at the first section of a format code, ignoring quoted
// literals, escaped characters and bracketed locale or colour tags, for
// date, time, duration and percent tokens.
func Classify(code string) Kind {
	var y, d, m, h, s, ampm, pct bool
scan:
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case '"':
			j := strings.IndexByte(code[i+1:], '"')
			if j < 0 {
				break scan
			}
			i += j + 1
		case '\\', '_', '*':
			i++ // the next character is a literal, padding or fill
		case ';':
			break scan
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				break scan
			}
			if isElapsed(code[i+1 : i+j]) {
				return Elapsed
			}
			i += j
		case 'y', 'Y':
			y = true
		case 'd', 'D':
			d = true
		case 'm', 'M':
			m = true
		case 'h', 'H':
			h = true
		case 's', 'S':
			s = true
		case 'a', 'A':
			rest := strings.ToLower(code[i:])
			if strings.HasPrefix(rest, "am/pm") || strings.HasPrefix(rest, "a/p") {
				ampm = true
			}
		case '%':
			pct = true
		}
	}
	isDate := y || d || (m && !h && !s)
	isTime := h || s || ampm
	switch {
	case isDate && isTime:
		return DateTime
	case isDate:
		return Date
	case isTime:
		return Time
	case pct:
		return Percent
	}
	return General
}

// isElapsed reports whether a bracketed token is [h], [mm], [ss]…
func isElapsed(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c != 'h' && c != 'm' && c != 's' {
			return false
		}
	}
	return true
}

// Text renders v as a cell of kind k shows it. Dates come out as
// 2006-01-02 whatever the format, so the layers above compare dates as
// text; a time of day is added only when the format shows one.
func Text(v float64, k Kind, date1904 bool) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "#NUM!"
	}
	switch k {
	case Date, Time, DateTime:
		if t, ok := serialTime(v, date1904); ok {
			if v < 1 && !date1904 {
				k = Time // the 1900 system has no day 0: a time typed alone
			}
			return Moment(t, k)
		}
	case Elapsed:
		if math.Abs(v) < 1e7 {
			return elapsed(v)
		}
	case Percent:
		return Number(v*100) + "%"
	}
	return Number(v)
}

// Moment writes a point in time as a cell of kind k shows it.
func Moment(t time.Time, k Kind) string {
	clock := "15:04"
	if t.Second() != 0 {
		clock = "15:04:05"
	}
	if k == Time {
		return t.Format(clock)
	}
	if k == DateTime && (t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0) {
		return t.Format("2006-01-02 " + clock)
	}
	return t.Format("2006-01-02")
}

// serialTime converts an Excel serial date, rounded to the second. Excel's
// 1900 system pretends 1900 was a leap year (serial 60 is 29 February
// 1900), so serials before it are one day off from the usual 1899-12-30
// base; the 1904 system
// counts from 1904-01-01. Beyond 9999-12-31 Excel shows ####, and so the
// number is kept.
func serialTime(v float64, date1904 bool) (time.Time, bool) {
	if v < 0 || v >= 2958466 {
		return time.Time{}, false
	}
	secs := int64(math.Round(v * 86400))
	days, sec := secs/86400, secs%86400
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	if date1904 {
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	} else if days < 60 {
		base = base.AddDate(0, 0, 1)
	}
	return base.AddDate(0, 0, int(days)).Add(time.Duration(sec) * time.Second), true
}

// elapsed writes a duration in days as total hours, minutes and (when not
// zero) seconds: 1.5 reads 36:00.
func elapsed(v float64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	secs := int64(math.Round(v * 86400))
	h, m, s := secs/3600, secs/60%60, secs%60
	out := sign + strconv.FormatInt(h, 10) + ":" + two(m)
	if s != 0 {
		out += ":" + two(s)
	}
	return out
}

func two(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// Number writes a number as Excel's General format would, without its
// column-width rounding: integers without a decimal point, other values to
// 15 significant digits (so 0.1+0.2 reads 0.3) and no exponent for ordinary
// magnitudes: an ID number typed as a number reads 12345678901234600, as in
// Excel's formula bar, not 1.23457E+16.
func Number(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "#NUM!"
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10) // also turns -0 into "0"
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if r == 0 {
		return "0"
	}
	if a := math.Abs(r); a >= 1e-9 && a < 1e21 {
		return strconv.FormatFloat(r, 'f', -1, 64)
	}
	return strings.ToUpper(strconv.FormatFloat(r, 'g', -1, 64))
}
