// Package fakeledger makes ledgers of made-up returns for the tests and
// benchmarks of the summary workbook and its PDF: every status, texts of
// the lengths and kinds units write (a formula-like one included), and
// some returns missing.
package fakeledger

import (
	"fmt"

	"taizhang/app/plan"
)

// SampleTexts are progress texts of the lengths and kinds units write,
// including text a spreadsheet would take for a formula.
var SampleTexts = []string{
	"已按要求完成。",
	"今年以来，我局通过政府门户网站公开政策文件12件，政策解读5篇，及时回应社会关切，做到应公开尽公开，进一步提升政务公开工作水平。",
	"=SUM(A1)",
	"一是建立健全政务公开工作机制，明确分管领导和具体工作人员；二是按照“谁制定、谁解读”的原则，对出台的政策文件同步开展解读；三是在县政府门户网站开设专栏，集中公开权责清单、随机抽查事项清单等信息，方便群众查询监督。下一步将继续加大公开力度。",
	"+86 0751",
	"-",
	"@x",
	"详见 http://www.wengyuan.gov.cn/zwgk/zcjd/content/post_123456.html",
}

// Returns makes a return for every (task, ower) pair except every
// skip-th one, so some are missing.
func Returns(p *plan.Plan, d *plan.Directory, period string, skip int) []plan.Return {
	var out []plan.Return
	k := 0
	for _, t := range p.Tasks {
		for _, u := range d.Owers(t.UnitsText, p.SupportOwes) {
			k++
			if skip > 0 && k%skip == 0 {
				continue
			}
			out = append(out, Return(p, period, t.No, u, k))
		}
	}
	return out
}

// Return is the k-th made-up return: its status, texts and date cycle
// through the kinds units write.
func Return(p *plan.Plan, period string, task int, unit string, k int) plan.Return {
	v := plan.Values{
		Status:   plan.Statuses[k%len(plan.Statuses)],
		Text:     SampleTexts[k%len(SampleTexts)],
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

// BigPlan is a plan far larger than a county's: n tasks, each led by one of
// units units with another responsible, as the master sheet of
// scripts/bigplan lays them out.
func BigPlan(n, units int) (*plan.Plan, *plan.Directory, error) {
	rows := [][]string{{"工作任务", "具体要求", "牵头落实单位"}}
	name := func(i int) string { return fmt.Sprintf("县测试%02d局", i%units+1) }
	for i := 1; i <= n; i++ {
		if (i-1)%500 == 0 {
			title := fmt.Sprintf("%s、第%d部分", []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}[(i-1)/500%10], (i-1)/500+1)
			rows = append(rows, []string{title, title, title})
		}
		rows = append(rows, []string{"（一）重点任务",
			fmt.Sprintf("%d.按照上级统一部署，做好第%d项政务公开工作，及时在政府门户网站公开相关信息并做好政策解读。", i, i),
			name(i) + "牵头，" + name(i*7+3) + "负责"})
	}
	p, err := plan.FromRows(rows, fmt.Sprintf("翁源县2030年政务公开工作要点（%d 项）", n))
	if err != nil {
		return nil, nil, err
	}
	return p, plan.SeedDirectory(p), nil
}
