package app

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"taizhang/app/plan"
	"taizhang/widgets"
)

// planView is the 台账 tab: the filter bar, the task table and the
// selected task's form beside it.
type planView struct {
	ui       *UI
	content  fyne.CanvasObject
	table    *widgets.RowTable
	search   *widget.Entry
	status   *widget.Select
	unit     *widget.Select
	section  *widget.Select
	count    *widget.Label
	countBox *fyne.Container
	empty    *widget.Label // over the table when nothing matches
	form     *taskForm

	rows []taskRow // every task of the plan, in plan order
	// shown are indexes into rows after the filters, in the table's order.
	shown    []int
	sortCol  int // -1: plan order
	sortDesc bool
}

// taskRow is one task's line, worked out once per ledger change so that
// typing in the search box only compares strings.
type taskRow struct {
	task  int // the task's number
	cells []string
	state plan.TaskState
	hay   string // every text and unit name the search looks in
	sec   string
}

var taskHeaders = []string{"序号", "具体要求", "牵头/负责", "报送", "已完成", "状态"}

// Filter choices meaning "no filter".
const (
	allStatuses = "全部状态"
	allUnits    = "全部单位"
	allSections = "全部部分"
)

func newPlanView(u *UI) *planView {
	v := &planView{ui: u, sortCol: -1}
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("搜索：序号、要求中的词或单位名称（Ctrl+F）")
	v.search.OnChanged = func(string) { v.filter() }
	v.status = widget.NewSelect(append([]string{allStatuses}, plan.StatusOrder...), func(string) { v.filter() })
	v.unit = widget.NewSelect(nil, func(string) { v.filter() })
	v.section = widget.NewSelect(nil, func(string) { v.filter() })
	v.count = widget.NewLabel("")
	v.empty = widget.NewLabelWithStyle(noMatch, fyne.TextAlignCenter, fyne.TextStyle{})
	v.empty.Hide()
	clear := widget.NewButton("清除筛选", v.clearFilters)
	v.table = widgets.NewRowTable(taskHeaders, []float32{46, 290, 120, 56, 56, 104},
		func() int { return len(v.shown) }, v.cell)
	v.table.OnRowSelected = v.pick
	v.table.OnHeaderTapped = v.sortBy
	v.table.SwatchFor = func(row, col int) (widgets.Swatch, bool) {
		st := v.statusOf(&v.rows[v.shown[row]])
		if col != 5 || st == "" {
			return widgets.Swatch{}, false
		}
		return swatch(st), true
	}
	v.form = newTaskForm(u)
	v.fillChoices()
	v.status.SetSelected(allStatuses)
	// The count keeps the width of its widest text, so the filters beside
	// it stay put while the clerk types in the search box.
	n := len(u.ws.Plan.Tasks)
	v.countBox = container.NewGridWrap(widget.NewLabel(fmt.Sprintf("%d / %d 项", n, n)).MinSize(), v.count)
	bar := container.NewBorder(nil, nil, nil,
		container.NewHBox(v.status, v.unit, v.section, clear, v.countBox), v.search)
	table := container.NewStack(v.table, container.NewVBox(layout.NewSpacer(), v.empty, layout.NewSpacer()))
	v.content = container.NewBorder(bar, nil, nil, nil,
		u.split("ledger", true, 0.52, table, v.form.content))
	v.refresh()
	return v
}

// swatch is a status's colour and mark for a table cell.
func swatch(status string) widgets.Swatch {
	s := plan.Style(status)
	return widgets.Swatch{Fill: s.Fill, Text: s.Text, Mark: s.Mark}
}

// fillChoices lists the directory's units and the plan's sections.
func (v *planView) fillChoices() {
	keep := func(s *widget.Select, all string, options []string) {
		sel := s.Selected
		s.Options = append([]string{all}, options...)
		if sel == "" || !slices.Contains(s.Options, sel) {
			sel = all
		}
		// Choosing what is chosen already would filter again and take the
		// table back to its top after every write.
		if sel != s.Selected {
			s.SetSelected(sel)
		} else {
			s.Refresh()
		}
	}
	var secs []string
	for _, s := range v.ui.ws.Plan.Sections {
		secs = append(secs, s.Title)
	}
	units := v.ui.ws.Dir.Names()
	chineseOrder.SortStrings(units) // by pinyin, as the clerk looks for them
	keep(v.unit, allUnits, units)
	keep(v.section, allSections, secs)
}

// refresh works out every row again from the plan and ledger, then
// filters, keeping the task the form shows selected.
func (v *planView) refresh() {
	p, d := v.ui.ws.Plan, v.ui.ws.Dir
	states := v.ui.m.states
	v.rows = v.rows[:0]
	roleMemo := map[string]plan.Roles{} // tasks repeat the same unit texts
	for i := range p.Tasks {
		t := &p.Tasks[i]
		st := states[t.No]
		roles, ok := roleMemo[t.UnitsText]
		if !ok {
			roles = d.Roles(t.UnitsText)
			roleMemo[t.UnitsText] = roles
		}
		first := roles.Lead // who answers for the task: the lead, else those responsible
		if len(first) == 0 {
			first = roles.Responsible
		}
		headline := st.Headline
		if headline == "" {
			headline = "—"
		}
		v.rows = append(v.rows, taskRow{
			task: t.No,
			cells: []string{strconv.Itoa(t.No), plan.ShortText(t.Text, 60), strings.Join(first, "、"),
				fmt.Sprintf("%d/%d", st.Reported, len(st.Owers)), strconv.Itoa(st.Done), headline},
			state: st,
			hay:   strings.Join([]string{t.Text, t.UnitsText, t.Notes, strings.Join(roles.All(), " "), strings.Join(st.Owers, " ")}, " "),
			sec:   t.Section,
		})
	}
	v.fillChoices()
	v.applyFilters(false)
	v.form.refresh()
}

func (v *planView) cell(row, col int) string {
	r := &v.rows[v.shown[row]]
	if col == 5 {
		if st := v.statusOf(r); st != "" {
			return st
		}
	}
	return r.cells[col]
}

// statusOf is what the 状态 column shows (see taskStatus).
func (v *planView) statusOf(r *taskRow) string {
	return taskStatus(r.state, chosen(v.unit, allUnits))
}

// noMatch stands over the empty table when no task matches.
const noMatch = "没有符合条件的任务"

// filter follows the clerk's change of a filter or the search: the table
// shows the first match at its top (the matches may all sit above the
// part scrolled to).
func (v *planView) filter() { v.applyFilters(true) }

// applyFilters applies the search words and the three choices, then the
// sort. The table goes back to its first row when top is set or the tasks
// shown changed, and a task filtered out leaves the form unless the clerk
// is typing in it.
func (v *planView) applyFilters(top bool) {
	if v.rows == nil && len(v.ui.ws.Plan.Tasks) > 0 {
		return // still being built
	}
	before := slices.Clone(v.shown)
	words := strings.Fields(v.search.Text)
	alt := make([]string, len(words))
	for i, w := range words {
		alt[i] = v.ui.ws.Dir.Canonical(w)
	}
	status, unit, section := chosen(v.status, allStatuses), chosen(v.unit, allUnits), chosen(v.section, allSections)
	v.shown = v.shown[:0]
	for i := range v.rows {
		r := &v.rows[i]
		if section != "" && r.sec != section || !matchesUnitStatus(r, unit, status) {
			continue
		}
		if matchesAll(r, words, alt) {
			v.shown = append(v.shown, i)
		}
	}
	v.sort()
	v.count.SetText(fmt.Sprintf("%d / %d 项", len(v.shown), len(v.rows)))
	if len(v.shown) > 0 {
		v.empty.Hide()
	} else {
		v.empty.Show()
	}
	if top || !slices.Equal(before, v.shown) {
		v.table.ScrollToTop()
	}
	if v.form.no != 0 && !v.showing(v.form.no) && v.form.unsaved() == "" {
		v.form.show(0)
	}
	v.reselect()
}

// showing reports whether task no is among the rows shown.
func (v *planView) showing(no int) bool {
	for _, i := range v.shown {
		if v.rows[i].task == no {
			return true
		}
	}
	return false
}

// matchesUnitStatus applies the unit and status choices: a unit matches
// every task it owes or is named in; a status matches what the 状态 column
// shows, the same function deciding both.
func matchesUnitStatus(r *taskRow, unit, status string) bool {
	if unit != "" && !r.state.Owes(unit) {
		// Named, say as 配合, without owing a return: no status of its own.
		return status == "" && strings.Contains(r.hay, unit)
	}
	return status == "" || taskStatus(r.state, unit) == status
}

func chosen(s *widget.Select, all string) string {
	if s.Selected == all {
		return ""
	}
	return s.Selected
}

// matchesAll is true when every word is the task's number or appears in
// its texts or among its units, a unit's alias counting as its name.
func matchesAll(r *taskRow, words, alt []string) bool {
	for i, w := range words {
		if n, err := strconv.Atoi(strings.Trim(w, "第项.")); err == nil {
			if n != r.task {
				return false
			}
			continue
		}
		if !strings.Contains(r.hay, w) && !strings.Contains(r.hay, alt[i]) {
			return false
		}
	}
	return true
}

// reselect marks the task the form shows, if it is still in the table,
// and redraws the table.
func (v *planView) reselect() {
	v.table.Mark(-1)
	for row, i := range v.shown {
		if v.rows[i].task == v.form.no {
			v.table.Mark(row)
			break
		}
	}
	v.table.Refresh()
}

// pick shows the task the clerk clicked, asking first about unsaved typing
// on the one shown; 取消 keeps the old task selected.
func (v *planView) pick(row int) {
	no := v.rows[v.shown[row]].task
	if no == v.form.no {
		return
	}
	v.ui.guard([]pending{v.form}, func() {
		v.form.show(no)
		v.reselect()
	}, v.reselect)
}

// clearFilters shows every task again.
func (v *planView) clearFilters() {
	v.search.SetText("")
	v.status.SetSelected(allStatuses)
	v.unit.SetSelected(allUnits)
	v.section.SetSelected(allSections)
}

// showFiltered shows the table filtered as the overview asked, on the 台账
// tab.
func (v *planView) showFiltered(status, unit, section string) {
	v.search.SetText("")
	set := func(s *widget.Select, val, all string) {
		if val == "" {
			val = all
		}
		s.SetSelected(val)
	}
	set(v.status, status, allStatuses)
	set(v.unit, unit, allUnits)
	set(v.section, section, allSections)
	v.table.ScrollToTop()
	v.ui.showTab(v.ui.planTab)
}

// sortBy sorts by the tapped column; a second tap reverses.
func (v *planView) sortBy(col int) {
	if v.sortCol == col {
		v.sortDesc = !v.sortDesc
	} else {
		v.sortCol, v.sortDesc = col, false
	}
	v.table.SetSortMark(v.sortCol, v.sortDesc)
	v.filter()
}

var chineseOrder = collate.New(language.SimplifiedChinese)

// sort orders the shown rows by the chosen column, plan order breaking
// ties (and when no column is chosen).
func (v *planView) sort() {
	if v.sortCol < 0 {
		return
	}
	var less func(a, b *taskRow) int
	switch v.sortCol {
	case 0:
		less = func(a, b *taskRow) int { return a.task - b.task }
	case 1, 2:
		keys := map[int][]byte{}
		var buf collate.Buffer
		for _, i := range v.shown {
			keys[i] = append([]byte{}, chineseOrder.KeyFromString(&buf, v.rows[i].cells[v.sortCol])...)
			buf.Reset()
		}
		v.sortRows(func(i, j int) int { return bytes.Compare(keys[i], keys[j]) })
		return
	case 3:
		less = func(a, b *taskRow) int {
			return cmpRatio(a.state.Reported, len(a.state.Owers), b.state.Reported, len(b.state.Owers))
		}
	case 4:
		less = func(a, b *taskRow) int { return a.state.Done - b.state.Done }
	case 5:
		less = func(a, b *taskRow) int {
			return plan.Severity(v.statusOf(a)) - plan.Severity(v.statusOf(b))
		}
	}
	v.sortRows(func(i, j int) int { return less(&v.rows[i], &v.rows[j]) })
}

// sortRows sorts shown by cmp over row indexes, descending if asked, plan
// order breaking ties.
func (v *planView) sortRows(cmp func(i, j int) int) {
	sort.SliceStable(v.shown, func(a, b int) bool {
		i, j := v.shown[a], v.shown[b]
		c := cmp(i, j)
		if c == 0 {
			return i < j
		}
		if v.sortDesc {
			return c > 0
		}
		return c < 0
	})
}

// cmpRatio compares a/b with c/d, an empty task (0/0) first.
func cmpRatio(a, b, c, d int) int {
	return a*d - c*b
}
