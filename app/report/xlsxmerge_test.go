package report

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"
)

// The merged ranges written into the saved sheets are those excelize
// would have written: the workbook reads back the same.
func TestWriteMergedSameAsExcelize(t *testing.T) {
	p, d := seedPlan(t)
	s := Summary(p, d, "", fortyReturns(p, d), testNow)
	book := func(deferred bool) *excelize.File {
		f := excelize.NewFile()
		st, err := newStyles(f)
		must(t, err)
		var merges *bookPatch
		if deferred {
			merges = newBookPatch()
		}
		for i, m := range s.Sheets() {
			if i == 0 {
				must(t, f.SetSheetName("Sheet1", m.Name))
			} else {
				_, err = f.NewSheet(m.Name)
				must(t, err)
			}
			must(t, writeSheet(f, st, m, merges))
		}
		var buf bytes.Buffer
		if deferred {
			must(t, writeMerged(f, merges, &buf))
		} else {
			must(t, f.Write(&buf))
		}
		out, err := excelize.OpenReader(&buf)
		must(t, err)
		return out
	}
	want, got := book(false), book(true)
	for _, name := range want.GetSheetList() {
		ranges := func(f *excelize.File) []string {
			mc, err := f.GetMergeCells(name)
			must(t, err)
			var out []string
			for _, m := range mc {
				out = append(out, fmt.Sprint(m.GetStartAxis(), m.GetEndAxis(), m.GetCellValue()))
			}
			slices.Sort(out)
			return out
		}
		w, g := ranges(want), ranges(got)
		if len(w) == 0 || !slices.Equal(w, g) {
			t.Errorf("%s: %d merged ranges, want %d", name, len(g), len(w))
		}
		wr, _ := want.GetRows(name)
		gr, _ := got.GetRows(name)
		if fmt.Sprint(wr) != fmt.Sprint(gr) {
			t.Errorf("%s: cells differ", name)
		}
	}
}
