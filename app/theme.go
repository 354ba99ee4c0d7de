package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"taizhang/app/native"
	"taizhang/assets"
)

// Bundled fonts, so Chinese never depends on the system's fonts: without
// them Windows machines lacking CJK fonts show boxes, and the fallback is
// slow and may pick Japanese glyph forms.
var (
	fontRegular = fyne.NewStaticResource("NotoSansSC-Regular.ttf", assets.FontRegular)
	fontBold    = fyne.NewStaticResource("NotoSansSC-Bold.ttf", assets.FontBold)
)

// Theme is Fyne's default theme with the bundled Chinese fonts and
// slightly larger text, light unless the system asks for dark.
type Theme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// NewTheme returns the program's theme.
func NewTheme() fyne.Theme {
	v := theme.VariantLight
	if native.PrefersDark() {
		v = theme.VariantDark
	}
	return &Theme{Theme: theme.DefaultTheme(), variant: v}
}

// Color draws in the chosen variant whatever Fyne guessed.
func (t *Theme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// Font returns the bundled Chinese font for every style but Symbol, which
// holds Fyne's own key glyphs.
func (t *Theme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Symbol:
		return t.Theme.Font(s)
	case s.Bold:
		return fontBold
	default:
		// Italic and monospace too: a Latin-only face there would send
		// every Chinese character to the system fallback.
		return fontRegular
	}
}

// Size enlarges body and caption text: dense hanzi blur below about 15 px.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 15
	case theme.SizeNameCaptionText:
		return 12
	}
	return t.Theme.Size(n)
}
