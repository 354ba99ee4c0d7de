package native

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Off Windows the Chinese fonts the system has are found, CFF ones left
// out; on a machine without any the answer is empty, not an error.
func TestChineseFontsOffWindows(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows looks in its Fonts folder")
	}
	body, heading, fallback := ChineseFonts()
	all := append([]string{body, heading}, fallback...)
	for _, f := range all {
		if f != "" && !isTrueTypeFile(f) {
			t.Errorf("%s is not a TrueType font", f)
		}
	}
	out, _ := exec.Command("fc-list", ":lang=zh", "-f", "%{file}\n").Output()
	if len(trueTypeOnly(uniqueSorted(splitLines(string(out))))) > 0 && body == "" && heading == "" && len(fallback) == 0 {
		t.Errorf("fontconfig knows TrueType Chinese fonts, none found")
	}
	t.Logf("body %q heading %q fallback %q", body, heading, fallback)
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// Without fontconfig the font folders are searched by name.
func TestFolderChinese(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "truetype", "droid")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	tt := append([]byte{0, 1, 0, 0}, make([]byte, 12)...)
	cff := append([]byte("OTTO"), make([]byte, 12)...)
	for name, data := range map[string][]byte{"DroidSansFallbackFull.ttf": tt, "DejaVuSans.ttf": tt, "NotoSansCJK-Regular.otf": cff} {
		if err := os.WriteFile(filepath.Join(sub, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := trueTypeOnly(folderChinese([]string{dir, filepath.Join(dir, "missing")}))
	if len(got) != 1 || filepath.Base(got[0]) != "DroidSansFallbackFull.ttf" {
		t.Errorf("found %q", got)
	}
}
