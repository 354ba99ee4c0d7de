package plan

import "testing"

func TestParseNo(t *testing.T) {
	for in, want := range map[string]int{"8": 8, "8.": 8, "８": 8, "第8项": 8, " 12、": 12, "8.0": 8, "1000": 1000, "第10000项": 10000, "（8）": 0, "一": 0, "": 0} {
		got, ok := ParseTaskNo(in)
		if (want == 0) == ok || got != want && ok {
			t.Errorf("%q → %d %v, want %d", in, got, ok, want)
		}
	}
}

func TestNormTaskTextAndDice(t *testing.T) {
	if got := NormTaskText("12、推进 “双随机、一公开”，ＡＢ。"); got != "推进双随机一公开ab" {
		t.Errorf("NormTaskText = %q", got)
	}
	a, b := Bigrams("公开透明"), Bigrams("公开透亮")
	if d := Dice(a, a); d != 1 {
		t.Errorf("Dice of a text with itself = %v", d)
	}
	if d := Dice(a, b); d < 0.66 || d > 0.67 {
		t.Errorf("Dice = %v, want 2×2/6", d)
	}
	if d := Dice(nil, nil); d != 0 {
		t.Errorf("Dice of nothing = %v", d)
	}
}
