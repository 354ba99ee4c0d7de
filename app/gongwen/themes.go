package gongwen

import (
	"fmt"
	"sort"
	"strings"

	"taizhang/app/docx"
	"taizhang/app/plan"
)

// Problems and next steps are grouped by meaning: a sentence goes with
// the first theme whose words it has (人员力量不足 and 专业人员缺乏 are
// one problem); the others with the sentences they nearly repeat. Each
// group is told once, in the words most units used, with how many units
// raised it.

// theme is a kind of problem or plan, known by its words.
type theme struct{ words []string }

var problemThemes = []theme{
	{[]string{"人员", "人手", "力量", "专职", "兼职"}},
	{[]string{"不及时", "更新", "滞后"}},
	{[]string{"经费", "资金"}},
	{[]string{"业务", "能力", "培训", "水平"}},
	{[]string{"网站", "平台", "系统", "专栏"}},
	{[]string{"认识", "重视", "意识"}},
	{[]string{"机制", "制度", "规范"}},
	{[]string{"解读", "回应"}},
}

var nextThemes = []theme{
	{[]string{"培训", "学习", "能力"}},
	{[]string{"督查", "督促", "考核", "检查"}},
	{[]string{"制度", "机制", "规范"}},
	{[]string{"及时", "更新"}},
	{[]string{"网站", "专栏", "平台", "改版"}},
	{[]string{"解读", "回应"}},
	{[]string{"力度", "深化", "拓展"}},
}

// group is one problem or plan with the units that wrote it.
type group struct {
	texts map[string]int // the ways it was written, by how many returns
	units []string
	first int
	key   string
}

// label is the group's words: the sentence written most often, the
// shortest of those, without its end mark.
func (g *group) label() string {
	best, n := "", 0
	for t, c := range g.texts {
		if c > n || c == n && (len([]rune(t)) < len([]rune(best)) || len([]rune(t)) == len([]rune(best)) && t < best) {
			best, n = t, c
		}
	}
	return strings.TrimRight(best, "。；;，,！!")
}

// grouped gathers one column of the returns into groups by meaning, most
// units first.
func grouped(in ReportInput, col func(plan.Values) string, themes []theme) []*group {
	var list []*group
	byKey := map[string]*group{}
	names := unitNames(in.Dir)
	for _, t := range in.Plan.Tasks {
		for _, r := range in.Returns {
			if r.Task != t.No {
				continue
			}
			for _, s := range splitSentences(col(r.Values)) {
				s = selfNames.ReplaceAllString(dropSubject(s, names(r.Unit)), "")
				key := sentenceKey(s)
				if isNoise(key) || len([]rune(key)) < 3 {
					continue
				}
				gk := themeKey(s, themes)
				if gk == "" {
					gk = nearKey(key, list)
				}
				g := byKey[gk]
				if g == nil {
					g = &group{texts: map[string]int{}, first: len(list), key: gk}
					byKey[gk] = g
					list = append(list, g)
				}
				g.texts[s]++
				if !contains(g.units, r.Unit) {
					g.units = append(g.units, r.Unit)
				}
			}
		}
	}
	sort.SliceStable(list, func(i, j int) bool {
		if len(list[i].units) != len(list[j].units) {
			return len(list[i].units) > len(list[j].units)
		}
		return list[i].first < list[j].first
	})
	return list
}

// themeKey is the first theme a sentence has words of, "" for none.
func themeKey(s string, themes []theme) string {
	for i, t := range themes {
		for _, w := range t.words {
			if strings.Contains(s, w) {
				return fmt.Sprintf("theme%d", i)
			}
		}
	}
	return ""
}

// nearKey is the key of a group whose sentence this one nearly repeats
// (most of their two-character pieces shared), else its own.
func nearKey(key string, groups []*group) string {
	for _, g := range groups {
		if !strings.HasPrefix(g.key, "theme") && similar(key, g.key) {
			return g.key
		}
	}
	return key
}

// similar reports whether two sentence keys share most of their pairs of
// characters (Dice coefficient ≥ 0.7).
func similar(a, b string) bool {
	pa, pb := pairs(a), pairs(b)
	if len(pa) == 0 || len(pb) == 0 {
		return a == b
	}
	common := 0
	for p, n := range pa {
		common += min(n, pb[p])
	}
	total := 0
	for _, n := range pa {
		total += n
	}
	for _, n := range pb {
		total += n
	}
	return float64(2*common)/float64(total) >= 0.7
}

func pairs(s string) map[string]int {
	r := []rune(s)
	out := map[string]int{}
	for i := 0; i+1 < len(r); i++ {
		out[string(r[i:i+2])]++
	}
	return out
}

// maxGroups is how many groups the draft tells one by one; the rest are
// counted in a closing sentence.
const maxGroups = 6

// groupParagraphs writes the program's own findings, then the groups:
// "一是…（N个单位反映，如…）。"
func groupParagraphs(own []string, groups []*group, verb, none string) []docx.Paragraph {
	var items []string
	items = append(items, own...)
	shown := 0
	for _, g := range groups {
		if shown == maxGroups {
			break
		}
		shown++
		item := g.label()
		if n := len(g.units); n > 1 {
			item += fmt.Sprintf("（%d个单位%s，如%s）", n, verb, strings.Join(g.units[:min(3, n)], "、"))
		} else {
			item += fmt.Sprintf("（%s%s）", g.units[0], verb)
		}
		items = append(items, item)
	}
	if len(items) == 0 {
		return []docx.Paragraph{docx.Text(StyleBody, none)}
	}
	var out []docx.Paragraph
	for i, it := range items {
		it = strings.TrimRight(it, "。；;，, ")
		out = append(out, docx.Text(StyleBody, docx.ChineseNumber(i+1)+"是"+it+"。"))
	}
	if rest := len(groups) - shown; rest > 0 {
		units := map[string]bool{}
		for _, g := range groups[shown:] {
			for _, u := range g.units {
				units[u] = true
			}
		}
		out = append(out, docx.Text(StyleBody, fmt.Sprintf("此外，%d个单位还%s了其他%d方面的情况，详见各单位报送的落实情况表。", len(units), verb, rest)))
	}
	return out
}

// ownProblems are what the count itself shows: returns missing, tasks
// late or not started.
func (d *draft) ownProblems() []string {
	var out []string
	o := d.count
	if len(o.Behind) > 0 {
		out = append(out, fmt.Sprintf("报送不够及时。截至%s，仍有%d个单位未报齐落实情况，共%d条未报送", plan.ChineseDate(d.in.Date), len(o.Behind), o.Missing()))
	}
	tasks, units := 0, map[string]bool{}
	for _, t := range d.in.Plan.Tasks {
		st := d.states[t.No]
		if st.Has(plan.StatusLate) || st.Has(plan.StatusNotStarted) {
			tasks++
			for u, s := range st.ByUnit {
				if s == plan.StatusLate || s == plan.StatusNotStarted {
					units[u] = true
				}
			}
		}
	}
	if tasks > 0 {
		out = append(out, fmt.Sprintf("部分任务推进缓慢。%d项任务有单位进度滞后或尚未启动，涉及%d个单位", tasks, len(units)))
	}
	return out
}

// ownNextSteps follow from the count: chase what is missing and behind.
func (d *draft) ownNextSteps() []string {
	var out []string
	if n := len(d.count.Behind); n > 0 {
		out = append(out, fmt.Sprintf("督促%d个未报齐的单位尽快报送落实情况，逐项核实进展", n))
	}
	return out
}
