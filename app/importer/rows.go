package importer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"taizhang/app/plan"
	"taizhang/app/sheet"
)

// rowReader reads the cells of a table's data rows.
type rowReader struct {
	g      *sheet.Grid
	t      *table
	marks  []int // status sub-columns, left to right
	keys   []int // the columns that name a row's task: 序号, 具体要求
	below  map[[2]int]bool
	layout layout
}

func newRowReader(g *sheet.Grid, t *table) *rowReader {
	rd := &rowReader{g: g, t: t, layout: newLayout(g, t)}
	for c := range t.marks {
		rd.marks = append(rd.marks, c)
	}
	slices.Sort(rd.marks)
	for _, f := range []Field{FieldNo, FieldReq} {
		if c, ok := t.cols[f]; ok {
			rd.keys = append(rd.keys, c)
		}
	}
	rd.below = mergedBelowTop(g, t)
	return rd
}

// mergedBelowTop marks the cells of the table's columns that a merged range
// covers below its first row: FillMerges copied the value there, so the
// cell repeats the one above rather than saying something of its own.
func mergedBelowTop(g *sheet.Grid, t *table) map[[2]int]bool {
	cols := map[int]bool{}
	for _, c := range t.cols {
		cols[c] = true
	}
	for _, x := range t.extra {
		cols[x.col] = true
	}
	for c := range t.marks {
		cols[c] = true
	}
	out := map[[2]int]bool{}
	for _, m := range g.Merges {
		if m.Bottom <= m.Top || m.Top < t.dataStart-1 {
			continue
		}
		for c := range cols {
			if c < m.Left || c > m.Right {
				continue
			}
			for r := m.Top + 1; r <= m.Bottom && r < len(g.Rows); r++ {
				out[[2]int{r, c}] = true
			}
		}
	}
	return out
}

func (rd *rowReader) cell(r int, f Field) string {
	c, ok := rd.t.cols[f]
	if !ok {
		return ""
	}
	return cleanCell(rd.g.Cell(r, c))
}

// values reads a row's answer cells. rawStatus is what the status cell
// says, or the marks ticked; ticked lists the statuses of several marks.
func (rd *rowReader) values(r int) (v plan.Values, extra []plan.ExtraColumn, rawStatus string, ticked []string) {
	v = plan.Values{Text: rd.cell(r, FieldText), Problems: rd.cell(r, FieldProblems), Next: rd.cell(r, FieldNext),
		Evidence: rd.cell(r, FieldEvidence), Remark: rd.cell(r, FieldRemark)}
	rawStatus = rd.cell(r, FieldStatus)
	for _, c := range rd.marks {
		if m := cleanCell(rd.g.Cell(r, c)); isMark(m) || m == rd.t.marks[c] {
			ticked = append(ticked, rd.t.marks[c])
		}
	}
	if len(ticked) > 0 {
		rawStatus = strings.Join(ticked, "、")
		if len(ticked) == 1 {
			v.Status, ticked = ticked[0], nil
		}
	}
	for _, x := range rd.t.extra {
		if s := cleanCell(rd.g.Cell(r, x.col)); s != "" {
			extra = append(extra, plan.ExtraColumn{Header: x.header, Text: s})
		}
	}
	return v, extra, rawStatus, ticked
}

// isMark is a tick a unit puts under the status it means.
func isMark(s string) bool {
	switch s {
	case "√", "✓", "✔", "☑", "✅", "●", "■", "◆", "★", "是", "v", "V", "Y", "y":
		return true
	}
	return false
}

// continues reports whether row r has no task of its own and carries on
// the row above: its 序号 and 具体要求 are blank or merged down from above.
//
// merged tells which: a row under task cells merged down is the task's
// beyond doubt, a row with blank task cells is taken to be (and said so).
func (rd *rowReader) continues(r int) (ok, merged bool) {
	if len(rd.keys) == 0 {
		return false, false
	}
	for _, c := range rd.keys {
		below := rd.below[[2]int{r, c}]
		if cleanCell(rd.g.Cell(r, c)) != "" && !below {
			return false, false
		}
		merged = merged || below
	}
	return true, merged
}

// own is the text of row r's cell in column c, or "" when the cell only
// repeats a merged range from above.
func (rd *rowReader) own(r, c int) string {
	if rd.below[[2]int{r, c}] {
		return ""
	}
	return cleanCell(rd.g.Cell(r, c))
}

// readRows turns the rows under the header into returns.
func (res *Result) readRows(g *sheet.Grid, t *table, m *matcher, ctx Context) {
	rd := newRowReader(g, t)
	at := map[int]int{} // task → index in res.Returns
	var extras [][]plan.ExtraColumn
	prev := -1 // the return the row above belongs to, for continuation rows
	var hiddenRows []string
	var multiTicked []int        // tasks whose status is left out for several ticks, already said
	joined := map[int][]string{} // return → rows with blank task cells joined to it
	for r := t.dataStart; r < len(g.Rows); r++ {
		v, extra, rawStatus, ticked := rd.values(r)
		if v.Text == "" && rawStatus == "" {
			if _, isTask := plan.ParseTaskNo(rd.cell(r, FieldNo)); isTask || rd.cell(r, FieldReq) != "" {
				if cont, _ := rd.continues(r); !cont {
					res.Skipped++ // a task row the unit left empty
					prev = -1     // rows under it no longer continue the task above
				}
			}
			continue
		}
		if g.RowHidden(r) {
			hiddenRows = append(hiddenRows, strconv.Itoa(r+1))
			continue
		}
		if rd.layout.is(r) {
			continue // a section heading, a repeated title or header, a page line
		}
		if cont, merged := rd.continues(r); prev >= 0 && cont {
			extras[prev] = res.join(rd, r, prev, extras[prev])
			if !merged {
				joined[prev] = append(joined[prev], strconv.Itoa(r+1))
			}
			continue
		}
		prev = -1
		if notApplicable(v.Text, rawStatus) {
			res.Skipped++
			continue
		}
		task, why := m.match(rd.cell(r, FieldNo), rd.cell(r, FieldReq))
		if task == 0 {
			res.Unmatched = append(res.Unmatched, Row{Line: r + 1, Text: rowText(g, r)})
			continue
		}
		if why != "" {
			res.Warnings = append(res.Warnings, fmt.Sprintf("第 %d 行%s", r+1, why))
		}
		if !res.settleStatus(r, &v, rawStatus, ticked) {
			multiTicked = append(multiTicked, task)
		}
		ret := plan.Return{Plan: ctx.Plan.ID, Period: ctx.Period, Task: task, Unit: res.Unit,
			Values: v, Date: res.Date, File: res.Name, FileHash: res.Hash}
		if i, dup := at[task]; dup {
			res.Warnings = append(res.Warnings, fmt.Sprintf("第 %d 项填了两次，取第 %d 行", task, r+1))
			res.Returns[i], extras[i], prev = ret, extra, i
			continue
		}
		at[task], prev = len(res.Returns), len(res.Returns)
		res.Returns = append(res.Returns, ret)
		extras = append(extras, extra)
	}
	for i := range res.Returns {
		res.Returns[i].Unit = res.Unit
		res.Returns[i].Extra = plan.EncodeExtra(extras[i])
	}
	res.noteRows(joined, hiddenRows)
	res.noteStatus(t, multiTicked)
}

// settleStatus sets a row's status from its ticks or its status word,
// saying when a word cannot be mapped. It reports false when several
// statuses were ticked: the status is then left out, and said so.
func (res *Result) settleStatus(r int, v *plan.Values, rawStatus string, ticked []string) bool {
	switch {
	case len(ticked) > 1:
		res.Warnings = append(res.Warnings, fmt.Sprintf("第 %d 行在%s下都打了勾，完成状态未导入，请核对", r+1, quoteAll(ticked)))
		return false
	case v.Status != "": // one tick
	default:
		if st, ok := plan.NormalizeStatus(rawStatus); ok {
			v.Status = st
		} else if rawStatus != "" {
			v.RawStatus = rawStatus
			res.Warnings = append(res.Warnings, fmt.Sprintf("第 %d 行完成状态“%s”无法识别，已原样保留", r+1, rawStatus))
		}
	}
	return true
}

// noteRows says which rows were joined to a task on a guess and which
// hidden rows were left unread.
func (res *Result) noteRows(joined map[int][]string, hiddenRows []string) {
	for i, ret := range res.Returns {
		if rows := joined[i]; len(rows) > 0 {
			res.Warnings = append(res.Warnings, fmt.Sprintf("第 %s 行没有序号和具体要求，接在上一行之后并入第 %d 项", strings.Join(rows, "、"), ret.Task))
		}
	}
	if len(hiddenRows) > 0 {
		res.Warnings = append(res.Warnings, "第 "+strings.Join(hiddenRows, "、")+" 行是隐藏行，其中的内容未导入")
	}
}

// join adds continuation row r to return i: each answer cell's own text on
// a new line, a status only if the return has none yet.
func (res *Result) join(rd *rowReader, r, i int, extra []plan.ExtraColumn) []plan.ExtraColumn {
	v := &res.Returns[i].Values
	add := func(dst *string, f Field) {
		c, ok := rd.t.cols[f]
		if !ok {
			return
		}
		if s := rd.own(r, c); s != "" {
			*dst = joinLines(*dst, s)
		}
	}
	add(&v.Text, FieldText)
	add(&v.Problems, FieldProblems)
	add(&v.Next, FieldNext)
	add(&v.Evidence, FieldEvidence)
	add(&v.Remark, FieldRemark)
	if v.Status == "" && v.RawStatus == "" {
		nv, _, raw, _ := rd.values(r)
		if nv.Status != "" {
			v.Status = nv.Status
		} else if st, ok := plan.NormalizeStatus(raw); ok {
			v.Status = st
		}
	}
	for _, x := range rd.t.extra {
		s := rd.own(r, x.col)
		if s == "" {
			continue
		}
		j := slices.IndexFunc(extra, func(e plan.ExtraColumn) bool { return e.Header == x.header })
		if j < 0 {
			extra = append(extra, plan.ExtraColumn{Header: x.header, Text: s})
		} else {
			extra[j].Text = joinLines(extra[j].Text, s)
		}
	}
	return extra
}

func joinLines(a, b string) string {
	if a == "" {
		return b
	}
	return a + "\n" + b
}

func quoteAll(words []string) string {
	return "“" + strings.Join(words, "”“") + "”"
}

// noteStatus makes returns without a status say so in the preview, rather
// than leave the status cells silently empty.
func (res *Result) noteStatus(t *table, ticked []int) {
	var missing []int
	for _, r := range res.Returns {
		if r.Status == "" && r.RawStatus == "" && !slices.Contains(ticked, r.Task) {
			missing = append(missing, r.Task)
		}
	}
	_, hasStatus := t.cols[FieldStatus]
	switch {
	case len(missing) == 0:
	case len(missing) < len(res.Returns):
		res.Warnings = append(res.Warnings, fmt.Sprintf("第 %s 项没有填完成状态，按“无完成状态”导入", plan.FormatRanges(missing)))
	case hasStatus || len(t.marks) > 0:
		res.Warnings = append(res.Warnings, fmt.Sprintf("完成状态一栏都没有填，%d 项均按“无完成状态”导入", len(res.Returns)))
	default:
		res.Warnings = append(res.Warnings, fmt.Sprintf("表中没有完成状态列，%d 项均按“无完成状态”导入", len(res.Returns)))
	}
}
