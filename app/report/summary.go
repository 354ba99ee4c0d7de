package report

import (
	"sort"
	"time"

	"taizhang/app/plan"
)

// NoReturn is what the 报送单位 cell of the summary says for a task no unit
// has reported on yet; its 完成状态 reads 未报送.
const NoReturn = "（暂无报送）"

// StatusUnset is the 统计 column for returns that gave no status the
// office's vocabulary knows. It appears only when there are such returns.
const StatusUnset = "未填状态"

// SummaryData is the office's summary computed from the plan and the
// ledger: plain data that the .xlsx, the PDF and the window all show.
type SummaryData struct {
	Title   string    // …落实情况汇总表
	Period  string    // the reporting period, e.g. 2018年度
	Office  string    // 制表单位
	Made    time.Time // 制表时间
	Blocks  []Block   // section headings and tasks, in plan order
	Missing []Missing // units with something not reported, most missing first
	// Complete are the units that owe returns and sent every one.
	Complete []string
	Stats    Stats
	// Count is the period's one count, every figure above drawn from it.
	Count   plan.Overview
	Tasks   int // number of tasks in the plan
	Returns int // number of returns shown
	// Notice, once a PDF is written, tells the clerk which characters no
	// font could draw and were printed as 〓; "" when there were none.
	Notice string
}

// Block is a section heading (Section set, Task nil) or a task with the
// returns on it.
type Block struct {
	Section string
	Task    *plan.Task
	Rows    []Row // one per reporting unit; none when nobody reported
}

// Row is one unit's return on a task.
type Row struct {
	Unit string
	plan.Values
	Date string // 填报日期 as stored, 2006-01-02
	// Extra is set when the unit does not owe the task (额外报送): the
	// row is printed, marked, and counted nowhere.
	Extra bool
}

// UnitText is the 报送单位 cell: the unit, marked 额外报送 when it
// reported on a task it does not owe (a line of its own, so the narrow
// column does not grow taller for it).
func (r Row) UnitText() string {
	if r.Extra {
		return r.Unit + "\n" + plan.ExtraWord
	}
	return r.Unit
}

// Missing is one line of the 催报 list.
type Missing struct {
	Unit     string
	Owed     int   // 应报项数
	Reported int   // 已报项数
	Tasks    []int // 未报事项: task numbers
	// Filled in by the caller where the reporting cycle knows them; each
	// column of the list appears only when some unit has a value.
	Overdue int    // 逾期天数: days past the due date, 0 when not overdue
	Contact string // 联系人
	Phone   string // 联系电话
}

// Stats counts the owed (task, unit) pairs by status: every unit that
// owes a task counts once for it, as 未报送 when it sent nothing.
type Stats struct {
	Columns  []string // the status words counted, in the office's order
	Sections []StatRow
	Units    []StatRow
	Total    StatRow
	Extra    int // returns on tasks their unit does not owe, counted in no row
}

// StatRow is one line of counts, aligned with Stats.Columns.
type StatRow struct {
	Name   string
	Counts []int
	Total  int
}

// Summary computes the summary of one period's returns.
func Summary(p *plan.Plan, d *plan.Directory, period string, rets []plan.Return, now time.Time) *SummaryData {
	if period == "" {
		period = p.DefaultPeriod()
	}
	s := &SummaryData{Title: SummaryTitle(p), Period: period, Office: OfficeName(d), Made: now, Tasks: len(p.Tasks)}
	byTask := map[int]map[string]plan.Return{}
	var inPeriod []plan.Return
	for _, r := range rets {
		if r.Period != "" && r.Period != period {
			continue
		}
		inPeriod = append(inPeriod, r)
		if byTask[r.Task] == nil {
			byTask[r.Task] = map[string]plan.Return{}
		}
		byTask[r.Task][r.Unit] = r
	}
	o := plan.Summarize(p, d, inPeriod)
	s.Count = o
	owers := make(map[int][]string, len(p.Tasks))
	for _, t := range p.Tasks {
		owers[t.No] = d.Owers(t.UnitsText, p.SupportOwes)
	}
	s.Blocks = blocks(p, owers, byTask)
	for _, b := range s.Blocks {
		s.Returns += len(b.Rows)
	}
	s.Missing, s.Complete = missing(o.Progress)
	s.Stats = stats(p, d, o)
	return s
}

// blocks lists sections and tasks in plan order. A task's rows follow the
// order its unit text names the units, then any other unit that reported.
func blocks(p *plan.Plan, owers map[int][]string, byTask map[int]map[string]plan.Return) []Block {
	var out []Block
	section := ""
	for i := range p.Tasks {
		t := &p.Tasks[i]
		if t.Section != section && t.Section != "" {
			section = t.Section
			out = append(out, Block{Section: section})
		}
		b := Block{Task: t}
		owes := map[string]bool{}
		for _, u := range owers[t.No] {
			owes[u] = true
		}
		for _, u := range orderedUnits(owers[t.No], byTask[t.No]) {
			if r, ok := byTask[t.No][u]; ok {
				b.Rows = append(b.Rows, Row{Unit: u, Values: r.Values, Date: r.Date, Extra: !owes[u]})
			}
		}
		out = append(out, b)
	}
	return out
}

// orderedUnits is first the owers, then the other units with a return,
// sorted by name so the order is stable.
func orderedUnits(owers []string, got map[string]plan.Return) []string {
	out := append([]string{}, owers...)
	seen := map[string]bool{}
	for _, u := range owers {
		seen[u] = true
	}
	var extra []string
	for u := range got {
		if !seen[u] {
			extra = append(extra, u)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}

// missing turns the units' progress into the 催报 list (units with
// something missing, most first) and the units that sent everything.
func missing(progress []plan.UnitProgress) ([]Missing, []string) {
	var out []Missing
	var complete []string
	for _, up := range progress {
		if len(up.Missing) == 0 {
			complete = append(complete, up.Unit)
			continue
		}
		out = append(out, Missing{Unit: up.Unit, Owed: len(up.Owed), Reported: len(up.Reported), Tasks: up.Missing})
	}
	return out, complete
}

// unitOrder ranks units as the directory lists them (departments, then
// towns, as the clerk arranged them); unknown units go last by name.
func unitOrder(d *plan.Directory) map[string]int {
	order := map[string]int{}
	if d != nil {
		for i, u := range d.Units {
			order[u.Name] = i
		}
	}
	return order
}

func sortedKeys[T any](m map[string]T, order map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		oi, iok := order[keys[i]]
		oj, jok := order[keys[j]]
		switch {
		case iok && jok:
			return oi < oj
		case iok != jok:
			return iok
		}
		return keys[i] < keys[j]
	})
	return keys
}

// AddReminders fills the 未报送 list's 逾期天数 from the period's due date
// (2006-01-02, or "" for none) at today, and each unit's 联系人 and 联系电话
// from contacts, keyed by the directory's name of the unit.
func (s *SummaryData) AddReminders(due string, today time.Time, contacts map[string]plan.Contact) {
	days := plan.DaysOverdue(due, today)
	for i := range s.Missing {
		m := &s.Missing[i]
		m.Overdue = days
		c := contacts[m.Unit]
		m.Contact, m.Phone = c.Person, c.Phone
	}
}
