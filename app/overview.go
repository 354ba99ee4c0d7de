package app

import (
	"fmt"
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/plan"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// overviewView is the 总览 tab: the chosen period at a glance. Every
// figure leads to the table filtered to what it counts.
type overviewView struct {
	ui      *UI
	content fyne.CanvasObject
	box     *fyne.Container
	data    plan.Overview
}

// overdueUnits names the units with returns still missing once the
// period's due date has passed. known is false while the period has no
// due date: the tile then shows none.
func overdueUnits(ws *workspace.Workspace, period string, behind []plan.UnitProgress, today time.Time) (units []string, days int, known bool) {
	due := ws.Plan.DueDate(period)
	if due == "" {
		return nil, 0, false
	}
	days = plan.DaysOverdue(due, today)
	if days == 0 {
		return nil, 0, true // not yet due: nobody is late
	}
	for _, b := range behind {
		units = append(units, b.Unit)
	}
	return units, days, true
}

func newOverviewView(u *UI) *overviewView {
	v := &overviewView{ui: u, box: container.NewVBox()}
	v.content = container.NewVScroll(container.NewPadded(v.box))
	v.refresh()
	return v
}

// refresh works the overview out again from the ledger shown.
func (v *overviewView) refresh() {
	v.data = v.ui.m.overview
	if len(v.ui.m.returns) == 0 { // an empty period: what to do first
		v.box.Objects = []fyne.CanvasObject{heading("从这里开始 · " + v.ui.period), v.ui.checklist(nil)}
		v.box.Refresh()
		return
	}
	v.box.Objects = []fyne.CanvasObject{
		heading(v.ui.ws.Plan.Title + " · " + v.ui.period),
		v.tiles(),
		v.ui.changesLine(),
		container.NewGridWithColumns(2,
			container.NewVBox(heading("各部分报送情况（按应报条数）"), v.sectionBars(), legend(),
				heading("进度最落后的单位（点击查看其未报事项）"), v.behind()),
			container.NewVBox(heading("完成状态（应报条数）"), v.statusChart())),
	}
	v.box.Refresh()
}

func heading(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// tiles are the four headline figures.
func (v *overviewView) tiles() fyne.CanvasObject {
	d := v.data
	pct := 0
	if d.Tasks > 0 {
		pct = d.TasksDone * 100 / d.Tasks
	}
	overdue, days, known := overdueUnits(v.ui.ws, v.ui.period, d.Behind, v.ui.m.today)
	late, lateNote := "—", "本报送期未设截止日期"
	switch {
	case known && days > 0:
		late, lateNote = fmt.Sprint(len(overdue)), fmt.Sprintf("已过截止日期 %d 天仍有未报", days)
	case known:
		late, lateNote = "0", "尚未到截止日期"
	}
	return container.NewGridWithColumns(4,
		tile(fmt.Sprintf("%d/%d", d.UnitsReported, d.Units), "单位已报送", v.to(route{tab: tabLedger, status: plan.StatusMissing})),
		tile(fmt.Sprintf("%d/%d", d.Returned, d.Owed), "报送条数（点击查看未报送）", v.to(route{tab: tabLedger, status: plan.StatusMissing})),
		tile(fmt.Sprintf("%d%%", pct), fmt.Sprintf("任务全部完成（%d/%d 项）", d.TasksDone, d.Tasks), v.to(route{tab: tabLedger, status: plan.StatusDone})),
		tile(late, "逾期单位（"+lateNote+"）", v.to(route{tab: tabRemind})),
	)
}

// to is a click that follows r.
func (v *overviewView) to(r route) func() { return func() { v.ui.navigate(r) } }

// tile is a big figure over its caption, clickable.
func tile(figure, caption string, onTap func()) fyne.CanvasObject {
	big := canvas.NewText(figure, theme.Color(theme.ColorNamePrimary))
	big.TextSize = theme.TextSize() * 2
	big.TextStyle = fyne.TextStyle{Bold: true}
	l := widgets.NewText(caption)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = 6
	return widgets.NewTappable(container.NewStack(bg, container.NewPadded(container.NewVBox(big, l))), onTap)
}

// segments are a count map's statuses as bar segments, in StatusOrder.
func segments(counts map[string]int) []widgets.Segment {
	var out []widgets.Segment
	for _, s := range plan.StatusOrder {
		out = append(out, widgets.Segment{Value: float64(counts[s]), Fill: plan.Style(s).Fill})
	}
	return out
}

// sectionBars draw one bar per section, each status its colour; a tap on
// a colour shows that section's tasks with that status.
func (v *overviewView) sectionBars() fyne.CanvasObject {
	max := 0
	for _, s := range v.data.Sections {
		if s.Owed > max {
			max = s.Owed
		}
	}
	rows := container.NewVBox()
	for _, s := range v.data.Sections {
		title := s.Title
		name := widget.NewLabel(plan.ShortText(title, 14))
		name.Truncation = fyne.TextTruncateEllipsis
		bar := widgets.NewBar(segments(s.Counts), float64(max), func(i int) {
			status := ""
			if i >= 0 {
				status = plan.StatusOrder[i]
			}
			v.ui.navigate(route{tab: tabLedger, status: status, section: title})
		})
		count := widget.NewLabel(fmt.Sprintf("%d/%d", s.Owed-s.Counts[plan.StatusMissing], s.Owed))
		rows.Add(container.NewBorder(nil, nil, fixedWidth(name, 190), count, layoutFill(bar)))
	}
	return rows
}

// statusChart draws one bar per status, as long as its count.
func (v *overviewView) statusChart() fyne.CanvasObject {
	max := 0
	for _, n := range v.data.Counts {
		if n > max {
			max = n
		}
	}
	rows := container.NewVBox()
	for i, s := range plan.StatusOrder {
		n := v.data.Counts[s]
		if n == 0 && i >= len(plan.Statuses)+1 {
			continue // 未填状态 only when some return lacks a status
		}
		status := s
		st := plan.Style(s)
		bar := widgets.NewBar([]widgets.Segment{{Value: float64(n), Fill: st.Fill}}, float64(max), func(int) {
			v.ui.navigate(route{tab: tabLedger, status: status})
		})
		name := widget.NewLabel(st.Mark + " " + s)
		rows.Add(container.NewBorder(nil, nil, fixedWidth(name, 110), widget.NewLabel(fmt.Sprint(n)), layoutFill(bar)))
	}
	return rows
}

// legend names each colour with its mark, for the section bars, in rows
// of four: a sideways scroll here would take the wheel from the page.
func legend() fyne.CanvasObject {
	box := container.NewGridWithColumns(4)
	for _, s := range plan.StatusOrder[:len(plan.Statuses)+1] {
		st := plan.Style(s)
		sw := canvas.NewRectangle(st.Fill)
		sw.SetMinSize(fyne.NewSize(12, 12))
		box.Add(container.NewHBox(container.NewCenter(sw), widget.NewLabel(s)))
	}
	return box
}

// behind lists the units with the most returns missing.
func (v *overviewView) behind() fyne.CanvasObject {
	list := v.data.Behind
	if len(list) == 0 {
		return widget.NewLabel("所有单位均已报送。")
	}
	if len(list) > 5 {
		list = list[:5]
	}
	grid := container.NewVBox()
	for _, p := range list {
		unit := p.Unit
		text := fmt.Sprintf("%s：未报 %d / 应报 %d 项（%s）", unit, len(p.Missing), len(p.Owed), plan.FormatRanges(p.Missing))
		l := widget.NewLabel(text)
		l.Truncation = fyne.TextTruncateEllipsis
		grid.Add(widgets.NewTappable(l, v.to(route{tab: tabLedger, status: plan.StatusMissing, unit: unit})))
	}
	return grid
}

// fixedWidth gives o a fixed width in a row.
func fixedWidth(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	sp := canvas.NewRectangle(color.Transparent)
	sp.SetMinSize(fyne.NewSize(w, 0))
	return container.NewStack(sp, o)
}

// layoutFill centres a bar vertically in its row.
func layoutFill(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&vcenter{}, o)
}

// vcenter stretches its object across and centres it down.
type vcenter struct{}

func (vcenter) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, (size.Height-h)/2))
		o.Resize(fyne.NewSize(size.Width, h))
	}
}

func (vcenter) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
