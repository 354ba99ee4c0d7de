package report

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"taizhang/assets"
)

// The PDF is laid out with the widths of the bundled font itself, so what
// the layout breaks into lines is exactly what the PDF and the preview draw.

// faceMetrics measures the advance of runes in one face, in em, caching
// each rune (a summary uses a few hundred distinct characters).
type faceMetrics struct {
	mu    sync.Mutex
	font  *sfnt.Font
	buf   sfnt.Buffer
	upem  fixed.Int26_6
	cache map[rune]float64
}

var (
	metricsOnce sync.Once
	metricsErr  error
	regularM    *faceMetrics
	boldM       *faceMetrics
)

// bundledMetrics parses the bundled fonts once.
func bundledMetrics() (regular, bold *faceMetrics, err error) {
	metricsOnce.Do(func() {
		if regularM, metricsErr = newFaceMetrics(assets.FontRegular); metricsErr == nil {
			boldM, metricsErr = newFaceMetrics(assets.FontBold)
		}
	})
	return regularM, boldM, metricsErr
}

func newFaceMetrics(data []byte) (*faceMetrics, error) {
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("内置字体无法读取：%w", err)
	}
	return &faceMetrics{font: f, upem: fixed.Int26_6(f.UnitsPerEm()) << 6, cache: map[rune]float64{}}, nil
}

// em is the advance of r as a share of the font size.
func (m *faceMetrics) em(r rune) float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.cache[r]; ok {
		return v
	}
	v := 0.5
	if gi, err := m.font.GlyphIndex(&m.buf, r); err == nil {
		if adv, err := m.font.GlyphAdvance(&m.buf, gi, m.upem, font.HintingNone); err == nil {
			v = float64(adv) / float64(m.upem)
		}
	}
	m.cache[r] = v
	return v
}

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72

// advanceMM measures runes in millimetres at size points.
func (m *faceMetrics) advanceMM(size float64) advance {
	k := size * mmPerPt
	return func(r rune) float64 { return m.em(r) * k }
}

// widthMM is the width of s in millimetres at size points.
func (m *faceMetrics) widthMM(s string, size float64) float64 {
	w := 0.0
	adv := m.advanceMM(size)
	for _, r := range s {
		w += adv(r)
	}
	return w
}
