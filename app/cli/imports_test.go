package cli

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The command line and the window (package app, one folder up) reach the
// store, the importer, the reports and the Word documents only through the
// workspace, so the two cannot drift apart.
func TestOnlyThroughTheWorkspace(t *testing.T) {
	forbidden := []string{"taizhang/storage", "taizhang/app/importer", "taizhang/app/report", "taizhang/app/gongwen", "taizhang/app/docx", "taizhang/app/msdoc", "taizhang/app/feedback/forms", "taizhang/app/feedback/reply"}
	for _, dir := range []string{".", ".."} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 {
			t.Fatalf("no Go files in %s", dir)
		}
		fset := token.NewFileSet()
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				for _, bad := range forbidden {
					if path == bad || strings.HasPrefix(path, bad+"/") {
						t.Errorf("%s imports %s: go through app/workspace", name, path)
					}
				}
			}
		}
	}
}
