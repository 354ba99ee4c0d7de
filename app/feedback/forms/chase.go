package forms

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"taizhang/app/docx"
	"taizhang/app/feedback"
	"taizhang/app/gongwen"
	"taizhang/app/plan"
)

// Chase is what the office sends the units that have not replied: the
// list as a sheet, or a notice.
type Chase struct {
	PlanTitle      string // the draft's title
	Units          []feedback.Unreplied
	Office         string // the sender, e.g. 翁源县人民政府办公室
	Contact, Phone string // the office's contact, when known
	Date           time.Time
}

// draftName is the plan as the units know it: with its draft mark.
func (c *Chase) draftName() string {
	if strings.Contains(c.PlanTitle, "征求意见稿") {
		return c.PlanTitle
	}
	return c.PlanTitle + "（征求意见稿）"
}

// NoticeTitle is the notice's title, the plan named without its county
// and draft mark so that the title keeps to two lines:
// 关于尽快反馈2018年政务公开工作要点分工方案修改意见的通知.
func (c *Chase) NoticeTitle() string {
	t := plan.IssuedTitle(c.PlanTitle)
	return "关于尽快反馈" + strings.TrimPrefix(t, plan.County(t)) + "修改意见的通知"
}

// SaveList writes the units not replied as a print-ready sheet.
func (c *Chase) SaveList(path string) error {
	b := newBook("未反馈单位", []float64{6, 30, 12, 14, 18})
	b.span(1, 5, 1, "《"+c.draftName()+"》未反馈意见单位", b.title)
	b.check(b.f.SetRowHeight(b.sheet, 1, 30))
	b.span(1, 5, 2, fmt.Sprintf("统计日期：%s　共%d个单位", plan.ChineseDate(c.Date), len(c.Units)), b.info)
	for i, h := range []string{"序号", "单位", "涉及任务", "联系人", "联系电话"} {
		b.set(i+1, 3, h, b.head)
	}
	for i, u := range c.Units {
		r := i + 4
		b.set(1, r, strconv.Itoa(i+1), b.center)
		b.set(2, r, u.Unit, b.body)
		b.set(3, r, strconv.Itoa(u.Tasks)+"项", b.center)
		b.set(4, r, u.Contact, b.center)
		b.set(5, r, u.Phone, b.center)
		b.fit(r, map[int]string{2: u.Unit}, 1)
	}
	b.landscape(3)
	return b.save(path)
}

// SaveNotice writes the notice in the 公文 layout.
func (c *Chase) SaveNotice(path string) error {
	d := c.noticeDoc()
	return saveAtomic(path, func(f *os.File) error { return docx.Write(f, d) })
}

// noticeDoc is the notice; its last lines, sender and date are kept on one
// page (GB/T 9704 never leaves the 落款 alone).
func (c *Chase) noticeDoc() *docx.Document {
	d := portraitDoc(c.NoticeTitle())
	names := make([]string, len(c.Units))
	for i, u := range c.Units {
		names[i] = u.Unit
	}
	contact, phone := c.Contact, c.Phone
	if contact == "" {
		contact = "　　　　"
	}
	if phone == "" {
		phone = "　　　　　　"
	}
	body := func(s string) docx.Paragraph { return docx.Text(gongwen.StyleBody, s) }
	d.Body = append(d.Body,
		docx.Paragraph{Style: gongwen.StyleBody, Align: "center", Runs: []docx.Run{{Text: fmt.Sprintf("××〔%d〕××号", c.Date.Year())}}},
		body(""),
		docx.Text(gongwen.StyleTitle, c.NoticeTitle()),
		body(""),
		docx.Paragraph{Style: gongwen.StyleBody, NoIndent: true, Runs: []docx.Run{{Text: "各有关单位："}}},
		body(fmt.Sprintf("《%s》已送各单位征求意见。截至%s，仍有以下%d个单位未反馈意见：%s。",
			c.draftName(), plan.ChineseDate(c.Date), len(c.Units), strings.Join(names, "、\u200b"))),
		body("请上述单位于接到本通知后3个工作日内，按征求意见反馈表反馈意见并加盖公章；如无修改意见，请填写“无意见”并盖章反馈。逾期未反馈的，视为无意见。"),
		keepNext(body("联系人："+contact+"，联系电话："+phone+"。")),
		keepNext(body("")),
	)
	if c.Office != "" {
		d.Body = append(d.Body, docx.Paragraph{Style: gongwen.StyleBody, Align: "right", RightChars: 400, KeepNext: true, Runs: []docx.Run{{Text: c.Office}}})
	}
	d.Body = append(d.Body, docx.Paragraph{Style: gongwen.StyleBody, Align: "right", RightChars: 400, Runs: []docx.Run{{Text: plan.ChineseDate(c.Date)}}})
	return d
}

func keepNext(p docx.Paragraph) docx.Paragraph {
	p.KeepNext = true
	return p
}
