package importer

import (
	"strings"
	"sync"
	"testing"
)

// The memo the files of a batch share tells each cell as fieldOf does,
// when it first sees the cell and after, from several readers at once.
func TestFieldMemoAnswersAsFieldOf(t *testing.T) {
	cells := []string{"序号", "序 号", "工作\n任务", "具体要求", "落实情况", "完成状态", "完成情况（已完成/持续推进/正在推进/进度滞后/未启动）",
		"备注", "责任人", "已完成", "1", "", "县财政局", strings.Repeat("落实", 40) + "情况", strings.Repeat("序号", 30)}
	memo := &fieldMemo{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for _, c := range cells {
					if got, want := memo.field(c), fieldOf(c); got != want {
						t.Errorf("%q → %v, want %v", c, got, want)
					}
				}
			}
		}()
	}
	wg.Wait()
}
