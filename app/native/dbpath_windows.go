package native

import (
	"path/filepath"

	"golang.org/x/sys/windows"
)

// isNetworkPath: on Windows both slash forms of a UNC path reach the share.
func isNetworkPath(p string) bool { return uncNetworkPath(p) }

// onRemoteDrive reports whether an absolute path sits on a mapped network
// drive (net use Z: \\server\share), which looks like a local C:\ path.
func onRemoteDrive(abs string) bool {
	vol := filepath.VolumeName(abs)
	if len(vol) != 2 || vol[1] != ':' {
		return false
	}
	root, err := windows.UTF16PtrFromString(vol + `\`)
	if err != nil {
		return false
	}
	return windows.GetDriveType(root) == windows.DRIVE_REMOTE
}
