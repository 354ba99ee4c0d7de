package tooltest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A missing tool skips outside CI and fails in CI. The verdict is read
// from a child test process, since a failing test cannot be observed from
// inside itself.
func TestMissingFailsOnlyInCI(t *testing.T) {
	if os.Getenv("TOOLTEST_CHILD") != "" {
		Program(t, "no-such-program-taizhang", "no-such-package")
		return
	}
	for _, c := range []struct {
		ci   string
		want string
	}{{"", "--- SKIP"}, {"1", "--- FAIL"}} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestMissingFailsOnlyInCI$", "-test.v")
		cmd.Env = append(os.Environ(), "TOOLTEST_CHILD=1", "CI="+c.ci)
		out, _ := cmd.CombinedOutput()
		if !strings.Contains(string(out), c.want) || !strings.Contains(string(out), "no-such-package") {
			t.Errorf("CI=%q: want %s naming the package, got\n%s", c.ci, c.want, out)
		}
	}
}

func TestPresentToolIsFound(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", filepath.Dir(exe))
	if got := Program(t, filepath.Base(exe), "none"); got == "" {
		t.Fatal("a program on the PATH was not found")
	}
	if got := File(t, exe, "none"); got != exe {
		t.Fatalf("File = %q", got)
	}
}
