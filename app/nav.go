package app

import "fyne.io/fyne/v2/container"

// The tabs by the names the clerk sees on them.
const (
	tabOverview = "总览"
	tabLedger   = "台账"
	tabRemind   = "催报"
	tabImport   = "导入"
	tabUnits    = "单位"
	tabExport   = "导出/打印"
)

// route is where a click leads, as a value: a tab and what it should
// show. Views hand a route to the window instead of calling each other,
// so a figure, a button and a key that lead to the same place get there
// the same way.
type route struct {
	tab string
	// The 台账's filter ("" for every status, unit and section) and whether
	// the search box takes the keys.
	status, unit, section string
	search                bool
	// For 单位: the unit to open.
	openUnit string
}

// navigate follows a route, asking first about unsaved typing on the tab
// left (through the tab switch).
func (u *UI) navigate(r route) {
	switch r.tab {
	case tabLedger:
		if r.search {
			u.focusSearch()
			return
		}
		u.planV.showFiltered(r.status, r.unit, r.section)
	case tabUnits:
		if r.openUnit != "" {
			u.openUnit(r.openUnit)
			return
		}
		u.showTab(u.tabNamed(r.tab))
	default:
		u.showTab(u.tabNamed(r.tab))
	}
}

// tabNamed is the tab with that name, or 总览.
func (u *UI) tabNamed(name string) *container.TabItem {
	for _, t := range u.tabs.Items {
		if t.Text == name {
			return t
		}
	}
	return u.overTab
}
