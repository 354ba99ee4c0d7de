// Command readcells reads every cell of the given workbooks with
// excelize's row iterator, one file after another in one goroutine: the
// bare reading the import is measured against (scripts/bench-import.sh).
package main

import (
	"fmt"
	"os"

	"github.com/xuri/excelize/v2"
)

func main() {
	cells := 0
	for _, path := range os.Args[1:] {
		n, err := read(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, path, err)
			os.Exit(1)
		}
		cells += n
	}
	fmt.Printf("%d files, %d cells\n", len(os.Args)-1, cells)
}

func read(path string) (int, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.Rows(sheet)
		if err != nil {
			return 0, err
		}
		for rows.Next() {
			cols, err := rows.Columns()
			if err != nil {
				return 0, err
			}
			n += len(cols)
		}
		if err := rows.Close(); err != nil {
			return 0, err
		}
	}
	return n, nil
}
