package cli

import (
	"strings"
	"testing"

	"taizhang/app/guide"
)

// The 使用说明's 命令行 chapter names every command (and plan publish,
// listed under feedback), so the office's IT staff find them all there.
func TestGuideNamesEveryCommand(t *testing.T) {
	var lines []string
	for _, ch := range guide.Chapters(guide.Blocks()) {
		if len(ch) == 0 || !strings.Contains(ch[0].Text, "命令行") {
			continue
		}
		for _, b := range ch {
			if b.Kind == guide.Code {
				lines = append(lines, b.Text)
			}
		}
	}
	if len(lines) == 0 {
		t.Fatal("the guide has no 命令行 chapter with commands")
	}
	code := strings.Join(lines, "\n")
	for _, name := range append(commandOrder, "export report", "plan publish", "feedback import", "feedback list", "feedback decide", "feedback remind", "feedback table") {
		if !strings.Contains(code, "taizhang "+name+" ") {
			t.Errorf("the 命令行 chapter does not show “taizhang %s”", name)
		}
	}
}
