package native

import (
	"fmt"
	"path/filepath"

	"golang.org/x/sys/windows"
)

// OpenWithSystem opens path with the program Windows associates with it
// (Excel or WPS for .xlsx, the PDF viewer for .pdf, Explorer for a folder).
func OpenWithSystem(path string) error {
	if err := shellExecute("open", path); err != nil {
		return fmt.Errorf("无法用系统程序打开《%s》：%w", filepath.Base(path), err)
	}
	return nil
}

// PrintOpensViewer is false here: the shell's print verb prints, with
// the viewer opened only when the PDF's program has none.
const PrintOpensViewer = false

// PrintFile sends path to its program's print command. Many viewers (Edge
// as the PDF viewer, for one) register no print verb; the file is then
// opened instead and the clerk prints from there with Ctrl+P.
func PrintFile(path string) error {
	if err := shellExecute("print", path); err == nil {
		return nil
	}
	if err := shellExecute("open", path); err != nil {
		return fmt.Errorf("无法打印《%s》：%w", filepath.Base(path), err)
	}
	return nil
}

// shellExecute runs ShellExecuteW with COM initialised, as the shell asks
// of its callers: the handler behind a verb may be a COM shell extension.
func shellExecute(verb, path string) error {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return withCOM(func() error {
		v, err := windows.UTF16PtrFromString(verb)
		if err != nil {
			return err
		}
		f, err := windows.UTF16PtrFromString(path)
		if err != nil {
			return err
		}
		d, err := windows.UTF16PtrFromString(filepath.Dir(path))
		if err != nil {
			return err
		}
		return windows.ShellExecute(0, v, f, nil, d, windows.SW_SHOWNORMAL)
	})
}
