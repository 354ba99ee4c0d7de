package report

import (
	"strings"
	"taizhang/internal/fakeledger"
	"testing"
	"unicode"
)

func TestWrapLines(t *testing.T) {
	unit := func(r rune) float64 {
		if wideRune(r) {
			return 2
		}
		return 1
	}
	cases := []struct {
		text string
		max  float64
		want string
	}{
		{"", 10, ""},
		{"一二三四五六", 8, "一二三四|五六"},
		{"一二三\n四", 20, "一二三|四"},
		{"abc def ghi", 7, "abc def|ghi"},
		{"http://www.wengyuan.gov.cn/", 12, "http://|www.wengyuan|.gov.cn/"},
		{"一二三，四", 6, "一二|三，四"}, // a comma never starts a line
		{"“一二”", 4, "“一|二”"},
		{"一二（三）", 6, "一二|（三）"}, // an opening bracket never ends a line
		{"县府办，各镇（场）政府", 8, "县府办，|各镇|（场）政|府"},
	}
	for _, c := range cases {
		if got := joinLines(WrapLines(c.text, c.max, unit)); got != c.want {
			t.Errorf("wrap(%q, %v) = %q, want %q", c.text, c.max, got, c.want)
		}
	}
}

// A mark that may not start a line takes the whole number before it down
// with it, never its last digit.
func TestWrapKeepsNumberBeforeMark(t *testing.T) {
	s := "2–8、10、15–18、20、23、25–29、31、32、34–55、57"
	for _, w := range []float64{150, 200, 250, 274, 300} {
		lines := WrapLines(s, w, excelAdvance(bodyPt))
		if strings.Join(lines, "") != s {
			t.Fatalf("%v lost text: %q", w, lines)
		}
		for i, l := range lines {
			if i > 0 && (l[0] < '0' || l[0] > '9') {
				t.Errorf("width %v: line %q does not start with a number", w, l)
			}
			if i < len(lines)-1 && !strings.HasSuffix(l, "、") {
				t.Errorf("width %v: line %q ends inside a number", w, l)
			}
		}
	}
}

// TestLineBreakingRules: no line starts with closing punctuation or ends
// with an opening mark, at any width.
func TestLineBreakingRules(t *testing.T) {
	texts := append([]string{
		"依据《中华人民共和国政府信息公开条例》（国务院令第711号）“谁公开、谁解读”。",
		"各镇（场）、县直各单位：做好“双随机、一公开”！监管？已完成。",
	}, fakeledger.SampleTexts...)
	adv := excelAdvance(bodyPt)
	for _, text := range texts {
		for w := 84.0; w < 400; w += 7 { // six characters and more, as cells are
			lines := WrapLines(text, w, adv)
			for i, l := range lines {
				r := []rune(l)
				if len(r) == 0 {
					continue
				}
				if i > 0 && strings.ContainsRune("。，、；：？！）》」』”’", r[0]) {
					t.Errorf("width %v: line %q starts with %c", w, l, r[0])
				}
				if i < len(lines)-1 && strings.ContainsRune("（《「『“‘", r[len(r)-1]) {
					t.Errorf("width %v: line %q ends with %c", w, l, r[len(r)-1])
				}
			}
		}
	}
}

// TestWrapKeepsEveryCharacter: wrapping only ever adds line breaks.
func TestWrapKeepsEveryCharacter(t *testing.T) {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, s)
	}
	adv := excelAdvance(bodyPt)
	for _, text := range fakeledger.SampleTexts {
		for _, w := range []float64{20, 60, 150, 400} {
			lines := WrapLines(text, w, adv)
			if strip(strings.Join(lines, "")) != strip(text) {
				t.Errorf("wrap(%q, %v) = %q", text, w, lines)
			}
			for _, l := range lines {
				if lw := (&wrapper{adv: adv}).width(l); lw > w && len([]rune(l)) > 1 {
					t.Errorf("line %q is %.0f wide in %v", l, lw, w)
				}
			}
		}
	}
}
