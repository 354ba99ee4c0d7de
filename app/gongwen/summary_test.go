package gongwen

import (
	"strings"
	"testing"

	"taizhang/app/plan"
)

func TestTaskIntro(t *testing.T) {
	for text, want := range map[string]string{
		"3.结合政府机构改革和职能优化，做好政府部门权责清单调整和公开工作。":           "3.结合政府机构改革和职能优化",
		"按照上级统一部署，推动地方政府债务信息公开。":                       "推动地方政府债务信息公开",
		"抓好重大建设项目批准和实施、公共资源配置、社会公益事业建设等领域信息公开制度的贯彻落实。": "抓好重大建设项目批准和实施、公共资源配置等",
		"全面实施“双随机、一公开”监管，及时公开抽查情况。":                    "全面实施“双随机、一公开”监管",
	} {
		if got := taskIntro(text); got != want {
			t.Errorf("%s: %q, want %q", text, got, want)
		}
	}
}

// Near-identical problems are one, told in the words most units used,
// with the units counted; different ones stay apart.
func TestProblemsGroupedByMeaning(t *testing.T) {
	p, d := seed(t)
	rets := []plan.Return{
		ret(8, "县教育局", plan.StatusDone, "", "人员力量不足。", ""),
		ret(8, "县财政局", plan.StatusDone, "", "专业人员不足，兼职人员多。", ""),
		ret(8, "县卫计局", plan.StatusDone, "", "人员力量不足", ""),
		ret(8, "县民政局", plan.StatusDone, "", "部分信息更新不够及时。", ""),
		ret(9, "县财政局", plan.StatusDone, "", "暂无", ""),
	}
	groups := grouped(ReportInput{Plan: p, Dir: d, Returns: rets}, func(v plan.Values) string { return v.Problems }, problemThemes)
	if len(groups) != 2 {
		t.Fatalf("%d groups", len(groups))
	}
	if groups[0].label() != "人员力量不足" || len(groups[0].units) != 3 || len(groups[1].units) != 1 {
		t.Errorf("groups %q %v / %q %v", groups[0].label(), groups[0].units, groups[1].label(), groups[1].units)
	}
	ps := groupParagraphs(nil, groups, "反映", "")
	if got := ps[0].Runs[0].Text; !strings.HasPrefix(got, "一是人员力量不足（3个单位反映") || !strings.HasSuffix(got, "。") {
		t.Errorf("%q", got)
	}
}

// A unit whose status says it is behind is named as behind; its progress
// text is not told as an achievement. Sentences with figures come first.
func TestStatusNotContradicted(t *testing.T) {
	p, d := seed(t)
	rets := []plan.Return{
		ret(8, "县财政局", plan.StatusNotStarted, "按要求推进第8项工作，建立了工作台账，明确专人负责。", "", ""),
		ret(8, "县教育局", plan.StatusDone, "建立了工作台账。全年公开预决算信息12条。", "", ""),
		ret(8, "县卫计局", plan.StatusLate, "已全部公开。", "", ""),
		ret(8, "县民政局", plan.StatusDone, "尚未开展此项工作。", "", ""),
	}
	doc, _ := Report(ReportInput{Plan: p, Dir: d, Period: "2018年度", Returns: rets, Date: day})
	var body []string
	for _, para := range doc.Body {
		for _, r := range para.Runs {
			body = append(body, r.Text)
		}
	}
	text := strings.Join(body, "\n")
	for _, bad := range []string{"县财政局建立了工作台账", "县财政局、县教育局", "县卫计局已全部公开", "尚未开展此项工作", "第8项"} {
		if strings.Contains(text, bad) {
			t.Errorf("the draft says %q", bad)
		}
	}
	for _, want := range []string{"县教育局全年公开预决算信息12条，建立了工作台账。", "县卫计局进度滞后，县财政局尚未启动。"} {
		if !strings.Contains(text, want) {
			t.Errorf("the draft lacks %q:\n%s", want, text)
		}
	}
}

func TestSectionVerdict(t *testing.T) {
	for _, c := range []struct {
		counts map[string]int
		want   string
	}{
		{map[string]int{plan.StatusDone: 8, plan.StatusLate: 1, plan.StatusMissing: 30}, "进展顺利"},
		{map[string]int{plan.StatusOngoing: 6, plan.StatusNotStarted: 4}, "有序推进"},
		{map[string]int{plan.StatusInProgress: 1, plan.StatusLate: 2}, "推进偏慢"},
		{map[string]int{plan.StatusMissing: 5, plan.StatusNA: 2}, ""},
	} {
		got := sectionVerdict(c.counts)
		if c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("%v: %q, want %q", c.counts, got, c.want)
		}
	}
}
