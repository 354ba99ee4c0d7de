package app

import (
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

func wait(t *testing.T, ch chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(60 * time.Second):
		t.Fatalf("%s did not finish", what)
	}
}

func TestImportPreviewApplyUndo(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.importV
	previewed, applied := make(chan struct{}, 1), make(chan struct{}, 1)
	v.afterPreview = func() { previewed <- struct{}{} }
	v.afterApply = func() { applied <- struct{}{} }

	v.read([]string{"../../shared/fixtures/returns", "../../shared/fixtures/bad/word-document.xlsx"})
	wait(t, previewed, "preview")
	if len(v.results) != 9 {
		t.Fatalf("%d files read", len(v.results))
	}
	ok, refused, _ := v.counts()
	if ok != 8 || refused != 1 {
		t.Fatalf("ok %d refused %d", ok, refused)
	}
	if len(u.returns) != 0 {
		t.Fatal("preview wrote to the ledger")
	}
	test.Tap(v.apply)
	wait(t, applied, "apply")
	if len(u.returns) != 260 {
		t.Fatalf("ledger has %d returns after import", len(u.returns))
	}
	for row := range v.results {
		if v.cell(row, 8) == "" {
			t.Errorf("row %d has no result", row)
		}
	}
	// The task table's 报送 column now counts returns: task 8 is owed by
	// 县财政局 and the departments; five of them reported.
	u.planV.search.SetText("第8项")
	if got := u.planV.cell(0, 4); got[:2] != "5/" {
		t.Errorf("task 8 报送 %q", got)
	}
	u.undoImportNow()
	if len(u.returns) != 0 {
		t.Fatalf("after undo %d returns", len(u.returns))
	}
}
