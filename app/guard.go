package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"taizhang/widgets"
)

// pending is a form that may hold typing not yet saved.
type pending interface {
	// unsaved names the edit for the question ("第 8 项"), or "" when the
	// form holds nothing unsaved.
	unsaved() string
	// save writes the edit; false when it was refused or failed, and the
	// edit is still on screen.
	save() bool
	// discard puts back what is stored.
	discard()
}

// Answers to the question, the same wherever it is asked.
const (
	answerSave    = "保存"
	answerDiscard = "不保存"
	answerCancel  = "取消"
)

// guard runs next once none of forms holds unsaved typing. For each form
// that does, it asks 保存 / 不保存 / 取消; 取消 (or a failed save) runs
// cancelled instead, leaving the edit where it is.
func (u *UI) guard(forms []pending, next, cancelled func()) {
	for i, f := range forms {
		what := f.unsaved()
		if what == "" {
			continue
		}
		rest := forms[i+1:]
		u.ask(what, func(answer string) {
			switch answer {
			case answerSave:
				if !f.save() {
					call(cancelled)
					return
				}
			case answerDiscard:
				f.discard()
			default:
				call(cancelled)
				return
			}
			u.guard(rest, next, cancelled)
		})
		return
	}
	call(next)
}

func call(f func()) {
	if f != nil {
		f()
	}
}

// ask shows the question with its three buttons; closing it is 取消.
func (u *UI) ask(what string, answered func(string)) {
	msg := widgets.NewText(what + "有未保存的修改。是否保存？")
	var d *dialog.CustomDialog
	done := false
	button := func(answer string, imp widget.Importance) *widget.Button {
		b := widget.NewButton(answer, func() {
			done = true
			d.Hide()
			answered(answer)
		})
		b.Importance = imp
		return b
	}
	d = dialog.NewCustomWithoutButtons("未保存的修改", container.NewPadded(msg), u.win)
	d.SetButtons([]fyne.CanvasObject{
		button(answerCancel, widget.MediumImportance),
		button(answerDiscard, widget.MediumImportance),
		button(answerSave, widget.HighImportance),
	})
	d.SetOnClosed(func() {
		if !done {
			answered(answerCancel)
		}
	})
	d.Resize(fyne.NewSize(420, 160))
	d.Show()
}

// allForms are every form that may hold unsaved typing.
func (u *UI) allForms() []pending { return []pending{u.planV.form, u.unitsV} }

// requestClose is the window's close button, 文件 → 退出 and Ctrl+Q: it
// closes once nothing unsaved is left.
func (u *UI) requestClose() {
	u.guard(u.allForms(), func() {
		u.saveLayout()
		if guideWin != nil { // else the program lives on, holding the database
			guideWin.Close()
		}
		u.win.Close()
	}, nil)
}
