package native

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
)

// OpenFiles offers the spreadsheet kinds returns arrive in first, and every
// file second: a clerk who picks a Word file gets the importer's clear
// refusal rather than not seeing the file at all.
var (
	openFilterName = "表格文件"
	openExts       = []string{".xlsx", ".xls", ".xlsm", ".csv", ".et"}
)

// OpenFiles is OpenFilesOf offering the spreadsheet kinds (openExts).
func OpenFiles(win fyne.Window, title, startDir string, cb func(paths []string, err error)) {
	OpenFilesOf(win, title, startDir, openFilterName, openExts, cb)
}

// Titles used when the caller passes none.
const (
	defaultOpenTitle   = "选择文件"
	defaultSaveTitle   = "保存为"
	defaultFolderTitle = "选择文件夹"
)

func orDefault(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// normalizeExts turns "xlsx", ".XLSX" and "*.xlsx" into ".xlsx".
func normalizeExts(exts []string) []string {
	out := make([]string, 0, len(exts))
	for _, e := range exts {
		e = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(e), "*"))
		if e == "" || e == "." {
			continue
		}
		if !strings.HasPrefix(e, ".") {
			e = "." + e
		}
		out = append(out, e)
	}
	return out
}

// withExt appends the first extension when the name typed has none of the
// wanted ones, as Windows' own save dialog does: a clerk types 汇总表 and
// gets 汇总表.xlsx.
func withExt(path string, exts []string) string {
	exts = normalizeExts(exts)
	if len(exts) == 0 {
		return path
	}
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range exts {
		if ext == e {
			return path
		}
	}
	return path + exts[0]
}

// filterPattern is the Windows filter spec for exts: "*.xlsx;*.xls".
func filterPattern(exts []string) string {
	exts = normalizeExts(exts)
	parts := make([]string, len(exts))
	for i, e := range exts {
		parts[i] = "*" + e
	}
	return strings.Join(parts, ";")
}

// filterLabel is what the dialog's type list shows: "表格文件 (*.xlsx;*.xls)".
func filterLabel(name string, exts []string) string {
	p := filterPattern(exts)
	if name == "" {
		return p
	}
	return name + " (" + p + ")"
}
