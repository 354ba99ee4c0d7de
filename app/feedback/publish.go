package feedback

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"taizhang/app/plan"
)

// ErrNotDraft: only a draft is issued.
var ErrNotDraft = errors.New("当前方案已是正式印发的版本")

// Publish makes the issued version of a draft: a copy with every accepted
// comment applied to its task, in the order the comments arrived, the
// draft mark taken off the title and a version id of its own. The draft is
// left as it was. notes lists accepted comments that need a hand edit.
func Publish(draft *plan.Plan, d *plan.Directory, comments []Comment) (*plan.Plan, []string, error) {
	if !draft.IsDraft() {
		return nil, nil, ErrNotDraft
	}
	p := clonePlan(draft)
	p.Title = plan.IssuedTitle(draft.Title)
	p.Stage = plan.StagePublished
	p.Version = draft.VersionNo() + 1
	p.Base = draft.ID
	p.ID = VersionID(draft.ID, p.Version)
	var notes []string
	for i := range comments {
		c := &comments[i]
		t := p.Task(c.Task)
		if !c.Accepted() || t == nil {
			continue
		}
		var manual string
		t.Text, t.UnitsText, manual = Apply(t.Text, t.UnitsText, c, d)
		if manual != "" {
			notes = append(notes, fmt.Sprintf("第%d项：%s", t.No, manual))
		}
	}
	return p, notes, nil
}

// VersionID is the id of a plan's version n: the first version's id with
// "-v2", "-v3" … after it.
func VersionID(id string, n int) string {
	if i := strings.LastIndex(id, "-v"); i > 0 {
		id = id[:i]
	}
	return fmt.Sprintf("%s-v%d", id, n)
}

func clonePlan(src *plan.Plan) *plan.Plan {
	p := *src
	p.Tasks = slices.Clone(src.Tasks)
	p.Sections = make([]plan.Section, len(src.Sections))
	for i, s := range src.Sections {
		p.Sections[i] = plan.Section{Title: s.Title, Subsections: slices.Clone(s.Subsections)}
	}
	p.Periods = slices.Clone(src.Periods)
	if src.Due != nil {
		p.Due = make(map[string]string, len(src.Due))
		for k, v := range src.Due {
			p.Due[k] = v
		}
	}
	return &p
}

// TaskDiff is how one task differs between two versions.
type TaskDiff struct {
	No       int      `json:"no"`
	Change   string   `json:"change"` // 新增, 删除 or 修改
	OldText  string   `json:"old_text,omitempty"`
	NewText  string   `json:"new_text,omitempty"`
	OldUnits string   `json:"old_units,omitempty"`
	NewUnits string   `json:"new_units,omitempty"`
	Gained   []string `json:"gained,omitempty"`
	Lost     []string `json:"lost,omitempty"`
}

// Kinds of task difference.
const (
	DiffAdded   = "新增"
	DiffRemoved = "删除"
	DiffChanged = "修改"
)

// Diff compares two versions task by task (by number): tasks added,
// removed, and those whose requirement or units changed, with the units
// that gain or lose them.
func Diff(a, b *plan.Plan, d *plan.Directory) []TaskDiff {
	var out []TaskDiff
	for _, t := range a.Tasks {
		nt := b.Task(t.No)
		if nt == nil {
			out = append(out, TaskDiff{No: t.No, Change: DiffRemoved, OldText: t.Text, OldUnits: t.UnitsText, Lost: d.Owers(t.UnitsText, true)})
			continue
		}
		if plan.CleanName(nt.Text) == plan.CleanName(t.Text) && plan.CleanName(nt.UnitsText) == plan.CleanName(t.UnitsText) {
			continue
		}
		td := TaskDiff{No: t.No, Change: DiffChanged, OldText: t.Text, NewText: nt.Text, OldUnits: t.UnitsText, NewUnits: nt.UnitsText}
		td.Gained, td.Lost = UnitsDiff(d.Owers(t.UnitsText, true), d.Owers(nt.UnitsText, true))
		out = append(out, td)
	}
	for _, t := range b.Tasks {
		if a.Task(t.No) == nil {
			out = append(out, TaskDiff{No: t.No, Change: DiffAdded, NewText: t.Text, NewUnits: t.UnitsText, Gained: d.Owers(t.UnitsText, true)})
		}
	}
	slices.SortStableFunc(out, func(x, y TaskDiff) int { return x.No - y.No })
	return out
}

// Lines is the diff as text, one block per task, for the command line and
// the window.
func Lines(diffs []TaskDiff) []string {
	var out []string
	for _, td := range diffs {
		head := fmt.Sprintf("第%d项 %s", td.No, td.Change)
		switch td.Change {
		case DiffAdded:
			out = append(out, head+"："+td.NewText+"（"+td.NewUnits+"）")
		case DiffRemoved:
			out = append(out, head+"："+td.OldText+"（"+td.OldUnits+"）")
		default:
			out = append(out, head)
			if td.OldText != td.NewText {
				out = append(out, "  具体要求 原："+td.OldText, "  具体要求 新："+td.NewText)
			}
			if td.OldUnits != td.NewUnits {
				out = append(out, "  牵头落实单位 原："+td.OldUnits, "  牵头落实单位 新："+td.NewUnits)
			}
		}
		if len(td.Gained) > 0 {
			out = append(out, "  增加："+strings.Join(td.Gained, "、"))
		}
		if len(td.Lost) > 0 {
			out = append(out, "  减少："+strings.Join(td.Lost, "、"))
		}
	}
	return out
}
