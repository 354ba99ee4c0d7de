package sheet

import (
	"math"
	"strconv"
	"time"

	"taizhang/app/sheet/numfmt"
)

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
				return numfmt.Moment(t, numfmt.DateTime)
			}
		}
		return c.raw
	}
	v, err := strconv.ParseFloat(c.raw, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return c.raw
	}
	return numfmt.Text(v, p.styles.kind(c.style), p.date1904)
}
