package native

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestUNCNetworkPath(t *testing.T) {
	network := []string{
		`\\server\share\taizhang.db`,
		`//server/share/taizhang.db`,
		`\\县府办-PC\共享\台账\taizhang.db`,
		`\\?\UNC\server\share\taizhang.db`,
		`\\?\unc\server\share\taizhang.db`,
		`\\.\UNC\server\share\taizhang.db`,
		`\/server\share`,
	}
	local := []string{
		`C:\Users\clerk\AppData\Roaming\taizhang\taizhang.db`,
		`D:/台账/taizhang.db`,
		`\\?\C:\very\long\path\taizhang.db`,
		`\\.\C:\taizhang.db`,
		`\single\leading\slash.db`,
		`taizhang.db`,
		`/home/clerk/.config/taizhang/taizhang.db`,
		``,
	}
	for _, p := range network {
		if !uncNetworkPath(p) {
			t.Errorf("uncNetworkPath(%q) = false, want true", p)
		}
	}
	for _, p := range local {
		if uncNetworkPath(p) {
			t.Errorf("uncNetworkPath(%q) = true, want false", p)
		}
	}
}

func TestCheckLocalPath(t *testing.T) {
	err := CheckLocalPath(`\\server\share\taizhang.db`)
	if err == nil {
		t.Fatal("a UNC path was accepted")
	}
	for _, want := range []string{"网络共享位置", `\\server\share\taizhang.db`, "本机磁盘"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q lacks %q", err, want)
		}
	}
	if err := CheckLocalPath(filepath.Join(t.TempDir(), "taizhang.db")); err != nil {
		t.Errorf("a local temp path was refused: %v", err)
	}
	if runtime.GOOS != "windows" {
		// On Unix //x is the local path /x.
		if err := CheckLocalPath("//tmp/taizhang.db"); err != nil {
			t.Errorf("//tmp was refused on %s: %v", runtime.GOOS, err)
		}
	}
}
