//go:build !windows

package native

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// OpenFilesOf lets the clerk pick files, offering those whose names end in
// exts; cb gets their paths, or nil paths and a nil error when the dialog
// was cancelled. cb runs on the UI goroutine. Outside Windows this is
// Fyne's own dialog, which picks one file at a time.
func OpenFilesOf(win fyne.Window, title, startDir, filterName string, exts []string, cb func(paths []string, err error)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			cb(nil, err)
			return
		}
		path := rc.URI().Path()
		rc.Close()
		cb([]string{path}, nil)
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter(normalizeExts(exts)))
	prepareFyneDialog(d, win, orDefault(title, defaultOpenTitle), startDir)
	d.Show()
}

// SaveFile asks where to save; cb gets the chosen path (with the first of
// exts appended when the typed name has none of them), or "" and a nil
// error when cancelled. cb runs on the UI goroutine.
func SaveFile(win fyne.Window, title, startDir, defaultName string, filterName string, exts []string, cb func(path string, err error)) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			cb("", err)
			return
		}
		typed := wc.URI().Path()
		wc.Close()
		path := withExt(typed, exts)
		if path != typed {
			// Fyne's dialog has already created the typed name; an empty
			// file without its extension would only puzzle the clerk.
			if fi, err := os.Stat(typed); err == nil && fi.Size() == 0 {
				os.Remove(typed)
			}
		}
		cb(path, nil)
	}, win)
	if exts := normalizeExts(exts); len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.SetFileName(defaultName)
	prepareFyneDialog(d, win, orDefault(title, defaultSaveTitle), startDir)
	d.Show()
}

// PickFolder asks for a folder; cb gets its path, or "" and a nil error
// when cancelled. cb runs on the UI goroutine.
func PickFolder(win fyne.Window, title, startDir string, cb func(path string, err error)) {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil || l == nil {
			cb("", err)
			return
		}
		cb(l.Path(), nil)
	}, win)
	prepareFyneDialog(d, win, orDefault(title, defaultFolderTitle), startDir)
	d.Show()
}

func prepareFyneDialog(d *dialog.FileDialog, win fyne.Window, title, startDir string) {
	d.SetTitleText(title)
	// Fyne's dialog opens small; most of the window shows more files.
	if s := win.Canvas().Size(); s.Width > 0 && s.Height > 0 {
		d.Resize(fyne.NewSize(s.Width*0.85, s.Height*0.85))
	}
	if startDir == "" {
		return
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(startDir)); err == nil {
		d.SetLocation(l)
	}
}
