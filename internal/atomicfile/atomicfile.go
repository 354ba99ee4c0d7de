// Package atomicfile is the one way the program writes a file: into a
// temporary file beside the target, flushed to the disk, then renamed over
// the target. The target holds either its old content or the whole new
// one, even if the program or the machine stops halfway; a failed write
// leaves no temporary file behind.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// Stage says where a write failed, so callers can tell the clerk why: a
// folder that cannot be written to, a full disk, or (on Windows, mostly) a
// target held open by Excel, WPS or Word.
type Stage int

const (
	AtCreate Stage = iota + 1 // the temporary file could not be made
	AtWrite                   // writing or flushing it failed
	AtRename                  // it could not replace the target
)

// Error is a failed write and the stage it failed at.
type Error struct {
	Stage Stage
	Path  string
	Err   error
}

func (e *Error) Error() string {
	what := map[Stage]string{AtCreate: "create a temporary file for", AtWrite: "write", AtRename: "replace"}[e.Stage]
	return fmt.Sprintf("cannot %s %s: %v", what, e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Write makes path's new content through write, then gives it mode perm.
func Write(path string, perm os.FileMode, write func(f *os.File) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".taizhang-*.tmp")
	if err != nil {
		return &Error{AtCreate, path, err}
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return &Error{AtWrite, path, err}
	}
	// CreateTemp makes the file private; perm is what the file is for.
	if err := tmp.Chmod(perm); err != nil {
		return &Error{AtWrite, path, err}
	}
	// Flushed before the rename: otherwise a crash soon after can leave
	// the new name on an empty or partial file.
	if err := tmp.Sync(); err != nil {
		return &Error{AtWrite, path, err}
	}
	if err := tmp.Close(); err != nil {
		return &Error{AtWrite, path, err}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		done = true
		return &Error{AtRename, path, err}
	}
	done = true
	syncDir(dir)
	return nil
}

// WriteFile is Write for content already in memory.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return Write(path, perm, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}

// syncDir flushes the folder's entry for the renamed file where the system
// allows it (not on Windows, where opening a folder fails and the rename
// is already recorded).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
