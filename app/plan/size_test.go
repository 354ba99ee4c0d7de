package plan_test

import (
	"fmt"
	"strings"
	"testing"

	"taizhang/app/plan"
)

// Task numbers have as many digits as the plan needs: task 1000 is not
// task 100 again.
func TestTaskNumbersOfAnyLength(t *testing.T) {
	var text strings.Builder
	text.WriteString("翁源县2030年政务公开工作要点\n一、总体要求\n（一）重点\n")
	grid := [][]string{{"工作任务", "具体要求", "牵头落实单位"}, {"一、总体要求", "一、总体要求", "一、总体要求"}}
	for n := 1; n <= 1200; n++ {
		fmt.Fprintf(&text, "%d.第%d项工作要求\n县财政局\n", n, n)
		grid = append(grid, []string{"（一）重点", fmt.Sprintf("%d．第%d项工作要求", n, n), "县财政局"})
	}
	fromText, err := plan.ParseText(text.String())
	if err != nil {
		t.Fatal(err)
	}
	fromRows, err := plan.FromRows(grid, "翁源县2030年政务公开工作要点")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*plan.Plan{fromText, fromRows} {
		if len(p.Tasks) != 1200 {
			t.Fatalf("%d tasks", len(p.Tasks))
		}
		for i, task := range p.Tasks {
			if task.No != i+1 || task.Text != fmt.Sprintf("第%d项工作要求", i+1) {
				t.Fatalf("task %d read as %d %q", i+1, task.No, task.Text)
			}
		}
	}
}
