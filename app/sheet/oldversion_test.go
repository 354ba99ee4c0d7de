package sheet

import (
	"strings"
	"testing"
)

// An Excel 4.0 workbook is named as such and the clerk told to save it as
// .xlsx; it is not called damaged.
func TestOldExcelVersionNamed(t *testing.T) {
	for bof, version := range map[string]string{"\x09\x00": "Excel 2.1", "\x09\x02": "Excel 3.0", "\x09\x04": "Excel 4.0"} {
		data := []byte(bof + "\x06\x00\x00\x00\x10\x00\x00\x00" + "\x0a\x00\x00\x00")
		_, err := Read("旧表.xls", data)
		if r := reasonOf(t, err); r != Unsupported {
			t.Fatalf("%s: reason %v", version, r)
		}
		if msg := err.Error(); !strings.Contains(msg, version) || !strings.Contains(msg, ".xlsx") {
			t.Errorf("%s: %q", version, msg)
		}
	}
}
