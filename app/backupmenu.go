package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/native"
	"taizhang/app/plan"
	"taizhang/app/workspace"
)

// backupExts are the files a backup is saved as and restored from.
var backupExts = []string{".db"}

// backupToFile saves everything in the database as one file where the
// clerk chooses, such as a USB stick, for a new computer.
func (u *UI) backupToFile() {
	name := workspace.DefaultBackupName(today().Format(plan.DateLayout))
	native.SaveFile(u.win, "备份到（整个台账存为一个文件）", u.prefs.LastDir("backup"), name, "台账备份", backupExts, func(path string, err error) {
		if err != nil || path == "" {
			return
		}
		u.prefs.SetLastDir("backup", filepath.Dir(path))
		u.say("正在备份……")
		go func() { // a read of the whole file: off the window's goroutine
			err := u.ws.BackupTo(path)
			fyne.Do(func() {
				if err != nil {
					u.notice = ""
					u.setStatus()
					u.showError(err)
					return
				}
				u.say("已备份到《" + path + "》。在新电脑上用“文件 → 恢复备份… → 从文件恢复…”选择这个文件即可。")
			})
		}()
	})
}

// restoreBackup offers the automatic copies, newest first, and a backup
// file from anywhere.
func (u *UI) restoreBackup() {
	list, _ := u.ws.Backups()
	names := make([]string, len(list))
	byName := map[string]string{}
	for i, p := range list {
		names[i] = workspace.BackupLabel(p)
		byName[names[i]] = p
	}
	var d dialog.Dialog
	fromFile := widget.NewButton("从文件恢复…（U盘或其他电脑的备份）", func() {
		d.Hide()
		u.restoreFromFile()
	})
	if len(list) == 0 {
		d = dialog.NewCustom("恢复备份", "取消", container.NewVBox(
			widget.NewLabel("这个数据库还没有自动备份（每次导入前程序会自动备份）。"), fromFile), u.win)
		d.Show()
		return
	}
	pick := widget.NewSelect(names, nil)
	pick.SetSelected(names[0])
	d = dialog.NewCustomConfirm("恢复备份", "恢复备份", "取消", container.NewVBox(
		widget.NewLabel("选择要恢复的自动备份（按备份时间）。当前数据会先自动备份，恢复后仍可找回。"), pick,
		widget.NewSeparator(), fromFile),
		func(ok bool) {
			if ok && pick.Selected != "" {
				u.restoreChosen(byName[pick.Selected], pick.Selected+" 的备份")
			}
		}, u.win)
	d.Show()
}

// restoreFromFile takes a backup file from anywhere: one saved with 备份到…
// on this or another computer, or an automatic copy.
func (u *UI) restoreFromFile() {
	native.OpenFilesOf(u.win, "选择备份文件", u.prefs.LastDir("backup"), "台账备份", backupExts, func(paths []string, err error) {
		if err != nil || len(paths) == 0 {
			return
		}
		u.prefs.SetLastDir("backup", filepath.Dir(paths[0]))
		path := paths[0]
		if err := u.ws.CheckRestore(path); err != nil {
			u.showError(err) // before asking: nothing to confirm
			return
		}
		confirm(u.win, "恢复备份", "用《"+filepath.Base(path)+"》替换现在的全部数据？\n现在的数据会先自动备份，恢复后仍可找回。", "恢复备份", func() {
			u.restoreChosen(path, "《"+filepath.Base(path)+"》")
		})
	})
}

// restoreChosen restores once no edit is left unsaved; the restored plan
// rebuilds the window.
func (u *UI) restoreChosen(path, label string) {
	u.guard(u.allForms(), func() {
		if err := u.ws.RestoreFile(path); err != nil {
			u.showError(err)
			return
		}
		u.say("已恢复 " + label + "。")
	}, nil)
}
