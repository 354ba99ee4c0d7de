package cli

import (
	"errors"
	"fmt"
	"time"
)

func init() {
	commands["backup"] = command{"backup [--db FILE] -o 备份文件                 把整个数据库（各版方案、名录、联系人、报送期、台账及历史）备份为一个文件", runBackup}
	commands["restore"] = command{"restore [--db FILE] 备份文件                 用备份文件替换数据库（原数据库先自动备份）", runRestore}
}

var (
	errBackupUsage  = errors.New("用法：taizhang backup [--db 文件] -o 备份文件")
	errRestoreUsage = errors.New("用法：taizhang restore [--db 文件] 备份文件")
)

func runBackup(e *env, args []string) int {
	f := newFlags("backup")
	out := f.String("o", "", "")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	if *out == "" || len(rest) > 0 {
		return e.bad(errBackupUsage)
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	if err := w.BackupTo(*out); err != nil {
		return e.fail(err)
	}
	fmt.Fprintf(e.out, "已把数据库《%s》备份到《%s》。\n", w.Path(), *out)
	return ExitOK
}

func runRestore(e *env, args []string) int {
	f := newFlags("restore")
	rest, err := f.parse(args)
	if err != nil {
		return e.bad(err)
	}
	if len(rest) != 1 {
		return e.bad(errRestoreUsage)
	}
	w, err := e.open(*f.db)
	if err != nil {
		return e.fail(err)
	}
	defer w.Close()
	if err := w.RestoreFile(rest[0]); err != nil {
		return e.fail(err)
	}
	plans, _ := w.Plans()
	fmt.Fprintf(e.out, "已从《%s》恢复数据库《%s》：共 %d 份方案，当前方案《%s》，当前报送期 %s。原数据库已自动备份到 %s。\n",
		rest[0], w.Path(), len(plans), w.Plan.Title, w.Plan.CurrentPeriod(time.Now()), w.BackupDir())
	return ExitOK
}
