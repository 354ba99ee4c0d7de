package native

import (
	"errors"
	"fmt"
	"runtime"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

// Minimal COM plumbing for the Common Item Dialog (IFileOpenDialog,
// IFileSaveDialog), the dialogs Explorer and Office use. x/sys/windows has
// no COM interfaces, and a whole COM library is more than three dialogs
// need: methods are called through the vtable by index, the indices taken
// from the Windows SDK's shobjidl.h.

var (
	modOle32   = windows.NewLazySystemDLL("ole32.dll")
	modShell32 = windows.NewLazySystemDLL("shell32.dll")

	procCoCreateInstance            = modOle32.NewProc("CoCreateInstance")
	procSHCreateItemFromParsingName = modShell32.NewProc("SHCreateItemFromParsingName")
)

var (
	clsidFileOpenDialog = windows.GUID{Data1: 0xdc1c5a9c, Data2: 0xe88a, Data3: 0x4dde, Data4: [8]byte{0xa5, 0xa1, 0x60, 0xf8, 0x2a, 0x20, 0xae, 0xf7}}
	iidIFileOpenDialog  = windows.GUID{Data1: 0xd57c7288, Data2: 0xd4ad, Data3: 0x4768, Data4: [8]byte{0xbe, 0x02, 0x9d, 0x96, 0x95, 0x32, 0xd9, 0x60}}
	clsidFileSaveDialog = windows.GUID{Data1: 0xc0b4e2f3, Data2: 0xba21, Data3: 0x4773, Data4: [8]byte{0x8d, 0xba, 0x33, 0x5e, 0xc9, 0x46, 0xeb, 0x8b}}
	iidIFileSaveDialog  = windows.GUID{Data1: 0x84bccd23, Data2: 0x5fde, Data3: 0x4cdb, Data4: [8]byte{0xae, 0xa4, 0xaf, 0x64, 0xb8, 0x3d, 0x78, 0xab}}
	iidIShellItem       = windows.GUID{Data1: 0x43826d1e, Data2: 0xe718, Data3: 0x42ee, Data4: [8]byte{0xbc, 0x55, 0xa1, 0xe2, 0x61, 0xc3, 0x7b, 0xfe}}
)

// Vtable slots (IUnknown 0-2, IModalWindow 3, IFileDialog 4-26,
// IFileOpenDialog 27-28; IShellItem and IShellItemArray as listed).
const (
	vtRelease             = 2
	vtShow                = 3
	vtSetFileTypes        = 4
	vtSetFileTypeIndex    = 5
	vtSetOptions          = 9
	vtGetOptions          = 10
	vtSetFolder           = 12
	vtSetFileName         = 15
	vtSetTitle            = 17
	vtGetResult           = 20
	vtSetDefaultExtension = 22
	vtGetResults          = 27

	vtItemGetDisplayName = 5 // IShellItem
	vtArrayGetCount      = 7 // IShellItemArray
	vtArrayGetItemAt     = 8
)

const (
	fosOverwritePrompt  = 0x2
	fosNoChangeDir      = 0x8
	fosPickFolders      = 0x20
	fosForceFileSystem  = 0x40
	fosAllowMultiSelect = 0x200
	fosPathMustExist    = 0x800
	fosFileMustExist    = 0x1000

	sigdnFileSysPath = 0x80058000
	clsctxInproc     = 0x1

	// HRESULT_FROM_WIN32(ERROR_CANCELLED): the clerk closed the dialog.
	hrCancelled = 0x800704C7
)

// comCall calls method number slot of the COM object obj.
//
//go:uintptrescapes
func comCall(obj unsafe.Pointer, slot int, args ...uintptr) uint32 {
	vtbl := *(*unsafe.Pointer)(obj)
	fn := *(*uintptr)(unsafe.Add(vtbl, slot*int(unsafe.Sizeof(uintptr(0)))))
	r, _, _ := syscall.SyscallN(fn, append([]uintptr{uintptr(obj)}, args...)...)
	return uint32(r)
}

func failed(hr uint32) bool { return int32(hr) < 0 }

func comRelease(obj unsafe.Pointer) {
	if obj != nil {
		comCall(obj, vtRelease)
	}
}

func hrError(what string, hr uint32) error {
	return fmt.Errorf("%s失败（HRESULT 0x%08X）", what, hr)
}

// withCOM runs f on a fresh OS thread with COM initialised as a
// single-threaded apartment, which the shell's dialogs and ShellExecute's
// shell extensions require. Go moves goroutines between threads, so the
// thread is locked for f's whole run and then left to exit with the
// goroutine, taking any COM state with it.
func withCOM(f func() error) error {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		err := windows.CoInitializeEx(0, windows.COINIT_APARTMENTTHREADED|windows.COINIT_DISABLE_OLE1DDE)
		// S_FALSE (already initialised) arrives as Errno(1) and still
		// needs its CoUninitialize.
		if err == nil || errors.Is(err, syscall.Errno(1)) {
			defer windows.CoUninitialize()
		}
		done <- f()
	}()
	return <-done
}

// shellItemPath returns the file-system path of an IShellItem.
func shellItemPath(item unsafe.Pointer) (string, error) {
	var p *uint16
	if hr := comCall(item, vtItemGetDisplayName, sigdnFileSysPath, uintptr(unsafe.Pointer(&p))); failed(hr) {
		return "", hrError("读取所选路径", hr)
	}
	defer windows.CoTaskMemFree(unsafe.Pointer(p))
	return windows.UTF16PtrToString(p), nil
}

// shellItemFor returns an IShellItem for a folder path, or nil.
func shellItemFor(path string) unsafe.Pointer {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return nil
	}
	var item unsafe.Pointer
	r, _, _ := procSHCreateItemFromParsingName.Call(uintptr(unsafe.Pointer(p)), 0,
		uintptr(unsafe.Pointer(&iidIShellItem)), uintptr(unsafe.Pointer(&item)))
	if failed(uint32(r)) {
		return nil
	}
	return item
}
