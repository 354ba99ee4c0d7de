package sheet

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// numKind is how a number format shows a number, as far as the text of a
// return is concerned. Everything else (decimals, thousands separators,
// currency) is dropped on purpose: "8" must match task 8 whether the cell
// shows 8, 8.00 or ¥8.
type numKind uint8

const (
	kindGeneral numKind = iota
	kindDate
	kindTime
	kindDateTime
	kindPercent
)

// builtinKind classifies the built-in number formats, including the ones
// Chinese Excel and WPS use for dates (27–36, 50–58).
func builtinKind(id int) numKind {
	switch {
	case id == 9 || id == 10:
		return kindPercent
	case id >= 14 && id <= 17, id >= 27 && id <= 31, id == 36, id >= 50 && id <= 54, id == 57 || id == 58:
		return kindDate
	case id >= 18 && id <= 21, id >= 32 && id <= 35, id == 45 || id == 47, id == 55 || id == 56:
		return kindTime
	case id == 22:
		return kindDateTime
	}
	return kindGeneral
}

// classifyFormatCode looks at the first section of a custom format code,
// ignoring quoted literals, escaped characters and bracketed locale or
// colour tags, for date and time tokens.
func classifyFormatCode(code string) numKind {
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
			switch strings.ToLower(code[i+1 : i+j]) {
			case "h", "hh", "m", "mm", "s", "ss":
				return kindGeneral // elapsed time: a duration, not a moment
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
		return kindDateTime
	case isDate:
		return kindDate
	case isTime:
		return kindTime
	case pct:
		return kindPercent
	}
	return kindGeneral
}

// display turns a scanned cell's raw value into the text a clerk sees.
func (p *xlsxPackage) display(c *scannedCell) string {
	switch c.typ {
	case 'b':
		switch c.raw {
		case "1":
			return "TRUE"
		case "0":
			return "FALSE"
		}
		return c.raw
	case 'd':
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02"} {
			if t, err := time.Parse(layout, c.raw); err == nil {
				return formatMoment(t, kindDateTime)
			}
		}
		return c.raw
	}
	v, err := strconv.ParseFloat(c.raw, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return c.raw
	}
	switch k := p.styles.kind(c.style); k {
	case kindDate, kindTime, kindDateTime:
		// Up to 9999-12-31, Excel's last day; beyond that Excel shows ####.
		if v >= 0 && v < 2958466 {
			if t, err := excelize.ExcelDateToTime(v, p.date1904); err == nil {
				return formatMoment(t.Round(time.Second), k)
			}
		}
	case kindPercent:
		return formatNumber(v*100) + "%"
	}
	return formatNumber(v)
}

// formatMoment writes dates as 2006-01-02 whatever the cell's format, so
// the layers above compare dates as text; a time of day is added only when
// the format shows one and it is not midnight.
func formatMoment(t time.Time, k numKind) string {
	clock := "15:04"
	if t.Second() != 0 {
		clock = "15:04:05"
	}
	switch {
	case k == kindTime:
		return t.Format(clock)
	case k == kindDateTime && (t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0):
		return t.Format("2006-01-02 " + clock)
	}
	return t.Format("2006-01-02")
}

// formatNumber writes a number as Excel's General format would, without its
// column-width rounding: integers without a decimal point, other values to
// 15 significant digits (so 0.1+0.2 reads 0.3) and no exponent for ordinary
// magnitudes: an ID number typed as a number reads 12345678901234600, as in
// Excel's formula bar, not 1.23457E+16.
func formatNumber(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatInt(int64(v), 10)
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if a := math.Abs(r); a >= 1e-9 && a < 1e21 {
		return strconv.FormatFloat(r, 'f', -1, 64)
	}
	return strings.ToUpper(strconv.FormatFloat(r, 'g', -1, 64))
}
