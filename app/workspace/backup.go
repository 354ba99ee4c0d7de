package workspace

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"taizhang/internal/atomicfile"
	"taizhang/storage"
)

// keepBackups is how many automatic copies are kept beside the database.
const keepBackups = 10

// sharedBackupsName is the database name whose copies go straight into the
// backups folder: the program's default database, as it always has been.
const sharedBackupsName = "taizhang.db"

// BackupDir is where automatic copies go: a backups folder beside the
// database. A database of another name keeps its copies in a folder of its
// own in there, so two databases side by side (2018.db, 2019.db) never
// offer, or prune, each other's copies.
func (w *Workspace) BackupDir() string {
	dir := filepath.Join(filepath.Dir(w.store.Path()), "backups")
	base := filepath.Base(w.store.Path())
	if strings.EqualFold(base, sharedBackupsName) {
		return dir
	}
	return filepath.Join(dir, strings.TrimSuffix(base, filepath.Ext(base)))
}

// Backup writes a consistent copy of the database before a change the
// clerk may regret, and keeps only the newest copies.
func (w *Workspace) Backup() (string, error) {
	dir := w.BackupDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("无法创建备份文件夹《%s》：%w", dir, err)
	}
	name := backupName(dir, time.Now())
	if err := w.store.Backup(name); err != nil {
		return "", fmt.Errorf("备份数据库失败：%w", err)
	}
	list, _ := w.Backups()
	for len(list) > keepBackups {
		os.Remove(list[len(list)-1])
		list = list[:len(list)-1]
	}
	return name, nil
}

// backupName names a copy by the time to the second; a second copy within
// the same second gets _02, which sorts after the first.
func backupName(dir string, at time.Time) string {
	base := filepath.Join(dir, "taizhang-"+at.Format("20060102-150405"))
	name := base + ".db"
	for n := 2; fileExists(name); n++ {
		name = fmt.Sprintf("%s_%02d.db", base, n)
	}
	return name
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// BackupLabel is how the clerk sees a copy: its time, as 2018-12-20 14:03:05.
func BackupLabel(path string) string {
	name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(path), "taizhang-"), ".db")
	stamp, n, _ := strings.Cut(name, "_")
	// Copies named with nanoseconds by earlier versions still read as times.
	stamp, _, _ = strings.Cut(stamp, ".")
	t, err := time.ParseInLocation("20060102-150405", stamp, time.Local)
	if err != nil {
		return filepath.Base(path)
	}
	label := t.Format("2006-01-02 15:04:05")
	if n != "" {
		label += "（第 " + strings.TrimLeft(n, "0") + " 份）"
	}
	return label
}

// Backups lists the automatic copies, newest first.
func (w *Workspace) Backups() ([]string, error) {
	entries, err := os.ReadDir(w.BackupDir())
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "taizhang-") && strings.HasSuffix(e.Name(), ".db") {
			out = append(out, filepath.Join(w.BackupDir(), e.Name()))
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(out)))
	return out, nil
}

// Restore replaces the database with a backup copy. The current database
// is first backed up itself, so a restore can be undone by restoring again.
func (w *Workspace) Restore(backup string) error {
	if _, err := w.Backup(); err != nil {
		return err
	}
	data, err := os.ReadFile(backup)
	if err != nil {
		return fmt.Errorf("无法读取备份《%s》：%w", filepath.Base(backup), err)
	}
	path := w.store.Path()
	if err := w.store.Close(); err != nil {
		return err
	}
	// Write beside the database and rename over it, so a crash mid-copy
	// leaves the old database whole.
	err = atomicfile.WriteFile(path, data, 0o600)
	st, oerr := storage.Open(path)
	if oerr != nil {
		return fmt.Errorf("恢复后无法重新打开数据库：%w", oerr)
	}
	w.store = st
	if err != nil {
		return fmt.Errorf("恢复备份失败，数据库未改动：%w", err)
	}
	return w.reloadAndNotify(Change{Kind: PlanChanged})
}
