package importer

import (
	"slices"
	"testing"
)

func runesByRange(s string) (out []rune) {
	for _, r := range s {
		out = append(out, r)
	}
	return out
}

func runesByCJK(s string) (out []rune) {
	for i := 0; i < len(s); {
		r, n := cjkRune(s, i)
		out = append(out, r)
		i += n
	}
	return out
}

var runeCases = []string{"", "填报单位：县财政局", "ascii 123", "\xe5\xa1", "\xe5\xa1\xab\xff", "\xed\xa0\x80", "\xe0\x80\x80填",
	"\xef\xbf\xbd", "😀日期", "\xe1\x80\x80\xec\xbf\xbf", "\xe5\x21\xab报"}

// mayHold reads a cell's runes exactly as range does, broken bytes too.
func TestCJKRuneIsRange(t *testing.T) {
	for _, s := range runeCases {
		if a, b := runesByRange(s), runesByCJK(s); !slices.Equal(a, b) {
			t.Errorf("%q: range %q, cjkRune %q", s, a, b)
		}
	}
}

func FuzzCJKRune(f *testing.F) {
	for _, s := range runeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if a, b := runesByRange(s), runesByCJK(s); !slices.Equal(a, b) {
			t.Errorf("%q: range %q, cjkRune %q", s, a, b)
		}
	})
}
