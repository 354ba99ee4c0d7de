package native

import "os"

// PrefersDark reports whether the system asks for a dark window: FYNE_THEME
// set to dark, or (on Windows) apps set to the dark mode. Anything else is
// light, the clerks' Office habit: Fyne alone would go dark wherever it
// cannot ask the system, as on a Linux desktop without a settings portal.
func PrefersDark() bool {
	switch os.Getenv("FYNE_THEME") {
	case "dark":
		return true
	case "light":
		return false
	}
	return systemDark()
}
