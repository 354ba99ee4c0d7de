// Package importer reads a unit's return (落实情况表) into ledger rows: it
// finds the table wherever the unit put it, works out what each column is,
// matches rows to the plan's tasks and says which unit sent it.
package importer

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
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

// fieldOf reads one header cell. A note or a list of choices in brackets
// does not hide the words before it: "落实情况（请详细填写，不超过200字）"
// is 落实情况, and "完成情况（已完成/持续推进/…）", offering the statuses to
// choose from, is the status column.
func fieldOf(cell string) Field {
	if longerThan(cell, 4*maxHeaderRunes) || wordRunes(cell) > maxHeaderRunes {
		return FieldNone // a requirement or a sentence, not a header
	}
	h := plan.HeaderName(cell)
	f := namedField(h)
	if (f == FieldText || f == FieldNone) && listsStatuses(h) {
		return FieldStatus
	}
	return f
}

// wordRunes counts the runes of a cell outside brackets, spaces left out:
// what a header's name would be. Every cell of a table's first rows is
// looked at, so it allocates nothing.
func wordRunes(s string) int {
	n, depth := 0, 0
	for _, r := range s {
		switch {
		case r == '（' || r == '(' || r == '【' || r == '[':
			depth++
		case r == '）' || r == ')' || r == '】' || r == ']':
			depth = max(depth-1, 0)
		case depth == 0 && !unicode.IsSpace(r):
			n++
		}
	}
	return n
}

func namedField(h string) Field {
	if f, ok := plan.HeaderColumn(h); ok {
		return f
	}
	if strings.ContainsAny(h, "（([【") {
		h = plan.StripBrackets(h)
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

var (
	bracketGroup = regexp.MustCompile(plan.BracketPattern)
	choiceSep    = regexp.MustCompile(`[/／、,，;；|｜\s]+`)
)

// listsStatuses reports whether a header's brackets offer at least two
// status words to choose from.
func listsStatuses(h string) bool {
	if !strings.ContainsAny(h, "（(【[") {
		return false
	}
	seen := map[string]bool{}
	for _, g := range bracketGroup.FindAllString(h, -1) {
		inner := strings.TrimRight(strings.TrimLeft(g, "（(【["), "）)】]")
		for _, w := range choiceSep.Split(inner, -1) {
			if st, ok := statusWord(w); ok {
				seen[st] = true
			}
		}
	}
	return len(seen) >= 2
}

// statusWord reads a cell that is nothing but a status word ("已完成",
// "持续推进"), as status sub-columns and lists of choices name them.
func statusWord(s string) (string, bool) {
	if s == "" || longerThan(s, 12) {
		return "", false // most cells looked at are long texts
	}
	s = plan.CleanName(s)
	if s == "" || utf8.RuneCountInString(s) > 5 {
		return "", false
	}
	return plan.NormalizeStatus(s)
}

// table is a return table found in a grid.
type table struct {
	sheet     int
	headerTop int // first header row
	dataStart int // first row after the header
	cols      map[Field]int
	score     int
	// marks are status sub-columns (完成情况 over 已完成 | 持续推进 | …):
	// column → the status a mark (√) in it gives.
	marks map[int]string
	// extra are the columns beyond the known ones, kept with the return.
	extra []extraCol
	// hidden are answer columns the unit hid; they are not read.
	hidden []extraCol
	// textHidden: the only 落实情况 column is hidden.
	textHidden bool
	notes      []string // choices the reading made, for the preview
}

// extraCol is a column by its header as written.
type extraCol struct {
	col    int
	header string
	field  Field
}

// maxHeaderRow is how far down a header is looked for: titles, notes and
// 填报单位 lines rarely take more than a dozen rows.
const maxHeaderRow = 40

// findTable looks at every sheet for the row that reads most like a return
// header. A header needs a progress column and a way to find the task:
// 序号 or 具体要求.
func findTable(book *sheet.Book) (table, bool) {
	best := table{score: -1}
	for _, t := range findTables(book, nil) {
		if t.score > best.score {
			best = t
		}
	}
	return best, best.score >= 0
}

// findTables finds in each sheet the row that reads most like a return
// header; sheets without one are left out. memo, when set, is shared by
// the files of a batch.
func findTables(book *sheet.Book, memo *fieldMemo) []table {
	var out []table
	for si := range book.Sheets {
		g := &book.Sheets[si]
		fields := headerFields(g, memo)
		best := table{score: -1}
		for r := 0; r < len(g.Rows) && r < maxHeaderRow; r++ {
			t, ok := headerAt(g, fields, r)
			if ok && t.score > best.score {
				t.sheet = si
				best = t
			}
		}
		if best.score >= 0 {
			out = append(out, best)
		}
	}
	return out
}

// headerAt reads row r as a header, alone or with the row under it (two-row
// headers put a group name over merged cells and the real names below, or
// 完成情况 over one sub-column per status).
func headerAt(g *sheet.Grid, fields [][]Field, r int) (table, bool) {
	one := readHeader(g, fields, r, -1, nil)
	t := table{headerTop: r, dataStart: r + 1, cols: one.cols, hidden: one.hidden}
	// Two rows only when the top row is itself a header (group names over
	// merged cells); otherwise a title or 填报单位 line would pass as one.
	if len(one.cols) > 0 {
		marks := statusMarkColumns(g, r+1)
		two := readHeader(g, fields, r, r+1, marks)
		if len(marks) > 0 || len(two.cols) > len(one.cols) && rowHasHeaderWords(fields, r+1) {
			t.cols, t.hidden, t.dataStart = two.cols, two.hidden, r+2
			t.marks = marks
		}
	}
	resolveStatusColumn(g, &t)
	_, hasText := t.cols[FieldText]
	_, hasNo := t.cols[FieldNo]
	_, hasReq := t.cols[FieldReq]
	if !hasText {
		for _, h := range t.hidden {
			t.textHidden = t.textHidden || h.field == FieldText
		}
	}
	if !hasText && !t.textHidden || (!hasNo && !hasReq) {
		return t, false
	}
	t.score = len(t.cols)
	if t.textHidden {
		t.score = 0 // any table with a visible answer column comes first
	}
	t.extra = extraColumns(g, fields, &t)
	adoptStatusColumn(g, &t)
	return t, true
}

// adoptStatusColumn reads as the status column, saying so, a column under
// an unknown header ("进度", "情况") that holds mostly status words, when the
// table has no status column of its own.
func adoptStatusColumn(g *sheet.Grid, t *table) {
	if _, has := t.cols[FieldStatus]; has || len(t.marks) > 0 {
		return
	}
	for i, x := range t.extra {
		if statusShare(g, t.dataStart, x.col) >= 0.5 {
			t.cols[FieldStatus] = x.col
			t.notes = append(t.notes, fmt.Sprintf("表中没有“完成状态”列，%s所填多为完成状态，按完成状态读取", columnLabel(g, t, x.col)))
			t.extra = append(t.extra[:i:i], t.extra[i+1:]...)
			return
		}
	}
}

// statusMarkColumns finds, in row r, status sub-columns: two or more
// adjacent cells naming different statuses. A unit then ticks one of them.
func statusMarkColumns(g *sheet.Grid, r int) map[int]string {
	if r >= len(g.Rows) {
		return nil
	}
	row := g.Rows[r]
	words := make([]string, len(row)+1) // one past the end stays ""
	for c, cell := range row {
		words[c], _ = statusWord(cell)
	}
	var marks map[int]string
	seen := map[string]bool{}
	for c, st := range words {
		if st == "" || seen[st] {
			continue
		}
		if (c == 0 || words[c-1] == "") && words[c+1] == "" {
			continue // a lone status word: a data row, not a header
		}
		if marks == nil {
			marks = map[int]string{}
		}
		marks[c], seen[st] = st, true
	}
	if len(marks) < 2 {
		return nil
	}
	return marks
}

// extraColumns lists the columns under a header that hold nothing the
// ledger knows: the unit's own additions (完成时间, 责任人…).
func extraColumns(g *sheet.Grid, fields [][]Field, t *table) []extraCol {
	used := map[int]bool{}
	for _, c := range t.cols {
		used[c] = true
	}
	for c := range t.marks {
		used[c] = true
	}
	for _, h := range t.hidden {
		used[h.col] = true
	}
	width := len(g.Rows[t.headerTop])
	if t.dataStart > t.headerTop+1 {
		width = max(width, len(g.Rows[t.headerTop+1]))
	}
	var out []extraCol
	for c := 0; c < width; c++ {
		if used[c] || g.ColHidden(c) || fieldAt(fields, t.headerTop, c) != FieldNone ||
			t.dataStart > t.headerTop+1 && fieldAt(fields, t.headerTop+1, c) != FieldNone {
			continue
		}
		h := headerText(g, t, c)
		if h == "" || longerThan(h, 2*maxHeaderRunes) {
			continue
		}
		out = append(out, extraCol{col: c, header: h})
	}
	return out
}

func fieldAt(fields [][]Field, r, c int) Field {
	if r < 0 || r >= len(fields) || c < 0 || c >= len(fields[r]) {
		return FieldNone
	}
	return fields[r][c]
}

// headerText is a column's header as the clerk reads it, line breaks
// dropped: the lower row's name under a two-row header, else the top's.
func headerText(g *sheet.Grid, t *table, c int) string {
	h := ""
	if t.dataStart > t.headerTop+1 {
		h = cleanCell(g.Cell(t.headerTop+1, c))
	}
	if h == "" {
		h = cleanCell(g.Cell(t.headerTop, c))
	}
	return strings.NewReplacer("\n", "", "\r", "").Replace(h)
}

// columnName is a column's letter as the clerk sees it: 0 → A, 27 → AB.
func columnName(c int) string {
	name := ""
	for c++; c > 0; c = (c - 1) / 26 {
		name = string(rune('A'+(c-1)%26)) + name
	}
	return name
}

// columnLabel names a column for the preview: 第 C 列“落实情况”.
func columnLabel(g *sheet.Grid, t *table, c int) string {
	return "第 " + columnName(c) + " 列“" + headerText(g, t, c) + "”"
}

// headerFields reads every cell of the rows a header may be in, once.
func headerFields(g *sheet.Grid, memo *fieldMemo) [][]Field {
	if memo == nil {
		memo = &fieldMemo{}
	}
	n := min(len(g.Rows), maxHeaderRow+1)
	out := make([][]Field, n)
	for r := 0; r < n; r++ {
		out[r] = make([]Field, len(g.Rows[r]))
		for c, cell := range g.Rows[r] {
			out[r][c] = memo.field(cell)
		}
	}
	return out
}

// fieldMemo remembers what each cell reads as a header. Status words,
// unit texts, the plan's requirements repeat down a column and from one
// return to the next, so the files of a batch share one (Prepared): an
// import of 200 returns spent a tenth of its reading telling headers
// apart. It is safe for use by several goroutines.
type fieldMemo struct {
	m sync.Map // cell → Field
}

func (m *fieldMemo) field(cell string) Field {
	if len(cell) > memoCellBytes {
		return fieldOf(cell) // text, told from a header at its 49th rune
	}
	if f, ok := m.m.Load(cell); ok {
		return f.(Field)
	}
	f := fieldOf(cell)
	// A copy, so that the memo does not keep the file's text alive.
	m.m.Store(strings.Clone(cell), f)
	return f
}

// memoCellBytes is the longest cell remembered: what fits 4*maxHeaderRunes
// runes of Chinese, beyond which a cell is never a header.
const memoCellBytes = 4 * maxHeaderRunes * 3

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

// header is a header row read into columns.
type header struct {
	cols   map[Field]int
	hidden []extraCol // answer columns hidden from view, left unread
}

// readHeader maps fields to columns from row top, and from row sub under it
// when sub >= 0 (the lower, more specific name wins). The first column a
// field appears in wins, except that a second progress column is kept aside
// as a possible status column. Status sub-columns (skip) are left out, and
// so are hidden answer columns: what the unit hid is not its answer.
func readHeader(g *sheet.Grid, fields [][]Field, top, sub int, skip map[int]string) header {
	h := header{cols: map[Field]int{}}
	cols := h.cols
	width := 0
	if top < len(fields) {
		width = len(fields[top])
	}
	if sub >= 0 && sub < len(fields) && len(fields[sub]) > width {
		width = len(fields[sub])
	}
	for c := 0; c < width; c++ {
		if _, ok := skip[c]; ok {
			continue
		}
		f := fieldAt(fields, sub, c)
		if f == FieldNone {
			f = fieldAt(fields, top, c)
		}
		if f == FieldNone {
			continue
		}
		if g.ColHidden(c) && isAnswer(f) {
			h.hidden = append(h.hidden, extraCol{col: c, field: f})
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
	return h
}

// isAnswer tells the columns a unit writes in from those that name the
// task: a hidden 具体要求 is only a layout choice, a hidden 落实情况 is not
// an answer.
func isAnswer(f Field) bool {
	switch f {
	case FieldText, FieldStatus, FieldProblems, FieldNext, FieldEvidence, FieldRemark:
		return true
	}
	return false
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
	t.notes = append(t.notes, fmt.Sprintf("有两列像落实情况，按所填内容把%s读作完成状态，%s读作落实情况",
		columnLabel(g, t, t.cols[FieldStatus]), columnLabel(g, t, t.cols[FieldText])))
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
