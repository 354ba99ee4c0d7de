// Command genreturns writes n returns (落实情况表) against the seed plan,
// 45 tasks each with realistic text, from the seed directory's units in
// turn: the load scripts/bench-import.sh times.
//
//	go run ./scripts/benchimport/genreturns -n 200 -o DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"

	"taizhang/app/plan"
	"taizhang/seeds"
)

func main() {
	n := flag.Int("n", 200, "份数")
	dir := flag.String("o", "returns", "输出文件夹")
	flag.Parse()
	if err := write(*dir, *n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func write(dir string, n int) error {
	p, d, err := seeds.Default()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		unit := d.Units[i%len(d.Units)].Name
		if err := writeOne(filepath.Join(dir, fmt.Sprintf("%03d-%s.xlsx", i, unit)), p, unit, i); err != nil {
			return err
		}
	}
	return nil
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
