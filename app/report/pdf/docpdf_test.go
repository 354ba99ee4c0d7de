package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func testPNG(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 400, 225))
	for x := 0; x < 400; x++ {
		img.Set(x, 100, color.Black)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A text document prints its words, over as many pages as it needs, with
// its pictures, and names what no font could draw.
func TestWriteDocPDF(t *testing.T) {
	var blocks []DocBlock
	blocks = append(blocks, DocBlock{Kind: DocHeading, Text: "一、从这里开始"},
		DocBlock{Kind: DocPara, Text: "第一次打开时，总览显示从这里开始的清单😀。"},
		DocBlock{Kind: DocImage, Text: "总览", Image: testPNG(t)},
		DocBlock{Kind: DocImage, Text: "缺失的截图"},
		DocBlock{Kind: DocHeading, Text: "二、命令行"},
		DocBlock{Kind: DocSubheading, Text: "备份"},
		DocBlock{Kind: DocCode, Text: "taizhang backup --db 台账.db -o 备份.db"})
	for i := 0; i < 60; i++ {
		blocks = append(blocks, DocBlock{Kind: DocItem, Text: strings.Repeat("每次导入前程序会自动备份数据库。", 4)})
	}
	path := filepath.Join(t.TempDir(), "说明.pdf")
	notice, err := SaveDocPDF(path, "使用说明", blocks, time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(notice, "U+1F600") {
		t.Errorf("notice %q does not name the emoji", notice)
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"使用说明", "一、从这里开始", "二、命令行", "taizhang backup --db 台账.db -o 备份.db", "图：总览", "（截图：缺失的截图）", "— 1 —", "— 4 —"} {
		if !strings.Contains(text, want) && !strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(want, " ", "")) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if pages := strings.Count(text, "\f"); pages < 4 {
		t.Errorf("%d pages", pages)
	}
	imgs, _ := exec.Command("pdfimages", "-list", path).Output()
	if strings.Count(string(imgs), "\n") < 3 {
		t.Errorf("no picture in the PDF:\n%s", imgs)
	}
}
