package importer

import (
	"regexp"
	"strings"

	"taizhang/app/plan"
	"taizhang/app/sheet"
)

// layout recognises the rows of a return that belong to its printed form
// rather than to any task: section headings (一、… （一）…), the title,
// 填报单位 line and header repeated at a page break, page lines (第 1 页，
// 共 4 页) and totals (合计). They are skipped without a warning, so the
// rows that really match nothing stand out.
type layout struct {
	g      *sheet.Grid
	t      *table
	above  map[string]bool // every cell text above the header
	answer map[int]bool    // the columns units write answers in
}

func newLayout(g *sheet.Grid, t *table) layout {
	l := layout{g: g, t: t, above: map[string]bool{}, answer: map[int]bool{}}
	for f, c := range t.cols {
		if isAnswer(f) {
			l.answer[c] = true
		}
	}
	for c := range t.marks {
		l.answer[c] = true
	}
	for r := 0; r < t.headerTop && r < len(g.Rows); r++ {
		for _, c := range g.Rows[r] {
			if c = cleanCell(c); c != "" {
				l.above[c] = true
			}
		}
	}
	return l
}

var (
	sectionRe  = regexp.MustCompile(`^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[部分章节])`)
	numeralRe  = regexp.MustCompile(`^[一二三四五六七八九十]+[、.．]?$`)
	pageLineRe = regexp.MustCompile(`^(?:第\s*[0-9]+\s*页\s*[,，、/]?\s*(?:共\s*[0-9]+\s*页)?|共\s*[0-9]+\s*页\s*[,，、/]?\s*第\s*[0-9]+\s*页|[-—－]\s*[0-9]+\s*[-—－]|[0-9]+\s*/\s*[0-9]+\s*页?)$`)
)

// is reports whether row r is part of the layout.
func (l *layout) is(r int) bool {
	if _, task := plan.ParseTaskNo(cleanCell(l.g.Cell(r, l.col(FieldNo)))); task {
		return false
	}
	vals := distinctCells(l.g.Rows[r])
	if len(vals) == 0 {
		return false
	}
	repeated, headers := 0, 0
	for _, v := range vals {
		if l.above[v] {
			repeated++
		}
		if fieldOf(v) != FieldNone {
			headers++
		}
	}
	if repeated == len(vals) || headers >= 2 && 2*headers >= len(vals) {
		return true // the title, 填报单位 line or header again, from a new page
	}
	if !l.outsideAnswers(r) {
		return false // text in the answer columns only: an answer continued, "二、…"
	}
	if page := strings.Join(vals, " "); pageLineRe.MatchString(page) {
		return true
	}
	switch strings.Join(strings.Fields(vals[0]), "") {
	case "合计", "总计", "小计", "合计：", "总计：":
		return true
	}
	if len(vals) == 1 && sectionRe.MatchString(vals[0]) {
		return true
	}
	if len(vals) == 2 && numeralRe.MatchString(vals[0]) && !longerThan(vals[1], 40) {
		return true // 一 | 着力加强公开解读回应工作
	}
	return false
}

// outsideAnswers reports whether row r has text outside the answer
// columns: a heading or page line sits in the first columns or spans the
// row, where an answer typed on over several rows never does.
func (l *layout) outsideAnswers(r int) bool {
	for c, v := range l.g.Rows[r] {
		if !l.answer[c] && cleanCell(v) != "" {
			return true
		}
	}
	return false
}

func (l *layout) col(f Field) int {
	if c, ok := l.t.cols[f]; ok {
		return c
	}
	return -1
}

// distinctCells is a row's non-empty cell texts, each once, in order: a
// heading merged across the row is one value.
func distinctCells(row []string) []string {
	var out []string
	for _, c := range row {
		if c = cleanCell(c); c != "" && (len(out) == 0 || out[len(out)-1] != c) {
			out = append(out, c)
		}
	}
	return out
}
