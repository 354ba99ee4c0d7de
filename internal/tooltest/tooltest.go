// Package tooltest lets a test use an outside program (pdftotext,
// LibreOffice, python3 with openpyxl) or a system font when it is there.
// Where it is missing the test is skipped on a developer's machine but
// fails in CI (the CI variable set), which installs every one of them: a
// CI that lost a tool must not pass by skipping what the tool checks.
package tooltest

import (
	"os"
	"os/exec"
	"testing"
)

// InCI reports whether the tests run in CI, where every tool is installed.
func InCI() bool { return os.Getenv("CI") != "" }

// Missing skips the test, or fails it in CI, saying what is missing and
// the Debian package that brings it.
func Missing(tb testing.TB, what, pkg string) {
	tb.Helper()
	if InCI() {
		tb.Fatalf("%s is missing in CI (install %s; .ci/run does)", what, pkg)
	}
	tb.Skipf("%s is not installed (apt-get install -y %s)", what, pkg)
}

// Program is the path of the program name, or the test is skipped (failed
// in CI) when it is not on the PATH.
func Program(tb testing.TB, name, pkg string) string {
	tb.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		Missing(tb, name, pkg)
	}
	return path
}

// File is path when it exists, or the test is skipped (failed in CI).
func File(tb testing.TB, path, pkg string) string {
	tb.Helper()
	if _, err := os.Stat(path); err != nil {
		Missing(tb, path, pkg)
	}
	return path
}
