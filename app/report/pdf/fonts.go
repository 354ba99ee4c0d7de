package pdf

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"taizhang/app/report"
	"taizhang/assets"
)

// substitute is printed for a character no font can draw: visible, so the
// clerk sees where something is missing, and in every Chinese font.
const substitute = '〓'

// face is one font the PDF may embed.
type face struct {
	id   int    // index in the font set, and the PDF's font name f<id>
	name string // where it came from, for messages
	data []byte // a single-face TrueType font
	m    *faceMetrics
}

// chain is the faces a kind of text (body or heading) tries in turn for
// each character.
type chain []*face

// pick is the first face of the chain that draws r, or nil.
func (c chain) pick(r rune) *face {
	for _, f := range c {
		if f.m.has(r) {
			return f
		}
	}
	return nil
}

// fontSet is every face a document may use, with the chains for body text
// and headings.
type fontSet struct {
	faces      []*face
	body, head chain
}

// systemFonts names font files of the machine the program runs on: Body
// and Heading are used before the bundled faces (仿宋 and 黑体 on the
// office's Windows, by convention), Fallback after them, for characters
// the bundled subset lacks. A path may be a .ttf or a .ttc (its first
// face is used). Files that are missing or unreadable are skipped.
type systemFonts struct {
	Body, Heading string
	Fallback      []string
}

var (
	sysFontsMu sync.Mutex
	findFonts  func() (body, heading string, fallback []string)
	fontsOnce  sync.Once
	fontsSet   *fontSet
	fontsErr   error
)

// UseSystemFonts tells the PDF writer how to find the machine's fonts to
// draw with. Call it once at start, before any PDF is made; find runs only
// when the first PDF is laid out, so commands and windows that print
// nothing do not pay for looking the fonts up (fontconfig runs programs).
func UseSystemFonts(find func() (body, heading string, fallback []string)) {
	sysFontsMu.Lock()
	defer sysFontsMu.Unlock()
	findFonts = find
}

// documentFonts loads the bundled faces and the system's once.
func documentFonts() (*fontSet, error) {
	fontsOnce.Do(func() {
		sysFontsMu.Lock()
		find := findFonts
		sysFontsMu.Unlock()
		var sf systemFonts
		if find != nil {
			sf.Body, sf.Heading, sf.Fallback = find()
		}
		fontsSet, fontsErr = loadFonts(sf)
	})
	return fontsSet, fontsErr
}

// loadFonts builds the chains: the system's body (or heading) face, the
// bundled face of that weight, then the fallbacks.
func loadFonts(sf systemFonts) (*fontSet, error) {
	fs := &fontSet{}
	reg, err := fs.add("内置字体", assets.FontRegular)
	if err != nil {
		return nil, err
	}
	bold, err := fs.add("内置粗体", assets.FontBold)
	if err != nil {
		return nil, err
	}
	var fallback chain
	for _, p := range sf.Fallback {
		if f := fs.load(p); f != nil {
			fallback = append(fallback, f)
		}
	}
	fs.body = chain{reg}
	if f := fs.load(sf.Body); f != nil {
		fs.body = chain{f, reg}
	}
	fs.head = chain{bold}
	if f := fs.load(sf.Heading); f != nil {
		fs.head = chain{f, bold}
	}
	// Headings fall back to the body's faces before the system's others.
	fs.head = append(append(fs.head, fs.body...), fallback...)
	fs.body = append(fs.body, fallback...)
	return fs, nil
}

func (fs *fontSet) add(name string, data []byte) (*face, error) {
	m, err := newFaceMetrics(data)
	if err != nil {
		return nil, fmt.Errorf("%s：%w", name, err)
	}
	f := &face{id: len(fs.faces), name: name, data: data, m: m}
	fs.faces = append(fs.faces, f)
	return f, nil
}

// load reads a system font file; nil when there is none or it is unusable
// (the program then prints with what it has).
func (fs *fontSet) load(path string) *face {
	if path == "" {
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	if isCollection(data) {
		if data, err = collectionFace(data, 0); err != nil {
			return nil
		}
	}
	if !isTrueType(data) {
		return nil // CFF outlines: the PDF writer cannot embed them
	}
	f, err := fs.add(path, data)
	if err != nil {
		return nil
	}
	return f
}

// system reports whether the set holds fonts of the machine.
func (fs *fontSet) system() bool { return len(fs.faces) > 2 }

// chainFor is the chain of body text or of headings.
func (fs *fontSet) chainFor(bold bool) chain {
	if bold {
		return fs.head
	}
	return fs.body
}

// replaced collects the characters a document printed as 〓.
type replaced map[rune]bool

// clean makes s printable with chain c: tabs become spaces, other control
// characters go, and characters no face draws become 〓 and are recorded.
func (c chain) clean(s string, rep replaced) string {
	ok := true
	for _, r := range s {
		if r < ' ' || c.pick(r) == nil {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteRune(' ')
		case r == '\n':
			b.WriteRune(r)
		case r < ' ' || r == 0x7F:
		case c.pick(r) == nil:
			rep[r] = true
			b.WriteRune(substitute)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// notice is the sentence telling the clerk which characters were printed
// as 〓, or "" when none were.
func (rep replaced) notice() string {
	if len(rep) == 0 {
		return ""
	}
	rs := make([]rune, 0, len(rep))
	for r := range rep {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	names := make([]string, len(rs))
	for i, r := range rs {
		names[i] = fmt.Sprintf("%c（U+%04X）", r, r)
	}
	return fmt.Sprintf("有 %d 个字符字体中没有，PDF 中印为“〓”：%s。Excel 汇总表中这些字符照原样保留。",
		len(rs), strings.Join(names, "、"))
}

// advanceMM measures runes of the chain in millimetres at size points; a
// rune no face has measures as the substitute.
func (c chain) advanceMM(size float64) report.Advance {
	k := size * mmPerPt
	return func(r rune) float64 {
		if f := c.pick(r); f != nil {
			return f.m.lookup(r) * k
		}
		if f := c.pick(substitute); f != nil {
			return f.m.lookup(substitute) * k
		}
		return k
	}
}

// widthMM is the width of s in millimetres at size points.
func (c chain) widthMM(s string, size float64) float64 {
	w := 0.0
	adv := c.advanceMM(size)
	for _, r := range s {
		w += adv(r)
	}
	return w
}

// run is a piece of a line drawn with one face.
type run struct {
	f *face
	s string
	w float64 // width in millimetres
}

// runs splits a cleaned line into pieces of one face each.
func (c chain) runs(s string, size float64) []run {
	var out []run
	k := size * mmPerPt
	for _, r := range s {
		f := c.pick(r)
		if f == nil {
			continue // clean has replaced these already
		}
		w := f.m.lookup(r) * k
		if n := len(out); n > 0 && out[n-1].f == f {
			out[n-1].s += string(r)
			out[n-1].w += w
			continue
		}
		out = append(out, run{f: f, s: string(r), w: w})
	}
	return out
}
