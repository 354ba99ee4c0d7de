package native

import (
	"sync/atomic"
	"time"
	"unsafe"

	"fyne.io/fyne/v2"
	"golang.org/x/sys/windows"
)

// Fyne (through GLFW) never tells the input method where the text cursor
// is, so Microsoft Pinyin shows its candidate list in the screen's corner
// (fyne-io/fyne#618). TrackIME tells it through the IMM32 API, the way
// browsers do for windows that draw their own text fields.

var (
	modImm32                    = windows.NewLazySystemDLL("imm32.dll")
	procImmGetContext           = modImm32.NewProc("ImmGetContext")
	procImmReleaseContext       = modImm32.NewProc("ImmReleaseContext")
	procImmSetCompositionWindow = modImm32.NewProc("ImmSetCompositionWindow")
	procImmSetCandidateWindow   = modImm32.NewProc("ImmSetCandidateWindow")

	modUser32       = windows.NewLazySystemDLL("user32.dll")
	procGetFocus    = modUser32.NewProc("GetFocus")
	procCreateCaret = modUser32.NewProc("CreateCaret")
	procSetCaretPos = modUser32.NewProc("SetCaretPos")
)

const (
	cfsPoint   = 0x0002
	cfsExclude = 0x0080

	// imePollInterval: Fyne has no focus-change or cursor-move hook, so the
	// focused field is looked at this often; fast enough that the list is
	// in place before the first candidate appears, cheap because nothing
	// is sent to the IME unless the caret moved.
	imePollInterval = 150 * time.Millisecond
)

type point struct{ x, y int32 }

type rect struct{ left, top, right, bottom int32 }

// compositionForm is COMPOSITIONFORM.
type compositionForm struct {
	style uint32
	pt    point
	area  rect
}

// candidateForm is CANDIDATEFORM.
type candidateForm struct {
	index uint32
	style uint32
	pt    point
	area  rect
}

// TrackIME keeps the input method's composition and candidate windows
// beside the text cursor of win's focused field. Call it once per window,
// before or after Show; it stops by itself when the window is closed.
func TrackIME(win fyne.Window) {
	t := &imeTracker{win: win}
	go t.loop()
}

type imeTracker struct {
	win     fyne.Window
	pending atomic.Bool // an update is queued on the UI goroutine
	stopped atomic.Bool

	// Touched only on the UI goroutine.
	seen      bool // the window has had a native handle
	hwnd      uintptr
	last      caretRect
	caretHWND uintptr
	caret     caretRect // where the system caret was put
}

func (t *imeTracker) loop() {
	tick := time.NewTicker(imePollInterval)
	defer tick.Stop()
	for range tick.C {
		if t.stopped.Load() {
			return
		}
		// Skip a tick rather than queue work behind a busy UI.
		if t.pending.CompareAndSwap(false, true) {
			fyne.Do(t.update)
		}
	}
}

// update runs on the UI goroutine, which is the thread that owns the
// window: IMM and caret calls act on the calling thread's input context.
func (t *imeTracker) update() {
	defer t.pending.Store(false)
	hwnd := hwndOf(t.win)
	if hwnd == 0 {
		// No handle before the first Show; none again once closed.
		if t.seen {
			t.stopped.Store(true)
		}
		return
	}
	t.seen = true
	c, ok := focusedCaret(t.win)
	if !ok {
		return
	}
	t.moveSystemCaret(hwnd, c)
	if hwnd == t.hwnd && c == t.last {
		return
	}
	if placeIME(hwnd, c) {
		t.hwnd, t.last = hwnd, c
	}
}

// placeIME sets the composition window's top-left to the caret and asks
// for the candidate list next to it without covering the caret's line.
// It reports false when the window has no input context (no IME active),
// so the next tick tries again.
func placeIME(hwnd uintptr, c caretRect) bool {
	himc, _, _ := procImmGetContext.Call(hwnd)
	if himc == 0 {
		return false
	}
	defer procImmReleaseContext.Call(hwnd, himc)

	comp := compositionForm{style: cfsPoint, pt: point{int32(c.x), int32(c.y)}}
	procImmSetCompositionWindow.Call(himc, uintptr(unsafe.Pointer(&comp)))

	cand := candidateForm{
		index: 0,
		style: cfsExclude,
		pt:    point{int32(c.x), int32(c.y + c.h)},
		area:  rect{int32(c.x), int32(c.y), int32(c.x + 1), int32(c.y + c.h)},
	}
	procImmSetCandidateWindow.Call(himc, uintptr(unsafe.Pointer(&cand)))
	return true
}

// moveSystemCaret keeps an invisible system caret at the text cursor:
// Chinese IMEs running through the IMM compatibility layer, screen
// magnifiers and screen readers follow the system caret. A caret belongs
// to the window with keyboard focus, so it is made only while the window
// has it.
func (t *imeTracker) moveSystemCaret(hwnd uintptr, c caretRect) {
	if focus, _, _ := procGetFocus.Call(); focus != hwnd {
		t.caretHWND = 0 // make it anew when the window has focus again
		return
	}
	if t.caretHWND == hwnd && t.caret == c {
		return
	}
	if t.caretHWND != hwnd || t.caret.h != c.h {
		if ok, _, _ := procCreateCaret.Call(hwnd, 0, 1, uintptr(c.h)); ok == 0 {
			return
		}
		t.caretHWND = hwnd
	}
	if ok, _, _ := procSetCaretPos.Call(uintptr(c.x), uintptr(c.y)); ok == 0 {
		t.caretHWND = 0 // destroyed behind our back: make it anew next time
		return
	}
	t.caret = c
}
