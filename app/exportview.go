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
	"taizhang/app/report"
)

// exportView is the 导出/打印 tab: the summary workbook, its PDF and print,
// a preview of the first printed page, and return templates for units.
type exportView struct {
	ui      *UI
	content fyne.CanvasObject
	bar     *widget.ProgressBar
	hint    *widget.Label
	preview *canvas.Image
	units   *widget.CheckGroup
	busy    bool
}

func newExportView(u *UI) *exportView {
	v := &exportView{ui: u}
	v.bar = widget.NewProgressBar()
	v.bar.Hide()
	v.hint = widget.NewLabel("汇总表含三张表：汇总表（每项任务各单位的落实情况）、未报送（催报名单）、统计（按状态计数）。")
	v.hint.Wrapping = fyne.TextWrapWord
	v.preview = canvas.NewImageFromImage(nil)
	v.preview.FillMode = canvas.ImageFillContain
	v.preview.SetMinSize(fyne.NewSize(560, 400))
	v.units = widget.NewCheckGroup(nil, nil)
	summary := container.NewVBox(
		widget.NewLabelWithStyle("汇总", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		container.NewHBox(
			widget.NewButton("导出汇总表（Excel）…", func() { v.saveSummary(".xlsx") }),
			widget.NewButton("导出 PDF…", func() { v.saveSummary(".pdf") }),
			widget.NewButton("打印（Ctrl+P）", v.print),
			widget.NewButton("打印预览", v.showPreview),
		),
		v.hint, v.bar,
	)
	all := widget.NewButton("全选", func() { v.units.SetSelected(v.units.Options) })
	none := widget.NewButton("全不选", func() { v.units.SetSelected(nil) })
	makeBtn := widget.NewButton("生成模板到文件夹…", v.saveTemplates)
	makeBtn.Importance = widget.HighImportance
	templates := container.NewBorder(
		container.NewVBox(widget.NewLabelWithStyle("落实情况表模板（发给各单位填报）", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.NewHBox(all, none, makeBtn)),
		nil, nil, nil, container.NewVScroll(v.units))
	left := container.NewVSplit(summary, templates)
	left.Offset = 0.3
	split := container.NewHSplit(left, container.NewBorder(widget.NewLabel("打印预览（第 1 页）"), nil, nil, nil, v.preview))
	split.Offset = 0.45
	v.content = split
	v.refreshUnits()
	return v
}

// refreshUnits lists the units that owe returns, for templates.
func (v *exportView) refreshUnits() {
	v.units.Options = report.TemplateUnits(v.ui.ws.Plan, v.ui.ws.Dir)
	v.units.Refresh()
}

// run does slow output work off the UI goroutine with the progress bar
// running, then reports on the UI goroutine.
func (v *exportView) run(what string, work func() (string, error)) {
	if v.busy {
		return
	}
	v.busy = true
	v.bar.Show()
	v.bar.SetValue(0.3)
	v.hint.SetText("正在" + what + "……")
	go func() {
		msg, err := work()
		fyne.Do(func() {
			v.busy = false
			v.bar.Hide()
			if err != nil {
				v.hint.SetText(what + "失败。")
				v.ui.showError(err)
				return
			}
			v.hint.SetText(msg)
			v.ui.status.SetText(msg)
		})
	}()
}

// summaryNow computes the summary from the ledger shown.
func (v *exportView) summaryNow() *report.SummaryData {
	u := v.ui
	return report.Summary(u.ws.Plan, u.ws.Dir, u.period, u.returns, time.Now())
}

func (v *exportView) saveSummary(ext string) {
	name := report.SummaryTitle(v.ui.ws.Plan) + "（" + v.ui.period + "）" + ext
	filter := map[string]string{".xlsx": "Excel 工作簿", ".pdf": "PDF 文件"}[ext]
	native.SaveFile(v.ui.win, "导出汇总表", v.ui.prefs.LastDir("export"), name, filter, []string{ext}, func(path string, err error) {
		if err != nil || path == "" {
			return
		}
		v.ui.prefs.SetLastDir("export", filepath.Dir(path))
		s := v.summaryNow()
		v.run("导出汇总表", func() (string, error) {
			var err error
			notice := ""
			if ext == ".pdf" {
				notice, err = report.SaveSummaryPDF(path, s)
			} else {
				err = report.SaveSummaryXLSX(path, s)
			}
			if err != nil {
				return "", err
			}
			return "已导出《" + filepath.Base(path) + "》。" + notice, native.OpenWithSystem(path)
		})
	})
}

// print writes the summary PDF to a temporary folder and hands it to the
// system's print (on Windows the shell's print verb, else the viewer).
func (v *exportView) print() {
	s := v.summaryNow()
	v.run("准备打印", func() (string, error) {
		dir, err := os.MkdirTemp("", "taizhang-print-")
		if err != nil {
			return "", fmt.Errorf("无法创建临时文件夹：%w", err)
		}
		path := filepath.Join(dir, report.SummaryTitle(v.ui.ws.Plan)+".pdf")
		notice, err := report.SaveSummaryPDF(path, s)
		if err != nil {
			return "", err
		}
		if err := native.PrintFile(path); err != nil {
			return "", fmt.Errorf("无法调用系统打印，PDF 已保存在《%s》：%w", path, err)
		}
		return "已交给系统打印：" + path + "。" + notice, nil
	})
}

// showPreview paints the first printed page into the preview pane.
func (v *exportView) showPreview() {
	s := v.summaryNow()
	v.run("生成打印预览", func() (string, error) {
		l, err := report.LayoutSummary(s)
		if err != nil {
			return "", err
		}
		img, err := report.PreviewImage(l, 0, 1100)
		if err != nil {
			return "", err
		}
		fyne.Do(func() {
			v.preview.Image = img
			v.preview.Refresh()
		})
		return fmt.Sprintf("打印预览：共 %d 页，显示第 1 页。", len(l.Pages)) + l.Notice, nil
	})
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
		p, d, period := v.ui.ws.Plan, v.ui.ws.Dir, v.ui.period
		v.run("生成模板", func() (string, error) {
			for i, u := range units {
				if err := report.SaveTemplate(filepath.Join(dir, report.TemplateFileName(u)), p, d, u, period); err != nil {
					return "", err
				}
				n := float64(i+1) / float64(len(units))
				fyne.Do(func() { v.bar.SetValue(n) })
			}
			return fmt.Sprintf("已在《%s》生成 %d 个单位的落实情况表模板。", dir, len(units)), native.OpenWithSystem(dir)
		})
	})
}
