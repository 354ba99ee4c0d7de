package planword

import (
	"strings"

	"taizhang/app/docx"
	"taizhang/app/msdoc"
	"taizhang/app/plan"
)

// markDraft records that a plan is a draft when its document carries the
// draft mark (（征求意见稿）) on a line of its own before the first section,
// as the seed does; the readers drop that line from the plan.
func markDraft(p *plan.Plan, data []byte) {
	if p.Stage != "" {
		return
	}
	var lines []string
	if docx.IsOLE(data) {
		text, err := msdoc.Text(data)
		if err != nil {
			return
		}
		lines = strings.Split(text, "\n")
	} else {
		f, err := docx.Read(data)
		if err != nil {
			return
		}
		for _, para := range f.Paragraphs() {
			lines = append(lines, para.Label+para.Text)
		}
	}
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if plan.IsSectionHeading(t) {
			return
		}
		if isDraftMark(t) {
			p.Stage = plan.StageDraft
			return
		}
	}
}
