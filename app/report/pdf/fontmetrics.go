package pdf

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The PDF is laid out with the widths of the fonts it embeds, so what the
// layout breaks into lines is exactly what the PDF and the preview draw.

// faceMetrics measures one face: whether it draws a rune, and the rune's
// advance in em, caching each rune (a summary uses a few hundred distinct
// characters).
type faceMetrics struct {
	mu    sync.Mutex
	font  *sfnt.Font
	buf   sfnt.Buffer
	upem  fixed.Int26_6
	cache map[rune]float64 // advance in em; -1 when the face lacks the rune
}

func newFaceMetrics(data []byte) (*faceMetrics, error) {
	f, err := sfnt.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("字体无法读取：%w", err)
	}
	return &faceMetrics{font: f, upem: fixed.Int26_6(f.UnitsPerEm()) << 6, cache: map[rune]float64{}}, nil
}

// lookup is the advance of r in em, or -1 when the face has no glyph for
// it. Runes outside the Basic Multilingual Plane count as missing: the PDF
// writer cannot embed them.
func (m *faceMetrics) lookup(r rune) float64 {
	if r > 0xFFFF {
		return -1
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.cache[r]; ok {
		return v
	}
	v := -1.0
	if gi, err := m.font.GlyphIndex(&m.buf, r); err == nil && gi != 0 {
		v = 0.5
		if adv, err := m.font.GlyphAdvance(&m.buf, gi, m.upem, font.HintingNone); err == nil {
			v = float64(adv) / float64(m.upem)
		}
	}
	m.cache[r] = v
	return v
}

// has reports whether the face draws r.
func (m *faceMetrics) has(r rune) bool { return m.lookup(r) >= 0 }

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72
