package plan

import (
	"sort"
	"strconv"
	"strings"
)

// FormatRanges writes task numbers the way the office writes them for
// people: runs of three or more as a range with an en dash, the rest
// joined by 、 (1, 3, 4, 5, 7 → "1、3–5、7"). Two neighbours stay apart
// ("2、3"), as a range of two saves nothing. Duplicates are dropped and the
// order is ascending whatever the input's.
func FormatRanges(nos []int) string {
	s := append([]int(nil), nos...)
	sort.Ints(s)
	var parts []string
	for i := 0; i < len(s); {
		j := i
		for j+1 < len(s) && (s[j+1] == s[j] || s[j+1] == s[j]+1) {
			j++
		}
		lo, hi := s[i], s[j]
		switch {
		case hi-lo >= 2:
			parts = append(parts, strconv.Itoa(lo)+"–"+strconv.Itoa(hi))
		case hi-lo == 1:
			parts = append(parts, strconv.Itoa(lo), strconv.Itoa(hi))
		default:
			parts = append(parts, strconv.Itoa(lo))
		}
		i = j + 1
	}
	return strings.Join(parts, "、")
}
