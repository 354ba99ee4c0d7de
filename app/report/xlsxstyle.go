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
	dateShort, dateLong                                int            // 7月5日, 2019年1月3日
	ink                                                map[string]int // statuses that stand out
	f                                                  *excelize.File
	quotes                                             map[int]int // style → the same with a quote prefix
}

var thinBorder = []excelize.Border{
	{Type: "left", Color: "000000", Style: 1},
	{Type: "top", Color: "000000", Style: 1},
	{Type: "right", Color: "000000", Style: 1},
	{Type: "bottom", Color: "000000", Style: 1},
}

// dateFormat shows a typed date the way the office writes it; a date of
// the summary's own year is shown without it, to keep the column narrow.
var (
	dateFormat      = `yyyy"年"m"月"d"日"`
	shortDateFormat = `m"月"d"日"`
)

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{f: f, ink: map[string]int{}, quotes: map[int]int{}}
	err := setUnitFont(f)
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
	mk(&s.dateShort, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("center", "center"), Border: thinBorder,
		Protection: locked, CustomNumFmt: &shortDateFormat})
	mk(&s.dateLong, &excelize.Style{Font: font(fontBody, bodyPt, false), Alignment: align("center", "center"), Border: thinBorder,
		Protection: locked, CustomNumFmt: &dateFormat})
	for _, status := range outstanding {
		var id int
		mk(&id, &excelize.Style{Font: &excelize.Font{Family: fontBody, Size: bodyPt, Bold: true, Color: StatusLabel(status)},
			Fill: grey(StatusFill(status)), Alignment: align("center", "center"), Border: thinBorder, Protection: locked})
		s.ink[status] = id
	}
	return s, err
}

// Column widths are counted in digits of the workbook's default font, so
// the printed width of the sheet depends on it. Arial 10's digit is 7
// pixels in Excel and WPS on Windows and in LibreOffice (whose Liberation
// Sans has Arial's widths) alike; excelize's default, Calibri 11, becomes
// a wider font where Calibri is missing, and the sheet then prints smaller
// than the program planned its pages for.
const (
	unitFont   = "Arial"
	unitFontPt = 10
)

func setUnitFont(f *excelize.File) error {
	if err := f.SetDefaultFont(unitFont); err != nil {
		return err
	}
	// SetDefaultFont keeps the size; the default font's record is
	// reached through the workbook's styles.
	if fonts := f.Styles.Fonts; fonts != nil && len(fonts.Font) > 0 && fonts.Font[0].Sz != nil {
		size := float64(unitFontPt)
		fonts.Font[0].Sz.Val = &size
	}
	return nil
}

// quoted is style with Excel's quote prefix set. excelize has no option
// for it, so the cell format is copied and the flag set on the copy; the
// copy is made after every other style, so no other cell shares it.
func (s *styles) quoted(style int) int {
	if q, ok := s.quotes[style]; ok {
		return q
	}
	xfs := s.f.Styles.CellXfs
	if style < 0 || style >= len(xfs.Xf) {
		return style
	}
	xf := xfs.Xf[style]
	yes := true
	xf.QuotePrefix = &yes
	xfs.Xf = append(xfs.Xf, xf)
	xfs.Count = len(xfs.Xf)
	s.quotes[style] = len(xfs.Xf) - 1
	return len(xfs.Xf) - 1
}
