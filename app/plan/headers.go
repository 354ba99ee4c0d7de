package plan

import (
	"regexp"
	"strings"
)

// Column is what a column of the master sheet or of a unit's return holds.
type Column int

// Columns, named by the header the office's templates use.
const (
	ColumnNone     Column = iota
	ColumnNo              // 序号
	ColumnTask            // 工作任务
	ColumnReq             // 具体要求
	ColumnUnits           // 牵头落实单位
	ColumnText            // 落实情况
	ColumnStatus          // 完成状态
	ColumnProblems        // 存在问题
	ColumnNext            // 下一步工作计划
	ColumnEvidence        // 佐证材料
	ColumnRemark          // 备注
)

// headerNames are the header texts clerks use, written without spaces: the
// one table both the plan import and the return import read headers by.
var headerNames = map[string]Column{
	"序号": ColumnNo, "编号": ColumnNo, "序": ColumnNo, "项次": ColumnNo, "条目": ColumnNo, "序列号": ColumnNo,
	"工作任务": ColumnTask, "任务": ColumnTask, "工作项目": ColumnTask, "重点任务": ColumnTask,
	"具体要求": ColumnReq, "工作要求": ColumnReq, "要求": ColumnReq, "工作内容": ColumnReq, "具体内容": ColumnReq,
	"具体工作要求": ColumnReq, "工作要点": ColumnReq, "任务内容": ColumnReq, "具体任务": ColumnReq,
	"牵头落实单位": ColumnUnits, "牵头单位": ColumnUnits, "责任单位": ColumnUnits, "落实单位": ColumnUnits,
	"牵头责任单位": ColumnUnits, "牵头部门": ColumnUnits, "责任部门": ColumnUnits,
	"落实情况": ColumnText, "进展情况": ColumnText, "完成情况": ColumnText, "工作进展": ColumnText,
	"工作落实情况": ColumnText, "推进情况": ColumnText, "进展": ColumnText, "工作开展情况": ColumnText,
	"落实进展": ColumnText, "贯彻落实情况": ColumnText, "工作完成情况": ColumnText, "进度情况": ColumnText,
	"工作推进情况": ColumnText, "开展情况": ColumnText, "工作进展情况": ColumnText, "完成情况说明": ColumnText,
	"完成状态": ColumnStatus, "状态": ColumnStatus, "完成进度": ColumnStatus, "进度": ColumnStatus,
	"进展状态": ColumnStatus, "落实状态": ColumnStatus, "推进状态": ColumnStatus, "完成状况": ColumnStatus,
	"工作状态": ColumnStatus, "是否完成": ColumnStatus,
	"存在问题": ColumnProblems, "存在的问题": ColumnProblems, "问题": ColumnProblems, "困难和问题": ColumnProblems,
	"存在困难": ColumnProblems, "存在问题和困难": ColumnProblems, "存在的困难和问题": ColumnProblems,
	"下一步工作计划": ColumnNext, "下一步计划": ColumnNext, "下步计划": ColumnNext, "下一步工作": ColumnNext,
	"下一步工作打算": ColumnNext, "下步工作计划": ColumnNext, "下一步打算": ColumnNext, "下一步措施": ColumnNext,
	"佐证材料": ColumnEvidence, "佐证": ColumnEvidence, "证明材料": ColumnEvidence, "佐证材料链接": ColumnEvidence,
	"链接": ColumnEvidence, "网址": ColumnEvidence, "佐证链接": ColumnEvidence, "相关链接": ColumnEvidence,
	"佐证资料": ColumnEvidence, "公开网址": ColumnEvidence,
	"备注": ColumnRemark, "说明": ColumnRemark,
}

// HeaderName cleans a header cell the way every reader does: spaces and
// line breaks out (CleanName), a trailing colon or required-field star off.
func HeaderName(cell string) string {
	return strings.TrimRight(CleanName(cell), ":：*＊")
}

// HeaderColumn reads a header cleaned by HeaderName as written, or with its
// bracketed remark dropped ("落实情况（请详细填写）").
func HeaderColumn(h string) (Column, bool) {
	if c, ok := headerNames[h]; ok {
		return c, true
	}
	if strings.ContainsAny(h, "（([【") {
		if c, ok := headerNames[StripBrackets(h)]; ok {
			return c, true
		}
	}
	return ColumnNone, false
}

// BracketPattern matches one bracketed group, in full- or half-width round
// brackets or in square ones: "（常态化）", "(请填写)", "【必填】".
const BracketPattern = `[（(【\[][^）)】\]]*[）)】\]]`

var bracketed = regexp.MustCompile(BracketPattern)

// StripBrackets drops every bracketed group from s.
func StripBrackets(s string) string { return bracketed.ReplaceAllString(s, "") }

// HeaderColumns reads row as a table header: the known columns it names
// and where each is (the last cell naming it, as the readers always took).
// Every reader that looks for a header row asks this one question, so a
// header name added to headerNames is recognised by all of them.
func HeaderColumns(row []string) map[Column]int {
	cols := map[Column]int{}
	for c, v := range row {
		if col, ok := HeaderColumn(HeaderName(v)); ok {
			cols[col] = c
		}
	}
	return cols
}

// FindHeader returns the first of rows that names every column in want,
// with where its columns are; -1 and nil when no row does.
func FindHeader(rows [][]string, want ...Column) (int, map[Column]int) {
	for r, row := range rows {
		if cols := HeaderColumns(row); hasColumns(cols, want) {
			return r, cols
		}
	}
	return -1, nil
}

// IsHeader reports whether row names every column in want.
func IsHeader(row []string, want ...Column) bool {
	return hasColumns(HeaderColumns(row), want)
}

func hasColumns(cols map[Column]int, want []Column) bool {
	for _, w := range want {
		if _, ok := cols[w]; !ok {
			return false
		}
	}
	return true
}
