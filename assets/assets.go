// Package assets holds files built into the program: the Chinese fonts and
// the app icon. It has no Fyne import so PDF code can use the fonts too.
package assets

import _ "embed"

// FontRegular and FontBold are GB2312-plus subsets of Noto Sans CJK SC with
// TrueType outlines (fpdf cannot embed CFF). See fonts/README.md.
var (
	//go:embed fonts/NotoSansSC-Regular.ttf
	FontRegular []byte

	//go:embed fonts/NotoSansSC-Bold.ttf
	FontBold []byte
)

// Icon is the 256x256 PNG app icon (made by make-icon.sh).
//
//go:embed icon.png
var Icon []byte

// FontLicence is the SIL Open Font License of the bundled font, shown in
// 关于: the licence must travel with the font.
//
//go:embed fonts/OFL.txt
var FontLicence string
