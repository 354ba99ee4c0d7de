package report

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// PreviewImage paints one page (0-based) of a layout into an image width
// pixels wide, with the bundled font: the window's 打印预览. It draws the
// same boxes and lines as the PDF, so what the clerk sees is what prints.
func PreviewImage(l *Layout, page int, width int) (image.Image, error) {
	if page < 0 || page >= len(l.Pages) {
		return nil, fmt.Errorf("没有第 %d 页（共 %d 页）", page+1, len(l.Pages))
	}
	if width < 100 {
		width = 100
	}
	k := float64(width) / l.PageW // pixels per millimetre
	img := image.NewRGBA(image.Rect(0, 0, width, int(math.Ceil(l.PageH*k))))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	p := &l.Pages[page]
	for _, b := range p.Boxes {
		paintBox(img, b, k)
	}
	faces, err := newFaceCache()
	if err != nil {
		return nil, err
	}
	defer faces.close()
	for _, t := range p.Texts {
		face, err := faces.get(t.Size*mmPerPt*k, t.Bold)
		if err != nil {
			return nil, err
		}
		r, g, b := rgb(t.Color)
		d := font.Drawer{Dst: img, Src: image.NewUniform(color.RGBA{uint8(r), uint8(g), uint8(b), 255}), Face: face,
			Dot: fixed.P(int(math.Round(t.X*k)), int(math.Round(t.Y*k)))}
		d.DrawString(t.S)
	}
	return img, nil
}

func paintBox(img *image.RGBA, b Box, k float64) {
	r := image.Rect(int(math.Round(b.X*k)), int(math.Round(b.Y*k)), int(math.Round((b.X+b.W)*k)), int(math.Round((b.Y+b.H)*k)))
	if b.Fill != "" {
		cr, cg, cb := rgb(b.Fill)
		draw.Draw(img, r, image.NewUniform(color.RGBA{uint8(cr), uint8(cg), uint8(cb), 255}), image.Point{}, draw.Src)
	}
	if b.Stroke {
		edges := []image.Rectangle{
			image.Rect(r.Min.X, r.Min.Y, r.Max.X+1, r.Min.Y+1), image.Rect(r.Min.X, r.Max.Y, r.Max.X+1, r.Max.Y+1),
			image.Rect(r.Min.X, r.Min.Y, r.Min.X+1, r.Max.Y+1), image.Rect(r.Max.X, r.Min.Y, r.Max.X+1, r.Max.Y+1),
		}
		for _, e := range edges {
			draw.Draw(img, e, image.Black, image.Point{}, draw.Src)
		}
	}
}

// faceCache keeps one face per pixel size and weight while a page is painted.
type faceCache struct {
	reg, bold *opentype.Font
	faces     map[[2]float64]font.Face
}

// newFaceCache draws with the fonts the layout was measured with (parsed
// once; an sfnt.Font is safe to share, each face keeps its own buffer).
func newFaceCache() (*faceCache, error) {
	reg, bold, err := bundledMetrics()
	if err != nil {
		return nil, err
	}
	return &faceCache{reg: reg.font, bold: bold.font, faces: map[[2]float64]font.Face{}}, nil
}

func (c *faceCache) get(px float64, bold bool) (font.Face, error) {
	key := [2]float64{math.Round(px*4) / 4, 0}
	f := c.reg
	if bold {
		key[1], f = 1, c.bold
	}
	if face, ok := c.faces[key]; ok {
		return face, nil
	}
	// DPI 72 makes the size in points equal the size in pixels.
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: key[0], DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	c.faces[key] = face
	return face, nil
}

func (c *faceCache) close() {
	for _, f := range c.faces {
		f.Close()
	}
}
