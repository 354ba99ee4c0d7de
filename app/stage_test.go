package app

import (
	"testing"

	"taizhang/internal/fixture"
)

// Each scene of the guide's screenshots shows the tab it pictures.
func TestStageShowsEachScene(t *testing.T) {
	u, ws := startUI(t)
	importInto(t, ws, u.period, fixture.Path(t, "fixtures/returns/县民政局.xlsx"))
	want := map[string]string{"start": "总览", "overview": "总览", "ledger": "台账", "import": "导入", "remind": "催报", "units": "单位", "export": "导出/打印"}
	for _, scene := range Scenes {
		var done, shown chan struct{}
		if scene == "export" { // the print preview is drawn off the UI goroutine
			done, shown = jobDone(t, u.exportV.jobs), make(chan struct{})
			u.exportV.afterPage = func() { close(shown) }
		}
		if err := u.Stage(scene, nil); err != nil {
			t.Fatal(err)
		}
		if done != nil {
			waitFor(t, done, "the preview laid out")
			waitFor(t, shown, "the preview page shown")
		}
		if got := u.tabs.Selected().Text; got != want[scene] {
			t.Errorf("scene %s shows %s", scene, got)
		}
	}
	if u.Stage("nowhere", nil) == nil {
		t.Error("an unknown scene was accepted")
	}
}
