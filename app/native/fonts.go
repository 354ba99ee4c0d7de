package native

import (
	"os"
	"path/filepath"
	"runtime"
)

// ChineseFonts names the system's Chinese fonts the printed summary may
// use: body (仿宋, the office's convention for documents), heading (黑体)
// and fallbacks for characters the bundled font lacks (宋体 with its
// extension, 微软雅黑, 楷体). Only files that exist are named. Off Windows
// the fonts come from fontconfig or the usual font folders (fonts_unix.go).
func ChineseFonts() (body, heading string, fallback []string) {
	if runtime.GOOS != "windows" {
		return unixChineseFonts()
	}
	dir := windowsFontDir()
	find := func(names ...string) string {
		for _, n := range names {
			p := filepath.Join(dir, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p
			}
		}
		return ""
	}
	body = find("simfang.ttf")
	heading = find("simhei.ttf")
	for _, n := range [][]string{{"simsun.ttc"}, {"msyh.ttc", "msyh.ttf"}, {"simkai.ttf"}} {
		if p := find(n...); p != "" {
			fallback = append(fallback, p)
		}
	}
	return body, heading, fallback
}

// windowsFontDir is %WINDIR%\Fonts, C:\Windows\Fonts when unset.
func windowsFontDir() string {
	win := os.Getenv("WINDIR")
	if win == "" {
		win = os.Getenv("SystemRoot")
	}
	if win == "" {
		win = `C:\Windows`
	}
	return filepath.Join(win, "Fonts")
}
