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

	"taizhang/internal/benchreturns"
)

func main() {
	n := flag.Int("n", 200, "份数")
	dir := flag.String("o", "returns", "输出文件夹")
	flag.Parse()
	if _, err := benchreturns.Write(*dir, *n); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
