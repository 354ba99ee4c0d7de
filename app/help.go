package app

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"taizhang/assets"
	"taizhang/widgets"
)

// helpMenu is the 帮助 menu.
func (u *UI) helpMenu() *fyne.Menu {
	return fyne.NewMenu("帮助",
		fyne.NewMenuItem("从这里开始", u.showChecklist),
		fyne.NewMenuItem("使用说明", u.showGuide),
		fyne.NewMenuItem("导出使用说明（PDF）…", u.exportGuide),
		fyne.NewMenuItem("快捷键", u.showKeys),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("关于", u.about))
}

// shownKey shows a key on a menu item without the menu taking it: Ctrl+Z
// stays on the canvas, so that in a text box it still undoes typing.
type shownKey struct{ desktop.CustomShortcut }

// ShortcutName differs from every key the driver sends, so the menu never
// matches it.
func (s *shownKey) ShortcutName() string { return "shown:" + s.CustomShortcut.ShortcutName() }

func newShownKey(k fyne.KeyName) *shownKey {
	return &shownKey{desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}}
}

// keyText writes a key as the clerk presses it: Ctrl+O.
func keyText(s fyne.KeyboardShortcut) string {
	var parts []string
	m := s.Mod()
	if m&(fyne.KeyModifierControl|fyne.KeyModifierShortcutDefault) != 0 {
		parts = append(parts, "Ctrl")
	}
	if m&fyne.KeyModifierAlt != 0 {
		parts = append(parts, "Alt")
	}
	if m&fyne.KeyModifierShift != 0 {
		parts = append(parts, "Shift")
	}
	return strings.Join(append(parts, string(s.Key())), "+")
}

// menuKeys lists every key on the window's menus as "Ctrl+O  文件 → 导入…",
// read from the menus themselves so the list cannot fall behind them.
func menuKeys(m *fyne.MainMenu) []string {
	var out []string
	if m == nil {
		return nil
	}
	for _, menu := range m.Items {
		for _, it := range menu.Items {
			if s, ok := it.Shortcut.(fyne.KeyboardShortcut); ok {
				out = append(out, keyText(s)+"\t"+menu.Label+" → "+strings.TrimRight(it.Label, "…"))
			}
		}
	}
	return out
}

// otherKeys are the keys that do not sit on a menu.
var otherKeys = []string{
	"Ctrl+Z\t在文字框里：撤销刚输入的文字（不在文字框里时是“撤销上次导入”）",
	"Ctrl+C / Ctrl+V / Ctrl+X\t在文字框里：复制 / 粘贴 / 剪切",
	"Ctrl+A\t在文字框里：全选",
	"Tab / Shift+Tab\t在文字框、按钮之间移到下一个 / 上一个",
	"双击\t“催报”“单位”中的单位：打开该单位",
	"拖放\t把落实情况表文件或文件夹拖进窗口：导入",
}

// showKeys is 帮助 → 快捷键.
func (u *UI) showKeys() {
	grid := container.New(layout.NewFormLayout())
	for _, line := range append(menuKeys(u.win.MainMenu()), otherKeys...) {
		key, what, _ := strings.Cut(line, "\t")
		grid.Add(widget.NewLabelWithStyle(key, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		l := widget.NewLabel(what)
		l.Wrapping = fyne.TextWrapWord
		grid.Add(l)
	}
	d := dialog.NewCustom("快捷键", "关闭", container.NewVScroll(grid), u.win)
	d.Resize(fyne.NewSize(720, 560))
	d.Show()
}

// helpButton is the icon at the bottom right that opens 使用说明.
func (u *UI) helpButton() *widgets.TipButton {
	b := widgets.NewTipButton(theme.HelpIcon(), "使用说明（帮助 → 使用说明）", u.showGuide)
	b.Importance = widget.LowImportance
	return b
}

// BuildDate is set at link time (-X taizhang/app.BuildDate=2026-12-07);
// without it the commit's date, else the program file's.
var BuildDate = ""

func buildDate() string {
	if BuildDate != "" {
		return BuildDate
	}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.time" {
				if t, err := time.Parse(time.RFC3339, s.Value); err == nil {
					return t.Local().Format("2006-01-02")
				}
			}
		}
	}
	if exe, err := os.Executable(); err == nil {
		if st, err := os.Stat(exe); err == nil {
			return st.ModTime().Format("2006-01-02")
		}
	}
	return "未知"
}

// licences are what the program carries and under which terms.
const licences = `字体：思源黑体（Noto Sans SC，子集），© 2014-2021 Adobe，SIL 开源字体许可 1.1（OFL-1.1），全文见下面的按钮。
界面：Fyne（fyne.io/fyne），BSD 3-Clause 许可。
Excel 读写：excelize（github.com/xuri/excelize），BSD 3-Clause 许可。
数据库：bbolt（go.etcd.io/bbolt），MIT 许可。
PDF：go-pdf/fpdf，MIT 许可。
.xls/.doc 读取：mscfb（github.com/richardlehane/mscfb），Apache 2.0 许可。
Go 语言及 golang.org/x/text、x/image、x/sys：BSD 3-Clause 许可。`

// about is 帮助 → 关于: version, build date, where the data and the
// backups are, and the licences.
func (u *UI) about() {
	folder := func(label, shown, dir string) fyne.CanvasObject {
		l := widget.NewLabel(label + "：" + shown)
		l.Wrapping = fyne.TextWrapBreak
		open := widget.NewButton("打开文件夹", func() {
			os.MkdirAll(dir, 0o755)
			if err := openFile(dir); err != nil {
				u.showError(fmt.Errorf("无法打开文件夹《%s》：%w", dir, err))
			}
		})
		return container.NewBorder(nil, nil, nil, open, l)
	}
	lic := widget.NewLabel(licences)
	lic.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(
		widget.NewLabelWithStyle(AppTitle, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabel(fmt.Sprintf("版本 %s　构建日期 %s", Version, buildDate())),
		folder("数据库", u.ws.Path(), filepath.Dir(u.ws.Path())),
		folder("自动备份", u.ws.BackupDir(), u.ws.BackupDir()),
		widget.NewLabel("换电脑时：文件 → 备份到… 存一个文件，在新电脑上 文件 → 恢复备份… → 从文件恢复…。"),
		widget.NewSeparator(),
		widget.NewLabelWithStyle("许可", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		lic,
		container.NewHBox(widget.NewButton("字体许可全文（OFL-1.1）", u.showFontLicence)))
	d := dialog.NewCustom("关于", "关闭", container.NewVScroll(box), u.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}

// undoItem shows Ctrl+Z on 撤销上次导入 (see shownKey).
func undoItem(it *fyne.MenuItem) *fyne.MenuItem {
	it.Shortcut = newShownKey(fyne.KeyZ)
	return it
}

// showFontLicence shows the font's licence in full, as it requires.
func (u *UI) showFontLicence() {
	t := widget.NewLabel(assets.FontLicence)
	t.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("字体许可：SIL Open Font License 1.1", "关闭", container.NewVScroll(t), u.win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}
