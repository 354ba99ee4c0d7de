package reply

import (
	"regexp"
	"strconv"
	"strings"

	"taizhang/app/plan"
)

var (
	// 第8项, 第8、9项, 第2至4项, 第八项, 序号8, and a paragraph starting "8." or "（8）".
	taskRefRe  = regexp.MustCompile(`第\s*([0-9０-９一二三四五六七八九十、，,和及至到\-－—～~\s]+?)\s*[项条点]|序号\s*([0-9０-９]+)|^\s*[（(]?([0-9０-９]+)[.．、）)]`)
	refPartRe  = regexp.MustCompile(`[0-9０-９一二三四五六七八九十]+`)
	rangeRe    = regexp.MustCompile(`^([0-9０-９一二三四五六七八九十]+)\s*[至到\-－—～~]\s*([0-9０-９一二三四五六七八九十]+)$`)
	dateLineRe = regexp.MustCompile(`^[0-9０-９〇零一二三四五六七八九十]{4}年[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日$`)
	commentRe  = regexp.MustCompile(`意见|建议|修改|增加|删除|不属于|牵头|同意|无异议|改为|职责|配合`)
	quoteRe    = regexp.MustCompile(`[“"]([^”"]{6,})[”"]`)
	boilerRe   = regexp.MustCompile(`^(现将|根据|按照|收到|特此|此复|妥否|附件|你办|贵办|县府办：|县政府办公室：)|反馈如下|函复如下|意见如下|研究如下`)
)

// readLetter reads running text: every paragraph that names a task (第8项,
// 序号8, "8.") is a comment on it, one that quotes a requirement is tied by
// the quote, and the rest that reads as a comment is on the whole plan. A
// letter that only says it has no comment is one comment 无意见.
func (r *Result) readLetter(lines []string, m *matcher, ctx Context, tableFound bool) {
	for _, raw := range lines {
		l := strings.TrimSpace(raw)
		if skipLine(l) {
			continue
		}
		refs := taskRefs(l, ctx.Plan)
		if len(refs) == 0 {
			if q := quotedRequirement(l, m); q > 0 {
				refs = []int{q}
			}
		}
		if len(refs) == 0 {
			if tableFound || !commentRe.MatchString(l) {
				continue
			}
			r.add(0, l, "", ctx)
			continue
		}
		for _, n := range refs {
			r.add(n, l, "", ctx)
		}
	}
	if r.Form == "" {
		r.Form = "函"
		if len(r.Comments) == 1 && r.Comments[0].Task == 0 && r.Comments[0].Kind == "无意见" {
			r.Form = "一句话"
		}
	}
}

func skipLine(l string) bool {
	c := plan.CleanName(l)
	n := len([]rune(c))
	switch {
	case n == 0, dateLineRe.MatchString(c), isInstruction(c):
		return true
	case strings.HasSuffix(c, "：") && n <= 24: // the addressee
		return true
	case strings.HasPrefix(c, "关于") && n <= 60 && !strings.Contains(c, "建议"): // the title
		return true
	case boilerRe.MatchString(c) && !strings.Contains(c, "第"):
		return !strings.Contains(c, "无修改意见") && !strings.Contains(c, "无意见")
	}
	return false
}

// taskRefs lists the tasks a paragraph names by number, each once.
func taskRefs(l string, p *plan.Plan) []int {
	var out []int
	seen := map[int]bool{}
	add := func(n int) {
		if n > 0 && p.Task(n) != nil && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, m := range taskRefRe.FindAllStringSubmatch(l, -1) {
		for _, part := range strings.FieldsFunc(m[1]+m[2]+m[3], func(r rune) bool { return strings.ContainsRune("、，,和及", r) }) {
			part = strings.TrimSpace(part)
			if r := rangeRe.FindStringSubmatch(part); r != nil {
				from, to := number(r[1]), number(r[2])
				for n := from; n <= to && to-from < 100; n++ {
					add(n)
				}
				continue
			}
			for _, x := range refPartRe.FindAllString(part, -1) {
				add(number(x))
			}
		}
	}
	return out
}

// number reads 8, ８ or 八 (up to 九十九); 0 for anything else.
func number(s string) int {
	if n, err := strconv.Atoi(toASCII(s)); err == nil {
		return n
	}
	digit := func(r rune) int { return strings.IndexRune("〇一二三四五六七八九", r) / len("一") }
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return max(digit(rs[0]), 0)
	case len(rs) == 2 && rs[0] == '十':
		return 10 + max(digit(rs[1]), 0)
	case len(rs) == 2 && rs[1] == '十':
		return 10 * max(digit(rs[0]), 0)
	case len(rs) == 3 && rs[1] == '十':
		return 10*max(digit(rs[0]), 0) + max(digit(rs[2]), 0)
	}
	return 0
}

// quotedRequirement is the task whose requirement a paragraph quotes
// first (关于“推动县级政府…”一条), or 0.
func quotedRequirement(l string, m *matcher) int {
	for _, q := range quoteRe.FindAllStringSubmatch(l, -1) {
		if n := m.byText(q[1]); n > 0 {
			return n
		}
	}
	return 0
}

func toASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}
