package report

import (
	"strings"
	"unicode/utf8"
)

// Excel rows are at most 409 pt tall: a cell with more text is cut there
// on paper. splitTall continues such a row on the rows after it, as the
// PDF continues a task on the next page.

// splitTall returns rows with every row taller than maxRowPt continued on
// new rows below it: each over-tall cell keeps what fits, ending at a
// sentence where it can, and the rest goes on the next row marked （续）,
// beside the row's first cell (the unit) repeated.
func (w *sheetWriter) splitTall(cols []TableColumn, widths []float64, rows [][]string) [][]string {
	var out [][]string
	for _, cells := range rows {
		for {
			if !w.tooTall(cols, widths, cells) {
				out = append(out, cells)
				break
			}
			head := make([]string, len(cells))
			rest := make([]string, len(cells))
			more := false
			for i, c := range cells {
				if i >= len(widths) || cols[i].Numeric || cols[i].Date || !cellTooTall(c, widths[i]) {
					head[i] = c
					continue
				}
				head[i], rest[i] = cutToFit(c, widths[i])
				if rest[i] != "" {
					rest[i] = ContinuedMark + rest[i]
					more = true
				}
			}
			out = append(out, head)
			if !more {
				break
			}
			if len(cells) > 0 && rest[0] == "" {
				rest[0] = cells[0]
			}
			cells = rest
		}
	}
	return out
}

func (w *sheetWriter) tooTall(cols []TableColumn, widths []float64, cells []string) bool {
	for i, c := range cells {
		if i < len(widths) && i < len(cols) && !cols[i].Numeric && !cols[i].Date && cellTooTall(c, widths[i]) {
			return true
		}
	}
	return false
}

// cellTooTall reports whether text needs a row taller than Excel allows.
func cellTooTall(text string, width float64) bool {
	return linesHeight(cellLines(ShortURLs(text), width, bodyPt), bodyPt) > maxRowPt
}

// cutToFit splits text into what fits a row of Excel's tallest and the
// rest: after the last whole sentence that fits, else after as many
// characters as fit.
func cutToFit(text string, width float64) (string, string) {
	fits := func(s string) bool { return !cellTooTall(s, width) }
	cut := 0
	for i, r := range text {
		if strings.ContainsRune("。；！？\n", r) {
			end := i + utf8.RuneLen(r)
			if !fits(text[:end]) {
				break
			}
			cut = end
		}
	}
	if cut == 0 { // no sentence fits: as many characters as do
		lo, hi := 0, len(text)
		for lo < hi {
			mid := (lo + hi + 1) / 2
			for mid < len(text) && !utf8.RuneStart(text[mid]) {
				mid++
			}
			if mid <= lo {
				break
			}
			if fits(text[:mid]) {
				lo = mid
			} else {
				hi = mid - 1
				for hi > lo && !utf8.RuneStart(text[hi]) {
					hi--
				}
			}
		}
		cut = lo
	}
	if cut == 0 {
		return text, ""
	}
	return text[:cut], strings.TrimLeft(text[cut:], "\n")
}
