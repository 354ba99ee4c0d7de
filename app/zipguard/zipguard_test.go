package zipguard

import (
	"archive/zip"
	"errors"
	"testing"
)

func entry(name string, size, packed uint64, flags uint16) *zip.File {
	return &zip.File{FileHeader: zip.FileHeader{Name: name, UncompressedSize64: size, CompressedSize64: packed, Flags: flags}}
}

func TestCheck(t *testing.T) {
	many := make([]*zip.File, MaxEntries+1)
	for i := range many {
		many[i] = entry("x", 1, 1, 0)
	}
	total := make([]*zip.File, 0, 5)
	for range 5 {
		total = append(total, entry("part", MaxPart, MaxPart/2, 0))
	}
	for name, c := range map[string]struct {
		files []*zip.File
		want  Problem
	}{
		"ordinary":            {[]*zip.File{entry("xl/workbook.xml", 40<<10, 4<<10, 0), entry("media/photo.png", 3<<20, 3<<20, 0)}, 0},
		"at the part limit":   {[]*zip.File{entry("big", MaxPart, MaxPart/2, 0)}, 0},
		"over the part limit": {[]*zip.File{entry("big", MaxPart+1, MaxPart, 0)}, PartTooLarge},
		"over the total":      {total, TotalTooLarge},
		"too many entries":    {many, TooManyEntries},
		"encrypted":           {[]*zip.File{entry("word/document.xml", 10, 10, 1)}, Encrypted},
		// 201:1 above the floor is padding; the same ratio below it is a
		// small, very regular part.
		"bomb ratio":        {[]*zip.File{entry("sheet1.xml", 201*(RatioFloor/200), RatioFloor/200-1, 0)}, RatioTooHigh},
		"small part ratio":  {[]*zip.File{entry("sheet1.xml", RatioFloor, RatioFloor/1000, 0)}, 0},
		"ratio at the edge": {[]*zip.File{entry("sheet1.xml", 200*(RatioFloor/100), RatioFloor/100, 0)}, 0},
	} {
		err := Check(c.files)
		var ze *Error
		switch {
		case c.want == 0 && err != nil:
			t.Errorf("%s: refused: %v", name, err)
		case c.want != 0 && (!errors.As(err, &ze) || ze.Problem != c.want):
			t.Errorf("%s: %v, want problem %d", name, err, c.want)
		case c.want != 0 && ze.Error() == "":
			t.Errorf("%s: no detail", name)
		}
	}
}
