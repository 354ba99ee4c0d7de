package workspace

import (
	"os"
	"path/filepath"
	"testing"
)

// The templates the command line writes come through the workspace: one
// unit's, with the count of tasks it asks about, and every owing unit's.
func TestSaveTemplates(t *testing.T) {
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	dir := t.TempDir()
	period := w.Plan.DefaultPeriod()
	n, err := w.SaveTemplate(filepath.Join(dir, "财政.xlsx"), "县财政局", period)
	if err != nil || n == 0 || n >= len(w.Plan.Tasks) {
		t.Fatalf("县财政局's template: %d tasks of %d, %v", n, len(w.Plan.Tasks), err)
	}
	if _, err := w.SaveTemplate(filepath.Join(dir, "no", "such", "x.xlsx"), "县财政局", period); err == nil {
		t.Error("a template saved into a missing folder")
	}
	paths, err := w.SaveAllTemplates(dir, period)
	if err != nil || len(paths) < 2 {
		t.Fatalf("all templates: %d, %v", len(paths), err)
	}
	if filepath.Base(paths[0]) == "" || filepath.Dir(paths[0]) != dir {
		t.Errorf("template written to %s", paths[0])
	}
	for _, p := range paths {
		if st, err := os.Stat(p); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v", p, err)
		}
	}
	want := filepath.Join(dir, TemplateFileName("县财政局"))
	if _, err := os.Stat(want); err != nil {
		t.Errorf("县财政局's template not under its usual name: %v", err)
	}
}
