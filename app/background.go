package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// background runs a view's slow file work off the UI goroutine, one job at
// a time, with a progress bar showing while it runs.
type background struct {
	bar  *widget.ProgressBar
	busy bool
	// idle, when set, is told that a job has finished and reported (tests).
	idle func()
}

func newBackground() *background {
	bar := widget.NewProgressBar()
	bar.Hide()
	return &background{bar: bar}
}

// start runs work unless a job is already running, and hands its outcome
// to done on the UI goroutine.
func (b *background) start(work func() (string, error), done func(msg string, err error)) {
	if b.busy {
		return
	}
	b.busy = true
	b.bar.Show()
	b.bar.SetValue(0.3)
	go func() {
		msg, err := work()
		fyne.Do(func() {
			b.busy = false
			b.bar.Hide()
			done(msg, err)
			if b.idle != nil {
				b.idle()
			}
		})
	}()
}

// runJob does file work off the UI goroutine with jobs' bar running. Back
// on the UI goroutine it calls first (when set), says in the status line
// how the work went, showing an error as a dialog, then calls after.
func (u *UI) runJob(jobs *background, what string, work func() (string, error), first, after func()) {
	if jobs.busy {
		return
	}
	u.say("正在" + what + "……")
	jobs.start(work, func(msg string, err error) {
		if first != nil {
			first()
		}
		if err != nil {
			u.say(what + "失败。")
			u.showError(err)
		} else {
			u.say(msg)
		}
		if after != nil {
			after()
		}
	})
}
