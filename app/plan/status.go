package plan

import (
	"regexp"
	"strings"
)

// The status vocabulary. 未报送 is not a word units write: the office derives it.
const (
	StatusDone       = "已完成"
	StatusOngoing    = "持续推进"
	StatusInProgress = "正在推进"
	StatusLate       = "进度滞后"
	StatusNotStarted = "未启动"
	StatusNA         = "不涉及"
	StatusMissing    = "未报送"
)

// Statuses lists the words a unit may choose, in the order the office uses.
var Statuses = []string{StatusDone, StatusOngoing, StatusInProgress, StatusLate, StatusNotStarted, StatusNA}

// statusWords maps what units write, once decorations are stripped.
var statusWords = map[string]string{
	"已完成": StatusDone, "完成": StatusDone, "已落实": StatusDone, "落实": StatusDone,
	"已办结": StatusDone, "办结": StatusDone, "全部完成": StatusDone, "已全部完成": StatusDone,
	"已完成全部": StatusDone, "完成了": StatusDone, "已经完成": StatusDone, "已做到": StatusDone,
	"持续推进": StatusOngoing, "长期坚持": StatusOngoing, "常态化": StatusOngoing, "持续开展": StatusOngoing,
	"长期推进": StatusOngoing, "常态化推进": StatusOngoing, "持续": StatusOngoing, "长期": StatusOngoing,
	"持续进行": StatusOngoing, "常态化开展": StatusOngoing, "持续落实": StatusOngoing,
	"正在推进": StatusInProgress, "推进中": StatusInProgress, "正在推进中": StatusInProgress,
	"进行中": StatusInProgress, "正在进行": StatusInProgress, "正在开展": StatusInProgress,
	"推进": StatusInProgress, "在推进": StatusInProgress, "部分完成": StatusInProgress,
	"基本完成": StatusInProgress, "正在落实": StatusInProgress, "落实中": StatusInProgress,
	"进度滞后": StatusLate, "滞后": StatusLate, "未按期完成": StatusLate, "延期": StatusLate,
	"落后": StatusLate, "进展滞后": StatusLate, "逾期": StatusLate, "未完成": StatusLate,
	"未启动": StatusNotStarted, "尚未启动": StatusNotStarted, "未开展": StatusNotStarted,
	"尚未开展": StatusNotStarted, "未开始": StatusNotStarted, "没有启动": StatusNotStarted,
	"暂未启动": StatusNotStarted, "待启动": StatusNotStarted,
	"不涉及": StatusNA, "无此项": StatusNA, "不适用": StatusNA, "本单位不涉及": StatusNA,
}

// decoration is what clerks put around a status word: ticks, boxes, bullets
// and punctuation (brackets with remarks, "持续推进（常态化）", are
// stripped first).
var decoration = regexp.MustCompile(`[\s\p{P}\p{S}√✓✔☑■□●○★☆◆◇▲△※]+`)

// NormalizeStatus maps a status as written to the vocabulary. ok is false
// for an empty or unknown word; the caller keeps the text and warns.
func NormalizeStatus(s string) (status string, ok bool) {
	if st, ok := statusWords[strings.TrimSpace(s)]; ok {
		return st, true // the usual case: a word from the drop-down
	}
	w := decoration.ReplaceAllString(StripBrackets(s), "")
	if w == "" {
		// "（常态化）" alone: the bracket was the word.
		w = decoration.ReplaceAllString(s, "")
	}
	if w == "" {
		return "", false
	}
	if st, ok := statusWords[w]; ok {
		return st, true
	}
	// Longer sentences: look for the telling word, the most specific first.
	for _, k := range []struct{ word, status string }{
		{"不涉及", StatusNA}, {"滞后", StatusLate}, {"未启动", StatusNotStarted}, {"尚未", StatusNotStarted},
		{"未开展", StatusNotStarted}, {"常态", StatusOngoing}, {"持续", StatusOngoing}, {"长期", StatusOngoing},
		{"推进中", StatusInProgress}, {"正在", StatusInProgress}, {"进行中", StatusInProgress},
		{"已完成", StatusDone}, {"已落实", StatusDone},
	} {
		if strings.Contains(w, k.word) {
			return k.status, true
		}
	}
	return "", false
}
