package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"taizhang/app"
	"taizhang/app/workspace"
)

// runWindow opens the main window on the database named by --db, or the
// default one. A database that cannot be opened (another program has it,
// a newer version wrote it) is explained in a window, not a console.
func runWindow(args []string) {
	a := fyneapp.NewWithID("cn.gov.wengyuan.taizhang")
	a.Settings().SetTheme(app.NewTheme())
	win := a.NewWindow(app.AppTitle)
	win.Resize(fyne.NewSize(1280, 780))
	db, err := dbFlag(args)
	var ws *workspace.Workspace
	if err == nil {
		ws, err = workspace.Open(db)
	}
	if err != nil {
		app.ShowFatal(win, err)
		win.ShowAndRun()
		return
	}
	defer ws.Close()
	app.NewUI(a, win, ws)
	win.ShowAndRun()
}

// dbFlag reads --db FILE (or --db=FILE) from the window's arguments.
func dbFlag(args []string) (string, error) {
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--db" || a == "-db":
			if i+1 >= len(args) {
				return "", fmt.Errorf("--db 后面需要数据库文件名")
			}
			return args[i+1], nil
		case len(a) > 5 && (a[:5] == "--db="):
			return a[5:], nil
		}
	}
	if len(args) > 0 {
		fmt.Fprintln(os.Stderr, "未知的参数：", args)
	}
	return "", nil
}
