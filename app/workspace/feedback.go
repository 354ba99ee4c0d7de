package workspace

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"taizhang/app/feedback"
	"taizhang/app/feedback/forms"
	"taizhang/app/feedback/reply"
	"taizhang/app/plan"
	"taizhang/internal/atomicfile"
	"taizhang/storage"
)

// ErrNoDraft means neither the current plan nor the version it was issued
// from is a draft, so there is no round of comments.
var ErrNoDraft = errors.New("当前方案不是征求意见稿，也不是由征求意见稿印发的：没有征求意见可以处理")

// Round is the draft the comments are about: the current plan while it is
// a draft, or the draft the current plan was issued from.
func (w *Workspace) Round() (*plan.Plan, *plan.Directory, error) {
	p, d := w.current()
	for p.Base != "" && !p.IsDraft() {
		base, _, err := w.store.Plan(p.Base)
		if err != nil {
			return nil, nil, fmt.Errorf("找不到印发前的方案版本：%w", err)
		}
		p = base
	}
	if !p.IsDraft() {
		return nil, nil, ErrNoDraft
	}
	return p, d, nil
}

// FeedbackForm is one unit's 征求意见反馈表, its contact filled in.
func (w *Workspace) FeedbackForm(unit string) (*forms.Form, error) {
	p, d, err := w.Round()
	if err != nil {
		return nil, err
	}
	contacts, err := w.store.Contacts()
	if err != nil {
		return nil, err
	}
	name := d.Canonical(unit)
	return forms.NewForm(p, d, name, contacts[name])
}

// SaveFeedbackForms writes a form for every unit the draft names into dir,
// as ext (.xlsx or .docx), and returns the paths written.
func (w *Workspace) SaveFeedbackForms(dir, ext string) ([]string, error) {
	p, d, err := w.Round()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("无法创建文件夹“%s”：%w", dir, err)
	}
	var paths []string
	for _, u := range feedback.FormUnits(p, d) {
		f, err := w.FeedbackForm(u)
		if err != nil {
			return paths, err
		}
		path := filepath.Join(dir, forms.FileName(u, ext))
		if err := f.Save(path); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// ReadReplies reads units' replies to the draft; unit, when set, is the
// unit of every file. Cancelling ctx stops before the next file.
func (w *Workspace) ReadReplies(ctx context.Context, paths []string, unit string) ([]*reply.Result, error) {
	p, d, err := w.Round()
	if err != nil {
		return nil, err
	}
	rc := reply.Context{Plan: p, Dir: d, Unit: unit}
	var out []*reply.Result
	for _, path := range paths {
		if ctx.Err() != nil {
			break
		}
		out = append(out, reply.ReadFile(path, rc))
	}
	return out, nil
}

func replies(results []*reply.Result) []storage.Reply {
	var out []storage.Reply
	for _, r := range results {
		if r != nil && r.Err == nil {
			out = append(out, storage.Reply{Name: r.Name, Hash: r.Hash, Unit: r.Unit, Comments: r.Comments})
		}
	}
	return out
}

// PreviewReplies says what importing the readable replies would do.
func (w *Workspace) PreviewReplies(results []*reply.Result) ([]storage.ReplyOutcome, error) {
	p, _, err := w.Round()
	if err != nil {
		return nil, err
	}
	return w.store.PreviewReplies(p.ID, replies(results))
}

// ImportReplies stores the readable replies as one import, after an
// automatic backup; refused files are left out.
func (w *Workspace) ImportReplies(results []*reply.Result) ([]storage.ReplyOutcome, storage.FeedbackImport, error) {
	p, _, err := w.Round()
	if err != nil {
		return nil, storage.FeedbackImport{}, err
	}
	rs := replies(results)
	if len(rs) == 0 {
		return nil, storage.FeedbackImport{}, nil
	}
	if _, err := w.Backup(); err != nil {
		return nil, storage.FeedbackImport{}, err
	}
	return w.store.AddReplies(p.ID, rs, time.Now())
}

// UndoReplies takes back the last import of replies.
func (w *Workspace) UndoReplies() (storage.FeedbackImport, error) {
	p, _, err := w.Round()
	if err != nil {
		return storage.FeedbackImport{}, err
	}
	return w.store.UndoReplies(p.ID)
}

// Comments lists the comments on the draft in the order they arrived.
func (w *Workspace) Comments() ([]feedback.Comment, error) {
	p, _, err := w.Round()
	if err != nil {
		return nil, err
	}
	return w.store.Comments(p.ID)
}

// Decision is the clerk's decision on a comment; Units and Text, when not
// nil, replace what accepting it writes into the task.
type Decision struct {
	Decision, Reason string
	Units, Text      *string
}

// Decide records the clerk's decision on comment id.
func (w *Workspace) Decide(id uint64, dec Decision) (feedback.Comment, error) {
	if err := feedback.CheckDecision(dec.Decision); err != nil {
		return feedback.Comment{}, err
	}
	p, _, err := w.Round()
	if err != nil {
		return feedback.Comment{}, err
	}
	if cur, _ := w.current(); cur.ID != p.ID {
		return feedback.Comment{}, errors.New("方案已正式印发，意见的处理不能再改：如需调整，请直接修改任务")
	}
	return w.store.EditComment(p.ID, id, func(c *feedback.Comment) error {
		c.Decision, c.Reason = dec.Decision, strings.TrimSpace(dec.Reason)
		if dec.Units != nil {
			c.Units = strings.TrimSpace(*dec.Units)
		}
		if dec.Text != nil {
			c.NewText = strings.TrimSpace(*dec.Text)
		}
		return nil
	})
}

// Effect is what accepting a comment does to its task in the draft.
func (w *Workspace) Effect(c *feedback.Comment) (feedback.Change, bool) {
	p, d, err := w.Round()
	if err != nil || c.Task == 0 || p.Task(c.Task) == nil {
		return feedback.Change{}, false
	}
	return feedback.Effect(p.Task(c.Task), c, d), true
}

// SilentUnit is a unit asked for comments that has not replied.
type SilentUnit = feedback.Unreplied

// Silent lists the units that have not replied, with their contacts.
func (w *Workspace) Silent() ([]SilentUnit, error) {
	p, d, err := w.Round()
	if err != nil {
		return nil, err
	}
	cs, err := w.store.Comments(p.ID)
	if err != nil {
		return nil, err
	}
	contacts, err := w.store.Contacts()
	if err != nil {
		return nil, err
	}
	out := []SilentUnit{}
	for _, u := range feedback.Silent(p, d, cs) {
		c := contacts[u]
		out = append(out, SilentUnit{Unit: u, Contact: c.Person, Phone: c.Phone, Tasks: len(feedback.FormRows(p, d, u))})
	}
	return out, nil
}

// SilentMessage is the text for the units' group, as 催报's is.
func SilentMessage(title string, units []SilentUnit) string {
	var b strings.Builder
	if !strings.Contains(title, "征求意见稿") {
		title += "（征求意见稿）"
	}
	what := "对《" + title + "》的修改意见"
	if len(units) == 0 {
		return "各单位均已反馈" + what + "，谢谢！\n"
	}
	fmt.Fprintf(&b, "请以下单位尽快反馈%s（如无修改意见，请填写“无意见”并盖章反馈）：\n", what)
	for i, u := range units {
		fmt.Fprintf(&b, "%d. %s（涉及%d项任务）", i+1, u.Unit, u.Tasks)
		if u.Contact != "" || u.Phone != "" {
			fmt.Fprintf(&b, "，联系人：%s %s", u.Contact, u.Phone)
		}
		b.WriteString("\n")
	}
	b.WriteString("已反馈的单位请忽略。\n")
	return b.String()
}

// Published is what publishing wrote.
type Published struct {
	Plan  *plan.Plan
	Notes []string // accepted comments the clerk must still write in by hand
	Diff  []feedback.TaskDiff
	// Undecided counts the comments asking for a change that were not
	// decided: they are not in the issued plan.
	Undecided int
}

// Publish issues the draft: a new version with the accepted comments,
// stored and made current (the draft and its returns stay), the plan
// written as .docx to planOut and the 采纳情况表 to tableOut (either may
// be ""). The files are written before the database, so a file that
// cannot be saved leaves the plan a draft.
func (w *Workspace) Publish(planOut, tableOut string) (*Published, error) {
	p, d := w.current()
	if !p.IsDraft() {
		return nil, fmt.Errorf("%w（《%s》）", feedback.ErrNotDraft, p.Title)
	}
	cs, err := w.store.Comments(p.ID)
	if err != nil {
		return nil, err
	}
	pub, notes, err := feedback.Publish(p, d, cs)
	if err != nil {
		return nil, err
	}
	if planOut != "" {
		if err := forms.SavePlan(planOut, pub); err != nil {
			return nil, err
		}
	}
	if tableOut != "" {
		if err := forms.SaveAdoption(tableOut, pub, len(feedback.FormUnits(p, d)), cs); err != nil {
			return nil, err
		}
	}
	if _, err := w.Backup(); err != nil {
		return nil, err
	}
	if err := w.store.AddPlan(pub, d); err != nil {
		return nil, err
	}
	out := &Published{Plan: pub, Notes: notes, Diff: feedback.Diff(p, pub, d)}
	for _, c := range cs {
		if c.Decision == "" && c.Kind != feedback.KindAgree && c.Kind != feedback.KindNone {
			out.Undecided++
		}
	}
	return out, w.reloadAndNotify(Change{Kind: PlanChanged})
}

// SaveAdoption writes the 采纳情况表 of the round as it stands.
func (w *Workspace) SaveAdoption(path string) error {
	p, d, err := w.Round()
	if err != nil {
		return err
	}
	cs, err := w.store.Comments(p.ID)
	if err != nil {
		return err
	}
	return forms.SaveAdoption(path, p, len(feedback.FormUnits(p, d)), cs)
}

// SavePlanDocument writes the current plan as a 分工方案 .docx.
func (w *Workspace) SavePlanDocument(path string) error {
	p, _ := w.current()
	return forms.SavePlan(path, p)
}

// FindPlan names a stored plan by its id, its title, its version number in
// the current plan's line (1, 2, v2) or its stage (征求意见稿, 正式印发).
func (w *Workspace) FindPlan(name string) (*plan.Plan, error) {
	cur, _ := w.current()
	list, err := w.store.Plans()
	if err != nil {
		return nil, err
	}
	family := map[string]*plan.Plan{}
	for _, info := range list {
		p, _, err := w.store.Plan(info.ID)
		if err != nil {
			return nil, err
		}
		if p.ID == name || p.Title == name {
			return p, nil
		}
		family[p.ID] = p
	}
	line := []*plan.Plan{cur} // the current plan and the versions before it
	for p := cur; p.Base != "" && family[p.Base] != nil; p = family[p.Base] {
		line = append(line, family[p.Base])
	}
	for _, p := range family { // and versions issued from it
		if p.Base == cur.ID {
			line = append(line, p)
		}
	}
	n, nerr := strconv.Atoi(strings.TrimPrefix(strings.ToLower(name), "v"))
	for _, p := range line {
		if (nerr == nil && p.VersionNo() == n) || p.StageName() == name {
			return p, nil
		}
	}
	return nil, fmt.Errorf("没有编号、名称、版本号或阶段为“%s”的方案：请用 plan list 查看", name)
}

// DiffPlans compares two stored versions.
func (w *Workspace) DiffPlans(a, b string) (*plan.Plan, *plan.Plan, []feedback.TaskDiff, error) {
	pa, err := w.FindPlan(a)
	if err != nil {
		return nil, nil, nil, err
	}
	pb, err := w.FindPlan(b)
	if err != nil {
		return nil, nil, nil, err
	}
	_, d := w.current()
	return pa, pb, feedback.Diff(pa, pb, d), nil
}

// SetStage marks the current plan as a draft or as issued, when the
// document it came from did not say.
func (w *Workspace) SetStage(stage string) error {
	if stage != plan.StageDraft && stage != plan.StagePublished {
		return fmt.Errorf("阶段只能是“%s”或“%s”", plan.StageDraft, plan.StagePublished)
	}
	p, _ := w.current()
	if err := w.store.UpdatePlan(p.ID, func(p *plan.Plan) error { p.Stage = stage; return nil }); err != nil {
		return err
	}
	return w.reloadAndNotify(Change{Kind: PlanChanged})
}

// SaveSilent writes what is sent to the units not yet replied, as path's
// extension says: the message as text (.txt, UTF-8 with a BOM, so Notepad
// on any Windows reads it), the list as a sheet (.xlsx) or the notice
// (.docx), dated today.
func (w *Workspace) SaveSilent(path string, today time.Time) error {
	p, _, err := w.Round()
	if err != nil {
		return err
	}
	units, err := w.Silent()
	if err != nil {
		return err
	}
	c := forms.Chase{PlanTitle: p.Title, Units: units, Office: w.officeName(), Date: today}
	if name, collective, ok := w.Dir.Resolve("县政府办公室"); ok && !collective {
		if contacts, err := w.store.Contacts(); err == nil {
			c.Contact, c.Phone = contacts[name].Person, contacts[name].Phone
		}
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return c.SaveList(path)
	case ".docx":
		return c.SaveNotice(path)
	case ".txt":
		text := "\ufeff" + strings.ReplaceAll(SilentMessage(p.Title, units), "\n", "\r\n")
		if err := atomicfile.WriteFile(path, []byte(text), 0o644); err != nil {
			return fmt.Errorf("无法保存《%s》：%w", filepath.Base(path), err)
		}
		return nil
	}
	return fmt.Errorf("未反馈名单只能导出为 .txt（催告文字）、.xlsx（名单）或 .docx（通知）：%s", filepath.Base(path))
}

// asIssuedVersion keeps an issued plan read back from its document off its
// draft: both have the same title, so the same id, and storing it would
// replace the draft. It takes the id of the version issued from the draft.
func (w *Workspace) asIssuedVersion(p *plan.Plan) {
	if p.IsDraft() {
		return
	}
	list, err := w.store.Plans()
	if err != nil {
		return
	}
	for _, info := range list {
		held, _, err := w.store.Plan(info.ID)
		if err == nil && held.Base == p.ID && !held.IsDraft() {
			p.ID, p.Version, p.Base = held.ID, held.Version, held.Base
			return
		}
	}
}
