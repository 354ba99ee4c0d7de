package xls

import (
	"math"
	"strconv"
	"time"
)

// numberText renders a number as text: a date or time if the cell's number
// format is one, otherwise the plain value ("8", not "8.0").
func (wb *workbook) numberText(v float64, xf int) string {
	if xf >= 0 && xf < len(wb.xfFmt) && wb.isDateFormat(wb.xfFmt[xf]) {
		if s, ok := dateText(v, wb.date1904); ok {
			return s
		}
	}
	return plainNumber(v)
}

// plainNumber formats v without exponent or trailing zeros. Excel keeps 15
// significant digits, so results of arithmetic such as 0.1+0.2 are rounded
// to that first; otherwise they would show float noise Excel never shows.
func plainNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "#NUM!"
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10) // the common case, cheaply; also turns -0 into "0"
	}
	if r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64); err == nil {
		v = r
	}
	if v == 0 {
		return "0" // also for -0
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// isDateFormat reports whether number format id displays dates or times.
func (wb *workbook) isDateFormat(id uint16) bool {
	// A FORMAT record overrides the built-in meaning of an id.
	if f, ok := wb.formats[id]; ok {
		return hasDateTokens(f)
	}
	switch {
	case id >= 14 && id <= 22, id >= 45 && id <= 47:
		return true
	case id >= 27 && id <= 36, id >= 50 && id <= 58:
		// Locale-dependent built-ins that are dates in Chinese, Japanese
		// and Korean Excel (e.g. 31 is "yyyy年m月d日" in zh-CN), the
		// locales our files come from.
		return true
	}
	return false
}

// hasDateTokens reports whether a custom format string has date or time
// placeholders (y, m, d, h, s) outside quoted literals, [bracketed]
// colours/conditions and escaped characters.
func hasDateTokens(f string) bool {
	for i := 0; i < len(f); i++ {
		switch c := f[i]; c {
		case '"':
			for i++; i < len(f) && f[i] != '"'; i++ {
			}
		case '[':
			// [h], [mm], [ss] are elapsed-time tokens; colours, locales and
			// conditions are not.
			j := i + 1
			for j < len(f) && f[j] != ']' {
				j++
			}
			if inner := f[i+1 : min(j, len(f))]; isElapsed(inner) {
				return true
			}
			i = j
		case '\\', '_', '*':
			i++ // the next character is a literal, a padding or a fill
		case 'y', 'Y', 'm', 'M', 'd', 'D', 'h', 'H', 's', 'S':
			return true
		}
	}
	return false
}

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

// dateText converts an Excel serial date. Excel's 1900 system pretends
// 1900 was a leap year, so serials before 61 (1 March 1900) are one day
// off from the usual 1899-12-30 base; the 1904 system counts from
// 1904-01-01. Values that cannot be dates in Excel are refused so the
// caller falls back to the number.
func dateText(v float64, date1904 bool) (string, bool) {
	if math.IsNaN(v) || v < 0 || v >= 2958466 { // 2958466 is 10000-01-01
		return "", false
	}
	// Round to the second: stored fractions of a day are rarely exact.
	secs := int64(math.Round(v * 86400))
	days, sec := secs/86400, secs%86400
	if days == 0 && (sec != 0 || !date1904) {
		// A value under one day is a time of day (in the 1900 system day 0
		// is the nonexistent "1900-01-00" anyway).
		return time.Unix(sec, 0).UTC().Format("15:04:05"), true
	}
	base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	switch {
	case date1904:
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case days < 60:
		base = base.AddDate(0, 0, 1)
	}
	t := base.AddDate(0, 0, int(days)).Add(time.Duration(sec) * time.Second)
	if sec == 0 {
		return t.Format("2006-01-02"), true
	}
	return t.Format("2006-01-02 15:04:05"), true
}
