// Package envlocale replaces a locale Fyne cannot parse before Fyne reads
// it. Containers set LANG=C.UTF-8; Fyne's lang package then logs "Error
// parsing user locale C" on stderr at start-up, before any of our code
// runs, which a command-line run must not print.
//
// main imports this package first. It imports only syscall, so Go
// initialises it as soon as syscall is ready, long before Fyne's packages
// (see TestLocaleSetBeforeFyne and the command-line test in app/cli).
package envlocale

import (
	"strings"
	"syscall"
)

// Replacement is what an unparsable locale becomes: the office's own.
const Replacement = "zh_CN.UTF-8"

func init() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v, ok := syscall.Getenv(name); ok && IsPOSIX(v) {
			_ = syscall.Setenv(name, Replacement)
		}
	}
}

// IsPOSIX reports whether v is the C or POSIX locale ("C", "C.UTF-8",
// "POSIX"), which names no language.
func IsPOSIX(v string) bool {
	base, _, _ := strings.Cut(v, ".")
	base, _, _ = strings.Cut(base, "@")
	return base == "C" || base == "POSIX"
}
