package settings

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestPrefsWindowSize(t *testing.T) {
	a := test.NewTempApp(t)
	p := NewPrefs(a.Preferences())

	w := a.NewWindow("台账")
	defer w.Close()
	w.Resize(fyne.NewSize(1024, 700))
	p.SaveWindow(w)

	w2 := a.NewWindow("台账")
	defer w2.Close()
	w2.Resize(fyne.NewSize(300, 200))
	p.RestoreWindow(w2)
	if got := w2.Canvas().Size(); got != fyne.NewSize(1024, 700) {
		t.Errorf("restored size = %v, want 1024x700", got)
	}

	// A stored size too small to use is raised to the minimum.
	w2.Resize(fyne.NewSize(100, 50))
	p.SaveWindow(w2)
	p.RestoreWindow(w2)
	if got := w2.Canvas().Size(); got.Width < minWindowWidth || got.Height < minWindowHeight {
		t.Errorf("restored size = %v, want at least %vx%v", got, minWindowWidth, minWindowHeight)
	}
}

func TestPrefsLastDir(t *testing.T) {
	a := test.NewTempApp(t)
	p := NewPrefs(a.Preferences())
	if got := p.LastDir("import"); got != "" {
		t.Errorf("LastDir before any = %q", got)
	}
	dir := t.TempDir()
	p.SetLastDir("import", dir)
	p.SetLastDir("export", "")
	if got := p.LastDir("import"); got != dir {
		t.Errorf("LastDir(import) = %q, want %q", got, dir)
	}
	if got := p.LastDir("export"); got != "" {
		t.Errorf("LastDir(export) = %q, want none", got)
	}
	// A folder that went away (a USB stick taken out) is not offered.
	p.SetLastDir("export", dir+"/不存在")
	if got := p.LastDir("export"); got != "" {
		t.Errorf("LastDir of a missing folder = %q", got)
	}
}

// First start fills the office screen and asks to be maximised; a window
// the clerk left unmaximised stays so; split positions come back.
func TestPrefsFirstStartAndSplits(t *testing.T) {
	a := test.NewTempApp(t)
	p := NewPrefs(a.Preferences())
	w := a.NewWindow("台账")
	defer w.Close()
	if !p.RestoreWindow(w) || w.Canvas().Size() != FirstSize {
		t.Fatalf("first start: size %v", w.Canvas().Size())
	}
	p.SaveWindow(w)
	if p.RestoreWindow(w) {
		t.Error("a window not left maximised is maximised again")
	}
	if got := p.SplitOffset("ledger", 0.5); got != 0.5 {
		t.Errorf("unsaved split %v", got)
	}
	p.SetSplitOffset("ledger", 0.62)
	if got := p.SplitOffset("ledger", 0.5); got != 0.62 {
		t.Errorf("saved split %v", got)
	}
	p.SetSplitOffset("ledger", 0.99)
	if got := p.SplitOffset("ledger", 0.5); got != 0.5 {
		t.Errorf("a divider at the edge came back as %v", got)
	}
}

// A layout stored by an older version, one value a key, still comes back.
func TestPrefsOlderLayout(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetFloat(keyWindowWidth, 1200)
	a.Preferences().SetFloat(keyWindowHeight, 650)
	a.Preferences().SetFloat(keySplitPfx+"ledger", 0.4)
	p := NewPrefs(a.Preferences())
	w := a.NewWindow("台账")
	defer w.Close()
	if p.RestoreWindow(w) || w.Canvas().Size() != fyne.NewSize(1200, 650) || p.SplitOffset("ledger", 0.5) != 0.4 {
		t.Errorf("older layout: size %v, split %v", w.Canvas().Size(), p.SplitOffset("ledger", 0.5))
	}
}
