package app

import (
	"path/filepath"

	"taizhang/app/native"
)

// pickFiles asks for returns to import (several at once on Windows).
func (v *importView) pickFiles() {
	native.OpenFiles(v.ui.win, "选择要导入的落实情况表", v.ui.prefs.LastDir("import"), func(paths []string, err error) {
		if err != nil {
			v.ui.showError(err)
			return
		}
		if len(paths) == 0 {
			return
		}
		v.ui.prefs.SetLastDir("import", filepath.Dir(paths[0]))
		v.picked(paths)
	})
}

// pickFolder imports every spreadsheet in a folder.
func (v *importView) pickFolder() {
	native.PickFolder(v.ui.win, "选择存放落实情况表的文件夹", v.ui.prefs.LastDir("import"), func(dir string, err error) {
		if err != nil {
			v.ui.showError(err)
			return
		}
		if dir == "" {
			return
		}
		v.ui.prefs.SetLastDir("import", dir)
		v.picked([]string{dir})
	})
}

// picked reads what the clerk chose with the 导入 tab in front, where the
// preview appears, whichever tab or menu the pick started from.
func (v *importView) picked(paths []string) {
	v.ui.showTab(v.ui.importTab)
	v.read(paths)
}
