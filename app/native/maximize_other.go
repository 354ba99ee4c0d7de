//go:build !windows

package native

import "fyne.io/fyne/v2"

// Maximize does nothing here: Fyne cannot maximise a window outside
// Windows, so the window opens at FirstSize instead.
func Maximize(fyne.Window) {}

// IsMaximized is always false here: Fyne cannot tell.
func IsMaximized(fyne.Window) bool { return false }
