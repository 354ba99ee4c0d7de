package gongwen

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"taizhang/app/docx"
	"taizhang/app/plan"
	"taizhang/seeds"

	"taizhang/internal/tooltest"
)

var day = time.Date(2019, 1, 10, 0, 0, 0, 0, time.UTC)

func seed(t testing.TB) (*plan.Plan, *plan.Directory) {
	t.Helper()
	p, d, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p, d
}

func ret(task int, unit, status, text, problems, next string) plan.Return {
	return plan.Return{Task: task, Unit: unit, Period: "2018年度", Values: plan.Values{Status: status, Text: text, Problems: problems, Next: next}}
}

// The seed's task 8 is 县财政局牵头，县直各部门负责.
func sampleReport(t *testing.T) (*docx.File, ReportStats) {
	p, d := seed(t)
	rets := []plan.Return{
		ret(8, "县教育局", plan.StatusDone, "1.已在门户网站公开部门预决算。2.县教育局按要求推进预决算公开工作。", "无", "继续做好公开工作。"),
		ret(8, "县财政局", plan.StatusDone, "县财政局牵头督促各部门公开预决算；已在门户网站公开部门预决算。", "部分单位公开不及时。", "继续做好公开工作。"),
		ret(8, "县卫计局", plan.StatusOngoing, "已在门户网站公开部门预决算", "部分单位公开不及时", "加强督促检查。"),
		ret(8, "县民政局", plan.StatusNA, "本单位不涉及", "", ""),
		ret(9, "县财政局", plan.StatusInProgress, "推动地方政府债务信息公开。", "暂无", ""),
	}
	doc, st := Report(ReportInput{Plan: p, Dir: d, Period: "2018年度", Returns: rets, Date: day, Office: "翁源县人民政府办公室"})
	data, err := docx.Bytes(doc)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	return f, st
}

func paraTexts(f *docx.File, style string) []string {
	var out []string
	for _, p := range f.Paragraphs() {
		if style == "" || p.Style == style {
			out = append(out, p.Text)
		}
	}
	return out
}

func TestReportContent(t *testing.T) {
	f, st := sampleReport(t)
	p, _ := seed(t)
	if got := paraTexts(f, StyleTitle); len(got) != 1 || got[0] != "翁源县2018年政务公开工作总结" {
		t.Errorf("title %q", got)
	}
	h1 := paraTexts(f, StyleHeading1)
	if len(h1) != len(p.Sections)+2 || h1[0] != p.Sections[0].Title || h1[4] != "五、存在问题" || h1[5] != "六、下一步工作计划" {
		t.Errorf("一级标题 %q", h1)
	}
	if h2 := paraTexts(f, StyleHeading2); len(h2) != 15 || h2[1] != "（二）围绕重点领域加大主动公开力度" {
		t.Errorf("二级标题 %d: %q", len(h2), h2)
	}
	body := strings.Join(paraTexts(f, StyleBody), "\n")
	// Task 8 in its own words, how far its units got, the sentence three
	// units wrote once with their names (the lead first), list numbers
	// and the unit's own name at the start dropped, 不涉及 left out.
	want8 := "在推动县级政府及其部门全面公开财政预决算信息方面，22个应报单位中，已完成2个、持续推进1个、不涉及1个，18个尚未报送。" +
		"县财政局、县教育局、县卫计局已在门户网站公开部门预决算；县财政局牵头督促各部门公开预决算；县教育局按要求推进预决算公开工作。"
	if !strings.Contains(body, want8) {
		t.Errorf("task 8 not told as expected:\n%s", body)
	}
	if !strings.Contains(body, "在推动地方政府债务信息公开方面，由县财政局负责，目前正在推进。") {
		t.Errorf("a task of one unit:\n%s", body)
	}
	if strings.Contains(body, "本单位不涉及") {
		t.Error("a 不涉及 return was written")
	}
	if regexp.MustCompile(`第[0-9]+项`).MatchString(body) {
		t.Errorf("the draft numbers tasks itself:\n%s", body)
	}
	if !strings.Contains(body, "二是部分单位公开不及时（2个单位反映，如县财政局、县卫计局）。") || strings.Contains(body, "：无") || strings.Contains(body, "暂无（") {
		t.Errorf("problems not grouped:\n%s", body)
	}
	if !strings.Contains(body, "二是继续做好公开工作（2个单位提出，如县教育局、县财政局）。\n三是加强督促检查（县卫计局提出）。") {
		t.Errorf("next steps not grouped:\n%s", body)
	}
	if !strings.Contains(body, "一是报送不够及时。") {
		t.Error("the draft does not say returns are missing")
	}
	// 5 returns, 4 units owing task 8 or 9 among the 32.
	if st.Reported == 0 || st.ByStatus[plan.StatusDone] != 2 || st.ByStatus[plan.StatusNA] != 1 {
		t.Errorf("stats %+v", st)
	}
	over := paraTexts(f, StyleBody)[1]
	if !strings.Contains(over, fmt.Sprintf("应报送落实情况%d条，已报送%d条", st.Owed, st.Reported)) || !strings.Contains(over, "已完成2条") {
		t.Errorf("overview %q", over)
	}
	if !strings.Contains(body, "翁源县人民政府办公室\n2019年1月10日") {
		t.Error("no sender and date at the end")
	}
}

// The layout of GB/T 9704 read back from the file.
func TestLayoutValues(t *testing.T) {
	f, _ := sampleReport(t)
	checkLayout(t, f)
}

func checkLayout(t *testing.T, f *docx.File) {
	t.Helper()
	pg := f.Page
	mm := func(tw docx.Twips) float64 { return float64(tw) * 25.4 / 1440 }
	if pg.Width != 11906 || pg.Height != 16838 {
		t.Errorf("page %d×%d twips, want A4 portrait", pg.Width, pg.Height)
	}
	for name, got := range map[string][2]float64{"top": {mm(pg.Top), 37}, "bottom": {mm(pg.Bottom), 35}, "left": {mm(pg.Left), 28}, "right": {mm(pg.Right), 26}} {
		if d := got[0] - got[1]; d > 0.05 || d < -0.05 {
			t.Errorf("%s margin %.2f mm, want %.0f", name, got[0], got[1])
		}
	}
	styles := []struct {
		id, font string
		size     int
		outline  int
	}{
		{StyleBody, "仿宋_GB2312", 32, 0},
		{StyleTitle, "方正小标宋简体", 44, 0},
		{StyleHeading1, "黑体", 32, 1},
		{StyleHeading2, "楷体_GB2312", 32, 2},
	}
	for _, w := range styles {
		s, ok := f.Styles[w.id]
		if !ok || s.Font.EastAsia != w.font || s.Size != w.size || s.Outline != w.outline {
			t.Errorf("style %s: %+v", w.id, s)
		}
	}
	if n := f.Styles[StyleBody]; n.LineExact != 560 || n.FirstLineChars != 200 {
		t.Errorf("body: line %d twips exact, indent %d", n.LineExact, n.FirstLineChars)
	}
	if f.Styles[StyleTitle].Align != "center" {
		t.Error("title not centred")
	}
	if f.Styles[StyleHeading1].Name != "heading 1" || f.Styles[StyleHeading2].Name != "heading 2" {
		t.Error("headings are not Word's heading styles")
	}
	if !f.EvenAndOdd || f.Footers["default"] != "— 1 —\n" || f.Footers["even"] != "— 1 —\n" {
		t.Errorf("page numbers: even/odd %v, footers %q", f.EvenAndOdd, f.Footers)
	}
}

func sampleNotice() NoticeInput {
	return NoticeInput{
		PlanTitle: "翁源县2018年政务公开工作要点分工方案",
		Period:    "2018年度",
		Due:       time.Date(2018, 12, 31, 0, 0, 0, 0, time.UTC),
		Units: []Owing{
			{Unit: "县住建局", Missing: plan.FormatRanges([]int{2, 3, 4, 5, 6, 7, 8, 10}), Count: 8, Owed: 20, Overdue: 10},
			{Unit: "县教育局", Missing: "1–57", Count: 45, Owed: 45, Overdue: 10},
			{Unit: "县民政局", Missing: "2–8", Count: 32, Owed: 32, Overdue: 10},
			{Unit: "县财政局", Missing: "9", Count: 1, Owed: 45},
		},
		Office:  "翁源县人民政府办公室",
		Contact: "李明",
		Phone:   "0751-2812345",
		Date:    day,
	}
}

func TestNoticeContent(t *testing.T) {
	data, err := docx.Bytes(Notice(sampleNotice()))
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	checkLayout(t, f)
	text := strings.ReplaceAll(f.PlainText(), "\u200b", "")
	if strings.Contains(text, "附件") {
		t.Error("a short list went into an attachment")
	}
	for _, want := range []string{
		"××〔2019〕××号\n",
		"关于报送2018年政务公开\n工作要点落实情况的催办通知\n",
		"各有关单位：\n",
		"请上述单位高度重视",
		"各单位应于2018年12月31日前报送2018年度落实情况。截至2019年1月10日，仍有4个单位未报送或未报齐",
		"1．县教育局、县民政局（共2个单位）：应报事项均未报送，已逾期10天。\n",
		"2．县住建局：尚缺第2–8、10项，共8项，已逾期10天。\n",
		"3．县财政局：尚缺第9项，共1项。\n",
		"联系人：李明，联系电话：0751-2812345。",
		"翁源县人民政府办公室\n2019年1月10日\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("notice lacks %q:\n%s", want, text)
		}
	}
	if got := paraTexts(f, StyleTitle); len(got) != 1 {
		t.Errorf("titles %q", got)
	}
}

// A list too long for one page goes into an attachment after the notice,
// as a table; the notice then asks 附件所列单位, and the office that sends
// it is never in its own list.
func TestNoticeAttachment(t *testing.T) {
	in := sampleNotice()
	in.Issuer = "县府办"
	in.Units = append(in.Units, Owing{Unit: "县府办", Missing: "1", Count: 1, Owed: 3})
	for i := 0; i < 30; i++ {
		in.Units = append(in.Units, Owing{Unit: fmt.Sprintf("县第%d局", i+1), Missing: "1、3、5、7、9、11、13、15–19、21、23、25、27、29、31", Count: 7, Owed: 20, Overdue: 10, Phone: "0751-2812345"})
	}
	data, err := docx.Bytes(Notice(in))
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	text := f.PlainText()
	for _, want := range []string{
		"仍有34个单位未报送或未报齐。各单位所缺事项见附件。\n",
		"请附件所列单位高度重视",
		"附件：" + attachmentTitle + "\n\n翁源县人民政府办公室\n2019年1月10日\n附件\n\n" + attachmentTitle + "\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "上述单位") || strings.Contains(text, "县府办") {
		t.Errorf("the notice names 上述单位 or its own office:\n%s", text)
	}
	tb := f.Body[len(f.Body)-1].Table
	if len(tb) != 35 || strings.Join(tb[0], "|") != "序号|单位|未报事项|逾期\n天数|联系人|联系电话" {
		t.Fatalf("attachment table %q", tb)
	}
	last := tb[34]
	if last[0] != "34" || last[1] != "县第30局" || last[3] != "10" || last[5] != "0751-2812345" || !strings.HasSuffix(last[2], "（共7项）") {
		t.Errorf("last row %q", last)
	}
	if tb[2][2] != "全部未报\n（共45项）" {
		t.Errorf("a unit that sent nothing: %q", tb[2][2])
	}
	// The program breaks the list, after a 、 only, into lines that fit.
	for _, row := range tb[1:] {
		for _, line := range strings.Split(row[2], "\n") {
			if listWidth(strings.TrimSuffix(line, "、")) > 8.6 || strings.HasPrefix(line, "、") {
				t.Errorf("未报事项 line %q", line)
			}
		}
	}
}

// LibreOffice opens what we write (no repair) and reads the same text;
// the notice fits on one page. Skipped where LibreOffice is not installed
// (CI installs libreoffice-writer-nogui).
func TestLibreOfficeOpens(t *testing.T) {
	soffice := tooltest.Program(t, "soffice", "libreoffice-writer-nogui")
	dir := t.TempDir()
	p, d := seed(t)
	rets := generatedReturns(p, d, 40)
	report, _ := Report(ReportInput{Plan: p, Dir: d, Period: "2018年度", Returns: rets, Date: day, Office: "翁源县人民政府办公室"})
	grid := newDocument("网格")
	grid.Body = append(grid.Body, docx.Text(StyleBody, strings.Repeat("政务公开工作要点落实情况", 10)))
	docs := map[string]*docx.Document{"report.docx": report, "notice.docx": Notice(sampleNotice()), "grid.docx": grid}
	for name, doc := range docs {
		if err := docx.Save(filepath.Join(dir, name), doc); err != nil {
			t.Fatal(err)
		}
	}
	convert := func(to string, names ...string) {
		args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless", "--convert-to", to, "--outdir", dir}, names...)
		if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v: %s", err, out)
		}
	}
	convert("txt:Text (encoded):UTF8", filepath.Join(dir, "report.docx"), filepath.Join(dir, "notice.docx"))
	convert("pdf", filepath.Join(dir, "notice.docx"), filepath.Join(dir, "grid.docx"))
	txt, err := os.ReadFile(filepath.Join(dir, "report.txt"))
	if err != nil {
		t.Fatalf("LibreOffice did not convert the draft: %v", err)
	}
	for _, want := range []string{"翁源县2018年政务公开工作总结", "（十五）", "五、存在问题", "六、下一步工作计划"} {
		if !strings.Contains(string(txt), want) {
			t.Errorf("LibreOffice's text of the draft lacks %q", want)
		}
	}
	ntxt, _ := os.ReadFile(filepath.Join(dir, "notice.txt"))
	if !strings.Contains(string(ntxt), "关于报送2018年政务公开\n工作要点落实情况的催办通知") {
		t.Errorf("LibreOffice's text of the notice: %q", ntxt)
	}
	// Page breaks depend on the glyphs: count pages only with a Chinese font.
	if out, err := exec.Command("fc-list", ":lang=zh").Output(); err != nil || len(out) == 0 {
		t.Log("no Chinese font installed: the notice's page count is not checked")
		return
	}
	// 28 characters a line (GB/T 9704), the first after its two-character indent.
	if out, err := exec.Command("pdftotext", "-layout", filepath.Join(dir, "grid.pdf"), "-").Output(); err != nil {
		t.Logf("pdftotext: %v", err)
	} else {
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		for i, l := range lines[:4] { // 120 characters: four full lines and a short one
			want := 28
			if i == 0 {
				want = 26
			}
			if n := utf8.RuneCountInString(strings.TrimSpace(l)); n != want {
				t.Errorf("line %d has %d characters, want %d: %q", i+1, n, want, l)
			}
		}
	}
	pdf, err := os.ReadFile(filepath.Join(dir, "notice.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1)); n != 1 {
		t.Errorf("the notice takes %d pages", n)
	}
}

// generatedReturns gives every owing unit a return on most of its tasks,
// with sentences shared between units as real returns have.
func generatedReturns(p *plan.Plan, d *plan.Directory, units int) []plan.Return {
	shared := []string{"已在县政府门户网站“政务公开”专栏及时公开相关信息。", "建立了工作台账，明确专人负责。", "结合本单位职责制定了工作方案。"}
	problems := []string{"专业人员不足。", "无", "部分信息更新不够及时。"}
	var out []plan.Return
	seen := map[string]bool{}
	for _, t := range p.Tasks {
		for i, u := range d.Owers(t.UnitsText, false) {
			if !seen[u] && len(seen) >= units {
				continue
			}
			seen[u] = true
			if (t.No+i)%7 == 0 {
				continue
			}
			text := shared[(t.No+i)%3] + fmt.Sprintf("全年公开相关信息%d条。", 10+(t.No*7+i*13)%90)
			out = append(out, ret(t.No, u, plan.Statuses[(t.No+i)%5], text, problems[(t.No+i)%3], "继续做好公开工作。"))
		}
	}
	return out
}

func BenchmarkReport40Units(b *testing.B) {
	p, d := seed(b)
	rets := generatedReturns(p, d, 40)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		doc, _ := Report(ReportInput{Plan: p, Dir: d, Period: "2018年度", Returns: rets, Date: day})
		if _, err := docx.Bytes(doc); err != nil {
			b.Fatal(err)
		}
	}
}
