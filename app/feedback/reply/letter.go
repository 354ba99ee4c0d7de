package reply

import (
	"regexp"
	"strconv"
	"strings"

	"taizhang/app/plan"
)

var (
	taskRefRe  = regexp.MustCompile(`第\s*([0-9０-９]+)\s*[项条点]|序号\s*([0-9０-９]+)|^\s*[（(]?([0-9０-９]+)[.．、）)]`)
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
	for _, m := range taskRefRe.FindAllStringSubmatch(l, -1) {
		s := m[1] + m[2] + m[3]
		n, err := strconv.Atoi(toASCII(s))
		if err != nil || p.Task(n) == nil || seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	return out
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
