package gongwen

import (
	"math"
	"strings"
	"unicode"

	"taizhang/app/docx"
)

// titleChars is how many characters of the 二号 title fit the type area's
// 156 mm: 22 pt characters, 20 to a line.
const titleChars = 20.0

// keptWords are never broken across the title's lines: GB/T 9704 asks
// that a title break between words (词意完整).
var keptWords = []string{"政务公开", "工作要点", "落实情况", "工作总结", "催办通知", "分工方案", "人民政府", "办公室", "关于", "报送", "实施方案", "未报送", "未报齐", "所缺事项"}

// titleParagraph is the title broken by hand into balanced lines.
func titleParagraph(title string) docx.Paragraph {
	return docx.Text(StyleTitle, strings.Join(titleLines(title, titleChars), "\n"))
}

// titleLines breaks a title that does not fit one line into as few lines
// as it needs, of widths as even as the words allow: never inside a word
// of keptWords, a number with its 年, or 《》; never before punctuation
// or 的; preferably after 的 (…落实情况的 / 催办通知).
func titleLines(title string, perLine float64) []string {
	r := []rune(title)
	total := textWidth(title)
	if total <= perLine {
		return []string{title}
	}
	n := int(math.Ceil(total / perLine))
	ok := breakable(r)
	width := make([]float64, len(r)+1) // width of r[:i]
	for i, c := range r {
		width[i+1] = width[i] + textWidth(string(c))
	}
	best, bestCost := []int(nil), math.Inf(1)
	var try func(from int, cuts []int)
	try = func(from int, cuts []int) {
		if len(cuts) == n-1 {
			all := append(append([]int{0}, cuts...), len(r))
			cost := 0.0
			for i := 1; i < len(all); i++ {
				w := width[all[i]] - width[all[i-1]]
				if w > perLine {
					return
				}
				d := w - total/float64(n)
				cost += d * d
				if i < len(all)-1 && r[all[i]-1] == '的' {
					cost -= 1 // a line ending on 的 reads naturally
				}
			}
			if cost < bestCost {
				best, bestCost = append([]int{}, cuts...), cost
			}
			return
		}
		for i := from + 1; i < len(r); i++ {
			if ok[i] {
				try(i, append(cuts, i))
			}
		}
	}
	try(0, nil)
	if best == nil {
		return []string{title}
	}
	var out []string
	prev := 0
	for _, c := range append(best, len(r)) {
		out = append(out, string(r[prev:c]))
		prev = c
	}
	return out
}

// breakable marks the positions a line may start at.
func breakable(r []rune) []bool {
	ok := make([]bool, len(r)+1)
	for i := 1; i < len(r); i++ {
		ok[i] = !(isLatin(r[i-1]) && isLatin(r[i])) && // inside a number
			!(unicode.IsDigit(r[i-1]) && r[i] == '年') &&
			!strings.ContainsRune("，。、；：？！）》”的", r[i]) &&
			!strings.ContainsRune("（《“", r[i-1])
	}
	s := string(r)
	depth := 0
	for i, c := range r { // inside 《》
		if c == '《' {
			depth++
		}
		if c == '》' {
			depth--
		}
		if depth > 0 && i+1 < len(r) {
			ok[i+1] = false
		}
	}
	for _, w := range keptWords {
		wr := []rune(w)
		for at := 0; ; {
			i := strings.Index(s[at:], w)
			if i < 0 {
				break
			}
			start := len([]rune(s[:at+i]))
			for k := start + 1; k < start+len(wr); k++ {
				ok[k] = false
			}
			at += i + len(w)
		}
	}
	return ok
}

func isLatin(r rune) bool { return r < 0x80 && (unicode.IsDigit(r) || unicode.IsLetter(r)) }
