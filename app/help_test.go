package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"taizhang/widgets"
)

// Every key the README promises sits on a menu item, where the menu shows
// it, and 帮助 → 快捷键 lists every key the menus carry.
func TestEveryKeyIsOnAMenuAndListed(t *testing.T) {
	u, _ := startUI(t)
	keys := menuKeys(u.win.MainMenu())
	joined := strings.Join(keys, "\n")
	for _, k := range []string{"Ctrl+O\t文件 → 导入落实情况表", "Ctrl+F\t编辑 → 查找任务", "Ctrl+S\t编辑 → 保存任务",
		"Ctrl+E\t文件 → 导出汇总表（Excel）", "Ctrl+P\t文件 → 打印", "Ctrl+Q\t文件 → 退出", "Ctrl+Z\t编辑 → 撤销上次导入"} {
		if !strings.Contains(joined, k) {
			t.Errorf("no menu item shows %q; the menus carry:\n%s", k, joined)
		}
	}
	u.showKeys()
	shown := strings.Join(labelsIn(u.win.Canvas().Overlays().Top()), "\n")
	for _, k := range keys {
		key, what, _ := strings.Cut(k, "\t")
		if !strings.Contains(shown, key) || !strings.Contains(shown, what) {
			t.Errorf("快捷键 does not list %q", k)
		}
	}
}

// Ctrl+Z shows on 撤销上次导入 but the menu does not take it: in a text
// box it still undoes typing.
func TestUndoKeyShownButLeftToTextBoxes(t *testing.T) {
	u, _ := startUI(t)
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut == nil {
				continue
			}
			name := it.Shortcut.ShortcutName()
			if name == (&fyne.ShortcutUndo{}).ShortcutName() || name == (&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}).ShortcutName() {
				t.Errorf("the menu item %s takes Ctrl+Z from text boxes", it.Label)
			}
		}
	}
}

// 关于 names the version, the build date, both folders with a button
// that opens each, and the licences.
func TestAboutShowsFoldersAndLicences(t *testing.T) {
	u, ws := startUI(t)
	var opened []string
	openFile = func(p string) error { opened = append(opened, p); return nil }
	u.about()
	top := u.win.Canvas().Overlays().Top()
	text := strings.Join(labelsIn(top), "\n")
	for _, want := range []string{"版本 " + Version, "构建日期 ", ws.Path(), ws.BackupDir(), "OFL-1.1", "Fyne", "excelize", "bbolt", "fpdf", "mscfb"} {
		if !strings.Contains(text, want) {
			t.Errorf("关于 lacks %q", want)
		}
	}
	tapButton(t, top, "打开文件夹")
	if len(opened) != 1 || opened[0] != filepath.Dir(ws.Path()) {
		t.Errorf("opened %v", opened)
	}
	tapButton(t, top, "字体许可全文（OFL-1.1）")
	if l := strings.Join(labelsIn(u.win.Canvas().Overlays().Top()), ""); !strings.Contains(l, "SIL OPEN FONT LICENSE") {
		t.Error("the font licence is not shown in full")
	}
}

// 使用说明 opens in its own window with every chapter, and 导出使用说明
// writes the PDF.
func TestGuideWindowAndPDF(t *testing.T) {
	u, _ := startUI(t)
	u.showGuide()
	defer func() {
		if guideWin != nil {
			guideWin.Close()
		}
	}()
	if guideWin == nil {
		t.Fatal("no guide window")
	}
	text := strings.Join(labelsIn(guideWin.Content()), "\n")
	if !strings.Contains(text, "一、从这里开始") {
		t.Errorf("the guide opens on %q", text)
	}
	path := filepath.Join(t.TempDir(), "说明.pdf")
	done := make(chan struct{})
	guideWritten = func() { close(done) }
	t.Cleanup(func() { guideWritten = nil })
	u.writeGuide(path)
	waitFor(t, done, "the guide PDF written")
	if st, err := os.Stat(path); err != nil || st.Size() < 100000 || !strings.HasPrefix(u.status.Text, "已导出") {
		t.Fatalf("the guide PDF: %v, status %q", err, u.status.Text)
	}
}

// The help icon at the bottom says what it does and opens the guide.
func TestHelpButtonHasATip(t *testing.T) {
	u, _ := startUI(t)
	b := u.helpButton()
	if !strings.Contains(b.Tip, "使用说明") {
		t.Errorf("tip %q", b.Tip)
	}
	test.Tap(b)
	if guideWin == nil {
		t.Fatal("the help icon did not open the guide")
	}
	guideWin.Close()
}

// No button in the window is an icon alone without a tip saying what it
// does: every tab is visited, and every widget's parts are looked into.
func TestEveryIconButtonHasATip(t *testing.T) {
	u, _ := startUI(t)
	tips := 0
	for _, tab := range u.tabs.Items {
		u.tabs.Select(tab)
		walkAll(u.win.Content(), func(o fyne.CanvasObject) {
			switch b := o.(type) {
			case *widget.Button:
				if b.Text == "" && b.Icon != nil {
					t.Errorf("an icon-only button on %s has no tip", tab.Text)
				}
			case *widgets.TipButton:
				tips++
				if b.Tip == "" {
					t.Errorf("an icon button on %s has an empty tip", tab.Text)
				}
			}
		})
	}
	if tips == 0 {
		t.Error("the walk found not even the help icon")
	}
}

// walkAll visits o and everything drawn inside it.
func walkAll(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	visit(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			walkAll(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			walkAll(c, visit)
		}
	}
}

// 退出 with 使用说明 still open closes it too: the program ends and lets go
// of the database, instead of living on behind the guide.
func TestQuitClosesGuideWindow(t *testing.T) {
	u, _ := startUI(t)
	u.showGuide()
	if guideWin == nil {
		t.Fatal("no guide window")
	}
	u.requestClose()
	if guideWin != nil {
		guideWin.Close()
		t.Fatal("the guide window stays open after 退出")
	}
}
