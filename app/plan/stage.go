package plan

import "strings"

// A plan's stage: the draft sent round for comments, or the plan as issued.
const (
	StageDraft     = "征求意见稿"
	StagePublished = "正式印发"
)

// draftWord marks a draft in a plan's title or on the line below it.
const draftWord = "征求意见稿"

// StageName is the plan's stage. A plan stored before stages were kept
// has none: its title decides, and a title without the draft mark is the
// issued plan.
func (p *Plan) StageName() string {
	switch {
	case p.Stage != "":
		return p.Stage
	case strings.Contains(p.Title, draftWord):
		return StageDraft
	}
	return StagePublished
}

// IsDraft reports whether the plan is still the draft sent for comments.
func (p *Plan) IsDraft() bool { return p.StageName() == StageDraft }

// VersionNo is the plan's version, counting the first as 1.
func (p *Plan) VersionNo() int { return max(p.Version, 1) }

// IssuedTitle is the title without its draft mark, as the issued plan
// carries it: 翁源县…分工方案（征求意见稿） → 翁源县…分工方案.
func IssuedTitle(title string) string {
	for _, mark := range []string{"（" + draftWord + "）", "(" + draftWord + ")", draftWord} {
		title = strings.ReplaceAll(title, mark, "")
	}
	return strings.TrimSpace(title)
}

// markStage records the stage a document's draft mark (（征求意见稿）)
// says; any other bracketed 稿 (送审稿) is a draft too.
func (b *builder) markStage(line string) {
	if isDraftMark(line) {
		b.plan.Stage = StageDraft
	}
}
