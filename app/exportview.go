package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// extraTabs are the output views.
func (u *UI) extraTabs() []*container.TabItem { return nil }

// extraShortcuts are the output views' keys.
func (u *UI) extraShortcuts() map[fyne.KeyName]func() { return nil }
