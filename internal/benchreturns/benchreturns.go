// Package benchreturns writes the returns (落实情况表) the import's speed
// is measured on: n workbooks against the seed plan, 45 tasks each with
// realistic text, from the seed directory's units in turn, so most units
// send several returns and the ledger keeps their history, as in a round
// with corrections. scripts/bench-import.sh and the workspace's benchmarks
// time the same files.
package benchreturns

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/seeds"
)

// Write writes n returns into dir and lists their paths in order.
func Write(dir string, n int) ([]string, error) {
	p, d, err := seeds.Default()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for i := 0; i < n; i++ {
		unit := d.Units[i%len(d.Units)].Name
		path := filepath.Join(dir, fmt.Sprintf("%03d-%s.xlsx", i, unit))
		if err := writeOne(path, p, unit, i); err != nil {
			return nil, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

func writeOne(path string, p *plan.Plan, unit string, i int) error {
	f := excelize.NewFile()
	defer f.Close()
	const s = "Sheet1"
	cells := map[string]string{
		"A1": p.Title + "落实情况表",
		"A2": "填报单位（盖章）：" + unit,
		"I2": fmt.Sprintf("填报日期：2018年7月%d日", 1+i%28),
	}
	for c, v := range cells {
		if err := f.SetCellStr(s, c, v); err != nil {
			return err
		}
	}
	header := []any{"序号", "工作任务", "具体要求", "牵头落实单位", "落实情况", "完成状态", "存在问题", "下一步工作计划", "佐证材料", "备注"}
	if err := f.SetSheetRow(s, "A3", &header); err != nil {
		return err
	}
	for k := 0; k < 45; k++ {
		t := p.Tasks[(k+i)%len(p.Tasks)]
		row := []any{t.No, t.Subsection, fmt.Sprintf("%d.%s", t.No, t.Text), t.UnitsText,
			fmt.Sprintf("%s按要求推进第%d项工作（第%d份），已在县政府门户网站专栏公开相关信息，建立了工作台账，明确专人负责。", unit, t.No, i),
			plan.Statuses[(k+i)%5], "部分信息更新不够及时。", "下半年完成专栏改版。", "http://www.wengyuan.gov.cn/zwgk/", ""}
		if err := f.SetSheetRow(s, fmt.Sprintf("A%d", k+4), &row); err != nil {
			return err
		}
	}
	return f.SaveAs(path)
}
