package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/widgets"
)

// planView is the 台账 tab: the sections tree, the task table with a search
// box, and the selected task's form.
type planView struct {
	ui      *UI
	content fyne.CanvasObject
	tree    *widget.Tree
	table   *widgets.RowTable
	search  *widget.Entry
	form    *taskForm
	// shown are indexes into Plan.Tasks after the tree and search filters.
	shown            []int
	cells            [][]string // the table's text, by shown row
	section, subsect string     // tree filter; "" for all
	byTask           map[int][]plan.Return
}

var taskHeaders = []string{"序号", "具体要求", "牵头", "负责", "报送", "已完成"}

func newPlanView(u *UI) *planView {
	v := &planView{ui: u}
	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("搜索：序号、要求中的词或单位名称（Ctrl+F）")
	v.search.OnChanged = func(string) { v.filter() }
	v.table = widgets.NewRowTable(taskHeaders, []float32{50, 430, 110, 230, 70, 70},
		func() int { return len(v.shown) }, v.cell)
	v.table.OnRowSelected = func(row int) { v.form.show(&u.ws.Plan.Tasks[v.shown[row]]) }
	v.form = newTaskForm(u)
	v.tree = v.makeTree()
	right := container.NewVSplit(container.NewBorder(v.search, nil, nil, nil, v.table), v.form.content)
	right.Offset = 0.45
	split := container.NewHSplit(v.tree, right)
	split.Offset = 0.24
	v.content = split
	v.index()
	v.filter()
	return v
}

// index groups the ledger by task for the table's 报送 columns.
func (v *planView) index() {
	v.byTask = map[int][]plan.Return{}
	for _, r := range v.ui.returns {
		v.byTask[r.Task] = append(v.byTask[r.Task], r)
	}
}

func (v *planView) refresh() {
	v.index()
	v.filter()
	v.tree.Refresh()
	v.form.refreshReturns()
}

func (v *planView) cell(row, col int) string { return v.cells[row][col] }

// rowCells works out a task's table row once per filter, not per redraw.
func (v *planView) rowCells(t *plan.Task) []string {
	roles := v.ui.ws.Dir.Roles(t.UnitsText)
	owed := v.ui.ws.Dir.Owers(t.UnitsText, v.ui.ws.Plan.SupportOwes)
	done := 0
	for _, r := range v.byTask[t.No] {
		if r.Status == plan.StatusDone {
			done++
		}
	}
	return []string{strconv.Itoa(t.No), plan.ShortText(t.Text, 60), strings.Join(roles.Lead, "、"),
		strings.Join(roles.Responsible, "、"), fmt.Sprintf("%d/%d", v.reported(t.No, owed), len(owed)), strconv.Itoa(done)}
}

// reported counts the owing units that have a return on the task.
func (v *planView) reported(task int, owed []string) int {
	n := 0
	for _, r := range v.byTask[task] {
		for _, o := range owed {
			if o == r.Unit {
				n++
				break
			}
		}
	}
	return n
}

// filter applies the tree selection and the search words.
func (v *planView) filter() {
	words := strings.Fields(v.search.Text)
	v.shown, v.cells = v.shown[:0], v.cells[:0]
	for i := range v.ui.ws.Plan.Tasks {
		t := &v.ui.ws.Plan.Tasks[i]
		if v.section != "" && t.Section != v.section || v.subsect != "" && t.Subsection != v.subsect {
			continue
		}
		if matchesAll(v.ui, t, words) {
			v.shown = append(v.shown, i)
			v.cells = append(v.cells, v.rowCells(t))
		}
	}
	v.table.Select(-1)
	v.table.Refresh()
}

// matchesAll is true when every word is the task's number or appears in its
// requirement, its unit text or the canonical names of its units.
func matchesAll(u *UI, t *plan.Task, words []string) bool {
	if len(words) == 0 {
		return true
	}
	hay := t.Text + " " + t.UnitsText + " " + strings.Join(u.ws.Dir.Roles(t.UnitsText).All(), " ")
	for _, w := range words {
		if n, err := strconv.Atoi(strings.Trim(w, "第项.")); err == nil {
			if n != t.No {
				return false
			}
			continue
		}
		if !strings.Contains(hay, w) && !strings.Contains(hay, u.ws.Dir.Canonical(w)) {
			return false
		}
	}
	return true
}

// The tree's ids: "" is the root, "all" every task, "s/3" a section,
// "s/3/2" a subsection.
func (v *planView) makeTree() *widget.Tree {
	p := func() *plan.Plan { return v.ui.ws.Plan }
	children := func(id widget.TreeNodeID) []widget.TreeNodeID {
		switch {
		case id == "":
			out := []string{"all"}
			for i := range p().Sections {
				out = append(out, "s/"+strconv.Itoa(i))
			}
			return out
		case strings.Count(id, "/") == 1:
			si, _ := strconv.Atoi(id[2:])
			var out []string
			for j := range p().Sections[si].Subsections {
				out = append(out, id+"/"+strconv.Itoa(j))
			}
			return out
		}
		return nil
	}
	tree := widget.NewTree(children,
		func(id widget.TreeNodeID) bool { return id == "" || strings.Count(id, "/") == 1 },
		func(bool) fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
			sec, sub := v.treeFilter(id)
			name := "全部任务"
			if sub != "" {
				name = sub
			} else if sec != "" {
				name = sec
			}
			o.(*widget.Label).SetText(fmt.Sprintf("%s（%d）", name, len(p().TasksIn(sec, sub))))
			if sec == "" {
				o.(*widget.Label).SetText(fmt.Sprintf("%s（%d）", name, len(p().Tasks)))
			}
		})
	tree.OnSelected = func(id widget.TreeNodeID) {
		v.section, v.subsect = v.treeFilter(id)
		v.filter()
	}
	tree.OpenAllBranches()
	return tree
}

func (v *planView) treeFilter(id string) (section, sub string) {
	parts := strings.Split(id, "/")
	p := v.ui.ws.Plan
	if len(parts) < 2 {
		return "", ""
	}
	si, _ := strconv.Atoi(parts[1])
	if si >= len(p.Sections) {
		return "", ""
	}
	if len(parts) == 3 {
		sj, _ := strconv.Atoi(parts[2])
		if sj < len(p.Sections[si].Subsections) {
			return p.Sections[si].Title, p.Sections[si].Subsections[sj]
		}
	}
	return p.Sections[si].Title, ""
}
