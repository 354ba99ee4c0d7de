package pdf

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"taizhang/app/report"
)

// PreviewImage paints one page (0-based) of a layout into an image width
// pixels wide, with the bundled font: the window's 打印预览. It draws the
// same boxes and lines as the PDF, so what the clerk sees is what prints.
func PreviewImage(l *Layout, page int, width int) (img image.Image, err error) {
	defer report.RecoverAs(&err, "生成打印预览")
	if page < 0 || page >= len(l.Pages) {
		return nil, fmt.Errorf("没有第 %d 页（共 %d 页）", page+1, len(l.Pages))
	}
	if width < 100 {
		width = 100
	}
	k := float64(width) / l.PageW // pixels per millimetre
	rgba := image.NewRGBA(image.Rect(0, 0, width, int(math.Ceil(l.PageH*k))))
	draw.Draw(rgba, rgba.Bounds(), image.White, image.Point{}, draw.Src)
	p := &l.Pages[page]
	for _, b := range p.Boxes {
		paintBox(rgba, b, k)
	}
	faces := &faceCache{faces: map[faceKey]font.Face{}}
	defer faces.close()
	for _, t := range p.Texts {
		if t.face == nil {
			continue
		}
		face, err := faces.get(t.face, t.Size*mmPerPt*k)
		if err != nil {
			return nil, err
		}
		r, g, b := rgb(t.Color)
		d := font.Drawer{Dst: rgba, Src: image.NewUniform(color.RGBA{uint8(r), uint8(g), uint8(b), 255}), Face: face,
			Dot: fixed.P(int(math.Round(t.X*k)), int(math.Round(t.Y*k)))}
		d.DrawString(t.S)
	}
	return rgba, nil
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

// faceCache keeps one drawing face per font and pixel size while a page
// is painted, with the fonts the layout was measured with (an sfnt.Font
// is safe to share, each face keeps its own buffer).
type faceCache struct {
	faces map[faceKey]font.Face
}

type faceKey struct {
	id int
	px float64
}

func (c *faceCache) get(f *face, px float64) (font.Face, error) {
	key := faceKey{f.id, math.Round(px*4) / 4}
	if ff, ok := c.faces[key]; ok {
		return ff, nil
	}
	// DPI 72 makes the size in points equal the size in pixels.
	ff, err := opentype.NewFace(f.m.font, &opentype.FaceOptions{Size: key.px, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	c.faces[key] = ff
	return ff, nil
}

func (c *faceCache) close() {
	for _, f := range c.faces {
		f.Close()
	}
}
