package native

import "testing"

func TestPrefersDarkOnlyWhenAsked(t *testing.T) {
	t.Setenv("FYNE_THEME", "dark")
	if !PrefersDark() {
		t.Error("FYNE_THEME=dark not followed")
	}
	t.Setenv("FYNE_THEME", "light")
	if PrefersDark() {
		t.Error("FYNE_THEME=light not followed")
	}
}
