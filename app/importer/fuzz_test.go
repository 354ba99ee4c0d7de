package importer

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"taizhang/internal/fixture"
)

// FuzzReadReturn feeds arbitrary bytes through the whole reading path:
// sniffing, the readers, table finding and row matching. It must refuse or
// read, never panic, and every row it returns must name a task of the plan.
func FuzzReadReturn(f *testing.F) {
	for _, p := range fixture.Glob(f, "fixtures/returns/*") {
		f.Add(fixture.Read(f, "fixtures/returns/"+filepath.Base(p)))
	}
	for _, p := range []string{"县文广新局.xls", "县经信局.xls", "县发改局-导出.xls"} {
		if data, err := os.ReadFile(filepath.Join("testdata/forms/returns", p)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("序号,具体要求,落实情况,完成状态\n8,,已公开,完成\n,推动县级政府,x,滞后\n"))
	f.Add([]byte("序号,落实情况,完成情况,,,\n,,已完成,持续推进,未启动\n8,甲,√,,\n,乙,,✓,\n一、标题\n第 1 页，共 2 页\n"))
	ctx := seedCtx(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		results := ReadAll("x.xlsx", data, "2018-07-01", ctx)
		if len(results) == 0 {
			t.Fatal("no result")
		}
		for _, r := range results {
			if p := (*ReadPanic)(nil); errors.As(r.Err, &p) {
				t.Fatalf("reading panicked: %v\n%s", p.Value, p.Stack)
			}
			for _, ret := range r.Returns {
				if ctx.Plan.Task(ret.Task) == nil {
					t.Fatalf("row for task %d, not in the plan", ret.Task)
				}
			}
		}
	})
}

// FuzzTableForms mutates small tables in the forms the import reads as the
// clerk sees them (status sub-columns, continued rows, layout rows, web
// pages, Excel 2003 XML): small seeds keep the fuzzer fast on the table
// logic rather than on unzipping.
func FuzzTableForms(f *testing.F) {
	for _, p := range []string{"县文广新局.xls", "县经信局.xls", "县发改局-导出.xls"} {
		if data, err := os.ReadFile(filepath.Join("testdata/forms/returns", p)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("填报单位：县财政局\n序号,落实情况,完成情况,,,备注,完成时间\n,,已完成,持续推进,未启动,,\n8,甲,√,,,,6月\n,乙,,✓,,,\n一、标题\n第 1 页，共 2 页\n序号,落实情况\n9,丙,是,是,,x,\n合计,3\n"))
	f.Add([]byte("序号,具体要求,2017年落实情况,落实情况,完成情况（已完成/未启动）\n8,,旧,新,已完成\n,,,续,\n"))
	ctx := seedCtx(f).Prepared()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, r := range ReadAll("x.xlsx", data, "2018-07-01", ctx) {
			if p := (*ReadPanic)(nil); errors.As(r.Err, &p) {
				t.Fatalf("reading panicked: %v\n%s", p.Value, p.Stack)
			}
			for _, ret := range r.Returns {
				if ctx.Plan.Task(ret.Task) == nil {
					t.Fatalf("row for task %d, not in the plan", ret.Task)
				}
				if ret.Extra != "" && len(ret.ExtraColumns()) == 0 {
					t.Fatalf("extra %q stored but unreadable", ret.Extra)
				}
			}
		}
	})
}
