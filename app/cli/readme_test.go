package cli

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// readmeUsage is the indented block of README.md's "Command line" section.
func readmeUsage(t *testing.T) []string {
	t.Helper()
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(raw), "\n## Command line\n")
	if !ok {
		t.Fatal("README.md has no “## Command line” section")
	}
	var block []string
	for _, line := range strings.Split(section, "\n") {
		if rest, ok := strings.CutPrefix(line, "    "); ok {
			block = append(block, rest)
		} else if len(block) > 0 {
			break
		}
	}
	return block
}

// The README lists every command with its flags exactly as `taizhang help`
// prints them, and each command's --help prints its own line.
func TestReadmeMatchesHelp(t *testing.T) {
	var out bytes.Buffer
	if code := Run([]string{"--help"}, &out, &out); code != ExitOK {
		t.Fatalf("--help: exit %d", code)
	}
	help := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	readme := readmeUsage(t)
	for i := 0; i < max(len(help), len(readme)); i++ {
		var h, r string
		if i < len(help) {
			h = help[i]
		}
		if i < len(readme) {
			r = readme[i]
		}
		if h != r {
			t.Errorf("line %d:\n  --help: %q\n  README: %q", i+1, h, r)
		}
	}
	if len(commands) != len(commandOrder) {
		t.Errorf("%d commands, %d in the usage order: a command is missing from the usage", len(commands), len(commandOrder))
	}
	for name, c := range commands {
		var out, errOut bytes.Buffer
		if code := Run([]string{name, "--help"}, &out, &errOut); code != ExitOK || !strings.Contains(out.String(), c.usage) {
			t.Errorf("%s --help: exit %d, printed %q", name, code, out.String())
		}
	}
}

// A subcommand listed under another command's usage (plan publish, diff
// and stage sit with feedback) is found by its own --help.
func TestSubcommandHelpFindsItsLine(t *testing.T) {
	for _, args := range [][]string{{"plan", "publish", "--help"}, {"plan", "--help"}} {
		var out, errOut bytes.Buffer
		if code := Run(args, &out, &errOut); code != ExitOK || !strings.Contains(out.String(), "taizhang plan publish [--db FILE]") {
			t.Errorf("%v: exit %d, printed %q", args, code, out.String())
		}
	}
}
