package msdoc

import (
	"encoding/binary"
	"errors"
	"os"
	"strings"
	"testing"
)

func load(t testing.TB, name string) []byte {
	b, err := os.ReadFile("../planword/testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fibAt finds the WordDocument stream's start in the file (its FIB begins
// with 0xA5EC on a sector boundary in these small files).
func fibAt(t *testing.T, data []byte) int {
	for off := 512; off+0x200 < len(data); off += 512 {
		if binary.LittleEndian.Uint16(data[off:]) == 0xA5EC {
			return off
		}
	}
	t.Fatal("no FIB")
	return 0
}

func TestText(t *testing.T) {
	for name, want := range map[string][]string{
		// The running text keeps its lines.
		"seed-text.doc": {"翁源县2018年政务公开工作要点分工方案\n", "\t（一）围绕建设法治政府全面推进政务公开\n", "\t49完善"},
		// A table comes out a cell a line.
		"seed-table.doc": {"工作任务\n具体要求\n牵头落实单位\n", "\n8.推动县级政府及其部门全面公开财政预决算信息。\n县财政局牵头，县直各部门负责\n"},
	} {
		text, err := Text(load(t, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", name, w)
			}
		}
		if strings.ContainsAny(text, "\r\x07\x13\x14\x15") {
			t.Errorf("%s: control characters left", name)
		}
		if n := strings.Count(text, "县财政局"); n != 3 {
			t.Errorf("%s: 县财政局 %d times", name, n)
		}
	}
}

func TestRefusals(t *testing.T) {
	good := load(t, "seed-text.doc")
	at := fibAt(t, good)
	mutate := func(f func(b []byte)) []byte {
		b := append([]byte(nil), good...)
		f(b)
		return b
	}
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"not ole", []byte("PK\x03\x04 not a doc"), ErrNotDoc},
		{"cut short", good[:len(good)/3], ErrDamaged},
		{"encrypted", mutate(func(b []byte) { b[at+0x0B] |= 0x01 }), ErrEncrypted},
		{"word 95", mutate(func(b []byte) { binary.LittleEndian.PutUint16(b[at+2:], 0x0065) }), ErrOldFormat},
		{"bad ident", mutate(func(b []byte) { b[at] = 0 }), ErrDamaged},
		{"clx outside", mutate(func(b []byte) { binary.LittleEndian.PutUint32(b[at+0x1A2:], 0x7FFFFFF0) }), ErrDamaged},
		{"other table stream", mutate(func(b []byte) { b[at+0x0B] ^= 0x02 }), ErrDamaged},
	}
	for _, c := range cases {
		if _, err := Text(c.data); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
}

func TestClean(t *testing.T) {
	in := "前\x13 HYPERLINK \"x\" \x14链接\x15后\r格\x07\x07图\x01片\x0b换行\x1e连字"
	if got, want := clean(in), "前链接后\n格\n\n图片\n换行-连字"; got != want {
		t.Errorf("%q, want %q", got, want)
	}
}

func FuzzText(f *testing.F) {
	f.Add(load(f, "seed-text.doc"))
	f.Add(load(f, "seed-table.doc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Text(data) // must not panic
	})
}
