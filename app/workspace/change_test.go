package workspace

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"taizhang/internal/fixture"
)

// Every successful write tells the listeners what changed; a refused
// write tells nothing.
func TestOnChange(t *testing.T) {
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var got []Change
	w.OnChange(func(c Change) { got = append(got, c) })

	t1 := w.Plan.Task(1)
	if err := w.SaveTask(1, TaskEdit{Text: "  ", Units: t1.UnitsText}); err == nil || !strings.Contains(err.Error(), "具体要求") {
		t.Fatalf("empty requirement saved: %v", err)
	}
	if len(got) != 0 {
		t.Fatalf("refused save notified %v", got)
	}
	if err := w.SaveTask(1, TaskEdit{Text: t1.Text, Units: t1.UnitsText, Notes: " 已催报 "}); err != nil {
		t.Fatal(err)
	}
	if w.Plan.Task(1).Notes != "已催报" {
		t.Errorf("notes %q", w.Plan.Task(1).Notes)
	}
	d := *w.Dir
	if err := w.SaveDirectory(&d); err != nil {
		t.Fatal(err)
	}
	period := w.Plan.DefaultPeriod()
	files := []string{fixture.Path(t, "fixtures/returns/县民政局.xlsx")}
	results, outcomes, err := w.Preview(context.Background(), files, period, "", nil)
	if err != nil || len(results) != 1 || results[0].Err != nil || len(outcomes) != 1 {
		t.Fatalf("preview: %v %v %v", err, results, outcomes)
	}
	if _, _, err := w.Import(results); err != nil {
		t.Fatal(err)
	}
	if _, err := w.UndoImport(); err != nil {
		t.Fatal(err)
	}
	want := []Change{{Kind: TaskChanged, Task: 1}, {Kind: DirectoryChanged}, {Kind: LedgerChanged, Period: period}, {Kind: LedgerChanged}}
	if len(got) != len(want) {
		t.Fatalf("changes %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// While an import is being written, an undo would take back part of it:
// it is refused with a sentence. The import itself says it is writing:
// an undo asked for from inside Import (a listener runs there) and from
// inside the command line's ReadAndImport is refused.
func TestUndoRefusedWhileImportWrites(t *testing.T) {
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	period := w.Plan.DefaultPeriod()
	files := []string{fixture.Path(t, "fixtures/returns/县民政局.xlsx")}
	var during []error
	w.OnChange(func(c Change) {
		if c.Kind == LedgerChanged && c.Period != "" {
			_, err := w.UndoImport()
			during = append(during, err)
		}
	})
	results, _, err := w.Preview(context.Background(), files, period, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.Import(results); err != nil {
		t.Fatal(err)
	}
	if _, err := w.UndoImport(); err != nil { // after the import: allowed
		t.Fatal(err)
	}
	if _, _, err := w.ReadAndImport(context.Background(), files, period, ""); err != nil {
		t.Fatal(err)
	}
	if len(during) != 2 {
		t.Fatalf("%d undos tried during imports, want 2", len(during))
	}
	for i, err := range during {
		if !errors.Is(err, errImportRunning) {
			t.Errorf("undo during import %d: %v", i+1, err)
		}
	}
	if rets, _ := w.Ledger(period); len(rets) == 0 {
		t.Error("the second import was undone while it wrote")
	}
	if _, err := w.UndoImport(); err != nil {
		t.Fatalf("undo still refused after the import: %v", err)
	}
}

// An undo holds the imports back until it is done: an import that starts
// meanwhile writes after it, so the undo cannot take back part of it.
func TestImportWaitsForUndo(t *testing.T) {
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	period := w.Plan.DefaultPeriod()
	files := []string{fixture.Path(t, "fixtures/returns/县民政局.xlsx")}
	results, _, err := w.Preview(context.Background(), files, period, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	err = w.betweenImports(func() error {
		go func() {
			_, _, err := w.Import(results)
			done <- err
		}()
		time.Sleep(200 * time.Millisecond)
		if len(done) > 0 {
			t.Error("the import wrote while an undo ran")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if rets, _ := w.Ledger(period); len(rets) == 0 {
		t.Fatal("the import wrote nothing after the undo")
	}
}
