//go:build !windows

package native

// systemDark is false: outside Windows only FYNE_THEME asks for dark.
func systemDark() bool { return false }
