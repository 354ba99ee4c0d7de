package reply

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"taizhang/app/feedback"
	"taizhang/app/plan"
)

// fill finds the unit and the comments of a document.
func (r *Result) fill(d *document, ctx Context) error {
	base := "《" + r.Name + "》"
	if r.Unit = r.findUnit(d, ctx); r.Unit == "" {
		return errors.New(base + "看不出是哪个单位的反馈：请把单位名称写进文件名，或导入时指定单位。")
	}
	if d.id != nil && d.id[KeyPlan] != "" && d.id[KeyPlan] != ctx.Plan.ID {
		r.Notes = append(r.Notes, "这份反馈表是为另一版方案生成的，已按当前征求意见稿的序号读取")
	}
	if msg := notAReply(d); msg != "" {
		return errors.New(base + msg)
	}
	m := newMatcher(ctx.Plan)
	found := false
	for _, g := range d.grids {
		if t, ok := findTable(g); ok {
			found = true
			r.Form = "表格"
			if d.id != nil {
				r.Form = "反馈表"
			}
			r.readTable(g, t, m, ctx)
		}
	}
	lines := d.lines
	if !found {
		for _, g := range d.grids { // a one-line reply typed into a cell
			for _, row := range g {
				lines = append(lines, strings.Join(row, " "))
			}
		}
	}
	r.readOther(d.grids, ctx)
	if !found || d.kind == "docx" {
		r.readLetter(lines, m, ctx, found)
	}
	if len(r.Comments) == 0 {
		if found {
			return errors.New(base + "中的反馈表没有填写任何意见：如无意见，请让该单位在“其他意见”中填写“无意见”后重新发送。")
		}
		return errors.New(base + "中找不到对分工方案的意见（既没有带“意见”列的表格，也没有意见文字）：请核对是否选错了文件。")
	}
	return nil
}

// findUnit: the clerk's word, the form's identification, a 单位 line, the
// file name, the letter's signature, in that order.
func (r *Result) findUnit(d *document, ctx Context) string {
	dir := ctx.Dir
	resolve := func(s string) string {
		if s = strings.TrimSpace(s); s == "" {
			return ""
		}
		if c, coll, ok := dir.Resolve(s); ok && !coll {
			return c
		}
		return dir.FindIn(s)
	}
	if u := resolve(ctx.Unit); u != "" {
		return u
	}
	if d.id != nil {
		if u := resolve(d.id[KeyUnit]); u != "" {
			return u
		}
	}
	for _, l := range d.allLines() {
		if m := unitLineRe.FindStringSubmatch(plan.CleanName(l)); m != nil {
			if u := resolve(strings.TrimPrefix(m[1], "（盖章）")); u != "" {
				return u
			}
		}
	}
	if u := dir.FindIn(strings.TrimSuffix(r.Name, filepath.Ext(r.Name))); u != "" {
		return u
	}
	lines := nonEmpty(d.allLines())
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-4; i-- { // the signature
		if l := plan.CleanName(lines[i]); len([]rune(l)) <= 24 && !strings.HasSuffix(l, "：") {
			if u := dir.FindIn(l); u != "" {
				return u
			}
		}
	}
	for _, l := range lines {
		if l = plan.CleanName(l); !strings.HasSuffix(l, "：") && !strings.HasSuffix(l, ":") {
			return dir.FindIn(l)
		}
	}
	return ""
}

var unitLineRe = regexp.MustCompile(`(?:反馈单位|填报单位|报送单位|单位名称|意见单位)(?:（盖章）)?[:：]([^:：]+?)(?:联系人|填报人|联系电话|电话|日期|$)`)

func (d *document) allLines() []string {
	out := append([]string{}, d.lines...)
	for _, g := range d.grids {
		for _, row := range g {
			out = append(out, strings.Join(row, ""))
		}
	}
	return out
}

func nonEmpty(lines []string) []string {
	var out []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// add records one comment, classified and with what accepting it would do.
func (r *Result) add(task int, opinion, suggestion string, ctx Context) {
	opinion, suggestion = strings.TrimSpace(opinion), strings.TrimSpace(suggestion)
	kind := feedback.Classify(opinion, suggestion, feedback.NamedUnits(opinion+"。"+suggestion, ctx.Dir, r.Unit))
	if kind == "" {
		return
	}
	text := opinion
	switch {
	case opinion == "":
		text = suggestion
	case suggestion != "":
		text = opinion + "：" + suggestion
	}
	if task == 0 && kind == feedback.KindAgree {
		kind = feedback.KindNone // agreeing to the whole plan is having no comment
	}
	c := feedback.Comment{Unit: r.Unit, Task: task, Kind: kind, Text: text, File: r.Name}
	feedback.Propose(&c, ctx.Plan.Task(task), ctx.Dir, suggestion)
	r.Comments = append(r.Comments, c)
}

func (r *Result) note(format string, args ...any) {
	r.Notes = append(r.Notes, fmt.Sprintf(format, args...))
}

// notAReply says why a document that is something else the office handles
// is not a reply: a unit's 落实情况表, or the plan itself. Read as a letter
// they would give a comment per task. "" for anything else.
func notAReply(d *document) string {
	for _, g := range d.grids {
		if _, ok := findTable(g); ok {
			return ""
		}
		for _, row := range g {
			switch {
			case plan.IsHeader(row, plan.ColumnText) || plan.IsHeader(row, plan.ColumnStatus):
				return "是落实情况表，不是对分工方案的反馈意见：落实情况表请在“导入”中导入。"
			case plan.IsHeader(row, plan.ColumnReq, plan.ColumnUnits):
				return "是分工方案本身，不是反馈意见：请选择各单位发回的反馈表或复函。"
			}
		}
	}
	headings := 0
	for _, l := range d.lines {
		if plan.IsSubsectionHeading(strings.TrimSpace(l)) {
			headings++
		}
	}
	if headings >= 3 {
		return "是分工方案本身，不是反馈意见：请选择各单位发回的反馈表或复函。"
	}
	return ""
}
