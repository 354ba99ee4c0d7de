package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// memberColumns is how many units a row of the member ticks holds: two
// halve the scrolling through the directory's thirty-odd units, and even
// the longest names (市公共资源交易中心翁源分中心) leave the list beside the
// editor its half of the window at 1366×768. A grid is as wide as its
// widest tick times its columns, so more would squeeze the list.
const memberColumns = 2

// memberChecks are a collective's members as ticks laid out in columns.
// Fyne's CheckGroup stacks its boxes in one column or one unwrapped row.
type memberChecks struct {
	box    *fyne.Container
	checks []*widget.Check
	// order is the members as stored, so saving keeps their order and
	// appends the newly ticked after them.
	order []string
}

func newMemberChecks() *memberChecks {
	return &memberChecks{box: container.NewGridWithColumns(memberColumns)}
}

// SetOptions lists the units that may be ticked, all unticked.
func (m *memberChecks) SetOptions(names []string) {
	m.checks = m.checks[:0]
	m.box.Objects = m.box.Objects[:0]
	for _, n := range names {
		c := widget.NewCheck(n, nil)
		m.checks = append(m.checks, c)
		m.box.Objects = append(m.box.Objects, c)
	}
	m.order = nil
	m.box.Refresh()
}

// SetSelected ticks the members named and no other unit.
func (m *memberChecks) SetSelected(members []string) {
	on := map[string]bool{}
	for _, n := range members {
		on[n] = true
	}
	for _, c := range m.checks {
		c.SetChecked(on[c.Text])
	}
	m.order = append([]string(nil), members...)
}

// Selected are the ticked units: the stored members still ticked in their
// order, then the others ticked in the directory's order.
func (m *memberChecks) Selected() []string {
	ticked := map[string]bool{}
	for _, c := range m.checks {
		if c.Checked {
			ticked[c.Text] = true
		}
	}
	var out []string
	for _, n := range m.order {
		if ticked[n] {
			out = append(out, n)
			delete(ticked, n)
		}
	}
	for _, c := range m.checks {
		if ticked[c.Text] {
			out = append(out, c.Text)
		}
	}
	return out
}
