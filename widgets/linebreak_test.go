package widgets

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// runeWidth measures every character as 1 wide, Latin and digits as 0.5:
// near enough to a Chinese font for the rules, and exact for the test.
func runeWidth(s string) float32 {
	w := float32(0)
	for _, r := range s {
		if r < 0x2E80 {
			w += 0.5
		} else {
			w++
		}
	}
	return w
}

var breakTexts = []string{
	"各单位要按时报送落实情况，逾期未报的将在全县通报。请于2018年12月31日前报送。",
	"完成第2–8、10项任务（含县直各部门），并在县政府门户网站“政务公开”专栏公开。",
	"依据《中华人民共和国政府信息公开条例》第十九条，主动公开财政预决算、“三公”经费等信息；完成率达到95.5%以上。",
	"点选一个单位，查看它未报的全部事项；双击打开该单位。",
	"牵头：县财政局；负责：县直各部门、各镇（街道）；配合：县审计局。",
	"Excel 工作簿（.xlsx）与 WPS 表格均可导入，编号 2018-07-15 的文件除外！",
}

// numberRuns are the numbers, ranges and lists of numbers in a text.
var numberRuns = regexp.MustCompile(`\d+(?:[–\-—~～、，,.:：/]\d+)*`)

// Every break keeps the rules, at every width from a few characters to a
// whole line: no line starts with a closing mark or ends with an opening
// one, every number and range stays on one line, nothing is lost.
func TestBreakLinesRules(t *testing.T) {
	for _, text := range breakTexts {
		for width := float32(4); width <= 40; width++ {
			lines := BreakLines(text, width, runeWidth)
			joined := strings.Join(lines, "")
			if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(text, " ", "") {
				t.Fatalf("width %v lost text: %q", width, lines)
			}
			for i, l := range lines {
				first, _ := utf8.DecodeRuneInString(l)
				last, _ := utf8.DecodeLastRuneInString(l)
				if i > 0 && strings.ContainsRune(noLineStart, first) {
					t.Errorf("width %v: line %d starts with %q: %q", width, i, first, lines)
				}
				if i < len(lines)-1 && strings.ContainsRune(noLineEnd, last) {
					t.Errorf("width %v: line %d ends with %q: %q", width, i, last, lines)
				}
				if runeWidth(l) > width+1 { // a glued mark may hang over by one
					t.Errorf("width %v: line %d is %v wide: %q", width, i, runeWidth(l), l)
				}
			}
			for _, n := range numberRuns.FindAllString(text, -1) {
				whole := false
				for _, l := range lines {
					whole = whole || strings.Contains(l, n)
				}
				if !whole && runeWidth(n) <= width {
					t.Errorf("width %v split %q: %q", width, n, lines)
				}
			}
		}
	}
}

// The cases the clerks saw go wrong, each at the width that broke them.
func TestBreakLinesCases(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float32
		want  []string
	}{
		{"请按时报送，逾期通报。", 5, []string{"请按时报", "送，逾期通", "报。"}},
		{"关于《条例》的", 3, []string{"关于", "《条", "例》的"}},
		{"完成第2–8、10项", 5, []string{"完成第", "2–8、10项"}},
		{"第一行\n第二行", 10, []string{"第一行", "第二行"}},
		{"", 10, []string{""}},
	} {
		got := BreakLines(c.text, c.width, runeWidth)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q at %v: %q, want %q", c.text, c.width, got, c.want)
		}
	}
}

// The widget breaks by the rules at its own width and grows as tall as
// its lines.
func TestTextWrapsByTheRules(t *testing.T) {
	test.NewTempApp(t)
	txt := NewText(breakTexts[0])
	w := test.NewTempWindow(t, txt)
	w.Resize(fyne.NewSize(200, 400))
	lines := txt.Lines(txt.Size().Width)
	if len(lines) < 3 {
		t.Fatalf("%d lines at 200 wide", len(lines))
	}
	for i, l := range lines[1:] {
		if r, _ := utf8.DecodeRuneInString(l); strings.ContainsRune(noLineStart, r) {
			t.Errorf("line %d starts with %q", i+1, r)
		}
	}
	if h := txt.MinSize().Height; h < float32(len(lines))*fyne.MeasureText("国", 14, fyne.TextStyle{}).Height {
		t.Errorf("%d lines in %v of height", len(lines), h)
	}
}

// A cell's text that does not fit ends in "…" and fits; one that fits is
// left whole.
func TestEllipsize(t *testing.T) {
	test.NewTempApp(t)
	style := fyne.TextStyle{}
	text := "市公共资源交易中心翁源分中心"
	full := fyne.MeasureText(text, 14, style).Width
	if got := Ellipsize(text, full, 14, style); got != text {
		t.Errorf("fitting text cut to %q", got)
	}
	for _, w := range []float32{full - 1, full / 2, 20, 1} {
		got := Ellipsize(text, w, 14, style)
		if !strings.HasSuffix(got, "…") || (got != "…" && fyne.MeasureText(got, 14, style).Width > w) {
			t.Errorf("at %v: %q", w, got)
		}
		if got != "…" && !strings.HasPrefix(text, strings.TrimSuffix(got, "…")) {
			t.Errorf("at %v: %q is not the text's start", w, got)
		}
	}
}
