package pdf

import "github.com/go-pdf/fpdf"

// hatchStep is the distance between a pattern's lines, in millimetres.
const hatchStep = 1.4

// hatch draws a box's pattern in white over its fill, clipped to the box:
// stripes one way or the other, upright or level, checks, crossed or
// dotted lines, as the workbook's chart patterns them.
func hatch(pdf *fpdf.Fpdf, b Box) {
	pdf.ClipRect(b.X, b.Y, b.W, b.H, false)
	defer pdf.ClipEnd()
	pdf.SetDrawColor(255, 255, 255)
	pdf.SetLineWidth(0.3)
	defer func() {
		pdf.SetDrawColor(0, 0, 0)
		pdf.SetLineWidth(0.2)
	}()
	diag := func(up bool) {
		for x := b.X - b.H; x < b.X+b.W; x += hatchStep {
			if up {
				pdf.Line(x, b.Y+b.H, x+b.H, b.Y)
			} else {
				pdf.Line(x, b.Y, x+b.H, b.Y+b.H)
			}
		}
	}
	upright := func(dash bool) {
		for x := b.X + hatchStep/2; x < b.X+b.W; x += hatchStep {
			if dash {
				for y := b.Y; y < b.Y+b.H; y += hatchStep {
					pdf.Line(x, y, x, y+hatchStep/3)
				}
				continue
			}
			pdf.Line(x, b.Y, x, b.Y+b.H)
		}
	}
	level := func() {
		for y := b.Y + hatchStep/2; y < b.Y+b.H; y += hatchStep {
			pdf.Line(b.X, y, b.X+b.W, y)
		}
	}
	switch b.Hatch {
	case "wdUpDiag":
		diag(true)
	case "wdDnDiag":
		diag(false)
	case "vert":
		upright(false)
	case "horz":
		level()
	case "cross":
		upright(false)
		level()
	case "diagCross":
		diag(true)
		diag(false)
	case "pct20":
		upright(true)
	}
}
