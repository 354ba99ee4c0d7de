package planword

import (
	"regexp"
	"strings"

	"taizhang/app/plan"
)

// Plans typed by different offices differ in two ways the plan parser does
// not expect: the task number in a column of its own (序号), and the units
// written in brackets at the end of the requirement instead of after it.

var numberOnly = regexp.MustCompile(`^[0-9０-９]{1,4}[.．、]?$`)

// numberColumn moves a 序号 column's number into the 具体要求 cell ("1" +
// "加强…" → "1.加强…"), the form the plan parser reads. Tables without a
// 序号 column are returned as they are.
func numberColumn(rows [][]string) [][]string {
	hdr, cols := plan.FindHeader(rows, plan.ColumnNo, plan.ColumnReq)
	if hdr < 0 {
		return rows
	}
	no, req, task := cols[plan.ColumnNo], cols[plan.ColumnReq], -1
	if c, ok := cols[plan.ColumnTask]; ok {
		task = c
	}
	out := make([][]string, len(rows))
	for r, row := range rows {
		out[r] = row
		if r <= hdr || no >= len(row) || req >= len(row) {
			continue
		}
		n := strings.TrimSpace(row[no])
		text := strings.TrimSpace(row[req])
		switch {
		case numberOnly.MatchString(n) && text != "" && !startsWithDigit(text):
			cp := append([]string(nil), row...)
			cp[req] = strings.TrimRight(n, ".．、") + "." + text
			out[r] = cp
		case plan.IsSectionHeading(n) && task >= 0 && task < len(row) && strings.TrimSpace(row[task]) == "":
			// A section row merged across the table keeps its text in the
			// first column, the 序号 one.
			cp := append([]string(nil), row...)
			cp[task] = n
			out[r] = cp
		}
	}
	return out
}

func startsWithDigit(s string) bool {
	r := []rune(s)
	return len(r) > 0 && (r[0] >= '0' && r[0] <= '9' || r[0] >= '０' && r[0] <= '９')
}

// joinNumberLines joins a line holding only a task number to the
// requirement after it: a 序号 cell read as text from a .doc. When the
// 工作任务 cell sits between them, it goes first.
func joinNumberLines(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		if numberOnly.MatchString(lines[i]) && i+2 < len(lines) && plan.IsSubsectionHeading(lines[i+1]) && !startsWithDigit(lines[i+2]) {
			out = append(out, lines[i+1], strings.TrimRight(lines[i], ".．、")+"."+lines[i+2])
			i += 2
			continue
		}
		if numberOnly.MatchString(lines[i]) && i+1 < len(lines) && !startsWithDigit(lines[i+1]) {
			out = append(out, strings.TrimRight(lines[i], ".．、")+"."+lines[i+1])
			i++
			continue
		}
		out = append(out, lines[i])
	}
	return out
}

// unitsInBrackets finds tasks written with their units in brackets at the
// end of the requirement ("…公开。（县府办牵头，各镇（场）政府负责）") and
// moves them to the task's units text. Tasks that already have units text
// are left alone.
func unitsInBrackets(p *plan.Plan) {
	for i := range p.Tasks {
		t := &p.Tasks[i]
		if strings.TrimSpace(t.UnitsText) != "" {
			continue
		}
		if text, units, ok := trailingUnits(t.Text); ok {
			t.Text, t.UnitsText = text, units
		}
	}
}

var unitLabel = regexp.MustCompile(`^(责任单位|牵头单位|牵头落实单位|落实单位|承办单位)[：:]\s*`)

// trailingUnits splits off a bracketed group closing the text when it names
// units: the brackets may nest (各镇（场）政府).
func trailingUnits(text string) (string, string, bool) {
	r := []rune(strings.TrimSpace(text))
	if len(r) < 2 || (r[len(r)-1] != '）' && r[len(r)-1] != ')') {
		return text, "", false
	}
	depth := 0
	for i := len(r) - 1; i >= 0; i-- {
		switch r[i] {
		case '）', ')':
			depth++
		case '（', '(':
			depth--
		}
		if depth == 0 {
			inner := strings.TrimSpace(unitLabel.ReplaceAllString(string(r[i+1:len(r)-1]), ""))
			if i == 0 || !namesUnits(inner) {
				return text, "", false
			}
			return strings.TrimSpace(string(r[:i])), inner, true
		}
	}
	return text, "", false
}

func namesUnits(s string) bool {
	for _, w := range []string{"牵头", "负责", "配合", "县", "局", "办", "镇", "部门", "单位"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
