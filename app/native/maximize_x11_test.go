//go:build cgo && !wayland && (linux || freebsd || openbsd || netbsd)

package native

import (
	"bufio"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
)

// x11Window is a window whose native side is the X11 window id.
type x11Window struct {
	fyne.Window
	id uintptr
}

func (w x11Window) RunNative(f func(any)) { f(driver.X11WindowContext{WindowHandle: w.id}) }

// setWMState sets the root window's _NET_WM_STATE as a window manager sets
// a window's, and returns the root window's id and a func that lets go.
func setWMState(t *testing.T, states ...string) (uintptr, func()) {
	t.Helper()
	cmd := exec.Command("python3", append([]string{"testdata/setwmstate.py"}, states...)...)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Skipf("python3: %v", err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	id, perr := strconv.ParseUint(strings.TrimSpace(line), 10, 64)
	if err != nil || perr != nil {
		in.Close()
		cmd.Wait()
		t.Skipf("cannot set _NET_WM_STATE: %v %v", err, perr)
	}
	return uintptr(id), func() { in.Close(); cmd.Wait() }
}

// IsMaximized reads the state the window manager writes: maximised both
// ways, and only then. The root window stands in for the program's (any
// window's _NET_WM_STATE reads the same); it needs an X server, so the
// test runs where DISPLAY names one (Xvfb will do).
func TestIsMaximizedReadsTheWindowManagersState(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no X server (DISPLAY unset)")
	}
	for _, c := range []struct {
		states []string
		want   bool
	}{
		{[]string{"_NET_WM_STATE_MAXIMIZED_VERT", "_NET_WM_STATE_MAXIMIZED_HORZ"}, true},
		{[]string{"_NET_WM_STATE_FOCUSED", "_NET_WM_STATE_MAXIMIZED_HORZ", "_NET_WM_STATE_MAXIMIZED_VERT"}, true},
		{[]string{"_NET_WM_STATE_MAXIMIZED_VERT"}, false},
		{[]string{"_NET_WM_STATE_FULLSCREEN"}, false},
		{nil, false},
	} {
		id, done := setWMState(t, c.states...)
		if got := IsMaximized(x11Window{id: id}); got != c.want {
			t.Errorf("_NET_WM_STATE %v: IsMaximized %v, want %v", c.states, got, c.want)
		}
		done()
	}
	if IsMaximized(x11Window{}) {
		t.Error("a window without an X11 id reads as maximised")
	}
}
