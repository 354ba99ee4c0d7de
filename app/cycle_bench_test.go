package app

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"taizhang/app/workspace"
	"taizhang/internal/fixture"
)

// The 催报 list, the comparison with the previous period and the period
// states are worked out again after every write: on the fixtures' ledger in
// two periods, each must stay well under a frame's worth of the redraw.
func BenchmarkCycleRedraw(b *testing.B) {
	db := filepath.Join(b.TempDir(), "t.db")
	ws, err := workspace.Open(db)
	if err != nil {
		b.Fatal(err)
	}
	defer ws.Close()
	ws.AddPeriod("2018年上半年", "2018-07-15")
	ws.SetPeriodDue("2018年度", "2018-12-31")
	files := fixture.Glob(b, "fixtures/returns/*")
	for _, p := range []string{"2018年上半年", "2018年度"} {
		if _, _, err := ws.ReadAndImport(context.Background(), files, p, ""); err != nil {
			b.Fatal(err)
		}
	}
	a := test.NewTempApp(b)
	w := a.NewWindow(AppTitle)
	w.Resize(fyne.NewSize(1366, 768))
	u := NewUI(a, w, ws)
	u.choosePeriod("2018年度")
	b.Run("催报", func(b *testing.B) {
		for b.Loop() {
			u.remindV.refresh()
		}
	})
	b.Run("上期比较", func(b *testing.B) {
		for b.Loop() {
			loadChanges(u, u.period, u.m.returns)
		}
	})
	b.Run("报送期", func(b *testing.B) {
		for b.Loop() {
			if _, err := ws.PeriodStates(today()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("整窗重绘", func(b *testing.B) {
		for b.Loop() {
			u.changed(workspace.Change{Kind: workspace.LedgerChanged})
		}
	})
}
