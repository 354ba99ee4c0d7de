package gongwen

import (
	"strings"
	"testing"

	"taizhang/app/docx"
)

func TestTitleLinesBalanced(t *testing.T) {
	for _, c := range []struct{ title, want string }{
		{"翁源县2018年政务公开工作总结", "翁源县2018年政务公开工作总结"},
		{"关于报送2018年政务公开工作要点落实情况的催办通知", "关于报送2018年政务公开|工作要点落实情况的催办通知"},
		{"关于报送2030年政务公开工作要点（10000 项）落实情况的催办通知", ""},
	} {
		lines := titleLines(c.title, titleChars)
		got := strings.Join(lines, "|")
		if c.want != "" && got != c.want {
			t.Errorf("%s: %q, want %q", c.title, got, c.want)
		}
		if strings.Join(lines, "") != c.title {
			t.Errorf("%s: lines %q lose text", c.title, lines)
		}
		for _, l := range lines {
			if textWidth(l) > titleChars {
				t.Errorf("%s: line %q too wide", c.title, l)
			}
			if strings.HasPrefix(l, "的") || strings.HasPrefix(l, "）") {
				t.Errorf("%s: line %q starts badly", c.title, l)
			}
		}
		t.Logf("%q", lines)
	}
}

// The sender is centred over the date, the date four characters in from
// the margin; a long sender keeps two characters from it.
func TestSignatureCentredOverDate(t *testing.T) {
	for _, c := range []struct{ office, date string }{
		{"翁源县人民政府办公室", "2019年1月15日"},
		{"县府办", "2019年12月15日"},
		{"翁源县人民政府办公室政务公开股文印室", "2019年1月5日"},
	} {
		dr, or := centredOver(textWidth(c.office), textWidth(c.date))
		dc := float64(dr)/100 + textWidth(c.date)/2
		oc := float64(or)/100 + textWidth(c.office)/2
		if d := dc - oc; d > 0.01 || d < -0.01 {
			t.Errorf("%s over %s: centres %.2f and %.2f", c.office, c.date, oc, dc)
		}
		if or < 200 || dr < 400 {
			t.Errorf("%s: indents %d, %d", c.office, or, dr)
		}
	}
}

// Both documents set the standard's grid: 22 lines of 28 characters.
func TestDocumentGrid(t *testing.T) {
	d := newDocument("标题")
	data, err := docx.Bytes(d)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if lines, chars := f.Grid(SizeSanhao); lines != 22 || chars != 28 {
		t.Errorf("grid %d lines × %d characters", lines, chars)
	}
	// Condensed, 28 characters of the text fit the line.
	if w := 28 * bodyChar; w > docx.A4Width-Page.Left-Page.Right {
		t.Errorf("28 characters take %d twips of %d", w, docx.A4Width-Page.Left-Page.Right)
	}
	if !f.Styles[StyleTitle].OffGrid {
		t.Error("the title snaps to the grid: its characters would take two cells")
	}
}

// The last paragraph of text, the blank line and the sender keep with the
// date: the 落款 never stands alone on a page.
func TestClosingKeptTogether(t *testing.T) {
	body := []docx.Paragraph{docx.Text(StyleBody, "甲"), docx.Text(StyleBody, "乙")}
	out := closing(body, "翁源县人民政府办公室", day)
	if len(out) != 5 || out[0].KeepNext || !out[1].KeepNext || !out[2].KeepNext || !out[3].KeepNext || out[4].KeepNext {
		var keep []bool
		for _, p := range out {
			keep = append(keep, p.KeepNext)
		}
		t.Errorf("keep with next %v", keep)
	}
}
