//go:build !windows

package native

import "strings"

// isNetworkPath: elsewhere //x is an ordinary local path (POSIX folds the
// slashes), so only the backslash form of a UNC path, which can only mean
// a Windows share pasted in, is refused.
func isNetworkPath(p string) bool {
	return strings.HasPrefix(p, `\\`) && uncNetworkPath(p)
}

// onRemoteDrive: drive letters exist only on Windows.
func onRemoteDrive(string) bool { return false }
