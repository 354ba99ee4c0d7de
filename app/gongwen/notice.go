package gongwen

import (
	"fmt"
	"strings"
	"time"

	"taizhang/app/docx"
	"taizhang/app/plan"
)

// Owing is one unit of the 催报 list: what it still owes for the period.
type Owing struct {
	Unit    string
	Missing string // the missing task numbers as ranges, e.g. 2–8、10
	Count   int    // how many are missing
	Owed    int    // how many it owes in all; Count == Owed: nothing sent
	Overdue int    // days past the due date, 0 when not yet due
	Contact string
	Phone   string
}

// NoticeInput is what the 催办通知 is written from.
type NoticeInput struct {
	PlanTitle string // 翁源县2018年政务公开工作要点分工方案
	Period    string // 2018年度
	Due       time.Time
	Units     []Owing
	Office    string // the sender, e.g. 翁源县人民政府办公室
	// Issuer is the sender's name in the directory (县府办): a notice
	// never chases the office that sends it.
	Issuer  string
	Contact string // the office's contact person and phone, when known
	Phone   string
	Date    time.Time // the notice's date
}

// NoticeTitle is 关于报送…落实情况的催办通知, the plan named without its
// county and its 分工方案 ending: 关于报送2018年政务公开工作要点落实情况的催办通知.
func NoticeTitle(planTitle string) string {
	subject := strings.TrimPrefix(planTitle, plan.County(planTitle))
	subject = strings.TrimSuffix(strings.TrimSuffix(subject, "分工方案"), "的")
	return "关于报送" + subject + "落实情况的催办通知"
}

// Notice writes the one-page 催办通知: a 文号 placeholder, the title, the
// units that still owe returns and what each owes, the deadline, the
// office's contact and the sender and date. When the list of units would
// push the notice past one page, it goes into an attachment (附件) after
// the notice, as official documents carry long lists.
func Notice(in NoticeInput) *docx.Document {
	in.Units = withoutIssuer(in)
	title := NoticeTitle(in.PlanTitle)
	d := newDocument(title)
	d.Body = append(d.Body,
		docx.Paragraph{Style: StyleBody, Align: "center", Runs: []docx.Run{{Text: fmt.Sprintf("××〔%d〕××号", in.Date.Year())}}},
		blank(),
		titleParagraph(title),
		blank(),
		// The addressees start at the margin (顶格).
		docx.Paragraph{Style: StyleBody, NoIndent: true, Runs: []docx.Run{{Text: "各有关单位："}}},
	)
	lines := owingLines(in.Units)
	inline := listLines(lines) <= inlineBudget
	opening := noticeOpening(in)
	who := "上述单位"
	if inline {
		opening += "现将有关情况通知如下："
	} else {
		opening += "各单位所缺事项见附件。"
		who = "附件所列单位"
	}
	d.Body = append(d.Body, docx.Text(StyleBody, opening))
	if inline {
		d.Body = append(d.Body, numbered(lines)...)
	}
	d.Body = append(d.Body, docx.Text(StyleBody, "请"+who+"高度重视，于接到本通知后3个工作日内按模板报送落实情况表；逾期仍未报送的，将按有关规定予以通报。"))
	d.Body = append(d.Body, docx.Text(StyleBody, contactLine(in)))
	if !inline {
		d.Body = append(d.Body, blank(), docx.Text(StyleBody, "附件："+attachmentTitle))
	}
	d.Body = closing(d.Body, in.Office, in.Date)
	if !inline {
		d.Body = append(d.Body,
			docx.Paragraph{Style: StyleHeading1, NoIndent: true, PageBreakBefore: true, Runs: []docx.Run{{Text: "附件"}}},
			blank(),
			titleParagraph(attachmentTitle),
			blank(),
			docx.Paragraph{Table: attachmentTable(in.Units)})
	}
	return d
}

// withoutIssuer drops the sending office from the list of units chased.
func withoutIssuer(in NoticeInput) []Owing {
	var out []Owing
	for _, u := range in.Units {
		if u.Count == 0 || (u.Unit != "" && (u.Unit == in.Issuer || u.Unit == in.Office)) {
			continue
		}
		out = append(out, u)
	}
	return out
}

const attachmentTitle = "未报送或未报齐落实情况的单位及所缺事项"

// inlineBudget is how many lines of 28 characters the unit list may take
// in the notice itself: the rest of the page holds the title, the opening,
// the request, the contact and the signature.
const inlineBudget = 6

// listLines estimates the lines the numbered list takes: 28 full-width
// characters fit a line, digits and Latin letters half as wide; 26 are
// counted, as lines break early where names may not be split.
func listLines(lines []string) int {
	n := 0
	for _, l := range lines {
		halves := 4 // the item number
		for _, r := range l {
			if r < 0x80 {
				halves++
			} else {
				halves += 2
			}
		}
		n += (halves + 51) / 52
	}
	return n
}

// numbered numbers the list items. A zero-width space after each 、 lets a
// long run of task numbers break at the comma; LibreOffice otherwise keeps
// "10、15、16…" together and stretches the line before it.
func numbered(lines []string) []docx.Paragraph {
	var out []docx.Paragraph
	for i, l := range lines {
		out = append(out, docx.Text(StyleBody, fmt.Sprintf("%d．%s", i+1, strings.ReplaceAll(l, "、", "、\u200b"))))
	}
	return out
}

func noticeOpening(in NoticeInput) string {
	due := ""
	if !in.Due.IsZero() {
		due = "于" + plan.ChineseDate(in.Due) + "前"
	}
	return fmt.Sprintf("根据《%s》要求，各单位应%s报送%s落实情况。截至%s，仍有%d个单位未报送或未报齐。",
		in.PlanTitle, due, in.Period, plan.ChineseDate(in.Date), len(withoutIssuer(in)))
}

// owingLines is one line per unit that sent part of what it owes, and one
// line for all the units that sent nothing, so the notice stays on a page.
func owingLines(units []Owing) []string {
	var none []string
	var lines []string
	overdue := 0
	for _, u := range units {
		if u.Count == 0 {
			continue
		}
		if u.Owed > 0 && u.Count == u.Owed {
			none = append(none, u.Unit)
			overdue = max(overdue, u.Overdue)
			continue
		}
		line := fmt.Sprintf("%s：尚缺第%s项，共%d项", u.Unit, u.Missing, u.Count)
		if u.Overdue > 0 {
			line += fmt.Sprintf("，已逾期%d天", u.Overdue)
		}
		lines = append(lines, line+"。")
	}
	if len(none) > 0 {
		line := fmt.Sprintf("%s（共%d个单位）：应报事项均未报送", strings.Join(none, "、"), len(none))
		if overdue > 0 {
			line += fmt.Sprintf("，已逾期%d天", overdue)
		}
		lines = append([]string{line + "。"}, lines...)
	}
	return lines
}

func contactLine(in NoticeInput) string {
	contact, phone := in.Contact, in.Phone
	if contact == "" {
		contact = "　　　　"
	}
	if phone == "" {
		phone = "　　　　　　"
	}
	return "联系人：" + contact + "，联系电话：" + phone + "。"
}
