package reply

import (
	"regexp"
	"strings"

	"taizhang/app/plan"
)

// table is where a comment table's columns are; -1 when absent.
type table struct {
	header                   int
	no, req, opinion, advice int
}

// findTable looks for a header with an 意见 column and a 序号 or 具体要求
// column.
func findTable(g [][]string) (table, bool) {
	for r, row := range g {
		t := table{header: r, no: -1, req: -1, opinion: -1, advice: -1}
		for c, v := range row {
			h := plan.HeaderName(v)
			switch {
			case h == "":
			case t.no < 0 && (strings.Contains(h, "序号") || h == "编号" || h == "条目" || h == "序"):
				t.no = c
			case t.req < 0 && (strings.Contains(h, "具体要求") || strings.Contains(h, "工作要求") || strings.Contains(h, "任务内容")):
				t.req = c
			case strings.HasPrefix(h, "其他意见"):
			case t.opinion < 0 && strings.Contains(h, "意见") && !strings.Contains(h, "建议"):
				t.opinion = c
			case t.advice < 0 && (strings.Contains(h, "建议") || strings.Contains(h, "意见") || strings.Contains(h, "理由")):
				t.advice = c
			}
		}
		if t.opinion < 0 && t.advice >= 0 {
			t.opinion, t.advice = t.advice, -1
		}
		if t.opinion >= 0 && (t.no >= 0 || t.req >= 0) {
			return t, true
		}
	}
	return table{}, false
}

func cellAt(row []string, c int) string {
	if c < 0 || c >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[c])
}

// readTable reads the rows below the header: each row with an opinion or a
// suggestion is one comment on the task its number or text names.
func (r *Result) readTable(g [][]string, t table, m *matcher, ctx Context) {
	for i := t.header + 1; i < len(g); i++ {
		row := g[i]
		op, adv := cellAt(row, t.opinion), cellAt(row, t.advice)
		if isOtherLabel(row) || (op == "" && adv == "") || isInstruction(op+adv) {
			continue
		}
		task := 0
		if n, ok := plan.ParseTaskNo(cellAt(row, t.no)); ok && ctx.Plan.Task(n) != nil {
			task = n
		} else if n := m.byText(cellAt(row, t.req)); n > 0 {
			task = n
			if cellAt(row, t.no) != "" {
				r.note("第%d行的序号“%s”与方案不符，按具体要求对应到第%d项", i+1, cellAt(row, t.no), n)
			}
		} else if cellAt(row, t.no)+cellAt(row, t.req) != "" {
			r.note("第%d行对应不到方案中的任务，按全文意见记录", i+1)
		}
		r.add(task, op, adv, ctx)
	}
}

// isOtherLabel reports whether a row is the 其他意见 box.
func isOtherLabel(row []string) bool {
	for _, v := range row {
		if v = plan.CleanName(v); v != "" {
			return strings.HasPrefix(v, "其他意见")
		}
	}
	return false
}

// isInstruction reports whether text is the form's own instruction, not
// the unit's words.
func isInstruction(s string) bool {
	s = plan.CleanName(s)
	return strings.HasPrefix(s, "如无") || strings.Contains(s, "请填写") || strings.Contains(s, "请从下拉")
}

var otherLabelRe = regexp.MustCompile(`^其他意见(?:[（(][^）)]*[）)])?[:：]?`)

// readOther reads the 其他意见 box: the text beside or after its label.
func (r *Result) readOther(grids [][][]string, ctx Context) {
	for _, g := range grids {
		for _, row := range g {
			if !isOtherLabel(row) {
				continue
			}
			var parts []string
			for _, v := range row {
				v = strings.TrimSpace(v)
				if v == "" || (len(parts) > 0 && v == parts[len(parts)-1]) {
					continue // a merged box repeats its text
				}
				parts = append(parts, v)
			}
			text := strings.Join(parts, " ")
			text = strings.TrimSpace(otherLabelRe.ReplaceAllString(plan.CleanName(text), ""))
			if text != "" && !isInstruction(text) {
				r.add(0, text, "", ctx)
			}
		}
	}
}
