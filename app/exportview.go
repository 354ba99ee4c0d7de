package app

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/native"
	"taizhang/app/workspace"
	"taizhang/widgets"
)

// exportView is the 导出/打印 tab: the summary workbook, its PDF and print,
// a preview of the first printed page, and return templates for units.
type exportView struct {
	ui      *UI
	content fyne.CanvasObject
	jobs    *background // output work off the UI goroutine
	hint    *widgets.Text
	// afterRun, when set, is told that a file job has reported (tests).
	afterRun func()
	preview  *canvas.Image
	units    *widget.CheckGroup

	// The print preview: the laid-out pages, the page shown and its zoom.
	layout   *workspace.PrintLayout
	page     int
	zoom     *widget.Select
	pageNo   *widget.Label
	prev     *widget.Button
	next     *widget.Button
	scroller *container.Scroll
	// afterPage, when set, is told that a page is on screen (tests).
	afterPage func()
}

// exportHint is the 汇总 pane's line before any output is made.
const exportHint = "汇总表含三张表：汇总表（各单位的落实情况）、未报送（催报名单）、统计。"

// Zoom choices of the print preview; 适合窗口 fits the page in the pane.
const zoomFit = "适合窗口"

var zoomWidths = map[string]int{"100%": 1123, "150%": 1684, "200%": 2246}

func newExportView(u *UI) *exportView {
	v := &exportView{ui: u}
	v.jobs = newBackground()
	v.hint = widgets.NewText(exportHint)
	v.preview = canvas.NewImageFromImage(nil)
	v.preview.FillMode = canvas.ImageFillContain
	v.preview.ScaleMode = canvas.ImageScaleSmooth
	v.units = widget.NewCheckGroup(nil, nil)
	summary := container.NewVBox(
		widget.NewLabelWithStyle("汇总", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewHBox(
			widget.NewButton("导出汇总表（Excel）…", func() { v.saveSummary(".xlsx") }),
			widget.NewButton("导出 PDF…", func() { v.saveSummary(".pdf") }),
			widget.NewButton("打印（Ctrl+P）", v.print),
			widget.NewButton("打印预览", v.showPreview),
		),
		container.NewHBox(widget.NewButton("生成工作总结（Word）…", u.saveReport)),
		v.hint, v.jobs.bar,
	)
	all := widget.NewButton("全选", func() { v.units.SetSelected(v.units.Options) })
	none := widget.NewButton("全不选", func() { v.units.SetSelected(nil) })
	makeBtn := widget.NewButton("生成模板到文件夹…", v.saveTemplates)
	makeBtn.Importance = widget.HighImportance
	templates := container.NewBorder(
		container.NewVBox(widget.NewLabelWithStyle("落实情况表模板（发给各单位填报）", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewHBox(all, none, makeBtn)),
		nil, nil, nil, container.NewVScroll(v.units))
	left := u.split("export.left", false, 0.3, summary, templates)
	v.content = u.split("export", true, 0.4, left, v.previewPane())
	v.refreshUnits()
	return v
}

// refreshUnits lists the units that owe returns, for templates.
func (v *exportView) refreshUnits() {
	v.units.Options = v.ui.ws.TemplateUnits()
	v.units.Refresh()
}

// run does slow output work off the UI goroutine with the progress bar
// running, then reports on the UI goroutine.
func (v *exportView) run(what string, work func() (string, error)) {
	if v.jobs.busy {
		return
	}
	v.hint.SetText("正在" + what + "……")
	v.jobs.start(work, func(msg string, err error) {
		if v.afterRun != nil {
			defer v.afterRun()
		}
		if err != nil {
			v.hint.SetText(what + "失败。")
			v.ui.showError(err)
			return
		}
		v.hint.SetText(msg)
		v.ui.say(msg)
	})
}

// summaryNow computes the summary from the ledger shown.
func (v *exportView) summaryNow() *workspace.SummaryData {
	u := v.ui
	s, err := u.ws.SummaryOf(u.period, u.m.returns, time.Now())
	if err != nil {
		u.showError(err) // the list prints, without contacts
	}
	return s
}

func (v *exportView) saveSummary(ext string) {
	name := workspace.SummaryTitle(v.ui.ws.Plan) + "（" + v.ui.period + "）" + ext
	filter := map[string]string{".xlsx": "Excel 工作簿", ".pdf": "PDF 文件"}[ext]
	native.SaveFile(v.ui.win, "导出汇总表", v.ui.prefs.LastDir("export"), name, filter, []string{ext}, func(path string, err error) {
		if err != nil || path == "" {
			return
		}
		v.ui.prefs.SetLastDir("export", filepath.Dir(path))
		s := v.summaryNow()
		v.run("导出汇总表", func() (string, error) {
			if err := workspace.SaveSummary(path, s); err != nil {
				return "", err
			}
			v.ui.stepDone(s.Period, stepExport)
			return "已导出《" + filepath.Base(path) + "》。" + s.Notice, native.OpenWithSystem(path)
		})
	})
}

// print writes the summary PDF to a temporary folder and hands it to the
// system's print (on Windows the shell's print verb, else the viewer).
func (v *exportView) print() {
	s := v.summaryNow()
	name := workspace.SummaryTitle(v.ui.ws.Plan) + ".pdf"
	v.run("准备打印", func() (string, error) {
		path, err := printSummary(name, s)
		if err != nil {
			return "", err
		}
		v.ui.stepDone(s.Period, stepExport)
		return printedText(path) + s.Notice, nil
	})
}

// printedText tells the clerk what happened to the PDF and where it is,
// in the terms of the system: a printer, or a viewer to print from.
func printedText(path string) string {
	if native.PrintOpensViewer {
		return "汇总表 PDF 已在阅读器中打开，请在阅读器中打印（Ctrl+P）。文件在《" + path + "》。"
	}
	return "汇总表已交给系统打印；如未出现打印窗口，请在打开的 PDF 中按 Ctrl+P 打印。文件在《" + path + "》。"
}

// printSummary writes s as the PDF name in a new temporary folder and
// hands it to the system's print, off the UI goroutine; path is where the
// PDF is.
func printSummary(name string, s *workspace.SummaryData) (path string, err error) {
	dir, err := os.MkdirTemp("", "taizhang-print-")
	if err != nil {
		return "", fmt.Errorf("无法创建临时文件夹：%w", err)
	}
	path = filepath.Join(dir, name)
	if err := workspace.SaveSummary(path, s); err != nil {
		return "", err
	}
	if err := printFile(path); err != nil {
		return "", fmt.Errorf("没能交给系统打印，汇总表 PDF 已保存在《%s》，请打开它后按 Ctrl+P 打印（%w）", path, err)
	}
	return path, nil
}

// previewPane is the print preview with its page and zoom controls.
func (v *exportView) previewPane() fyne.CanvasObject {
	v.pageNo = widget.NewLabel("点“打印预览”查看打印出来的样子。")
	v.prev = widget.NewButton("上一页", func() { v.turn(v.page - 1) })
	v.next = widget.NewButton("下一页", func() { v.turn(v.page + 1) })
	v.zoom = widget.NewSelect([]string{zoomFit, "100%", "150%", "200%"}, func(string) { v.turn(v.page) })
	v.zoom.SetSelected(zoomFit)
	v.prev.Disable()
	v.next.Disable()
	v.scroller = container.NewScroll(v.preview)
	bar := container.NewHBox(v.prev, v.next, v.zoom, v.pageNo)
	return container.NewBorder(bar, nil, nil, nil, v.scroller)
}

// showPreview lays the summary out as printed and shows its first page.
func (v *exportView) showPreview() {
	s := v.summaryNow()
	v.run("生成打印预览", func() (string, error) {
		l, err := workspace.LayoutSummary(s)
		if err != nil {
			return "", err
		}
		fyne.Do(func() {
			v.layout = l
			v.turn(0)
		})
		return fmt.Sprintf("打印预览：共 %d 页。", len(l.Pages)) + l.Notice, nil
	})
}

// dropPreview forgets the print preview once what it showed has changed
// (another period, an import, an edit): a page that no longer matches the
// ledger would mislead. The clerk asks for a new one.
func (v *exportView) dropPreview() {
	if v.layout == nil {
		return
	}
	v.layout = nil
	v.preview.Image = nil
	v.preview.Refresh()
	v.prev.Disable()
	v.next.Disable()
	v.pageNo.SetText("台账或报送期已变，请点“打印预览”重新生成。")
	v.hint.SetText(exportHint) // its page count was the old preview's
}

// turn shows page i (from 0) at the chosen zoom, painting it off the UI
// goroutine.
func (v *exportView) turn(i int) {
	l := v.layout
	if l == nil || len(l.Pages) == 0 {
		return
	}
	i = max(0, min(i, len(l.Pages)-1))
	v.page = i
	v.pageNo.SetText(fmt.Sprintf("第 %d / %d 页", i+1, len(l.Pages)))
	setEnabled(v.prev, i > 0)
	setEnabled(v.next, i < len(l.Pages)-1)
	width, fit := zoomWidths[v.zoom.Selected], v.zoom.Selected == zoomFit || v.zoom.Selected == ""
	if fit {
		width = 1400 // sharp enough for the pane at any size
	}
	go func() {
		img, err := workspace.PreviewImage(l, i, width)
		fyne.Do(func() {
			if err != nil {
				v.ui.showError(err)
				return
			}
			if v.layout != l || v.page != i {
				return // the clerk has turned on meanwhile
			}
			v.preview.Image = img
			if fit {
				v.preview.FillMode = canvas.ImageFillContain
				v.preview.SetMinSize(fyne.NewSize(200, 280))
			} else {
				b := img.Bounds()
				v.preview.FillMode = canvas.ImageFillOriginal
				v.preview.SetMinSize(fyne.NewSize(float32(b.Dx()), float32(b.Dy())))
			}
			v.preview.Refresh()
			v.scroller.ScrollToTop()
			v.scroller.Refresh()
			if v.afterPage != nil {
				v.afterPage()
			}
		})
	}()
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

func (v *exportView) saveTemplates() {
	units := append([]string{}, v.units.Selected...)
	if len(units) == 0 {
		v.hint.SetText("请先勾选要生成模板的单位。")
		return
	}
	native.PickFolder(v.ui.win, "选择保存模板的文件夹", v.ui.prefs.LastDir("templates"), func(dir string, err error) {
		if err != nil || dir == "" {
			return
		}
		v.ui.prefs.SetLastDir("templates", dir)
		v.writeTemplates(dir, units)
	})
}

// writeTemplates writes the units' templates into dir off the UI goroutine.
func (v *exportView) writeTemplates(dir string, units []string) {
	ws, period := v.ui.ws, v.ui.period
	v.run("生成模板", func() (string, error) {
		for i, u := range units {
			if _, err := ws.SaveTemplate(filepath.Join(dir, workspace.TemplateFileName(u)), u, period); err != nil {
				return "", err
			}
			n := float64(i+1) / float64(len(units))
			fyne.Do(func() { v.jobs.bar.SetValue(n) })
		}
		v.ui.stepDone(period, stepTemplates)
		return fmt.Sprintf("已在《%s》生成 %d 个单位的落实情况表模板。", dir, len(units)), openFile(dir)
	})
}
