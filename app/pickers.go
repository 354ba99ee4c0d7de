package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// pickFiles asks for returns to import.
func (v *importView) pickFiles() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		rc.Close()
		v.ui.tabs.Select(v.ui.tabs.Items[1])
		v.read([]string{rc.URI().Path()})
	}, v.ui.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".xls", ".csv", ".xlsm", ".et"}))
	d.Show()
}

// pickFolder imports every spreadsheet in a folder.
func (v *importView) pickFolder() {
	dialog.ShowFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			return
		}
		v.ui.tabs.Select(v.ui.tabs.Items[1])
		v.read([]string{l.Path()})
	}, v.ui.win)
}
