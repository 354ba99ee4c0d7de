package native

import (
	"os"
	"sync/atomic"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"golang.org/x/sys/windows"
)

// filterSpec is COMDLG_FILTERSPEC.
type filterSpec struct {
	name, spec *uint16
}

type dialogKind int

const (
	kindOpen dialogKind = iota
	kindSave
	kindFolder
)

type dialogRequest struct {
	kind        dialogKind
	owner       uintptr
	title       string
	startDir    string
	defaultName string
	filters     [][2]string // label, pattern
	defaultExt  string      // without the dot
}

// dialogOpen stops a double click from stacking two dialogs in the moment
// before the first one disables the window.
var dialogOpen atomic.Bool

// OpenFilesOf lets the clerk pick one or more files (Ctrl or Shift click)
// in Windows' own Open dialog, offering first those whose names end in
// exts; cb gets their paths, or nil paths and a nil error when the dialog
// was cancelled. cb runs on the UI goroutine.
func OpenFilesOf(win fyne.Window, title, startDir, filterName string, exts []string, cb func(paths []string, err error)) {
	req := dialogRequest{
		kind:     kindOpen,
		owner:    hwndOf(win),
		title:    orDefault(title, defaultOpenTitle),
		startDir: startDir,
		filters: [][2]string{
			{filterLabel(filterName, exts), filterPattern(exts)},
			{"所有文件 (*.*)", "*.*"},
		},
	}
	runDialog(req, func(paths []string, err error) { cb(paths, err) })
}

// SaveFile asks where to save in Windows' own Save dialog, which asks
// before overwriting and appends the first of exts to a name typed
// without one; cb gets the path, or "" and a nil error when cancelled.
// cb runs on the UI goroutine.
func SaveFile(win fyne.Window, title, startDir, defaultName string, filterName string, exts []string, cb func(path string, err error)) {
	req := dialogRequest{
		kind:        kindSave,
		owner:       hwndOf(win),
		title:       orDefault(title, defaultSaveTitle),
		startDir:    startDir,
		defaultName: defaultName,
	}
	if exts = normalizeExts(exts); len(exts) > 0 {
		req.filters = [][2]string{{filterLabel(filterName, exts), filterPattern(exts)}}
		req.defaultExt = exts[0][1:]
	}
	runDialog(req, func(paths []string, err error) {
		if len(paths) == 0 {
			cb("", err)
			return
		}
		cb(withExt(paths[0], exts), err)
	})
}

// PickFolder asks for a folder in Windows' folder picker; cb gets its
// path, or "" and a nil error when cancelled. cb runs on the UI goroutine.
func PickFolder(win fyne.Window, title, startDir string, cb func(path string, err error)) {
	req := dialogRequest{
		kind:     kindFolder,
		owner:    hwndOf(win),
		title:    orDefault(title, defaultFolderTitle),
		startDir: startDir,
	}
	runDialog(req, func(paths []string, err error) {
		if len(paths) == 0 {
			cb("", err)
			return
		}
		cb(paths[0], err)
	})
}

// runDialog shows the dialog on its own thread, because it blocks until
// the clerk answers while Fyne's thread must keep drawing, and hands the
// answer back on the UI goroutine. With the Fyne window as owner the
// dialog is modal to it, as on any Windows program.
func runDialog(req dialogRequest, deliver func([]string, error)) {
	if !dialogOpen.CompareAndSwap(false, true) {
		deliver(nil, nil)
		return
	}
	go func() {
		var paths []string
		err := withCOM(func() (err error) {
			paths, err = showFileDialog(req)
			return err
		})
		dialogOpen.Store(false)
		fyne.Do(func() { deliver(paths, err) })
	}()
}

// hwndOf returns the window's native handle, 0 before it is shown.
func hwndOf(win fyne.Window) uintptr {
	var hwnd uintptr
	if nw, ok := win.(driver.NativeWindow); ok {
		nw.RunNative(func(ctx any) {
			if c, ok := ctx.(driver.WindowsWindowContext); ok {
				hwnd = c.HWND
			}
		})
	}
	return hwnd
}

func showFileDialog(req dialogRequest) ([]string, error) {
	clsid, iid := &clsidFileOpenDialog, &iidIFileOpenDialog
	if req.kind == kindSave {
		clsid, iid = &clsidFileSaveDialog, &iidIFileSaveDialog
	}
	var dlg unsafe.Pointer
	r, _, _ := procCoCreateInstance.Call(uintptr(unsafe.Pointer(clsid)), 0, clsctxInproc,
		uintptr(unsafe.Pointer(iid)), uintptr(unsafe.Pointer(&dlg)))
	if failed(uint32(r)) {
		return nil, hrError("打开系统文件对话框", uint32(r))
	}
	defer comRelease(dlg)

	var opts uint32
	if hr := comCall(dlg, vtGetOptions, uintptr(unsafe.Pointer(&opts))); failed(hr) {
		return nil, hrError("读取对话框选项", hr)
	}
	// NOCHANGEDIR: the dialog must not move the program's working folder.
	opts |= fosForceFileSystem | fosNoChangeDir | fosPathMustExist
	switch req.kind {
	case kindOpen:
		opts |= fosAllowMultiSelect | fosFileMustExist
	case kindSave:
		opts |= fosOverwritePrompt
	case kindFolder:
		opts |= fosPickFolders
	}
	if hr := comCall(dlg, vtSetOptions, uintptr(opts)); failed(hr) {
		return nil, hrError("设置对话框选项", hr)
	}

	if title, err := windows.UTF16PtrFromString(req.title); err == nil {
		comCall(dlg, vtSetTitle, uintptr(unsafe.Pointer(title)))
	}
	if len(req.filters) > 0 {
		specs := make([]filterSpec, 0, len(req.filters))
		for _, f := range req.filters {
			name, err1 := windows.UTF16PtrFromString(f[0])
			spec, err2 := windows.UTF16PtrFromString(f[1])
			if err1 == nil && err2 == nil {
				specs = append(specs, filterSpec{name, spec})
			}
		}
		if len(specs) > 0 {
			comCall(dlg, vtSetFileTypes, uintptr(len(specs)), uintptr(unsafe.Pointer(&specs[0])))
			comCall(dlg, vtSetFileTypeIndex, 1) // 1-based
		}
	}
	if req.defaultExt != "" {
		if ext, err := windows.UTF16PtrFromString(req.defaultExt); err == nil {
			comCall(dlg, vtSetDefaultExtension, uintptr(unsafe.Pointer(ext)))
		}
	}
	if req.defaultName != "" {
		if name, err := windows.UTF16PtrFromString(req.defaultName); err == nil {
			comCall(dlg, vtSetFileName, uintptr(unsafe.Pointer(name)))
		}
	}
	if req.startDir != "" {
		if fi, err := os.Stat(req.startDir); err == nil && fi.IsDir() {
			if item := shellItemFor(req.startDir); item != nil {
				// SetFolder, not SetDefaultFolder: the caller's remembered
				// folder wins over Windows' own recent-folder memory.
				comCall(dlg, vtSetFolder, uintptr(item))
				comRelease(item)
			}
		}
	}

	hr := comCall(dlg, vtShow, req.owner)
	if hr == hrCancelled {
		return nil, nil
	}
	if failed(hr) {
		return nil, hrError("显示文件对话框", hr)
	}

	if req.kind != kindOpen {
		var item unsafe.Pointer
		if hr := comCall(dlg, vtGetResult, uintptr(unsafe.Pointer(&item))); failed(hr) {
			return nil, hrError("读取所选文件", hr)
		}
		defer comRelease(item)
		p, err := shellItemPath(item)
		if err != nil {
			return nil, err
		}
		return []string{p}, nil
	}

	var arr unsafe.Pointer
	if hr := comCall(dlg, vtGetResults, uintptr(unsafe.Pointer(&arr))); failed(hr) {
		return nil, hrError("读取所选文件", hr)
	}
	defer comRelease(arr)
	var n uint32
	if hr := comCall(arr, vtArrayGetCount, uintptr(unsafe.Pointer(&n))); failed(hr) {
		return nil, hrError("读取所选文件", hr)
	}
	paths := make([]string, 0, n)
	for i := uint32(0); i < n; i++ {
		var item unsafe.Pointer
		if hr := comCall(arr, vtArrayGetItemAt, uintptr(i), uintptr(unsafe.Pointer(&item))); failed(hr) {
			return nil, hrError("读取所选文件", hr)
		}
		p, err := shellItemPath(item)
		comRelease(item)
		if err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
