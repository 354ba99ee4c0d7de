// Command taizhang is 政务公开分工台账: the county office's ledger of the
// government-transparency work plan. With a subcommand it works on the
// command line; without one it opens the window.
package main

import (
	// First: it settles the locale before Fyne's packages read it.
	_ "taizhang/internal/envlocale"

	"fmt"
	"os"
	"runtime"
	"strings"

	"taizhang/app/cli"
	"taizhang/app/native"
	"taizhang/app/report/pdf"
	"taizhang/app/settings"
)

func main() {
	args := os.Args[1:]
	pdf.UseSystemFonts(native.ChineseFonts)
	switch {
	case cli.IsCommand(args):
		cli.ResolveDB = settings.DatabasePath
		cli.Main(args)
	case len(args) > 0 && !strings.HasPrefix(args[0], "-"):
		cli.Main(args) // an unknown subcommand: the usage, exit 2
	case !windowArgs(args):
		fmt.Fprintf(os.Stderr, "未知的参数“%s”。\n", strings.Join(args, " "))
		cli.Run([]string{"help"}, os.Stdout, os.Stderr)
		os.Exit(cli.ExitUsage)
	case !haveDisplay():
		fmt.Fprintln(os.Stderr, "无法打开窗口：这台电脑没有可用的图形界面（DISPLAY 未设置或显示服务未运行）。请在桌面上运行，或使用命令行子命令（taizhang help 查看）。")
		os.Exit(cli.ExitRefused)
	default:
		runWindow(args)
	}
}

// windowArgs reports whether args are ones the window takes: nothing, or
// the database (--db FILE, --db=FILE, -db FILE, -db=FILE).
func windowArgs(args []string) bool {
	_, ok := windowDB(args)
	return ok
}

// windowDB is the one reading of the window's arguments: the database
// named ("" for the usual place), and false when args are not the
// window's.
func windowDB(args []string) (string, bool) {
	switch len(args) {
	case 0:
		return "", true
	case 1:
		for _, p := range []string{"--db=", "-db="} {
			if db, ok := strings.CutPrefix(args[0], p); ok && db != "" {
				return db, true
			}
		}
	case 2:
		if args[0] == "--db" || args[0] == "-db" {
			return args[1], true
		}
	}
	return "", false
}

// haveDisplay reports whether a window can be shown: on Linux and the
// BSDs only inside an X11 or Wayland session whose local server is there
// (GLFW panics otherwise).
func haveDisplay() bool {
	switch runtime.GOOS {
	case "windows", "darwin", "android", "ios", "js":
		return true
	}
	if os.Getenv("WAYLAND_DISPLAY") != "" {
		return true
	}
	d := os.Getenv("DISPLAY")
	if d == "" {
		return false
	}
	// A local display ":0" or "unix:0.0" has its socket in /tmp/.X11-unix;
	// a remote one cannot be checked this cheaply and is tried.
	host, num, ok := strings.Cut(d, ":")
	if !ok || (host != "" && host != "unix") {
		return true
	}
	num, _, _ = strings.Cut(num, ".")
	_, err := os.Stat("/tmp/.X11-unix/X" + num)
	return err == nil
}
