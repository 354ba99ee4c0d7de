package reply

import (
	"testing"

	"taizhang/seeds"
)

// FuzzRead: no content makes reading a reply panic, and a refused file
// carries no comments.
func FuzzRead(f *testing.F) {
	p, d, err := seeds.Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "我单位对分工方案无修改意见。", "第8项，建议改由县住建局牵头。\n第19项不属于本单位职责。",
		"序号,具体要求,意见\n8,,不属于本单位职责\n", "PK\x03\x04", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"} {
		f.Add("县财政局.txt", []byte(s))
		f.Add("县财政局.csv", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		r := Read(name, data, Context{Plan: p, Dir: d})
		if r.Err != nil && len(r.Comments) > 0 {
			t.Fatal("refused with comments")
		}
	})
}
