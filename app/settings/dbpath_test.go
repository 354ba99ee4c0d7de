package settings

import (
	"os"
	"path/filepath"
	"testing"

	"taizhang/storage"
)

func TestChooseDatabasePath(t *testing.T) {
	exeDir := filepath.Join("usb", "台账")
	configDir := filepath.Join("home", "clerk", ".config")
	portable := filepath.Join(exeDir, "taizhang.db")
	has := func(paths ...string) func(string) bool {
		return func(p string) bool {
			for _, q := range paths {
				if p == q {
					return true
				}
			}
			return false
		}
	}
	cases := []struct {
		name, flag, exeDir, configDir string
		exists                        func(string) bool
		want                          string
		wantErr                       bool
	}{
		{"flag wins over portable", "D:/data/x.db", exeDir, configDir, has(portable), "D:/data/x.db", false},
		{"portable beside the exe", "", exeDir, configDir, has(portable), portable, false},
		{"default in the config folder", "", exeDir, configDir, has(), filepath.Join(configDir, "taizhang", "taizhang.db"), false},
		{"no exe dir known", "", "", configDir, has(portable), filepath.Join(configDir, "taizhang", "taizhang.db"), false},
		{"blank flag is no flag", "  ", exeDir, configDir, has(portable), portable, false},
		{"no config folder", "", exeDir, "", has(), "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := chooseDatabasePath(c.flag, c.exeDir, c.configDir, c.exists)
			if (err != nil) != c.wantErr {
				t.Fatalf("err = %v, want error %v", err, c.wantErr)
			}
			if got != c.want {
				t.Errorf("path = %q, want %q", got, c.want)
			}
		})
	}
}

func TestDatabasePathDefaultMatchesStorage(t *testing.T) {
	// The window, the command line and storage.DefaultPath name one place.
	cfg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", cfg)
	t.Setenv("HOME", cfg)
	t.Setenv("AppData", cfg)
	dir, err := os.UserConfigDir()
	if err != nil {
		t.Skip("no user config dir here:", err)
	}
	got, err := DatabasePath("")
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := os.Executable()
	if _, err := os.Stat(filepath.Join(filepath.Dir(exe), "taizhang.db")); err == nil {
		t.Skip("a taizhang.db beside the test binary puts it in portable mode")
	}
	want, err := storage.DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want != filepath.Join(dir, "taizhang", "taizhang.db") || got != want {
		t.Errorf("DatabasePath(\"\") = %q, want %q", got, want)
	}
}

func TestDatabasePathFlagIsMadeAbsolute(t *testing.T) {
	got, err := DatabasePath("ledger.db")
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(got) || filepath.Base(got) != "ledger.db" {
		t.Errorf("DatabasePath(ledger.db) = %q, want an absolute path", got)
	}
}

// A --db value on a network share is refused before anything opens it.
func TestDatabasePathRefusesShare(t *testing.T) {
	if _, err := DatabasePath(`\\server\share\taizhang.db`); err == nil {
		t.Error("DatabasePath accepted a UNC --db value")
	}
}

func TestIsPortable(t *testing.T) {
	dir := programDir()
	if dir == "" {
		t.Skip("program folder unknown")
	}
	if !IsPortable(filepath.Join(dir, "taizhang.db")) {
		t.Error("the database beside the program is not portable")
	}
	if IsPortable(filepath.Join(t.TempDir(), "taizhang.db")) {
		t.Error("a database elsewhere counts as portable")
	}
}
