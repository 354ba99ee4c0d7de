//go:build !windows

package native

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
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
	// Reap the launcher so it leaves no zombie; its exit status tells
	// nothing useful once the viewer is up.
	go cmd.Wait()
	return nil
}

// PrintFile opens path in the default viewer, from which the clerk
// prints: desktops outside Windows have no common print verb.
func PrintFile(path string) error {
	return OpenWithSystem(path)
}
