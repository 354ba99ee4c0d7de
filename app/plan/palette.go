package plan

import (
	"image/color"
	"math"
)

// StatusUnset names returns that gave no status the office knows, where a
// status is counted.
const StatusUnset = "未填状态"

// StatusStyle is how a status is drawn wherever it appears: the window's
// table and chart and the printed summary share it.
type StatusStyle struct {
	Fill color.RGBA // from the Okabe–Ito palette, told apart by colour-blind readers
	Text color.RGBA // black or white, whichever reads better on Fill
	// Mark is a shape beside the word, so a grey printout or a reader who
	// sees no colour at all still tells statuses apart at a glance.
	Mark string
}

// palette follows Okabe & Ito's colour-blind-safe set. Colour is never the
// only signal: each status also has its own mark.
var palette = map[string]StatusStyle{
	StatusDone:       style(0x00, 0x9E, 0x73, "●"),
	StatusOngoing:    style(0x56, 0xB4, 0xE9, "◆"),
	StatusInProgress: style(0x00, 0x72, 0xB2, "◐"),
	StatusLate:       style(0xD5, 0x5E, 0x00, "▲"),
	StatusNotStarted: style(0xF0, 0xE4, 0x42, "○"),
	StatusNA:         style(0xBB, 0xBB, 0xBB, "－"),
	StatusMissing:    style(0xCC, 0x79, 0xA7, "×"),
	StatusUnset:      style(0xFF, 0xFF, 0xFF, "？"),
}

// StatusOrder lists the statuses as charts and filters show them: the
// units' words in the office's order, then 未报送, then 未填状态.
var StatusOrder = append(append([]string{}, Statuses...), StatusMissing, StatusUnset)

func style(r, g, b uint8, mark string) StatusStyle {
	fill := color.RGBA{r, g, b, 0xFF}
	text := color.RGBA{0, 0, 0, 0xFF}
	if Contrast(fill, color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}) > Contrast(fill, text) {
		text = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	}
	return StatusStyle{Fill: fill, Text: text, Mark: mark}
}

// Style returns a status's style; a word outside the vocabulary is drawn
// as 未填状态.
func Style(status string) StatusStyle {
	if s, ok := palette[status]; ok {
		return s
	}
	return palette[StatusUnset]
}

// Luminance is the relative luminance of c (WCAG 2), 0 black to 1 white:
// roughly the grey it prints as.
func Luminance(c color.RGBA) float64 {
	lin := func(v uint8) float64 {
		x := float64(v) / 255
		if x <= 0.04045 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Contrast is the WCAG contrast ratio of two colours, 1 to 21.
func Contrast(a, b color.RGBA) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// severity orders statuses for a task's headline, most in need of the
// clerk's attention first: trouble reported, then silence, then progress.
var severity = map[string]int{
	StatusLate: 0, StatusNotStarted: 1, StatusMissing: 2, StatusUnset: 3,
	StatusInProgress: 4, StatusOngoing: 5, StatusDone: 6, StatusNA: 7,
}

// Severity ranks a status for sorting: lower needs attention sooner.
func Severity(status string) int {
	if s, ok := severity[status]; ok {
		return s
	}
	return severity[StatusUnset]
}
