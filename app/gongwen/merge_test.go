package gongwen

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	got := splitSentences("1.已公开预算；2、已公开决算。\n（3）建立台账！  ①专人负责")
	want := []string{"已公开预算；", "已公开决算。", "建立台账！", "专人负责"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestMergerNamesAndBreadth(t *testing.T) {
	names := func(u string) []string { return []string{u, "翁源" + u} }
	m := newMerger(names)
	units := []string{"县甲局", "县乙局", "县丙局", "县丁局", "县戊局", "县己局", "县庚局"}
	for i, u := range units {
		text := "翁源" + u + "：建立了台账。"
		if i < 2 {
			text += "开展了培训。"
		}
		m.add(u, text)
	}
	m.add("县乙局", "无。")
	m.order([]string{"县庚局"})
	got := strings.Join(m.runs(), "")
	// The lead's sentence first (shared by all seven: named by count),
	// then the one two units share; the own-name prefix and 无 dropped.
	want := "县甲局、县乙局、县丙局等7个单位：建立了台账。县甲局、县乙局：开展了培训。"
	if got != want {
		t.Errorf("%q\nwant %q", got, want)
	}
}
