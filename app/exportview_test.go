package app

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// The print preview pages through every page and zooms.
func TestPrintPreviewPagesAndZooms(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.exportV
	shown := make(chan struct{}, 4)
	v.afterPage = func() { shown <- struct{}{} }
	v.showPreview()
	wait(t, shown, "first page")
	n := len(v.layout.Pages)
	if n < 2 {
		t.Fatalf("%d pages", n)
	}
	if v.pageNo.Text != fmt.Sprintf("第 1 / %d 页", n) || !v.prev.Disabled() || v.next.Disabled() {
		t.Fatalf("first page: %q prev %v next %v", v.pageNo.Text, v.prev.Disabled(), v.next.Disabled())
	}
	first := v.preview.Image
	test.Tap(v.next)
	wait(t, shown, "second page")
	if v.pageNo.Text != fmt.Sprintf("第 2 / %d 页", n) || v.preview.Image == first {
		t.Fatalf("second page: %q", v.pageNo.Text)
	}
	v.turn(n - 1)
	wait(t, shown, "last page")
	if !v.next.Disabled() || v.prev.Disabled() {
		t.Fatal("last page buttons")
	}
	v.zoom.SetSelected("200%")
	wait(t, shown, "zoomed page")
	if v.preview.FillMode != canvas.ImageFillOriginal || v.preview.Image.Bounds().Dx() != zoomWidths["200%"] {
		t.Fatalf("zoom: mode %v width %d", v.preview.FillMode, v.preview.Image.Bounds().Dx())
	}
}
