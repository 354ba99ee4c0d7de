// Package bigplan writes plans far larger than a county's, and their
// returns, for benchmarks and for trying the program at scale
// (scripts/bigplan).
package bigplan

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/xuri/excelize/v2"
)

// Units are the unit names used, at most 40, named like the county's
// departments so the directory seeded from the plan reads them as 部门.
var Units = []string{
	"县府办", "县发改局", "县教育局", "县科工商务局", "县公安局", "县民政局", "县司法局", "县财政局",
	"县人社局", "县自然资源局", "县生态环境局", "县住建局", "县交通运输局", "县水务局", "县农业农村局",
	"县文广旅体局", "县卫健局", "县应急管理局", "县审计局", "县市场监管局", "县统计局", "县医保局",
	"县林业局", "县信访局", "县城管执法局", "县退役军人事务局", "县政务服务数据管理局", "县税务局",
	"县气象局", "县供电局", "县编办", "县委宣传部", "县残联", "县妇联", "县总工会", "团县委",
	"县工商联", "县科协", "县档案馆", "县融媒体中心",
}

// roles gives task n's lead unit and the unit responsible with it.
func roles(n int, units []string) (lead, other string) {
	return units[n%len(units)], units[(n*7+3)%len(units)]
}

func requirement(n int) string {
	return fmt.Sprintf("%d.按照上级统一部署，做好第%d项政务公开工作，及时在政府门户网站公开相关信息并做好政策解读。", n, n)
}

// WriteReturns writes one return per unit, every task it owes filled in.
func WriteReturns(dir string, tasks int, units []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	statuses := []string{"已完成", "推进中", "长期坚持", "未开展"}
	for i, u := range units {
		path := filepath.Join(dir, fmt.Sprintf("%02d-%s落实情况.xlsx", i+1, u))
		err := writeSheet(path, func(put func(...any) error) error {
			if err := put("落实情况表"); err != nil {
				return err
			}
			if err := put("填报单位："+u, "", "填报日期：2030年7月5日"); err != nil {
				return err
			}
			if err := put("序号", "具体要求", "落实情况", "完成状态"); err != nil {
				return err
			}
			for n := 1; n <= tasks; n++ {
				if lead, other := roles(n, units); lead != u && other != u {
					continue
				}
				text := fmt.Sprintf("%s已按要求推进第%d项工作，在门户网站专栏公开了相关信息。", u, n)
				if err := put(n, requirement(n), text, statuses[(n+i)%len(statuses)]); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// WritePlan writes a master sheet of tasks tasks among units, laid out
// as the office does: a title, the header row, a full-width row per
// section, the subsection in the first column.
func WritePlan(path string, tasks int, units []string) error {
	return writeSheet(path, func(put func(...any) error) error {
		if err := put(fmt.Sprintf("翁源县2030年政务公开工作要点分工方案（%d 项）", tasks)); err != nil {
			return err
		}
		if err := put("工作任务", "具体要求", "牵头落实单位"); err != nil {
			return err
		}
		const perSection, perSub = 500, 50
		for n := 1; n <= tasks; n++ {
			if (n-1)%perSection == 0 {
				title := fmt.Sprintf("%s、第%d部分工作", chineseNumeral((n-1)/perSection+1), (n-1)/perSection+1)
				if err := put(title, title, title); err != nil {
					return err
				}
			}
			sub := fmt.Sprintf("（%s）第%d组任务", chineseNumeral((n-1)%perSection/perSub+1), (n-1)/perSub+1)
			lead, other := roles(n, units)
			unitText := lead + "牵头，" + other + "负责"
			if lead == other {
				unitText = lead + "负责"
			}
			if err := put(sub, requirement(n), unitText); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeSheet saves a workbook at path whose Sheet1 is written row after
// row by fill, through put.
func writeSheet(path string, fill func(put func(cells ...any) error) error) error {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	row := 1
	put := func(cells ...any) error {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		row++
		return sw.SetRow(cell, cells)
	}
	if err := fill(put); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// chineseNumeral writes 1–99 as 一 … 九十九, as section numbers are.
func chineseNumeral(n int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n < 10:
		return digits[n]
	case n < 20:
		return "十" + digits[n%10]
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}
