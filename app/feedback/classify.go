package feedback

import (
	"regexp"
	"strings"

	"taizhang/app/plan"
)

// The words units use, tried in this order: a comment that asks to be
// taken off a task and says "修改" is about the units, not the wording.
var (
	notOursRe  = regexp.MustCompile(`不属于|不是本单位|非本单位|非我单位|不属本单位|不应由(本|我)单位|(删除|删去|去掉|取消|移除)(本|我)(单位|局|镇)|不涉及(本|我)单位|职能范围外|不在(本|我)单位职责`)
	leadRe     = regexp.MustCompile(`牵头`)
	leadMoveRe = regexp.MustCompile(`(改由|改为|调整为|调整|更换|更改|变更|应由|由.+牵头|建议.+牵头)`)
	addRe      = regexp.MustCompile(`增加|增列|新增|加上|补充|列入|纳入`)
	noneRe     = regexp.MustCompile(`无修改意见|无意见|没有意见|无其他意见|无不同意见|没有修改意见|无修改建议|^(无|没有|暂无)[。.]*$`)
	agreeRe    = regexp.MustCompile(`^(同意|无异议|赞同|认可|√)|同意(分工|方案|该|此|本)|无异议`)
	rewordRe   = regexp.MustCompile(`修改|改为|修改为|表述|调整为|文字|措辞|删除“|删去“|建议将|建议把|补充“|更正`)
	supportRe  = regexp.MustCompile(`配合|协助|参与`)
	quotedRe   = regexp.MustCompile(`[“"「]([^”"」]{4,})[”"」]`)
)

// Classify names the kind of a comment from what the unit wrote: its
// opinion (同意 / 修改 / 不属于本单位职责 in the form, or free words) and
// its suggestion. named is the units of the directory the words name,
// other than the commenting unit.
func Classify(opinion, suggestion string, named []string) string {
	text := plan.CleanName(opinion + "。" + suggestion)
	op := plan.CleanName(opinion)
	switch {
	case strings.Trim(text, "。") == "":
		return ""
	case notOursRe.MatchString(text) || op == "不属于本单位职责":
		return KindNotOurs
	case leadRe.MatchString(text) && leadMoveRe.MatchString(text):
		return KindChangeLead
	case addRe.MatchString(text) && len(named) > 0:
		return KindAddUnit
	case noneRe.MatchString(text) && !rewordRe.MatchString(strings.NewReplacer("无修改意见", "", "没有修改意见", "", "无修改建议", "").Replace(text)):
		return KindNone
	case rewordRe.MatchString(text) || (op == "修改" && plan.CleanName(suggestion) != ""):
		return KindReword
	case agreeRe.MatchString(op) || agreeRe.MatchString(text):
		return KindAgree
	}
	return KindOther
}

// NamedUnits lists the directory's units named in text, in the order they
// first appear, leaving out self. A county prefix may be dropped (教育局
// for 县教育局), as units write.
func NamedUnits(text string, d *plan.Directory, self string) []string {
	text = plan.CleanName(text)
	type hit struct {
		at   int
		name string
	}
	best := map[string]int{}
	for _, u := range d.Units {
		if u.Name == self {
			continue
		}
		for _, form := range append([]string{u.Name, u.FullName}, u.Aliases...) {
			for _, f := range []string{form, strings.TrimPrefix(form, "县")} {
				if len([]rune(f)) < 3 {
					continue
				}
				if i := strings.Index(text, f); i >= 0 {
					if at, ok := best[u.Name]; !ok || i < at {
						best[u.Name] = i
					}
				}
			}
		}
	}
	var hits []hit
	for n, at := range best {
		hits = append(hits, hit{at, n})
	}
	// Earlier first; at one place the longer name (县国土资源局 over 县国土局).
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && (hits[j].at < hits[j-1].at || hits[j].at == hits[j-1].at && len(hits[j].name) > len(hits[j-1].name)); j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	out := make([]string, 0, len(hits))
	for _, h := range hits {
		out = append(out, h.name)
	}
	return out
}

// Quoted is the first text of four characters or more in quotation marks:
// the wording a unit proposes ("建议改为“……”").
func Quoted(text string) string {
	if m := quotedRe.FindStringSubmatch(text); m != nil {
		return strings.TrimSpace(m[1])
	}
	return ""
}

// SupportWanted reports whether a unit asked to be added in a supporting
// role (配合, 协助, 参与).
func SupportWanted(text string) bool { return supportRe.MatchString(text) }
