package native

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

var (
	user32       = windows.NewLazySystemDLL("user32.dll")
	procShowWin  = user32.NewProc("ShowWindow")
	procIsZoomed = user32.NewProc("IsZoomed")
)

const swMaximize = 3

// Maximize maximises the window the Windows way, so it fills the work
// area above the taskbar whatever the screen. Call it once the window is
// shown.
func Maximize(win fyne.Window) {
	withHWND(win, func(hwnd uintptr) { procShowWin.Call(hwnd, swMaximize) })
}

// IsMaximized reports whether the clerk left the window maximised.
func IsMaximized(win fyne.Window) bool {
	zoomed := false
	withHWND(win, func(hwnd uintptr) {
		r, _, _ := procIsZoomed.Call(hwnd)
		zoomed = r != 0
	})
	return zoomed
}

func withHWND(win fyne.Window, f func(hwnd uintptr)) {
	nw, ok := win.(driver.NativeWindow)
	if !ok {
		return
	}
	nw.RunNative(func(ctx any) {
		if w, ok := ctx.(driver.WindowsWindowContext); ok && w.HWND != 0 {
			f(w.HWND)
		}
	})
}
