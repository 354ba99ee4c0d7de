package importer

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadReturn feeds arbitrary bytes through the whole reading path:
// sniffing, the readers, table finding and row matching. It must refuse or
// read, never panic, and every row it returns must name a task of the plan.
func FuzzReadReturn(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(fixtures, "returns", "*"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
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
