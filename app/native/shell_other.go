//go:build !windows

package native

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"
)

// OpenWithSystem opens path with the desktop's default program
// (xdg-open on Linux, open on macOS).
func OpenWithSystem(path string) error {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	name := "xdg-open"
	if runtime.GOOS == "darwin" {
		name = "open"
	}
	cmd := exec.Command(name, path)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("无法用系统程序打开《%s》：%w", filepath.Base(path), err)
	}
	// The launcher hands the file to a viewer and exits: its status says
	// whether the desktop has a program for the file, so the clerk is not
	// told of a window that never comes. One still running after a while
	// is the viewer itself.
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("这台电脑没有可以打开《%s》的程序（%v）", filepath.Base(path), err)
		}
	case <-time.After(openWait):
	}
	return nil
}

// openWait is how long OpenWithSystem waits to hear from the launcher.
const openWait = 4 * time.Second

// PrintOpensViewer is true where printing opens the PDF in its viewer for
// the clerk to print from, rather than sending it to the printer.
const PrintOpensViewer = true

// PrintFile opens path in the desktop's viewer, whose print command
// prints it: outside Windows there is no print verb to call.
func PrintFile(path string) error {
	return OpenWithSystem(path)
}
