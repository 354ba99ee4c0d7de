package settings

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"taizhang/app/native"
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
	if err := native.CheckLocalPath(path); err != nil {
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
