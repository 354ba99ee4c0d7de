package native

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"taizhang/storage"
)

// DatabasePath returns the database file to open: the --db flag value when
// given; else taizhang.db beside the program when that file exists
// (portable mode: offices that carry the program and its data on a USB
// stick); else the default place in the user's config folder
// (storage.PathIn).
// A path on a network share is refused (see CheckLocalPath).
func DatabasePath(flagValue string) (string, error) {
	configDir, err := os.UserConfigDir()
	if err != nil {
		configDir = ""
	}
	path, err := chooseDatabasePath(flagValue, programDir(), configDir, isRegularFile)
	if err != nil {
		return "", err
	}
	// Check before making it absolute: on Linux Abs turns a pasted
	// \\server\share into a local-looking name.
	if err := CheckLocalPath(path); err != nil {
		return "", err
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return path, nil
}

// chooseDatabasePath is DatabasePath's decision without the environment,
// so tests can play every case.
func chooseDatabasePath(flagValue, exeDir, configDir string, exists func(string) bool) (string, error) {
	if strings.TrimSpace(flagValue) != "" {
		return flagValue, nil
	}
	if exeDir != "" {
		if p := filepath.Join(exeDir, storage.FileName); exists(p) {
			return p, nil
		}
	}
	if configDir == "" {
		return "", errors.New("找不到用户配置文件夹，请用 --db 指定数据库文件")
	}
	return storage.PathIn(configDir), nil
}

// IsPortable reports whether path is the portable database beside the
// program, so the window can say where the data is kept.
func IsPortable(path string) bool {
	dir := programDir()
	return dir != "" && samePath(path, filepath.Join(dir, storage.FileName))
}

// programDir is the folder of the running program, "" if unknown.
func programDir() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	// Follow a symlink to the real program on Unix. Not on Windows, where
	// the path is already the real one and resolving could turn a drive
	// letter into a volume or UNC name.
	if runtime.GOOS != "windows" {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
	}
	return filepath.Dir(exe)
}

func samePath(a, b string) bool {
	a, b = filepath.Clean(a), filepath.Clean(b)
	if filepath.Separator == '\\' {
		// Windows file names are case-insensitive.
		return strings.EqualFold(a, b)
	}
	return a == b
}

func isRegularFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// CheckLocalPath refuses a database on a network share: \\server\share\…
// (UNC) paths everywhere, and on Windows also mapped network drives. bbolt
// relies on file locks and mmap, which SMB shares do not honour reliably:
// two clerks opening the same ledger over the network could corrupt it.
func CheckLocalPath(path string) error {
	if isNetworkPath(path) {
		return networkPathError(path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil // nothing more to learn; opening will report it
	}
	if isNetworkPath(abs) || onRemoteDrive(abs) {
		return networkPathError(path)
	}
	return nil
}

func networkPathError(path string) error {
	return fmt.Errorf("数据库不能放在网络共享位置（%s）：bbolt 的文件锁在网络盘上不可靠，请把数据放在本机磁盘。", path)
}

// uncNetworkPath reports whether p, read as a Windows path, names a network
// share: \\server\share or //server/share, and the long-path forms
// \\?\UNC\server\share and \\.\UNC\server\share. \\?\C:\… and \\.\C:\… are
// local paths written in the long-path and device namespaces.
func uncNetworkPath(p string) bool {
	p = strings.ReplaceAll(p, "/", `\`)
	if !strings.HasPrefix(p, `\\`) {
		return false
	}
	rest := p[2:]
	if strings.HasPrefix(rest, `?\`) || strings.HasPrefix(rest, `.\`) {
		rest = rest[2:]
		return len(rest) >= 4 && strings.EqualFold(rest[:4], `UNC\`)
	}
	return true
}
