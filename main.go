// Command taizhang is 政务公开分工台账: the county office's ledger of the
// government-transparency work plan. With a subcommand it works on the
// command line; without one it opens the window.
package main

import (
	"os"

	"taizhang/app/cli"
	"taizhang/app/native"
	"taizhang/app/report"
)

func main() {
	args := os.Args[1:]
	report.UseSystemFonts(native.ChineseFonts())
	if cli.IsCommand(args) {
		cli.ResolveDB = native.DatabasePath
		cli.Main(args)
		return
	}
	runWindow(args)
}
