package assets

import (
	"bytes"
	"encoding/binary"
	"image/png"
	"testing"
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"

	"taizhang/app/plan"
)

// cmap4 returns a rune lookup over a TrueType font's (3,1) format 4 cmap.
// Hand-rolled so the test needs no font library.
func cmap4(t *testing.T, font []byte) func(rune) bool {
	t.Helper()
	u16 := func(off int) int { return int(binary.BigEndian.Uint16(font[off:])) }
	u32 := func(off int) int { return int(binary.BigEndian.Uint32(font[off:])) }
	if !bytes.Equal(font[:4], []byte{0, 1, 0, 0}) {
		t.Fatalf("not a TrueType-outline font: %q", font[:4])
	}
	cmap := -1
	for i := 0; i < u16(4); i++ {
		rec := 12 + 16*i
		if string(font[rec:rec+4]) == "cmap" {
			cmap = u32(rec + 8)
		}
	}
	if cmap < 0 {
		t.Fatal("no cmap table")
	}
	sub := -1
	for i := 0; i < u16(cmap+2); i++ {
		rec := cmap + 4 + 8*i
		if u16(rec) == 3 && u16(rec+2) == 1 && u16(cmap+u32(rec+4)) == 4 {
			sub = cmap + u32(rec+4)
		}
	}
	if sub < 0 {
		t.Fatal("no (3,1) format 4 cmap, which fpdf needs")
	}
	segs := u16(sub+6) / 2
	ends, starts := sub+14, sub+16+2*segs
	deltas, offsets := starts+2*segs, starts+4*segs
	return func(r rune) bool {
		c := int(r)
		for i := 0; i < segs; i++ {
			if u16(ends+2*i) < c {
				continue
			}
			start := u16(starts + 2*i)
			if start > c {
				return false
			}
			ro := u16(offsets + 2*i)
			if ro == 0 {
				return (c+u16(deltas+2*i))&0xFFFF != 0
			}
			return u16(offsets+2*i+ro+2*(c-start)) != 0
		}
		return false
	}
}

func TestFontsCoverGB2312(t *testing.T) {
	dec := simplifiedchinese.GBK.NewDecoder()
	extra := "镕喆昇堃，。、：；！？（）“”《》①⑳★☆●○■□▲△◆◇√×　"
	for name, font := range map[string][]byte{"regular": FontRegular, "bold": FontBold} {
		has := cmap4(t, font)
		hanzi, missing := 0, []rune{}
		// GB2312 hanzi are rows 0xB0-0xF7; GBK decodes them the same.
		for hi := 0xB0; hi <= 0xF7; hi++ {
			for lo := 0xA1; lo <= 0xFE; lo++ {
				s, err := dec.Bytes([]byte{byte(hi), byte(lo)})
				r := []rune(string(s))
				if err != nil || len(r) != 1 || !unicode.Is(unicode.Han, r[0]) {
					continue // unassigned in GB2312
				}
				hanzi++
				if !has(r[0]) {
					missing = append(missing, r[0])
				}
			}
		}
		for _, r := range extra {
			if !has(r) {
				missing = append(missing, r)
			}
		}
		if hanzi != 6763 {
			t.Errorf("%s: enumerated %d GB2312 hanzi, want 6763", name, hanzi)
		}
		if len(missing) > 0 {
			t.Errorf("%s: missing %d characters: %s", name, len(missing), string(missing))
		}
	}
}

// Every status mark is drawn from the bundled fonts: on a Windows machine
// without Chinese fonts a mark they lack is an empty box.
func TestFontsCoverStatusMarks(t *testing.T) {
	for name, font := range map[string][]byte{"regular": FontRegular, "bold": FontBold} {
		has := cmap4(t, font)
		for _, status := range plan.StatusOrder {
			for _, r := range plan.Style(status).Mark {
				if !has(r) {
					t.Errorf("%s: the mark %q of %s is missing", name, r, status)
				}
			}
		}
	}
}

func TestIcon(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(Icon))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 256 || b.Dy() != 256 {
		t.Errorf("icon is %v, want 256x256", b.Size())
	}
}
