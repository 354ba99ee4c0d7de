package app

import (
	"runtime"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"taizhang/app/workspace"
)

// liveHeap is the heap still in use after a full collection.
func liveHeap() uint64 {
	var ms runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// A working day of clicking through every tab and switching periods keeps
// the live heap where it was after the first rounds, on a 200-return
// database: each drawn tab is painted, so whatever the drawing caches
// counts too.
//
// Fyne's own cache of the throwaway cells a table measures its rows with
// grows a little each round under the test driver (about 90 KB); the real
// driver lets those go after a minute, the test driver never does. The
// limit leaves room for that over these rounds, and none for a leak of
// our own.
func TestHeapFlatAcrossRounds(t *testing.T) {
	if testing.Short() {
		t.Skip("paints every tab on a 200-return database")
	}
	db := benchLedger(t, 200)
	ws, err := workspace.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if err := ws.AddPeriod("2019年上半年", "2019-07-15"); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	w := a.NewWindow(AppTitle)
	w.Resize(fyne.NewSize(1366, 768))
	defer w.Close()
	u := NewUI(a, w, ws)
	full := u.period
	round := func(i int) {
		for _, tab := range u.tabs.Items {
			u.showTab(tab)
			w.Canvas().Capture()
		}
		if i%2 == 1 {
			u.choosePeriod("2019年上半年")
		} else {
			u.choosePeriod(full)
		}
	}
	// Fewer rounds under the race detector: a leak of the size this test
	// guards against grows the heap by hundreds of MB a round. The base
	// is taken after an odd number of rounds, on the full period: the
	// empty one holds less.
	warm, rounds := 3, 15
	if raceOn {
		warm, rounds = 3, 6
	}
	for i := 0; i < warm; i++ {
		round(i)
	}
	base := liveHeap()
	limit := base + base/10
	for i := warm; i < rounds; i++ {
		round(i)
		h := liveHeap()
		t.Logf("round %d: live heap %d KB", i+1, h>>10)
		if h > limit {
			t.Fatalf("after round %d the live heap is %d KB, after round %d it was %d KB: more than 10%% growth", i+1, h>>10, warm, base>>10)
		}
	}
}
