package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"

	"taizhang/app/plan"
	"taizhang/app/remind"
	"taizhang/widgets"
)

// periodChanges is the shown period compared with the one before it: the
// 上期 column and 变化 of a task's returns, and the line in the 总览.
type periodChanges struct {
	prev   string // "" for the first period
	deltas []remind.Delta
	byKey  map[changeKey]remind.Delta
}

type changeKey struct {
	task int
	unit string
}

// loadChanges compares period with the one before it.
func loadChanges(u *UI, period string, cur []plan.Return) periodChanges {
	prev, ds, err := u.ws.ChangesFrom(period, cur)
	if err != nil {
		return periodChanges{}
	}
	c := periodChanges{prev: prev, deltas: ds, byKey: make(map[changeKey]remind.Delta, len(ds))}
	for _, d := range ds {
		c.byKey[changeKey{d.Task, d.Unit}] = d
	}
	return c
}

// otherPeriodChanged follows returns written into a period not shown:
// when it is the previous one, the 上期 column and the 总览 line change.
func (u *UI) otherPeriodChanged(period string) {
	if period != u.ws.Plan.PreviousPeriod(u.period) {
		return
	}
	u.m.changes = loadChanges(u, u.period, u.m.returns)
	u.planV.refresh()
	u.overV.refresh()
}

// of is the comparison for one unit on one task.
func (c periodChanges) of(task int, unit string) (remind.Delta, bool) {
	d, ok := c.byKey[changeKey{task, strings.TrimSuffix(unit, notOwerMark)}]
	return d, ok && c.prev != ""
}

// notOwerMark follows the name of a unit that reported on a task it does
// not owe, in a task's returns.
const notOwerMark = "（非责任单位）"

// cell is the 上期 (col 0) or 变化 (col 1) cell of a task's return row.
func (c periodChanges) cell(task int, unit string, col int) string {
	d, ok := c.of(task, unit)
	if !ok {
		return ""
	}
	if col == 0 {
		return d.PrevStatus
	}
	if d.Change == remind.Same {
		return ""
	}
	return d.Change.String()
}

// prevText is last period's return written out under this one, for the
// clerk who compares the words; "" when there was none.
func (c periodChanges) prevText(task int, unit string) string {
	d, ok := c.of(task, unit)
	if !ok || d.Prev == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n———— 上期（%s）————\n", c.prev)
	writeValues(&b, d.Prev.Values, d.Prev.Date, d.Prev.File)
	return b.String()
}

// changesOrder is how the overview line lists the changes.
var changesOrder = []remind.Change{remind.MovedUp, remind.NewlyReported, remind.MovedDown, remind.NoLonger, remind.StillMissing, remind.Changed}

// changesText sums the changes since the previous period in one line.
func (c periodChanges) changesText() string {
	if c.prev == "" {
		return "这是方案的第一个报送期，没有上期可以比较。"
	}
	tally := remind.Tally(c.deltas)
	var parts []string
	for _, ch := range changesOrder {
		if n := tally[ch]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d 条", ch, n))
		}
	}
	if len(parts) == 0 {
		return "与上期（" + c.prev + "）相比：各单位的完成状态没有变化。"
	}
	return "与上期（" + c.prev + "）相比：" + strings.Join(parts, "，") + "。"
}

// changesLine is the 总览's line on what changed since the previous period.
func (u *UI) changesLine() fyne.CanvasObject {
	return widgets.NewText(u.m.changes.changesText())
}
