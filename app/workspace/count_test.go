package workspace

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"taizhang/app/docx"
	"taizhang/app/importer"
	"taizhang/app/plan"
	"taizhang/app/report"
	"taizhang/internal/fixture"
)

// ledgerCount is the period's figures worked out again, plainly, from the
// ledger: what every document must print.
type ledgerCount struct {
	owed, returned, extra int
	byStatus              map[string]int // owed returns by status, 未报送 included
	missing               map[string]int // per unit, the owed returns not in
	// per section: owed, returned, and owed returns by status
	secOwed, secReturned map[string]int
	secStatus            map[string]map[string]int
}

func recount(p *plan.Plan, d *plan.Directory, rets []plan.Return) ledgerCount {
	c := ledgerCount{byStatus: map[string]int{}, missing: map[string]int{},
		secOwed: map[string]int{}, secReturned: map[string]int{}, secStatus: map[string]map[string]int{}}
	got := map[string]plan.Return{}
	for _, r := range rets {
		got[fmt.Sprint(r.Task, r.Unit)] = r
	}
	owes := map[string]bool{}
	for _, t := range p.Tasks {
		for _, u := range d.Owers(t.UnitsText, p.SupportOwes) {
			owes[fmt.Sprint(t.No, u)] = true
			c.owed++
			c.secOwed[t.Section]++
			if c.secStatus[t.Section] == nil {
				c.secStatus[t.Section] = map[string]int{}
			}
			r, ok := got[fmt.Sprint(t.No, u)]
			status := r.Status
			switch {
			case !ok:
				status = plan.StatusMissing
				c.missing[u]++
			case r.Status == "":
				status = plan.StatusUnset
			}
			if ok {
				c.returned++
				c.secReturned[t.Section]++
			}
			c.byStatus[status]++
			c.secStatus[t.Section][status]++
		}
	}
	for _, r := range rets {
		if !owes[fmt.Sprint(r.Task, r.Unit)] {
			c.extra++
		}
	}
	return c
}

// Every figure each document prints is the ledger's, counted again here:
// on the fixtures and on a generated load of 40 units, some reporting on
// tasks they do not owe.
func TestEveryDocumentCountsAlike(t *testing.T) {
	for _, load := range []struct {
		name string
		fill func(t *testing.T, w *Workspace)
	}{{"fixtures", loadFixtures}, {"40 units", importForty}} {
		t.Run(load.name, func(t *testing.T) {
			w, err := Open(filepath.Join(t.TempDir(), "t.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			load.fill(t, w)
			rets, err := w.Ledger(w.Plan.DefaultPeriod())
			if err != nil {
				t.Fatal(err)
			}
			want := recount(w.Plan, w.Dir, rets)
			if want.extra == 0 {
				t.Fatal("the load has no 额外报送 to count")
			}
			t.Logf("%s: 应报 %d, 已报 %d, 额外报送 %d", load.name, want.owed, want.returned, want.extra)
			checkOverview(t, w, rets, want)
			checkSummaryWorkbook(t, w, want)
			checkReportDraft(t, w, want)
			checkRemind(t, w, want)
		})
	}
}

func loadFixtures(t *testing.T, w *Workspace) {
	if _, _, err := w.ReadAndImport(context.Background(), fixture.Glob(t, "fixtures/returns/*"), "", ""); err != nil {
		t.Fatal(err)
	}
}

// importForty adds eight units to the directory and imports 40 units'
// returns: the directory's 32 on the tasks they owe, every seventh left
// out and some without a status; the eight new ones, and every fourth
// other unit, also on task 6 and a task they do not owe.
func importForty(t *testing.T, w *Workspace) {
	d := *w.Dir
	d.Units = append([]plan.Unit{}, d.Units...)
	for i := 1; i <= 8; i++ {
		d.Units = append(d.Units, plan.Unit{Name: fmt.Sprintf("县测试%d局", i)})
	}
	if err := w.SaveDirectory(&d); err != nil {
		t.Fatal(err)
	}
	p, dir := w.current()
	period := p.DefaultPeriod()
	byUnit := map[string][]plan.Return{}
	k := 0
	add := func(task int, unit string) {
		k++
		v := plan.Values{Status: plan.Statuses[k%len(plan.Statuses)], Text: fortyTexts[k%len(fortyTexts)] + fmt.Sprintf("全年发布相关信息%d条。", k%40+3),
			Problems: fortyProblems[k%len(fortyProblems)], Next: fortyNext[k%len(fortyNext)]}
		if k%19 == 0 {
			v.Status, v.RawStatus = "", "基本到位"
		}
		byUnit[unit] = append(byUnit[unit], plan.Return{Plan: p.ID, Period: period, Task: task, Unit: unit, Values: v, Date: "2018-07-05"})
	}
	for _, tk := range p.Tasks {
		owers := dir.Owers(tk.UnitsText, p.SupportOwes)
		for _, u := range owers {
			if k++; k%7 != 0 {
				add(tk.No, u)
			}
		}
	}
	for i, u := range dir.Units {
		if i%4 == 0 || strings.HasPrefix(u.Name, "县测试") {
			for _, no := range []int{6, 1 + i%len(p.Tasks)} {
				if !slicesContains(dir.Owers(p.Task(no).UnitsText, p.SupportOwes), u.Name) {
					add(no, u.Name)
				}
			}
		}
	}
	var results []*importer.Result
	for u, rs := range byUnit {
		results = append(results, &importer.Result{Plan: p.ID, Period: period, Name: u + ".xlsx", Hash: "h" + u, Unit: u, Returns: rs})
	}
	if _, _, err := w.Import(results); err != nil {
		t.Fatal(err)
	}
}

// What the 40 units write, as units do: the same few sentences in
// slightly different words.
var (
	fortyTexts    = []string{"已在县政府门户网站专栏公开相关信息。", "建立了工作台账，明确专人负责。", "我局结合职责制定了实施方案，召开专题会议2次。", "按要求推进相关工作。"}
	fortyProblems = []string{"人员力量不足。", "专业人员缺乏，兼职人员多。", "部分信息更新不够及时。", "信息发布不及时。", "经费保障不足。", "无", ""}
	fortyNext     = []string{"加强业务培训。", "组织人员参加培训，提高业务能力。", "继续做好公开工作。", "加大督查力度。", ""}
)

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The 总览 and the status bar show the overview's figures.
func checkOverview(t *testing.T, w *Workspace, rets []plan.Return, want ledgerCount) {
	t.Helper()
	o := plan.Summarize(w.Plan, w.Dir, rets)
	if o.Owed != want.owed || o.Returned != want.returned || len(o.Extra) != want.extra {
		t.Errorf("总览: %d/%d, 额外 %d; ledger %d/%d, 额外 %d", o.Returned, o.Owed, len(o.Extra), want.returned, want.owed, want.extra)
	}
	sum := 0
	for _, sc := range o.Breakdown() {
		sum += sc.N
		if sc.N != want.byStatus[sc.Status] {
			t.Errorf("总览 %s: %d, ledger %d", sc.Status, sc.N, want.byStatus[sc.Status])
		}
	}
	if sum != want.owed {
		t.Errorf("总览's breakdown adds up to %d, 应报 %d", sum, want.owed)
	}
	states, err := w.PeriodStates(time.Now())
	if err != nil || len(states) == 0 || states[0].Owed != want.owed || states[0].Answered != want.returned {
		t.Errorf("报送期: %+v (%v)", states, err)
	}
}

// The 汇总表's 统计 sheet prints the breakdown and its 合计; its 汇总表
// sheet marks every 额外报送 row.
func checkSummaryWorkbook(t *testing.T, w *Workspace, want ledgerCount) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "汇总表.xlsx")
	if _, err := w.ExportSummary(path, w.Plan.DefaultPeriod(), time.Date(2019, 1, 10, 0, 0, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(report.SheetStats)
	if err != nil {
		t.Fatal(err)
	}
	var head, total []string
	notes := ""
	for _, r := range rows {
		if len(r) > 1 && r[0] == "项目" {
			head = r
		}
		if len(r) > 1 && r[0] == "合计" && total == nil {
			total = r
		}
		if len(r) > 0 {
			notes += r[0] + "\n"
		}
	}
	if head == nil || total == nil {
		t.Fatalf("统计 sheet without header or 合计: %q", rows)
	}
	for i, h := range head[1 : len(head)-1] {
		if n, _ := strconv.Atoi(total[i+1]); n != want.byStatus[h] {
			t.Errorf("统计 合计 %s: %d, ledger %d", h, n, want.byStatus[h])
		}
	}
	if n, _ := strconv.Atoi(total[len(head)-1]); n != want.owed {
		t.Errorf("统计 合计: %d, 应报 %d", n, want.owed)
	}
	for _, r := range rows {
		sec, ok := want.secStatus[firstCell(r)]
		if !ok || len(r) < len(head) {
			continue
		}
		for i, h := range head[1 : len(head)-1] {
			if n, _ := strconv.Atoi(r[i+1]); n != sec[h] {
				t.Errorf("统计 %s %s: %d, ledger %d", r[0], h, n, sec[h])
			}
		}
		if n, _ := strconv.Atoi(r[len(head)-1]); n != want.secOwed[r[0]] {
			t.Errorf("统计 %s 合计: %d, ledger %d", r[0], n, want.secOwed[r[0]])
		}
	}
	if !strings.Contains(notes, fmt.Sprintf("另有额外报送 %d 条", want.extra)) {
		t.Errorf("统计 notes do not give %d 额外报送:\n%s", want.extra, notes)
	}
	sheet, err := f.GetRows(report.SheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	marked := 0
	for _, r := range sheet {
		for _, c := range r {
			if strings.HasSuffix(c, "\n"+plan.ExtraWord) {
				marked++
			}
		}
	}
	if marked != want.extra {
		t.Errorf("汇总表 marks %d rows 额外报送, ledger has %d", marked, want.extra)
	}
}

var sectionFigures = regexp.MustCompile(`应报送落实情况(\d+)条，已报送(\d+)条`)

func firstCell(r []string) string {
	if len(r) == 0 {
		return ""
	}
	return r[0]
}

var draftFigures = regexp.MustCompile(`应报送落实情况(\d+)条，已报送(\d+)条.*?，其中([^，；。]*)(?:，尚有(\d+)条未报送)?(?:；另有(\d+)条)?`)

// The 工作总结 opens with 应报, 已报, its breakdown (adding up to 已报),
// 未报 and the 额外报送.
func checkReportDraft(t *testing.T, w *Workspace, want ledgerCount) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "总结.docx")
	if _, err := w.SaveReport("", path, time.Date(2019, 1, 15, 0, 0, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	text := f.PlainText()
	m := draftFigures.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no figures in the draft:\n%.600s", text)
	}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if num(m[1]) != want.owed || num(m[2]) != want.returned || num(m[4]) != want.owed-want.returned || num(m[5]) != want.extra {
		t.Errorf("draft says %q; ledger 应报 %d 已报 %d 额外 %d", m[0], want.owed, want.returned, want.extra)
	}
	parts := 0
	for _, part := range regexp.MustCompile(`、?(\D+?)(\d+)条`).FindAllStringSubmatch(m[3], -1) {
		parts += num(part[2])
		status := part[1]
		if status == "未填写完成状态" {
			status = plan.StatusUnset
		}
		if num(part[2]) != want.byStatus[status] {
			t.Errorf("draft %s %s条, ledger %d", part[1], part[2], want.byStatus[status])
		}
	}
	if parts != want.returned {
		t.Errorf("draft's breakdown %q adds up to %d, 已报送 %d", m[3], parts, want.returned)
	}
	// Each section opens with its own figures.
	seen := 0
	for i, b := range f.Body {
		if b.Para == nil || b.Para.Style != "Heading1" || i+1 >= len(f.Body) || f.Body[i+1].Para == nil {
			continue
		}
		owed, ok := want.secOwed[b.Para.Text]
		if !ok {
			continue
		}
		seen++
		sm := sectionFigures.FindStringSubmatch(f.Body[i+1].Para.Text)
		if sm == nil || num(sm[1]) != owed || num(sm[2]) != want.secReturned[b.Para.Text] {
			t.Errorf("section %s says %q; ledger 应报 %d 已报 %d", b.Para.Text, f.Body[i+1].Para.Text, owed, want.secReturned[b.Para.Text])
		}
	}
	if seen != len(want.secOwed) {
		t.Errorf("%d of %d sections give their figures", seen, len(want.secOwed))
	}
}

// The 催报 list (`remind --json`, the 催报 tab) and the 催办通知 name the
// units with owed returns not in, and how many each.
func checkRemind(t *testing.T, w *Workspace, want ledgerCount) {
	t.Helper()
	l, err := w.Remind("", time.Date(2019, 1, 10, 0, 0, 0, 0, time.Local))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, u := range l.Units {
		got[u.Unit] = len(u.Missing)
	}
	if fmt.Sprint(got) != fmt.Sprint(want.missing) {
		t.Errorf("催报 list %v, ledger %v", got, want.missing)
	}
	path := filepath.Join(t.TempDir(), "催办通知.docx")
	if err := w.SaveRemindNotice(path, l); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	// The notice chases every unit but the office that sends it.
	chased := len(want.missing)
	if issuer, _, _ := w.Dir.Resolve("县政府办公室"); want.missing[issuer] > 0 {
		chased--
	}
	if text := f.PlainText(); !strings.Contains(text, fmt.Sprintf("仍有%d个单位", chased)) {
		t.Errorf("催办通知 does not count %d units:\n%.400s", chased, text)
	}
}

// The import preview names the tasks a file answers without owing them.
func TestPreviewNamesExtraReturns(t *testing.T) {
	w, err := Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	results, _, err := w.Preview(context.Background(), fixture.Glob(t, "fixtures/returns/*"), "", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	lines := 0
	for _, r := range results {
		for _, warn := range r.Warnings {
			if strings.Contains(warn, "将作为额外报送记入台账") {
				lines++
				t.Logf("%s: %s", r.Name, warn)
			}
		}
	}
	if lines == 0 {
		t.Error("no preview line names the fixtures' 额外报送")
	}
}

// TestWriteSampleDocuments writes every document of the fixtures and of
// the 40-unit load to $TAIZHANG_SAMPLES, for a person to render and read;
// skipped without it.
func TestWriteSampleDocuments(t *testing.T) {
	dir := os.Getenv("TAIZHANG_SAMPLES")
	if dir == "" {
		t.Skip("TAIZHANG_SAMPLES not set")
	}
	today := time.Date(2019, 1, 10, 0, 0, 0, 0, time.Local)
	for name, fill := range map[string]func(*testing.T, *Workspace){"fixtures": loadFixtures, "40": importForty} {
		w, err := Open(filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		fill(t, w)
		period := w.Plan.DefaultPeriod()
		if err := w.SetPeriodDue(period, "2018-12-31"); err != nil {
			t.Fatal(err)
		}
		for _, ext := range []string{".xlsx", ".pdf"} {
			if _, err := w.ExportSummary(filepath.Join(dir, "汇总表-"+name+ext), period, today); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := w.SaveReport("", filepath.Join(dir, "总结-"+name+".docx"), today); err != nil {
			t.Fatal(err)
		}
		l, err := w.Remind("", today)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.SaveRemindNotice(filepath.Join(dir, "催办通知-"+name+".docx"), l); err != nil {
			t.Fatal(err)
		}
		if err := w.SaveRemindSheet(filepath.Join(dir, "催报-"+name+".xlsx"), l); err != nil {
			t.Fatal(err)
		}
		w.Close()
	}
}
