// Command bigplan writes a master sheet (分工方案总表) of any size, for
// trying the program on plans far larger than a county's: by default
// 10,000 tasks shared among 40 units; with -returns, also every unit's
// return (落实情况表) for all the tasks it owes, filled in.
//
//	go run ./scripts/bigplan -tasks 10000 -units 40 -o plan-10000.xlsx -returns returns/
package main

import (
	"flag"
	"fmt"
	"os"

	"taizhang/internal/bigplan"
)

func main() {
	tasks := flag.Int("tasks", 10000, "任务数")
	nUnits := flag.Int("units", 40, "单位数（不超过 40）")
	out := flag.String("o", "plan-big.xlsx", "输出文件")
	returns := flag.String("returns", "", "另写出各单位的落实情况表到这个文件夹")
	flag.Parse()
	if *nUnits < 1 || *nUnits > len(bigplan.Units) || *tasks < 1 {
		fmt.Fprintln(os.Stderr, "任务数至少 1，单位数 1–40")
		os.Exit(2)
	}
	units := bigplan.Units[:*nUnits]
	err := bigplan.WritePlan(*out, *tasks, units)
	if err == nil && *returns != "" {
		err = bigplan.WriteReturns(*returns, *tasks, units)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
