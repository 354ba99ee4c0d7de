package main

import (
	"fmt"
	"strings"

	fyneapp "fyne.io/fyne/v2/app"

	"taizhang/app"
	"taizhang/app/native"
	"taizhang/app/settings"
	"taizhang/app/workspace"
)

// runWindow opens the main window on the database named by --db, the one
// beside the program (portable), or the default one. A database that cannot
// be opened (another program has it, a newer version wrote it, it sits on a
// network share) is explained in the window, not on a console nobody sees.
func runWindow(args []string) {
	app.UseChinese()
	a := fyneapp.NewWithID("cn.gov.wengyuan.taizhang")
	a.Settings().SetTheme(app.NewTheme())
	if md := a.Metadata(); md.Version != "" {
		app.Version = md.Version
	}
	win := a.NewWindow(app.AppTitle)
	// First start fills the screen (maximised on Windows and X11); later starts
	// come back as the clerk left the window.
	if settings.NewPrefs(a.Preferences()).RestoreWindow(win) {
		a.Lifecycle().SetOnStarted(func() { native.Maximize(win) })
	}
	ws, err := openWorkspace(args)
	if err != nil {
		app.ShowFatal(win, err)
		win.ShowAndRun()
		return
	}
	defer ws.Close()
	app.NewUI(a, win, ws) // it asks about unsaved edits before closing
	native.TrackIME(win)
	win.ShowAndRun()
}

func openWorkspace(args []string) (*workspace.Workspace, error) {
	db, ok := windowDB(args)
	if !ok { // main refuses these before a window opens
		return nil, fmt.Errorf("未知的参数：%s", strings.Join(args, " "))
	}
	path, err := settings.DatabasePath(db)
	if err != nil {
		return nil, err
	}
	return workspace.Open(path)
}
