package importer

import (
	"strings"
	"testing"
	"unicode/utf8"

	"taizhang/app/sheet"
)

// FuzzReadMeta feeds arbitrary lines (cells split by |) above a header:
// reading the 填报单位 / 填报人 / 联系电话 / 填报日期 lines must not panic,
// and what it keeps must look like a name and a phone number.
func FuzzReadMeta(f *testing.F) {
	f.Add("填报单位（盖章）：县财政局|填报人：李明|联系电话：0751-2812345|填报日期：2018年7月20日")
	f.Add("填报单位:县财政局    填报人:张三   联系电话:1234567  填报日期:2018.07.20")
	f.Add("联系人：王芳 13800138000|电话：|手机：")
	f.Fuzz(func(t *testing.T, line string) {
		g := &sheet.Grid{Rows: [][]string{strings.Split(line, "|"), {"序号", "落实情况"}}}
		m := readMeta(g, 1)
		if utf8.RuneCountInString(m.person) > 12 {
			t.Fatalf("person %q", m.person)
		}
		if m.phone != "" && phoneRe.FindString(m.phone) != m.phone {
			t.Fatalf("phone %q", m.phone)
		}
	})
}
