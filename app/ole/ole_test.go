package ole

import (
	"errors"
	"os"
	"testing"
)

func TestStreamsOfAWorkbook(t *testing.T) {
	data, err := os.ReadFile("../sheet/xls/testdata/cells.xls")
	if err != nil {
		t.Fatal(err)
	}
	streams, err := Streams(data)
	if err != nil {
		t.Fatal(err)
	}
	wb := streams["workbook"]
	if wb == nil {
		t.Fatalf("no workbook stream among %d", len(streams))
	}
	buf, err := ReadStream(wb, len(data))
	if err != nil || len(buf) != int(wb.Size) {
		t.Fatalf("%d bytes, %v; want %d", len(buf), err, wb.Size)
	}
	// A stream cannot be larger than the file that holds it.
	if _, err := ReadStream(wb, int(wb.Size)-1); !errors.Is(err, ErrDamaged) {
		t.Errorf("oversized stream: %v", err)
	}
	// Cut anywhere, the container is damaged, never a panic.
	for _, n := range []int{len(Signature), 512, 600, len(data) / 2} {
		streams, err := Streams(data[:n])
		if err == nil {
			for _, f := range streams {
				if _, err = ReadStream(f, n); err != nil {
					break
				}
			}
		}
		if err != nil && !errors.Is(err, ErrDamaged) {
			t.Errorf("cut at %d: %v is not ErrDamaged", n, err)
		}
	}
}
