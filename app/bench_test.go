package app

import (
	"fmt"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"taizhang/app/importer"
	"taizhang/app/plan"
	"taizhang/app/workspace"
)

// benchLedger fills a database with n returns of 45 tasks each from n
// units, as a large county's round of reporting, and returns its path.
func benchLedger(b testing.TB, n int) string {
	b.Helper()
	db := filepath.Join(b.TempDir(), "bench.db")
	ws, err := workspace.Open(db)
	if err != nil {
		b.Fatal(err)
	}
	defer ws.Close()
	d := *ws.Dir
	d.Units = append([]plan.Unit{}, d.Units...)
	var results []*importer.Result
	period := ws.Plan.DefaultPeriod()
	for i := 0; i < n; i++ {
		unit := fmt.Sprintf("县测试单位%03d", i)
		d.Units = append(d.Units, plan.Unit{Name: unit, Kind: plan.KindDepartment})
		r := &importer.Result{Name: unit + ".xlsx", Hash: fmt.Sprint("h", i), Plan: ws.Plan.ID, Period: period, Unit: unit}
		for k := 0; k < 45; k++ {
			t := ws.Plan.Tasks[(k+i)%len(ws.Plan.Tasks)]
			r.Returns = append(r.Returns, plan.Return{Plan: ws.Plan.ID, Period: period, Task: t.No, Unit: unit, Date: "2018-07-05",
				Values: plan.Values{Status: plan.Statuses[(k+i)%5], Text: fmt.Sprintf("%s按要求推进第%d项工作，已在县政府门户网站专栏公开相关信息。", unit, t.No)}})
		}
		results = append(results, r)
	}
	if err := ws.SaveDirectory(&d); err != nil {
		b.Fatal(err)
	}
	if _, _, err := ws.Import(results); err != nil {
		b.Fatal(err)
	}
	return db
}

// BenchmarkFirstFrame opens the 200-return database and draws the window's
// first frame (the 总览 tab) at 1366×700: what the clerk waits for at start.
func BenchmarkFirstFrame(b *testing.B) {
	db := benchLedger(b, 200)
	a := test.NewTempApp(b)
	a.Settings().SetTheme(NewTheme())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ws, err := workspace.Open(db)
		if err != nil {
			b.Fatal(err)
		}
		w := a.NewWindow(AppTitle)
		w.Resize(fyne.NewSize(1366, 700))
		u := NewUI(a, w, ws)
		if len(u.m.returns) != 200*45 {
			b.Fatalf("%d returns", len(u.m.returns))
		}
		w.Canvas().Capture()
		b.StopTimer()
		w.Close()
		ws.Close()
		b.StartTimer()
	}
}

// bigPlan is the seed plan grown to n tasks, as a whole province's plan.
func bigPlan(p *plan.Plan, n int) *plan.Plan {
	big := *p
	big.ID, big.Title = "bench-10k", "压力测试方案（10000 项）"
	big.Tasks = make([]plan.Task, n)
	for i := range big.Tasks {
		t := p.Tasks[i%len(p.Tasks)]
		t.No = i + 1
		t.Text = fmt.Sprintf("%s（第%d轮）", t.Text, i/len(p.Tasks)+1)
		big.Tasks[i] = t
	}
	return &big
}

// ledger10k opens a window on a 10,000-task plan with the ledger tab shown.
func ledger10k(b *testing.B) *UI {
	b.Helper()
	ws, err := workspace.Open(filepath.Join(b.TempDir(), "t.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ws.Close() })
	if err := ws.AddPlan(bigPlan(ws.Plan, 10000)); err != nil {
		b.Fatal(err)
	}
	a := test.NewTempApp(b)
	a.Settings().SetTheme(NewTheme())
	w := a.NewWindow(AppTitle)
	w.Resize(fyne.NewSize(1366, 700))
	u := NewUI(a, w, ws)
	u.showTab(u.planTab)
	if len(u.planV.rows) != 10000 {
		b.Fatalf("%d rows", len(u.planV.rows))
	}
	return u
}

// BenchmarkSearchKeystroke10k is one character typed in the search box
// over 10,000 tasks: filter and redraw.
func BenchmarkSearchKeystroke10k(b *testing.B) {
	v := ledger10k(b).planV
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.search.SetText("")
		test.Type(v.search, "财")
		if len(v.shown) == 0 {
			b.Fatal("nothing found")
		}
	}
}

// BenchmarkFilterStatus10k chooses a status and then all statuses again.
func BenchmarkFilterStatus10k(b *testing.B) {
	v := ledger10k(b).planV
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.status.SetSelected(plan.StatusMissing)
		v.status.SetSelected(allStatuses)
	}
}

// BenchmarkSortText10k sorts 10,000 tasks by 具体要求 in Chinese order.
func BenchmarkSortText10k(b *testing.B) {
	v := ledger10k(b).planV
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.sortBy(1)
	}
}

// BenchmarkSortStatus10k sorts 10,000 tasks by their status.
func BenchmarkSortStatus10k(b *testing.B) {
	v := ledger10k(b).planV
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.sortBy(5)
	}
}

// BenchmarkRefresh10k works every row out again, as after an import.
func BenchmarkRefresh10k(b *testing.B) {
	v := ledger10k(b).planV
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.refresh()
	}
}

// BenchmarkScroll10k jumps the table to another place among 10,000 tasks:
// only the rows in view are drawn.
func BenchmarkScroll10k(b *testing.B) {
	v := ledger10k(b).planV
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v.table.ScrollTo(widget.TableCellID{Row: (i * 997) % len(v.shown), Col: 0})
	}
}
