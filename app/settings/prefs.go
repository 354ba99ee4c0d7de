package settings

import (
	"encoding/json"
	"os"

	"fyne.io/fyne/v2"

	"taizhang/app/native"
)

// Preference keys. Fyne stores preferences per app ID, so the window must
// be created by an app with an ID (app.NewWithID or FyneApp.toml metadata);
// without one they live in memory only and are forgotten at exit.
const (
	keyWindowWidth  = "window.width"
	keyWindowHeight = "window.height"
	keyLastDirPfx   = "lastdir."
	keyMaximized    = "window.maximized"
	keySplitPfx     = "split."
	keyPeriodPfx    = "period."
	keyLayout       = "window.layout"
)

// FirstSize is the window's size on first start where it cannot be
// maximised: the office's 1366×768 screen less the taskbar and title bar.
var FirstSize = fyne.NewSize(1366, 700)

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
// Fyne has no API for a window's position, so Windows places the window
// itself; the maximised state is read and set through the native window
// (the Windows handle, or the X11 window on Linux).
type Prefs struct {
	p fyne.Preferences
}

// NewPrefs wraps the app's preferences (fyne.CurrentApp().Preferences()).
func NewPrefs(p fyne.Preferences) *Prefs {
	return &Prefs{p: p}
}

// RestoreWindow resizes win to the size saved by SaveLayout, or to
// FirstSize on first start. Call it before win.Show so the window does
// not jump. It reports whether the window should then be maximised: on
// first start, or when the clerk left it maximised.
func (p *Prefs) RestoreWindow(win fyne.Window) (maximize bool) {
	l := p.layout()
	if l.Width <= 0 || l.Height <= 0 {
		win.Resize(FirstSize)
		return true
	}
	win.Resize(fyne.NewSize(float32(clamp(l.Width, minWindowWidth, maxWindowSide)), float32(clamp(l.Height, minWindowHeight, maxWindowSide))))
	return l.Maximized
}

// windowLayout is everything the window remembers of its shape, stored
// as one value: Fyne writes the preferences file on every change and
// reloads it when the file changes on disk, so a run of separate writes
// at quit raced with that reload, which read a half-written file
// ("Preferences load error: EOF") and put older values back over the
// height and the dividers.
type windowLayout struct {
	Width     float64            `json:"width"`
	Height    float64            `json:"height"`
	Maximized bool               `json:"maximized"`
	Splits    map[string]float64 `json:"splits"`
}

// layout is the stored layout, read from the older one-value-a-key form
// when that is all there is.
func (p *Prefs) layout() windowLayout {
	var l windowLayout
	if s := p.p.String(keyLayout); s != "" && json.Unmarshal([]byte(s), &l) == nil {
		return l
	}
	return windowLayout{Width: p.p.Float(keyWindowWidth), Height: p.p.Float(keyWindowHeight), Maximized: p.p.Bool(keyMaximized)}
}

// SaveLayout stores win's content size, whether it is maximised and the
// dividers' positions by key, in one write. Call it while the window
// still exists: from SetCloseIntercept before win.Close, not SetOnClosed.
// A maximised window keeps the size it had before, to come back to.
func (p *Prefs) SaveLayout(win fyne.Window, splits map[string]float64) {
	l := p.layout()
	l.Maximized = native.IsMaximized(win)
	if s := win.Canvas().Size(); s.Width > 0 && s.Height > 0 && !l.Maximized {
		l.Width, l.Height = float64(s.Width), float64(s.Height)
	}
	if l.Splits == nil {
		l.Splits = map[string]float64{}
	}
	for k, v := range splits {
		l.Splits[k] = v
	}
	p.setLayout(l)
}

// setLayout stores l, unless it is what is stored already: every write
// makes Fyne truncate and rewrite the file, and its watcher may read the
// file in between (a logged "EOF"), so writes that change nothing are
// left out.
func (p *Prefs) setLayout(l windowLayout) {
	b, err := json.Marshal(l)
	if err != nil || p.p.String(keyLayout) == string(b) {
		return
	}
	p.p.SetString(keyLayout, string(b))
}

// SaveWindow stores win's size and state, keeping the dividers.
func (p *Prefs) SaveWindow(win fyne.Window) { p.SaveLayout(win, nil) }

// SplitOffset is the divider position saved under key, or def when none
// was saved or it is out of range.
func (p *Prefs) SplitOffset(key string, def float64) float64 {
	v, ok := p.layout().Splits[key]
	if !ok {
		v = p.p.FloatWithFallback(keySplitPfx+key, def)
	}
	if v <= 0.05 || v >= 0.95 {
		return def
	}
	return v
}

// SetSplitOffset stores one divider position.
func (p *Prefs) SetSplitOffset(key string, v float64) {
	l := p.layout()
	if l.Splits == nil {
		l.Splits = map[string]float64{}
	}
	l.Splits[key] = v
	p.setLayout(l)
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

// LastPeriod is the 报送期 last chosen in the window for a plan on the
// database at db, "" when none was stored: the window opens on it again, not on
// the next period once a due date has passed.
func (p *Prefs) LastPeriod(db, plan string) string {
	return p.p.String(keyPeriodPfx + plan + "@" + db)
}

// SetLastPeriod remembers the 报送期 chosen for a plan on the database
// at db.
func (p *Prefs) SetLastPeriod(db, plan, period string) {
	if p.LastPeriod(db, plan) != period {
		p.p.SetString(keyPeriodPfx+plan+"@"+db, period)
	}
}
