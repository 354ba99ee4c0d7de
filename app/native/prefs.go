package native

import (
	"os"

	"fyne.io/fyne/v2"
)

// Preference keys. Fyne stores preferences per app ID, so the window must
// be created by an app with an ID (app.NewWithID or FyneApp.toml metadata);
// without one they live in memory only and are forgotten at exit.
const (
	keyWindowWidth  = "window.width"
	keyWindowHeight = "window.height"
	keyLastDirPfx   = "lastdir."
)

// Bounds for a restored window: smaller than this the views do not fit;
// larger than this is a stored value from a bigger monitor gone wrong.
// Fyne cannot tell the screen size, so this cap is a guess, not a fit.
const (
	minWindowWidth, minWindowHeight = 800, 560
	maxWindowSide                   = 8000
)

// Prefs keeps what clerks expect a Windows program to remember: the window
// size and the last folder used for each kind of file.
//
// Only the size: Fyne has no API to read or set a window's position or
// maximised state, so Windows places the window itself.
type Prefs struct {
	p fyne.Preferences
}

// NewPrefs wraps the app's preferences (fyne.CurrentApp().Preferences()).
func NewPrefs(p fyne.Preferences) *Prefs {
	return &Prefs{p: p}
}

// RestoreWindow resizes win to the size saved by SaveWindow, if any.
// Call it before win.Show so the window does not jump.
func (p *Prefs) RestoreWindow(win fyne.Window) {
	w := p.p.Float(keyWindowWidth)
	h := p.p.Float(keyWindowHeight)
	if w <= 0 || h <= 0 {
		return
	}
	win.Resize(fyne.NewSize(float32(clamp(w, minWindowWidth, maxWindowSide)), float32(clamp(h, minWindowHeight, maxWindowSide))))
}

// SaveWindow stores win's current content size. Call it while the window
// still exists: from SetCloseIntercept before win.Close, not SetOnClosed.
func (p *Prefs) SaveWindow(win fyne.Window) {
	s := win.Canvas().Size()
	if s.Width <= 0 || s.Height <= 0 {
		return
	}
	p.p.SetFloat(keyWindowWidth, float64(s.Width))
	p.p.SetFloat(keyWindowHeight, float64(s.Height))
}

// LastDir returns the folder last stored under key (for example "import",
// "export"), or "" when none was stored or it no longer exists (a USB
// stick taken out), so dialogs then start at their own default.
func (p *Prefs) LastDir(key string) string {
	dir := p.p.String(keyLastDirPfx + key)
	if dir == "" {
		return ""
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return ""
	}
	return dir
}

// SetLastDir remembers dir under key. Pass the folder (filepath.Dir of a
// chosen file).
func (p *Prefs) SetLastDir(key, dir string) {
	if dir == "" {
		return
	}
	p.p.SetString(keyLastDirPfx+key, dir)
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}
