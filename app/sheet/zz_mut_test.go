package sheet

import (
	"math/rand"
	"os"
	"testing"
	"time"
)

func TestZZMutate(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	rng := rand.New(rand.NewSource(int64(time.Now().UnixNano())))
	seed := []byte(wpsSheet)
	alphabet := []byte(`<>/="' &;#x0123456789abcdefrvcsitAXFD:!-[]?` + "\x00\xEF\xBF")
	deadline := time.Now().Add(60 * time.Second)
	n := 0
	for time.Now().Before(deadline) {
		d := append([]byte(nil), seed...)
		for k := rng.Intn(6) + 1; k > 0; k-- {
			switch rng.Intn(4) {
			case 0:
				d[rng.Intn(len(d))] = alphabet[rng.Intn(len(alphabet))]
			case 1:
				i := rng.Intn(len(d))
				d = append(d[:i], append([]byte{alphabet[rng.Intn(len(alphabet))]}, d[i:]...)...)
			case 2:
				i := rng.Intn(len(d))
				j := min(len(d), i+rng.Intn(20))
				d = append(d[:i], d[j:]...)
			case 3:
				i, j := rng.Intn(len(d)), rng.Intn(len(d))
				if i > j {
					i, j = j, i
				}
				d = append(d[:j], append(append([]byte(nil), d[i:j]...), d[j:]...)...)
			}
			if len(d) == 0 {
				d = []byte("<a/>")
			}
		}
		zipped := buildZip(t, entriesOf(xlsxParts(string(d))))
		st := time.Now()
		done := make(chan struct{})
		go func() {
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				os.WriteFile("/tmp/slow_sheet.xml", d, 0o644)
				panic("slow input written to /tmp/slow_sheet.xml")
			}
		}()
		book, err := Read("fuzz.xlsx", zipped)
		close(done)
		checkOutcome(t, book, err)
		if el := time.Since(st); el > time.Second {
			t.Logf("slow %v: %q", el, d)
		}
		n++
	}
	t.Logf("%d inputs", n)
}
