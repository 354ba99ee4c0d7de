// Package importer reads a unit's return (落实情况表) into ledger rows: it
// finds the table wherever the unit put it, works out what each column is,
// matches rows to the plan's tasks and says which unit sent it.
package importer

import (
	"strings"
	"unicode/utf8"

	"taizhang/app/plan"
	"taizhang/app/sheet"
)

// Field is what a column of a return holds; the header names are the
// plan's (plan.HeaderColumn), shared with the plan import.
type Field = plan.Column

const (
	FieldNone     = plan.ColumnNone
	FieldNo       = plan.ColumnNo       // 序号
	FieldTask     = plan.ColumnTask     // 工作任务
	FieldReq      = plan.ColumnReq      // 具体要求
	FieldUnits    = plan.ColumnUnits    // 牵头落实单位
	FieldText     = plan.ColumnText     // 落实情况
	FieldStatus   = plan.ColumnStatus   // 完成状态
	FieldProblems = plan.ColumnProblems // 存在问题
	FieldNext     = plan.ColumnNext     // 下一步工作计划
	FieldEvidence = plan.ColumnEvidence // 佐证材料
	FieldRemark   = plan.ColumnRemark   // 备注
)

// containedNames catch longer headers ("落实情况（请详细填写）" is caught by
// the bracket strip; "本单位落实情况" is caught here). Most specific first.
var containedNames = []struct {
	word  string
	field Field
}{
	{"序号", FieldNo}, {"状态", FieldStatus}, {"问题", FieldProblems}, {"下一步", FieldNext},
	{"下步", FieldNext}, {"佐证", FieldEvidence}, {"备注", FieldRemark}, {"具体要求", FieldReq},
	{"工作要求", FieldReq}, {"牵头", FieldUnits}, {"责任单位", FieldUnits}, {"落实情况", FieldText},
	{"进展", FieldText}, {"完成情况", FieldText}, {"工作任务", FieldTask},
}

// maxHeaderRunes is the longest header read by the words it contains.
const maxHeaderRunes = 12

// longerThan reports whether s has more than n runes, reading no further
// than that: most cells looked at are long progress texts.
func longerThan(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	for range s {
		if n--; n < 0 {
			return true
		}
	}
	return false
}

// fieldOf reads one header cell.
func fieldOf(cell string) Field {
	if longerThan(cell, 2*maxHeaderRunes) {
		return FieldNone // a requirement or a sentence, not a header
	}
	h := plan.HeaderName(cell)
	if f, ok := plan.HeaderColumn(h); ok {
		return f
	}
	if utf8.RuneCountInString(h) > maxHeaderRunes {
		return FieldNone // a sentence, not a header
	}
	for _, c := range containedNames {
		if strings.Contains(h, c.word) {
			return c.field
		}
	}
	return FieldNone
}

// table is a return table found in a grid.
type table struct {
	sheet     int
	headerTop int // first header row
	dataStart int // first row after the header
	cols      map[Field]int
	score     int
}

// maxHeaderRow is how far down a header is looked for: titles, notes and
// 填报单位 lines rarely take more than a dozen rows.
const maxHeaderRow = 40

// findTable looks at every sheet for the row that reads most like a return
// header. A header needs a progress column and a way to find the task:
// 序号 or 具体要求.
func findTable(book *sheet.Book) (table, bool) {
	best := table{score: -1}
	for si := range book.Sheets {
		g := &book.Sheets[si]
		fields := headerFields(g)
		for r := 0; r < len(g.Rows) && r < maxHeaderRow; r++ {
			t, ok := headerAt(g, fields, r)
			if ok && t.score > best.score {
				t.sheet = si
				best = t
			}
		}
	}
	return best, best.score >= 0
}

// headerAt reads row r as a header, alone or with the row under it (two-row
// headers put a group name over merged cells and the real names below).
func headerAt(g *sheet.Grid, fields [][]Field, r int) (table, bool) {
	one := readHeader(fields, r, -1)
	two := readHeader(fields, r, r+1)
	t := table{headerTop: r, dataStart: r + 1, cols: one}
	// Two rows only when the top row is itself a header (group names over
	// merged cells); otherwise a title or 填报单位 line would pass as one.
	if len(one) > 0 && len(two) > len(one) && rowHasHeaderWords(fields, r+1) {
		t.cols, t.dataStart = two, r+2
	}
	resolveStatusColumn(g, &t)
	_, hasText := t.cols[FieldText]
	_, hasNo := t.cols[FieldNo]
	_, hasReq := t.cols[FieldReq]
	if !hasText || (!hasNo && !hasReq) {
		return t, false
	}
	t.score = len(t.cols)
	return t, true
}

// headerFields reads every cell of the rows a header may be in, once.
func headerFields(g *sheet.Grid) [][]Field {
	n := min(len(g.Rows), maxHeaderRow+1)
	out := make([][]Field, n)
	seen := map[string]Field{} // status words, unit texts… repeat down a column
	for r := 0; r < n; r++ {
		out[r] = make([]Field, len(g.Rows[r]))
		for c, cell := range g.Rows[r] {
			f, ok := seen[cell]
			if !ok {
				f = fieldOf(cell)
				seen[cell] = f
			}
			out[r][c] = f
		}
	}
	return out
}

func rowHasHeaderWords(fields [][]Field, r int) bool {
	if r >= len(fields) {
		return false
	}
	n := 0
	for _, f := range fields[r] {
		if f != FieldNone {
			n++
		}
	}
	return n >= 2
}

// readHeader maps fields to columns from row top, and from row sub under it
// when sub >= 0 (the lower, more specific name wins). The first column a
// field appears in wins, except that a second progress column is kept aside
// as a possible status column.
func readHeader(fields [][]Field, top, sub int) map[Field]int {
	cols := map[Field]int{}
	at := func(r, c int) Field {
		if r < 0 || r >= len(fields) || c >= len(fields[r]) {
			return FieldNone
		}
		return fields[r][c]
	}
	width := 0
	if top < len(fields) {
		width = len(fields[top])
	}
	if sub >= 0 && sub < len(fields) && len(fields[sub]) > width {
		width = len(fields[sub])
	}
	for c := 0; c < width; c++ {
		f := at(sub, c)
		if f == FieldNone {
			f = at(top, c)
		}
		if f == FieldNone {
			continue
		}
		if _, taken := cols[f]; taken {
			if f == FieldText {
				if _, s := cols[FieldStatus]; !s {
					cols[fieldSecondText] = c
				}
			}
			continue
		}
		cols[f] = c
	}
	return cols
}

// fieldSecondText marks a second progress-like column (落实情况 and 完成情况
// side by side); resolveStatusColumn decides what it is.
const fieldSecondText Field = -1

// resolveStatusColumn settles a second progress column: when the table has
// no status column and either progress column holds mostly status words,
// that one is the status column.
func resolveStatusColumn(g *sheet.Grid, t *table) {
	second, ok := t.cols[fieldSecondText]
	if !ok {
		return
	}
	delete(t.cols, fieldSecondText)
	if _, has := t.cols[FieldStatus]; has {
		return
	}
	first := t.cols[FieldText]
	if statusShare(g, t.dataStart, second) >= statusShare(g, t.dataStart, first) {
		t.cols[FieldStatus] = second
	} else {
		t.cols[FieldStatus], t.cols[FieldText] = first, second
	}
}

// statusShare is the share of non-empty cells in column c below row start
// that read as status words.
func statusShare(g *sheet.Grid, start, c int) float64 {
	n, hits := 0, 0
	for r := start; r < len(g.Rows); r++ {
		v := strings.TrimSpace(g.Cell(r, c))
		if v == "" {
			continue
		}
		n++
		if _, ok := plan.NormalizeStatus(v); ok && len([]rune(v)) <= 12 {
			hits++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hits) / float64(n)
}
