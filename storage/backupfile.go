package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	"taizhang/internal/atomicfile"
)

// A backup file is a consistent copy of the whole database (bbolt's own
// file): every plan version, directory, contact, period and return with its
// history and the import records, exactly as stored. The same format as the
// automatic copies, so either restores the same way, on any computer.

// ErrNotBackup means a file chosen for restoring is not a taizhang database.
var ErrNotBackup = errors.New("不是台账备份文件")

// boltMagic opens every bbolt file, in its first meta page after the
// 16-byte page header.
const boltMagic = 0xED0CDAED

// notBackup is the clerk's sentence for a file that cannot be restored.
func notBackup(path, why string) error {
	return &sentenceError{fmt.Sprintf("《%s》不是台账的备份文件（%s）：请选择用“文件 → 备份到…”保存的文件，或 backups 文件夹里的自动备份。",
		filepath.Base(path), why), ErrNotBackup}
}

// CheckBackup reads the file at path as a database copy without changing
// it: a bbolt file whose pages are all sound, with the program's buckets,
// a schema this program knows and at least one plan.
func CheckBackup(path string) (err error) {
	if err := checkMagic(path); err != nil {
		return err
	}
	// A damaged page can make bbolt panic, or fault on its memory map.
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = notBackup(path, "文件已损坏")
		}
	}()
	db, err := bolt.Open(path, 0o400, &bolt.Options{ReadOnly: true, Timeout: lockWait})
	if err != nil {
		return notBackup(path, "无法作为数据库打开")
	}
	defer db.Close()
	return db.View(func(tx *bolt.Tx) error {
		for e := range tx.Check() {
			return notBackup(path, "文件已损坏："+e.Error())
		}
		return checkContents(tx, path)
	})
}

// checkContents is the program's own layout: a schema mark it can read
// and a plan to show.
func checkContents(tx *bolt.Tx, path string) error {
	meta, plans := tx.Bucket(bucketMeta), tx.Bucket(bucketPlans)
	if meta == nil || plans == nil {
		return notBackup(path, "其中没有分工方案和台账")
	}
	if raw := meta.Get(keySchema); raw != nil {
		v, err := strconv.Atoi(string(raw))
		if err != nil {
			return notBackup(path, "版本标记损坏")
		}
		if v > SchemaVersion {
			return &sentenceError{fmt.Sprintf("备份《%s》由更新版本（数据版本 %d）的台账程序写入，本程序只认得版本 %d：请先升级程序再恢复。",
				filepath.Base(path), v, SchemaVersion), ErrTooNew}
		}
	}
	if k, _ := plans.Cursor().First(); k == nil {
		return notBackup(path, "其中没有分工方案")
	}
	return nil
}

// checkMagic refuses at once what is plainly not a database (a workbook,
// an empty file), before bbolt would take an empty file for a new one.
func checkMagic(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("无法读取备份《%s》：%w", filepath.Base(path), err)
	}
	defer f.Close()
	head := make([]byte, 20)
	if _, err := io.ReadFull(f, head); err != nil {
		return notBackup(path, "文件太短")
	}
	if binary.LittleEndian.Uint32(head[16:]) != boltMagic {
		return notBackup(path, "文件格式不对")
	}
	return nil
}

// CopyFile copies src to dst through a temporary file beside dst, renamed
// into place once complete, so dst is never left half written.
func CopyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return atomicfile.Write(dst, 0o600, func(out *os.File) error {
		_, err := io.Copy(out, in)
		return err
	})
}

// BackupTo writes the whole database to one file at path, through a
// temporary file beside it, so a full USB stick leaves no broken backup
// under the chosen name.
func (s *Store) BackupTo(path string) error { return s.Backup(path) }

// reopenWait is how long a restore keeps trying to open the database
// again after swapping files, in case another program looked in between.
var reopenWait = 3 * time.Second

// ErrRestoredInUse means the restored database is in place but another
// program opened it in the moment between the swap and reopening.
var ErrRestoredInUse = errors.New("备份已恢复，但另一个台账程序同时打开了数据库")

// Replace swaps the closed database at path for the checked copy at
// restored (a file beside it) and opens the result. Until the new file
// opens, the old one is kept aside and put back on failure. Should
// another program open the restored file first, it is left in place (that
// program works on it) and ErrRestoredInUse says so.
func Replace(path, restored string) (*Store, error) {
	aside := path + ".before-restore"
	os.Remove(aside)
	hadOld := fileExists(path)
	if hadOld {
		if err := os.Rename(path, aside); err != nil {
			return nil, fmt.Errorf("无法替换数据库《%s》：%w", path, err)
		}
	}
	if err := os.Rename(restored, path); err != nil {
		if hadOld {
			os.Rename(aside, path)
		}
		return nil, fmt.Errorf("无法替换数据库《%s》：%w", path, err)
	}
	st, err := openRetrying(path)
	switch {
	case errors.Is(err, ErrLocked):
		os.Remove(aside)
		return nil, &sentenceError{"备份已恢复，但另一个台账程序同时打开了数据库：请关闭所有台账窗口后重新打开。", ErrRestoredInUse}
	case err != nil:
		os.Remove(path)
		if hadOld {
			os.Rename(aside, path)
		}
		return nil, err
	}
	os.Remove(aside)
	return st, nil
}

func openRetrying(path string) (*Store, error) {
	deadline := time.Now().Add(reopenWait)
	for {
		st, err := Open(path)
		if err == nil || !errors.Is(err, ErrLocked) || time.Now().After(deadline) {
			return st, err
		}
	}
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
