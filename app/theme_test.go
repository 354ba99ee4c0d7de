package app

import (
	"bytes"
	"fmt"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"taizhang/assets"
)

func TestThemeFonts(t *testing.T) {
	th := NewTheme()
	cases := []struct {
		name  string
		style fyne.TextStyle
		want  []byte
	}{
		{"regular", fyne.TextStyle{}, assets.FontRegular},
		{"italic", fyne.TextStyle{Italic: true}, assets.FontRegular},
		{"monospace", fyne.TextStyle{Monospace: true}, assets.FontRegular},
		{"bold", fyne.TextStyle{Bold: true}, assets.FontBold},
		{"bold italic", fyne.TextStyle{Bold: true, Italic: true}, assets.FontBold},
	}
	for _, c := range cases {
		r := th.Font(c.style)
		if r == nil || len(r.Content()) == 0 {
			t.Errorf("%s: empty font", c.name)
			continue
		}
		if !bytes.Equal(r.Content(), c.want) {
			t.Errorf("%s: got %s, not the bundled font", c.name, r.Name())
		}
	}
	if bytes.Equal(assets.FontRegular, assets.FontBold) {
		t.Error("regular and bold fonts are the same file")
	}
	sym := fyne.TextStyle{Symbol: true}
	if got, want := th.Font(sym).Name(), theme.DefaultTheme().Font(sym).Name(); got != want {
		t.Errorf("symbol font = %s, want Fyne's %s", got, want)
	}
	if got := th.Size(theme.SizeNameText); got < theme.DefaultTheme().Size(theme.SizeNameText) {
		t.Errorf("text size %v is below Fyne's default", got)
	}
}

// Hanzi in Noto Sans CJK are exactly 1 em wide; a fallback face or a
// missing-glyph box would give another width.
func TestMeasureChinese(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	size := theme.TextSize()
	for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
		got := fyne.MeasureText("政务公开分工台账", size, style)
		if want := 8 * size; math.Abs(float64(got.Width-want)) > 1 {
			t.Errorf("bold=%v: width %v, want about %v (8 x %v)", style.Bold, got.Width, want, size)
		}
	}
}

var (
	benchTasks = []string{
		"一、着力加强公开解读回应工作",
		"（一）围绕建设法治政府全面推进政务公开",
		"二、深化重点领域信息公开",
		"（三）推进“放管服”改革信息公开",
	}
	benchText = []string{
		"把公开透明作为政府工作的基本要求，坚持以公开为常态、不公开为例外，政府全体会议和常务会议讨论决定的事项除依法需要保密的外应及时公开。",
		"制定出台涉及公共利益、公众权益的政策文件，对公开相应信息作出明确规定，使政策执行更加阳光透明。",
		"结合政府机构改革和职能优化，做好政府部门权责清单调整和公开工作，强化对行政权力的制约和监督。",
		"按照上级统一部署，及时公开国家层面统一发布的市场准入和外商投资负面清单。",
		"全面推行“双随机、一公开”监管，及时公开抽查事项、抽查结果和查处情况①②③。",
	}
	benchUnits = []string{
		"县府办牵头，各镇（场）政府、县直各部门负责",
		"县编办牵头，各镇（场）政府、县直各部门负责",
		"县发改局、县经信局、县工商局负责",
		"县财政局、县审计局，各镇（场）政府",
	}
	benchStatus = []string{"已完成", "推进中", "未启动", "不涉及", "长期坚持"}
)

func benchCell(row, col int) string {
	switch col {
	case 0:
		return fmt.Sprint(row + 1)
	case 1:
		return benchTasks[row%len(benchTasks)]
	case 2:
		return benchText[row%len(benchText)]
	case 3:
		return benchUnits[row%len(benchUnits)]
	default:
		return benchStatus[row%len(benchStatus)]
	}
}

// newBenchTable is a ledger-like table: 57 tasks by 5 columns.
func newBenchTable() *widget.Table {
	const rows, cols = 57, 5
	t := widget.NewTable(
		func() (int, int) { return rows, cols },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapBreak // Chinese has no spaces to wrap at
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(benchCell(id.Row, id.Col))
		})
	for col, w := range []float32{50, 220, 520, 280, 90} {
		t.SetColumnWidth(col, w)
	}
	for row := 0; row < rows; row++ {
		t.SetRowHeight(row, 84)
	}
	return t
}

// BenchmarkTableRender times scroll + refresh + software render of the
// table. "cold" first drops Fyne's font caches (as a theme change does),
// so font loading and fallback lookups are counted too.
func BenchmarkTableRender(b *testing.B) {
	themes := []struct {
		name string
		th   func() fyne.Theme
	}{
		{"bundled", NewTheme},
		{"default", theme.DefaultTheme}, // Chinese comes from system fallback
	}
	for _, th := range themes {
		for _, cold := range []bool{false, true} {
			name := th.name + "/warm"
			if cold {
				name = th.name + "/cold"
			}
			b.Run(name, func(b *testing.B) {
				a := test.NewTempApp(b)
				a.Settings().SetTheme(th.th())
				table := newBenchTable()
				w := test.NewTempWindow(b, table)
				w.Resize(fyne.NewSize(1280, 800))
				w.Canvas().Capture() // load fonts, lay out once
				row := 0
				for b.Loop() {
					if cold {
						a.Settings().SetTheme(th.th())
					}
					row = (row + 13) % 57
					table.ScrollTo(widget.TableCellID{Row: row, Col: 2})
					table.Refresh()
					w.Canvas().Capture()
				}
			})
		}
	}
}

// Light unless asked: Fyne's own guess (dark where it cannot ask the
// system) does not decide.
func TestThemeLightByDefault(t *testing.T) {
	t.Setenv("FYNE_THEME", "")
	th := NewTheme()
	bg := th.Color(theme.ColorNameBackground, theme.VariantDark)
	if r, g, b, _ := bg.RGBA(); r < 0xc000 || g < 0xc000 || b < 0xc000 {
		t.Errorf("background %v is not light", bg)
	}
	t.Setenv("FYNE_THEME", "dark")
	bg = NewTheme().Color(theme.ColorNameBackground, theme.VariantLight)
	if r, _, _, _ := bg.RGBA(); r > 0x8000 {
		t.Errorf("dark asked, background %v", bg)
	}
}
