package app

import (
	"path/filepath"
	"strings"
	"testing"

	"taizhang/internal/fixture"
)

// Restoring from a file in the window brings the backup's ledger back and
// redraws; a file that is not a backup is refused and changes nothing.
func TestRestoreFromFileInTheWindow(t *testing.T) {
	u, ws := startUI(t)
	saved := filepath.Join(t.TempDir(), "台账备份.db")
	if err := ws.BackupTo(saved); err != nil {
		t.Fatal(err)
	}
	importInto(t, ws, u.period, fixture.Path(t, "fixtures/returns/县民政局.xlsx"))
	if len(u.m.returns) == 0 {
		t.Fatal("the import did not reach the window")
	}

	u.restoreChosen(fixture.Path(t, "fixtures/returns/县民政局.xlsx"), "《县民政局.xlsx》")
	if len(u.m.returns) == 0 {
		t.Fatal("a workbook taken for a backup emptied the ledger")
	}
	if got := strings.Join(labelsIn(u.win.Canvas().Overlays().Top()), ""); !strings.Contains(got, "不是台账的备份文件") {
		t.Fatalf("the refusal reads %q", got)
	}
	u.win.Canvas().Overlays().Top().Hide()

	u.restoreChosen(saved, "《台账备份.db》")
	if len(u.m.returns) != 0 || !strings.HasPrefix(u.status.Text, "已恢复") {
		t.Fatalf("after restoring: %d returns shown, status %q", len(u.m.returns), u.status.Text)
	}
	if labels := labelsIn(u.overV.content); len(labels) == 0 || labels[0] != "从这里开始 · "+u.period {
		t.Error("the 总览 was not redrawn for the restored, empty period")
	}
}
