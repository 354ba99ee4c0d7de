//go:build !windows && !(cgo && !wayland && (linux || freebsd || openbsd || netbsd))

package native

import "fyne.io/fyne/v2"

// Maximize does nothing here (macOS, Wayland, a build without cgo): Fyne
// has no maximise and no window handle we read the state from here, so
// the window opens at its remembered size or FirstSize instead.
func Maximize(fyne.Window) {}

// IsMaximized is always false here: Fyne cannot tell.
func IsMaximized(fyne.Window) bool { return false }
