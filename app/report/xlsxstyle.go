package report

import (
	"github.com/xuri/excelize/v2"
)

// Fonts the printed sheets name. The clerk's Windows has both; LibreOffice
// and WPS substitute their own Chinese fonts when they lack them.
const (
	fontBody = "仿宋"
	fontHead = "黑体"
)

// Font sizes in points: 五号 for the table, 三号 for the title.
const (
	bodyPt     = 10.5
	titlePt    = 16
	subtitlePt = 12
	captionPt  = 12
)

// styles are the cell styles of one workbook.
type styles struct {
	title, subtitle, infoLeft, infoRight, caption, note int
	head, body, bodyCenter, section, total              int
	mergedTop, mergedTopCenter                          int // tall merged task cells
	// template only: cells the unit fills in
	input, inputCenter, lineLabel, lineInput, lineDate int
}

var thinBorder = []excelize.Border{
	{Type: "left", Color: "000000", Style: 1},
	{Type: "top", Color: "000000", Style: 1},
	{Type: "right", Color: "000000", Style: 1},
	{Type: "bottom", Color: "000000", Style: 1},
}

// dateFormat shows a typed date the way the office writes it.
var dateFormat = `yyyy"年"m"月"d"日"`

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{}
	var err error
	mk := func(dst *int, st *excelize.Style) {
		if err == nil {
			*dst, err = f.NewStyle(st)
		}
	}
	font := func(family string, size float64, bold bool) *excelize.Font {
		return &excelize.Font{Family: family, Size: size, Bold: bold}
	}
	align := func(h, v string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: v, WrapText: true}
	}
	locked := &excelize.Protection{Locked: true}
	open := &excelize.Protection{Locked: false}
	grey := func(c string) excelize.Fill { return excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}} }

	mk(&s.title, &excelize.Style{Font: font(fontHead, titlePt, false), Alignment: align("center", "center"), Protection: locked})
	mk(&s.subtitle, &excelize.Style{Font: font(fontBody, subtitlePt, false), Alignment: align("center", "center"), Protection: locked})
	mk(&s.infoLeft, &excelize.Style{Font: font(fontBody, bodyPt+0.5, false), Alignment: align("left", "center"), Protection: locked})
	mk(&s.infoRight, &excelize.Style{Font: font(fontBody, bodyPt+0.5, false), Alignment: align("right", "center"), Protection: locked})
	mk(&s.caption, &excelize.Style{Font: font(fontHead, captionPt, false), Alignment: align("left", "center"), Protection: locked})
	mk(&s.note, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("left", "top"), Protection: locked})
	mk(&s.head, &excelize.Style{Font: font(fontHead, bodyPt, false), Alignment: align("center", "center"),
		Border: thinBorder, Fill: grey("D9D9D9"), Protection: locked})
	mk(&s.body, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("left", "center"), Border: thinBorder, Protection: locked})
	mk(&s.bodyCenter, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("center", "center"), Border: thinBorder, Protection: locked})
	mk(&s.mergedTop, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("left", "top"), Border: thinBorder, Protection: locked})
	mk(&s.mergedTopCenter, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("center", "top"), Border: thinBorder, Protection: locked})
	mk(&s.section, &excelize.Style{Font: font(fontHead, bodyPt, false), Alignment: align("left", "center"),
		Border: thinBorder, Fill: grey("F2F2F2"), Protection: locked})
	mk(&s.total, &excelize.Style{Font: font(fontHead, bodyPt, false), Alignment: align("center", "center"), Border: thinBorder, Protection: locked})
	mk(&s.input, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("left", "center"), Border: thinBorder, Protection: open})
	mk(&s.inputCenter, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("center", "center"), Border: thinBorder, Protection: open})
	mk(&s.lineLabel, &excelize.Style{Font: font(fontBody, bodyPt+0.5, false), Alignment: align("right", "center"), Protection: locked})
	underline := []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}
	mk(&s.lineInput, &excelize.Style{Font: font(fontBody, bodyPt+0.5, false), Alignment: align("left", "center"), Border: underline, Protection: open})
	mk(&s.lineDate, &excelize.Style{Font: font(fontBody, bodyPt+0.5, false), Alignment: align("left", "center"), Border: underline,
		Protection: open, CustomNumFmt: &dateFormat})
	return s, err
}
