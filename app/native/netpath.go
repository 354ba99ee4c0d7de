package native

import (
	"fmt"
	"path/filepath"
	"strings"
)

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
