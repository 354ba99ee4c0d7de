package importer

import (
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
	f.Add([]byte("序号,具体要求,落实情况,完成状态\n8,,已公开,完成\n,推动县级政府,x,滞后\n"))
	ctx := seedCtx(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r := Read("x.xlsx", data, "2018-07-01", ctx)
		for _, ret := range r.Returns {
			if ctx.Plan.Task(ret.Task) == nil {
				t.Fatalf("row for task %d, not in the plan", ret.Task)
			}
		}
	})
}
