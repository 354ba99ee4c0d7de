package cli

import (
	"fmt"
	"strings"

	"taizhang/app/plan"
)

// ledgerJSON is one row of `ledger --json`.
type ledgerJSON struct {
	Unit     string `json:"unit"`
	Task     int    `json:"task"`
	Status   string `json:"status"`
	Text     string `json:"text"`
	Problems string `json:"problems"`
	Next     string `json:"next"`
	Evidence string `json:"evidence"`
	Remark   string `json:"remark"`
	Date     string `json:"date"`
	File     string `json:"file"`
	History  int    `json:"history"`
	// Extra is the columns the unit added: header → text.
	Extra map[string]string `json:"extra,omitempty"`
}

func runLedger(e *env, args []string) int {
	f := newFlags("ledger")
	period := f.String("period", "", "")
	asJSON := f.Bool("json", false, "")
	if rest, err := f.parse(args); err != nil {
		return e.bad(err)
	} else if len(rest) > 0 {
		return e.bad(fmt.Errorf("ledger 不需要参数：%s", strings.Join(rest, " ")))
	}
	w, p, err := e.openPeriod(*f.db, *period)
	if err != nil {
		return e.failPeriod(err) // a period the plan lacks is a usage error, as for import
	}
	defer w.Close()
	rets, err := w.Ledger(p)
	if err != nil {
		return e.fail(err)
	}
	list := make([]ledgerJSON, 0, len(rets))
	for _, r := range rets {
		list = append(list, ledgerJSON{Unit: r.Unit, Task: r.Task, Status: r.StatusText(), Text: r.Text, Problems: r.Problems,
			Next: r.Next, Evidence: r.Evidence, Remark: r.Remark, Date: r.Date, File: r.File, History: len(r.History),
			Extra: extraMap(r.Values)})
	}
	if *asJSON {
		return e.json(list)
	}
	fmt.Fprintf(e.out, "%s · %s：%d 条报送\n", w.Plan.Title, p, len(list))
	for _, r := range list {
		fmt.Fprintf(e.out, "第%2d项  %-8s  %-4s  %s  （%s，%s）\n", r.Task, r.Unit, r.Status, plan.ShortText(r.Text, 30), r.Date, r.File)
	}
	return ExitOK
}

func extraMap(v plan.Values) map[string]string {
	cols := v.ExtraColumns()
	if len(cols) == 0 {
		return nil
	}
	m := make(map[string]string, len(cols))
	for _, c := range cols {
		m[c.Header] = c.Text
	}
	return m
}
