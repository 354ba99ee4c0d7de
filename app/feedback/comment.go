// Package feedback is the round of comments on a draft plan (征求意见): the
// units' comments tied to tasks and classified, the clerk's decisions, what
// accepting a comment does to its task, the issued plan made from the
// accepted ones, and the differences between two versions of a plan. It
// imports no GUI and no file format.
package feedback

import (
	"fmt"
	"slices"
	"strconv"
)

// Kinds of comment, in the office's words.
const (
	KindAgree      = "同意"
	KindNone       = "无意见"
	KindReword     = "修改文字"
	KindNotOurs    = "不属于本单位职责"
	KindAddUnit    = "增加单位"
	KindChangeLead = "更换牵头单位"
	KindOther      = "其他"
)

// Kinds lists every kind, in the order the window filters by.
var Kinds = []string{KindAgree, KindNone, KindReword, KindNotOurs, KindAddUnit, KindChangeLead, KindOther}

// Decisions the clerk takes on a comment.
const (
	Accept  = "采纳"
	Partial = "部分采纳"
	Reject  = "不采纳"
)

// Decisions lists the decisions in the order they are offered.
var Decisions = []string{Accept, Partial, Reject}

// Comment is one comment of one unit, on one task or on the whole plan.
type Comment struct {
	ID   uint64 `json:"id"`
	Plan string `json:"plan"` // the draft's id
	Unit string `json:"unit"`
	Task int    `json:"task"` // 0 for the whole plan
	Kind string `json:"kind"`
	Text string `json:"text"` // the unit's words
	File string `json:"file"`

	// What accepting it would change, worked out on reading and editable
	// by the clerk: units to take off the task, units to add (with their
	// role), a new lead, a new requirement text. Units and NewText, when
	// set, are the clerk's own final wording and win over the rest.
	Remove  []string `json:"remove,omitempty"`
	Add     []string `json:"add,omitempty"`
	AddRole string   `json:"add_role,omitempty"`
	Lead    string   `json:"lead,omitempty"`
	NewText string   `json:"new_text,omitempty"`
	Units   string   `json:"units,omitempty"`

	Decision string `json:"decision"`
	Reason   string `json:"reason"`
}

// Accepted reports whether the comment goes into the issued plan.
func (c *Comment) Accepted() bool { return c.Decision == Accept || c.Decision == Partial }

// TaskLabel is the task as the clerk reads it: 第8项, or 全文.
func (c *Comment) TaskLabel() string {
	if c.Task == 0 {
		return "全文"
	}
	return "第" + strconv.Itoa(c.Task) + "项"
}

// CheckDecision accepts one of Decisions, or "" to clear a decision.
func CheckDecision(d string) error {
	if d == "" || slices.Contains(Decisions, d) {
		return nil
	}
	return fmt.Errorf("“%s”不是可选的处理意见：请写 采纳、部分采纳 或 不采纳", d)
}

// IsKind reports whether k is one of Kinds.
func IsKind(k string) bool { return slices.Contains(Kinds, k) }
