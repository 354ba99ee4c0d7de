package app

import "fmt"

// Scenes are the views the guide pictures, in the order scripts/guideshots
// takes them.
var Scenes = []string{"start", "overview", "ledger", "import", "remind", "units", "export"}

// Stage brings the window to one of the guide's scenes the way the clerk
// would reach it (a tab chosen, files picked for import, the print preview
// asked for), so the guide's screenshots come from the real window.
// files are the returns the import scene previews.
func (u *UI) Stage(scene string, files []string) error {
	switch scene {
	case "start", "overview":
		u.showTab(u.overTab)
	case "ledger":
		u.showTab(u.planTab)
		if u.planV.table.OnRowSelected != nil {
			u.planV.table.OnRowSelected(0)
		}
	case "import":
		u.showTab(u.importTab)
		u.importV.read(files)
	case "remind":
		u.showTab(u.remindTab)
	case "units":
		u.showTab(u.unitsTab)
		u.unitsV.pickRow(0)
	case "export":
		u.showTab(u.exportTab)
		u.exportV.showPreview()
	default:
		return fmt.Errorf("没有名为 %s 的画面", scene)
	}
	return nil
}
