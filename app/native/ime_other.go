//go:build !windows

package native

import "fyne.io/fyne/v2"

// TrackIME places the input method's candidate window beside the focused
// field. Only Windows needs it here: elsewhere it does nothing.
func TrackIME(win fyne.Window) {}
