package workspace

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"taizhang/storage"
)

// errSameFile refuses saving a backup over, or restoring from, the open
// database itself.
var errSameFile = errors.New("这个文件就是正在使用的数据库：请另选位置或文件。")

// BackupTo writes everything in the database (plan versions, directory,
// contacts, periods, returns with their history) to one file where the
// clerk chose, such as a USB stick, for moving to another computer.
func (w *Workspace) BackupTo(path string) error {
	if samePath(path, w.Path()) {
		return errSameFile
	}
	if err := w.store.BackupTo(path); err != nil {
		return fmt.Errorf("无法把备份写到《%s》：%w。请确认U盘或文件夹可以写入、空间足够。", path, err)
	}
	return nil
}

// DefaultBackupName is the file name offered for a backup made today.
func DefaultBackupName(date string) string { return "台账备份-" + date + ".db" }

// RestoreFile replaces the database with a backup from anywhere: a file
// made by BackupTo or an automatic copy. The file is copied beside the
// database and checked there first; a file that is not such a backup is
// refused with one sentence and nothing changes. The current database is
// backed up automatically and kept until the restored one has opened.
func (w *Workspace) RestoreFile(src string) error {
	if err := w.CheckRestore(src); err != nil {
		return err
	}
	path := w.Path()
	staged := path + ".restore"
	if err := storage.CopyFile(src, staged); err != nil {
		return fmt.Errorf("无法读取备份《%s》：%w", filepath.Base(src), err)
	}
	if err := prepareStaged(staged, src); err != nil {
		os.Remove(staged)
		return err
	}
	if _, err := w.Backup(); err != nil {
		os.Remove(staged)
		return err
	}
	if err := w.store.Close(); err != nil {
		os.Remove(staged)
		return err
	}
	st, err := storage.Replace(path, staged)
	if errors.Is(err, storage.ErrRestoredInUse) {
		return err // the other program has it: nothing left to reopen here
	}
	if err != nil {
		// The old database is back in place: keep working on it.
		old, oerr := storage.Open(path)
		if oerr != nil {
			return fmt.Errorf("恢复备份失败，且无法重新打开原数据库：%w", oerr)
		}
		w.store = old
		return fmt.Errorf("恢复备份失败，数据库未改动：%w", err)
	}
	w.store = st
	return w.reloadAndNotify(Change{Kind: PlanChanged})
}

// CheckRestore says, without changing anything, whether src can be
// restored: a backup of the program's, and not the open database itself.
func (w *Workspace) CheckRestore(src string) error {
	if samePath(src, w.Path()) {
		return errSameFile
	}
	return storage.CheckBackup(src)
}

// prepareStaged opens the copied backup once, so an older layout is
// upgraded and a plan is there before it replaces anything.
func prepareStaged(staged, src string) error {
	if err := storage.CheckBackup(staged); err != nil {
		return err
	}
	st, err := storage.Open(staged)
	if err != nil {
		return fmt.Errorf("备份《%s》无法打开：%w", filepath.Base(src), err)
	}
	defer st.Close()
	if _, _, err := st.CurrentPlan(); err != nil {
		return fmt.Errorf("备份《%s》中没有当前方案：%w", filepath.Base(src), err)
	}
	return nil
}

// samePath is true when a and b name the same file, as far as can be told.
func samePath(a, b string) bool {
	if ai, err := os.Stat(a); err == nil {
		if bi, err := os.Stat(b); err == nil {
			return os.SameFile(ai, bi)
		}
	}
	aa, _ := filepath.Abs(a)
	bb, _ := filepath.Abs(b)
	return strings.EqualFold(filepath.Clean(aa), filepath.Clean(bb))
}
