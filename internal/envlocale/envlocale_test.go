package envlocale_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"testing"

	// Linked in so that this test binary initialises Fyne's locale
	// lookup as the program does. (An external test package: were this
	// package itself to import Fyne, Fyne would be initialised first.)
	"fyne.io/fyne/v2/lang"

	"taizhang/internal/envlocale"
)

// probeEnv makes the test binary print what Fyne saw and exit.
const probeEnv = "ENVLOCALE_PROBE"

func TestMain(m *testing.M) {
	if os.Getenv(probeEnv) == "1" {
		fmt.Print(lang.SystemLocale())
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Under the locale containers set, Fyne prints nothing at start-up.
func TestLocaleSetBeforeFyne(t *testing.T) {
	for _, env := range [][]string{{"LANG=C.UTF-8"}, {"LC_ALL=C.UTF-8"}, {"LANG=POSIX"}, {"LANG=en_US.UTF-8"}} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append([]string{probeEnv + "=1", "PATH=" + os.Getenv("PATH")}, env...)
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			t.Fatalf("%v: %v\n%s", env, err, errOut.Bytes())
		}
		if errOut.Len() > 0 {
			t.Errorf("%v: stderr %q", env, errOut.String())
		}
		want := "zh-CN"
		if env[0] == "LANG=en_US.UTF-8" {
			want = "en-US" // a real locale is left alone
		}
		if out.String() != want {
			t.Errorf("%v: Fyne's locale %q, want %q", env, out.String(), want)
		}
	}
}

func TestIsPOSIX(t *testing.T) {
	for v, want := range map[string]bool{"C": true, "C.UTF-8": true, "C.utf8": true, "POSIX": true,
		"zh_CN.UTF-8": false, "en_US": false, "": false, "Chinese": false} {
		if envlocale.IsPOSIX(v) != want {
			t.Errorf("%q: %v", v, !want)
		}
	}
}
