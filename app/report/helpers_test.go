package report

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"taizhang/app/plan"
	"taizhang/seeds"
)

func seedPlan(t testing.TB) (*plan.Plan, *plan.Directory) {
	t.Helper()
	p, d, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p, d
}

var testNow = time.Date(2018, 7, 5, 10, 0, 0, 0, time.Local)

// sampleTexts are progress texts of the lengths and kinds units write,
// including text a spreadsheet would take for a formula.
var sampleTexts = []string{
	"已按要求完成。",
	"今年以来，我局通过政府门户网站公开政策文件12件，政策解读5篇，及时回应社会关切，做到应公开尽公开，进一步提升政务公开工作水平。",
	"=SUM(A1)",
	"一是建立健全政务公开工作机制，明确分管领导和具体工作人员；二是按照“谁制定、谁解读”的原则，对出台的政策文件同步开展解读；三是在县政府门户网站开设专栏，集中公开权责清单、随机抽查事项清单等信息，方便群众查询监督。下一步将继续加大公开力度。",
	"+86 0751",
	"-",
	"@x",
	"详见 http://www.wengyuan.gov.cn/zwgk/zcjd/content/post_123456.html",
}

// fakeReturns makes a return for every (task, ower) pair except every
// skip-th one, so some are missing.
func fakeReturns(p *plan.Plan, d *plan.Directory, period string, skip int) []plan.Return {
	var out []plan.Return
	k := 0
	for _, t := range p.Tasks {
		for _, u := range d.Owers(t.UnitsText, p.SupportOwes) {
			k++
			if skip > 0 && k%skip == 0 {
				continue
			}
			out = append(out, fakeReturn(p, period, t.No, u, k))
		}
	}
	return out
}

func fakeReturn(p *plan.Plan, period string, task int, unit string, k int) plan.Return {
	v := plan.Values{
		Status:   plan.Statuses[k%len(plan.Statuses)],
		Text:     sampleTexts[k%len(sampleTexts)],
		Problems: []string{"", "无", "专业人员不足，信息更新不够及时。"}[k%3],
		Next:     []string{"", "继续推进。", "加强培训，完善制度，按时更新公开内容。"}[k%3],
		Evidence: []string{"", "http://www.wengyuan.gov.cn/", "会议纪要、文件"}[k%3],
	}
	if k%17 == 0 {
		v.Status, v.RawStatus = "", "基本落实到位"
	}
	return plan.Return{Plan: p.ID, Period: period, Task: task, Unit: unit, Values: v,
		Date: fmt.Sprintf("2018-07-%02d", 1+k%28), File: unit + ".xlsx"}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func joinLines(l []string) string { return strings.Join(l, "|") }

// fortyReturns is 40 units' returns: every directory unit reports on each
// task it owes, and eight more units report as eight of them do.
func fortyReturns(p *plan.Plan, d *plan.Directory) []plan.Return {
	out := fakeReturns(p, d, p.DefaultPeriod(), 0)
	units := map[string]string{}
	for _, u := range d.Units {
		if len(units) < 40-len(d.Units) {
			units[u.Name] = fmt.Sprintf("测试单位%02d", len(units)+1)
		}
	}
	for i, r := range append([]plan.Return{}, out...) {
		if name, ok := units[r.Unit]; ok {
			out = append(out, fakeReturn(p, r.Period, r.Task, name, i+7))
		}
	}
	return out
}
