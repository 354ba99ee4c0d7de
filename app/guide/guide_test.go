package guide

import (
	"bytes"
	"strings"
	"testing"

	"taizhang/app/sheet"
)

// Every screenshot the guide names is there and is a PNG: the script that
// takes them has been run since a picture was added.
func TestEveryScreenshotIsThere(t *testing.T) {
	n := 0
	for _, b := range Blocks() {
		if b.Kind != Image {
			continue
		}
		n++
		if !bytes.HasPrefix(b.Data, []byte("\x89PNG")) {
			t.Errorf("screenshot %s (%s) is missing: run scripts/guide-shots.sh", b.File, b.Text)
		}
	}
	if n == 0 {
		t.Fatal("the guide shows no screenshots")
	}
}

func TestParse(t *testing.T) {
	got := parse("# 一、甲\n\n第一行\n第二行\n\n## 乙\n- 项\n    taizhang help\n![图](x.png)\n")
	want := []Block{{Kind: Chapter, Text: "一、甲"}, {Kind: Para, Text: "第一行第二行"}, {Kind: Section, Text: "乙"},
		{Kind: Item, Text: "项"}, {Kind: Code, Text: "taizhang help"}, {Kind: Image, Text: "图", File: "x.png"}}
	if len(got) != len(want) {
		t.Fatalf("%d blocks: %+v", len(got), got)
	}
	for i := range want {
		if got[i].Kind != want[i].Kind || got[i].Text != want[i].Text || got[i].File != want[i].File {
			t.Errorf("block %d: %+v, want %+v", i, got[i], want[i])
		}
	}
	if ch := Chapters(Blocks()); len(ch) != 8 || ch[0][0].Kind != Chapter {
		t.Errorf("%d chapters", len(ch))
	}
}

// The guide explains every sentence a refused file can get, for returns
// and for plans: a new refusal without its entry in chapter 四 fails here.
func TestGuideExplainsEveryRefusal(t *testing.T) {
	text := ""
	for _, b := range Blocks() {
		text += b.Text + "\n"
	}
	for r := sheet.Empty; r <= sheet.Unreadable; r++ {
		for _, isPlan := range []bool{false, true} {
			msg := (&sheet.RefusedError{File: "甲.xlsx", Reason: r, Plan: isPlan}).Error()
			_, rest, _ := strings.Cut(msg, "》")
			if i := strings.IndexAny(rest, "，：。"); i > 0 {
				rest = rest[:i]
			}
			if !strings.Contains(text, "……"+rest) {
				t.Errorf("the guide does not explain %q (from %q)", "……"+rest, msg)
			}
		}
	}
}
