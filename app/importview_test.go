package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"taizhang/internal/fixture"
)

func wait(t *testing.T, ch chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(60 * time.Second):
		t.Fatalf("%s did not finish", what)
	}
}

// watch reports when the import view's background work is on screen.
func watch(v *importView) (previewed, applied chan struct{}) {
	previewed, applied = make(chan struct{}, 1), make(chan struct{}, 1)
	v.afterPreview = func() { previewed <- struct{}{} }
	v.afterApply = func() { applied <- struct{}{} }
	return previewed, applied
}

func TestImportPreviewApplyUndo(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.importV
	previewed, applied := watch(v)

	v.read([]string{fixture.Path(t, "fixtures/returns"), fixture.Path(t, "fixtures/bad/word-document.xlsx")})
	wait(t, previewed, "preview")
	if len(v.results) != 9 {
		t.Fatalf("%d files read", len(v.results))
	}
	ok, refused, _ := v.counts()
	if ok != 8 || refused != 1 {
		t.Fatalf("ok %d refused %d", ok, refused)
	}
	if len(u.m.returns) != 0 {
		t.Fatal("preview wrote to the ledger")
	}
	test.Tap(v.apply)
	wait(t, applied, "apply")
	if len(u.m.returns) != 260 {
		t.Fatalf("ledger has %d returns after import", len(u.m.returns))
	}
	for row := range v.results {
		if v.cell(row, 8) == "" {
			t.Errorf("row %d has no result", row)
		}
	}
	// The task table's 报送 column now counts returns: task 8 is owed by
	// 县财政局 and the departments; five of them reported.
	u.planV.search.SetText("第8项")
	if got := u.planV.cell(0, 3); !strings.HasPrefix(got, "5/") {
		t.Errorf("task 8 报送 %q", got)
	}
	u.undoImportNow()
	if len(u.m.returns) != 0 {
		t.Fatalf("after undo %d returns", len(u.m.returns))
	}
}

// A return that names no unit is held back until the clerk picks one.
func TestImportAsksForUnknownUnit(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.importV
	previewed, applied := watch(v)
	path := filepath.Join(t.TempDir(), "回执.csv")
	csv := "序号,落实情况,完成状态\n8,已公开预决算,完成\n9,已公开债务信息,推进中\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	v.read([]string{path})
	wait(t, previewed, "preview")
	r := v.results[0]
	if !r.NeedsUnit || r.Err == nil || v.apply.Disabled() == false {
		t.Fatalf("unknown unit not held back: %+v", r)
	}
	v.showDetail(0)
	if v.unitPick.Hidden {
		t.Fatal("no unit list offered")
	}
	v.unitPick.SetSelected("县财政局")
	if r.Err != nil || r.Unit != "县财政局" || v.apply.Disabled() {
		t.Fatalf("after choosing: %v %q", r.Err, r.Unit)
	}
	test.Tap(v.apply)
	wait(t, applied, "apply")
	if len(u.m.returns) != 2 || u.m.returns[0].Unit != "县财政局" || u.m.returns[1].Status != "正在推进" {
		t.Fatalf("ledger %+v", u.m.returns)
	}
}

// The detail pane belongs to the batch on screen: a new batch clears it,
// and it shows a row's whole result.
func TestImportDetailFollowsBatch(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.importV
	previewed, _ := watch(v)
	v.read([]string{fixture.Path(t, "fixtures/bad/word-document.xlsx")})
	wait(t, previewed, "first preview")
	v.table.OnRowSelected(0)
	if !strings.Contains(v.detail.Text, "word-document.xlsx") || !strings.Contains(v.detail.Text, "结果：拒收") {
		t.Fatalf("detail %q", v.detail.Text)
	}
	v.read([]string{fixture.Path(t, "fixtures/returns/县民政局.xlsx")})
	// The test driver runs the preview's redraw on the reading goroutine:
	// look only once it is done.
	wait(t, previewed, "second preview")
	if strings.Contains(v.detail.Text, "word-document") || v.sel != -1 || v.table.SelectedRow() != -1 {
		t.Fatalf("new batch still shows %q (row %d)", v.detail.Text, v.table.SelectedRow())
	}
	v.table.OnRowSelected(0)
	if !strings.Contains(v.detail.Text, "县民政局.xlsx") {
		t.Fatalf("detail %q", v.detail.Text)
	}
}

// Choosing or changing a file's unit in the preview says again which of
// its tasks that unit does not owe (额外报送): task 9 is 县财政局's alone.
func TestImportUnitChangeRecomputesExtra(t *testing.T) {
	u, ws := openUI(t, filepath.Join(t.TempDir(), "t.db"))
	defer ws.Close()
	v := u.importV
	previewed, _ := watch(v)
	path := filepath.Join(t.TempDir(), "回执.csv")
	csv := "序号,落实情况,完成状态\n8,已公开预决算,完成\n9,已公开债务信息,推进中\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	v.read([]string{path})
	wait(t, previewed, "preview")
	v.showDetail(0)
	v.unitPick.SetSelected("县民政局")
	if !strings.Contains(v.detail.Text, "第9项不是县民政局的应报事项") {
		t.Fatalf("as 县民政局 the detail says %q", v.detail.Text)
	}
	before := len(v.results[0].Warnings)
	v.unitPick.SetSelected("县财政局")
	if strings.Contains(v.detail.Text, "额外报送") || len(v.results[0].Warnings) != before-1 {
		t.Fatalf("as 县财政局 the detail still says %q", v.detail.Text)
	}
}
