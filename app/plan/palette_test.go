package plan

import "testing"

// Every status the window or print shows has its own colour and mark, and
// its word stays readable on its colour.
func TestPaletteDistinctAndReadable(t *testing.T) {
	colours, marks := map[[3]uint8]string{}, map[string]string{}
	for _, s := range StatusOrder {
		st, ok := palette[s]
		if !ok {
			t.Fatalf("%s has no style", s)
		}
		key := [3]uint8{st.Fill.R, st.Fill.G, st.Fill.B}
		if other, dup := colours[key]; dup {
			t.Errorf("%s and %s share a colour", s, other)
		}
		colours[key] = s
		if other, dup := marks[st.Mark]; dup || st.Mark == "" {
			t.Errorf("%s and %s share mark %q", s, other, st.Mark)
		}
		marks[st.Mark] = s
		if c := Contrast(st.Fill, st.Text); c < 4.5 {
			t.Errorf("%s: text contrast %.1f below 4.5", s, c)
		}
	}
	if Style("随便写的").Mark != Style(StatusUnset).Mark {
		t.Error("an unknown word is not drawn as 未填状态")
	}
}

func TestSeverityPutsTroubleFirst(t *testing.T) {
	if !(Severity(StatusLate) < Severity(StatusMissing) && Severity(StatusMissing) < Severity(StatusDone) && Severity(StatusDone) < Severity(StatusNA)) {
		t.Error("severity order wrong")
	}
}
