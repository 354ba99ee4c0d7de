package workspace

import (
	"fmt"
	"strings"

	"taizhang/app/importer"
	"taizhang/app/plan"
)

// noteExtra adds to a file's warnings the tasks its unit reported on
// without owing them: they go into the ledger as 额外报送, shown in the
// 汇总表 but counted in no figure, and the clerk should know before
// importing (the preview, `import --dry-run`) and after.
func noteExtra(f *plan.ExtraFinder, r *importer.Result) {
	if r == nil || r.Err != nil || r.Unit == "" {
		return
	}
	if line := extraLine(f, r.Unit, r.Returns); line != "" {
		r.Warnings = append(r.Warnings, line)
	}
}

// extraLine is the preview's sentence about a unit's 额外报送, or "".
func extraLine(f *plan.ExtraFinder, unit string, rets []plan.Return) string {
	tasks := f.Tasks(unit, rets)
	if len(tasks) == 0 {
		return ""
	}
	return fmt.Sprintf("第%s项不是%s的应报事项（共%d项）%s",
		plan.FormatRanges(tasks), unit, len(tasks), extraTail)
}

// extraTail ends every 额外报送 line, so a line made for an earlier unit
// is found again and dropped.
var extraTail = "，将作为" + plan.ExtraWord + "记入台账，不计入应报和完成情况统计"

// SetUnit reads a previewed file as the unit the clerk chose: its rows
// re-stamped, and its 额外报送 line worked out again, since what the file
// returns without owing depends on whose it is.
func (w *Workspace) SetUnit(r *importer.Result, unit string) {
	kept := r.Warnings[:0:0]
	for _, line := range r.Warnings {
		if !strings.HasSuffix(line, extraTail) {
			kept = append(kept, line)
		}
	}
	r.Warnings = kept
	r.SetUnit(unit)
	p, d := w.current()
	noteExtra(plan.NewExtraFinder(p, d), r)
}
