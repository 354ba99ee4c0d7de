package app

import (
	"bytes"
	"image"
	_ "image/png" // the guide's screenshots
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/guide"
	"taizhang/app/native"
	"taizhang/app/workspace"
)

// guideWin is 帮助 → 使用说明 while open: a window of its own, so the clerk
// can read it beside the work.
var guideWin fyne.Window

// showGuide opens 使用说明: the chapters on the left, the chosen one on the
// right with its screenshots.
func (u *UI) showGuide() {
	if guideWin != nil {
		guideWin.RequestFocus()
		return
	}
	chapters := guide.Chapters(guide.Blocks())
	page := container.NewVBox()
	scroll := container.NewVScroll(page)
	show := func(i int) {
		page.Objects = guideObjects(chapters[i])
		page.Refresh()
		scroll.ScrollToTop()
	}
	list := widget.NewList(func() int { return len(chapters) },
		func() fyne.CanvasObject {
			return widget.NewLabel("八、命令行（给单位的信息技术人员）")
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(chapters[i][0].Text) })
	list.OnSelected = show
	var w fyne.Window
	pdf := widget.NewButton("导出 PDF…", func() { u.exportGuideFrom(w) })
	left := container.NewBorder(nil, pdf, nil, nil, list)
	split := container.NewHSplit(left, scroll)
	split.Offset = 0.28
	w = u.app.NewWindow(guide.Title)
	w.SetContent(split)
	w.Resize(fyne.NewSize(1100, 720))
	w.SetOnClosed(func() { guideWin = nil })
	guideWin = w
	list.Select(0)
	w.Show()
}

// guideObjects draws one chapter's blocks.
func guideObjects(blocks []guide.Block) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, b := range blocks {
		switch b.Kind {
		case guide.Chapter:
			out = append(out, widget.NewLabelWithStyle(b.Text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		case guide.Section:
			out = append(out, widget.NewSeparator(), widget.NewLabelWithStyle(b.Text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		case guide.Para, guide.Item:
			text := b.Text
			if b.Kind == guide.Item {
				text = "• " + text
			}
			l := widget.NewLabel(text)
			// Chinese runs without spaces: wrapping at words would break
			// only at the few spaces and leave ragged, half-empty lines.
			l.Wrapping = fyne.TextWrapBreak
			out = append(out, l)
		case guide.Code:
			l := widget.NewLabelWithStyle(b.Text, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
			l.Wrapping = fyne.TextWrapBreak
			out = append(out, l)
		case guide.Image:
			out = append(out, guideImage(b))
		}
	}
	return out
}

// guideImage is a screenshot at its own proportions, at most 760 wide,
// with its caption.
func guideImage(b guide.Block) fyne.CanvasObject {
	caption := widget.NewLabelWithStyle("图："+b.Text, fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b.Data))
	if err != nil {
		return widget.NewLabel("（截图缺失：" + b.Text + "）")
	}
	img := canvas.NewImageFromResource(fyne.NewStaticResource(b.File, b.Data))
	img.FillMode = canvas.ImageFillContain
	w := float32(min(760, cfg.Width))
	img.SetMinSize(fyne.NewSize(w, w*float32(cfg.Height)/float32(cfg.Width)))
	return container.NewVBox(container.NewCenter(img), caption)
}

// guideDocBlocks are the guide's blocks as the PDF writer takes them.
func guideDocBlocks() []workspace.DocBlock {
	kinds := map[guide.Kind]workspace.DocKind{guide.Chapter: workspace.DocHeading, guide.Section: workspace.DocSubheading,
		guide.Para: workspace.DocPara, guide.Item: workspace.DocItem, guide.Code: workspace.DocCode, guide.Image: workspace.DocImage}
	var out []workspace.DocBlock
	for _, b := range guide.Blocks() {
		out = append(out, workspace.DocBlock{Kind: kinds[b.Kind], Text: b.Text, Image: b.Data})
	}
	return out
}

// exportGuide is 帮助 → 导出使用说明（PDF）: the guide as an A4 PDF to print.
func (u *UI) exportGuide() { u.exportGuideFrom(u.win) }

// exportGuideFrom asks where to save the guide's PDF over win: the guide's
// own window when asked from there.
func (u *UI) exportGuideFrom(win fyne.Window) {
	native.SaveFile(win, "导出使用说明", u.prefs.LastDir("export"), guide.Title+".pdf", "PDF 文件", []string{".pdf"}, func(path string, err error) {
		if err != nil || path == "" {
			return
		}
		if !strings.EqualFold(filepath.Ext(path), ".pdf") {
			path += ".pdf"
		}
		u.prefs.SetLastDir("export", filepath.Dir(path))
		u.writeGuide(path)
	})
}

// guideWritten, when set, is told that writeGuide has reported (tests).
var guideWritten func()

// writeGuide writes the guide's PDF off the UI goroutine and opens it.
func (u *UI) writeGuide(path string) {
	u.say("正在导出使用说明……")
	go func() {
		notice, err := workspace.SaveDocPDF(path, guide.Title, guideDocBlocks(), time.Now())
		if err == nil {
			err = openFile(path)
		}
		fyne.Do(func() {
			if err != nil {
				u.say("导出使用说明失败。")
				u.showError(err)
				return
			}
			u.say("已导出《" + filepath.Base(path) + "》，可直接打印。" + notice)
			if guideWritten != nil {
				guideWritten()
			}
		})
	}()
}
