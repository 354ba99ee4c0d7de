package sheet

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// encrypted-wy2018.xls is a return saved by LibreOffice with the open
// password wy2018 (BIFF8 with a FILEPASS record).
func TestEncryptedRefused(t *testing.T) {
	data, err := os.ReadFile("testdata/encrypted-wy2018.xls")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Read("县财政局.xlsx", data)
	var re *RefusedError
	if !errors.As(err, &re) || re.Reason != Encrypted {
		t.Fatalf("got %v", err)
	}
	if !strings.Contains(err.Error(), "《县财政局.xlsx》") || !strings.Contains(err.Error(), "加密") {
		t.Errorf("message %q", err)
	}
}
