package workspace

import (
	"fmt"

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
	return fmt.Sprintf("第%s项不是%s的应报事项（共%d项），将作为%s记入台账，不计入应报和完成情况统计",
		plan.FormatRanges(tasks), unit, len(tasks), plan.ExtraWord)
}
