package reply_test

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"taizhang/app/feedback"
	"taizhang/app/feedback/forms"
	"taizhang/app/feedback/reply"
	"taizhang/app/plan"
	"taizhang/seeds"
)

func seed(t *testing.T) (*plan.Plan, *plan.Directory) {
	t.Helper()
	p, d, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	return p, d
}

func tool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if path, err := exec.LookPath(n); err == nil {
			return path
		}
	}
	t.Skipf("%s is not installed", names[0])
	return ""
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// libreoffice converts text or HTML files into .docx and .doc in out.
func libreoffice(t *testing.T, dir, out string, files ...string) {
	soffice := tool(t, "soffice")
	profile := "-env:UserInstallation=file://" + filepath.Join(dir, "lo-profile")
	for _, to := range []string{"docx", "doc"} {
		args := []string{profile, "--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", to, "--outdir", out}
		var txt, html []string
		for _, f := range files {
			if strings.HasSuffix(f, ".html") {
				html = append(html, f)
			} else {
				txt = append(txt, f)
			}
		}
		if len(txt) > 0 {
			run(t, soffice, append(args, txt...)...)
		}
		if len(html) > 0 {
			filter := map[string]string{"docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97"}[to]
			run(t, soffice, append([]string{profile, "--headless", "--convert-to", filter, "--outdir", out}, html...)...)
		}
	}
}

type want struct {
	task int
	kind string
}

func check(t *testing.T, r *reply.Result, unit string, wants []want) {
	t.Helper()
	if r.Err != nil {
		t.Fatalf("%s refused: %v", r.Name, r.Err)
	}
	if r.Unit != unit {
		t.Errorf("%s: unit %q, want %q", r.Name, r.Unit, unit)
	}
	var got []want
	for _, c := range r.Comments {
		got = append(got, want{c.Task, c.Kind})
	}
	if len(got) != len(wants) {
		t.Fatalf("%s: comments %v, want %v", r.Name, got, wants)
	}
	for i := range wants {
		if got[i] != wants[i] {
			t.Errorf("%s: comment %d is %v, want %v (%q)", r.Name, i, got[i], wants[i], r.Comments[i].Text)
		}
	}
}

// TestFormFilledWithOpenpyxl: the unit's .xlsx form, filled in Excel's
// place by openpyxl and renamed so its name says nothing, reads to the
// opinions chosen, the unit from the form's hidden identification.
func TestFormFilledWithOpenpyxl(t *testing.T) {
	py := tool(t, "/usr/bin/python3", "python3")
	p, d := seed(t)
	dir := t.TempDir()
	form, err := forms.NewForm(p, d, "县财政局", plan.Contact{})
	if err != nil {
		t.Fatal(err)
	}
	src, dst := filepath.Join(dir, "form.xlsx"), filepath.Join(dir, "回复.xlsx")
	if err := form.SaveXLSX(src); err != nil {
		t.Fatal(err)
	}
	run(t, py, "-c", `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["征求意见反馈表"]
answers = {8: ("修改", "建议改由县住建局牵头"), 9: ("同意", ""), 19: ("不属于本单位职责", "")}
for row in ws.iter_rows(min_row=5):
    v = row[0].value
    if v is not None and str(v).isdigit() and int(v) in answers:
        row[5].value, row[6].value = answers[int(v)]
    if row[0].value == "其他意见":
        row[2].value = "建议在方案中明确培训安排"
wb.save(sys.argv[2])
`, src, dst)
	r := reply.ReadFile(dst, reply.Context{Plan: p, Dir: d})
	check(t, r, "县财政局", []want{{8, feedback.KindChangeLead}, {9, feedback.KindAgree}, {19, feedback.KindNotOurs}, {0, feedback.KindOther}})
	if r.Form != "反馈表" || r.Comments[0].Lead != "县住建局" || r.Comments[2].Remove[0] != "县财政局" {
		t.Errorf("form %q, proposals %+v", r.Form, r.Comments[:3])
	}

	// The same form sent back untouched has no comment: refused, with why.
	blank := reply.ReadFile(src, reply.Context{Plan: p, Dir: d})
	if blank.Err == nil || !strings.Contains(blank.Err.Error(), "没有填写任何意见") {
		t.Errorf("blank form: %v", blank.Err)
	}
}

// TestAnyTable: a table of the unit's own making, with 序号 written as
// 第21项 and a row with no number whose requirement was cut short and
// retyped, is tied by number and by text; the unit comes from the name.
func TestAnyTable(t *testing.T) {
	py := tool(t, "/usr/bin/python3", "python3")
	p, d := seed(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "教育局反馈意见.xlsx")
	req15 := []rune(p.Task(15).Text)
	run(t, py, "-c", `
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["关于分工方案的反馈意见"])
ws.append([])
ws.append(["序号", "具体要求", "反馈意见", "修改建议"])
ws.append(["第21项", "", "修改", "建议增加县公安局配合"])
ws.append(["", sys.argv[2], "不属于本单位职责", ""])
ws.append(["56", "", "同意", ""])
ws.append(["", "", "", ""])
wb.save(sys.argv[1])
`, path, strings.ReplaceAll(string(req15[:22]), "，", ","))
	r := reply.ReadFile(path, reply.Context{Plan: p, Dir: d})
	check(t, r, "县教育局", []want{{21, feedback.KindAddUnit}, {15, feedback.KindNotOurs}, {56, feedback.KindAgree}})
	c := r.Comments[0]
	if len(c.Add) != 1 || c.Add[0] != "县公安局" || c.AddRole != "配合" {
		t.Errorf("add proposal %+v", c)
	}
	ch := feedback.Effect(p.Task(21), &c, d)
	if len(ch.Gained) != 1 || ch.Gained[0] != "县公安局" {
		t.Errorf("effect %+v", ch)
	}
}

const letter = `县府办：
    你办《关于征求〈翁源县2018年政务公开工作要点分工方案（征求意见稿）〉意见的函》收悉。经研究，现将我局意见反馈如下：
    一、第14项，建议将具体要求修改为“做好扶贫、社会救助、食品药品安全和环境保护等领域信息公开”。
    二、第19项所列工作不属于我局职责，建议删除我单位。
    三、建议在方案中增加对镇村两级政务公开的培训安排。
                                            翁源县民政局
                                           2018年3月5日
`

const noComment = "我单位对分工方案无修改意见。\n"

// TestWordAndText: a letter as .docx and .doc (made by LibreOffice from
// text), tied by 第N项 and classified, its unit from the signature; and
// the one-line "无修改意见" reply as .txt (GBK), .docx, .doc and .xlsx.
func TestWordAndText(t *testing.T) {
	py := tool(t, "/usr/bin/python3", "python3")
	p, d := seed(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	write(t, filepath.Join(dir, "反馈意见.txt"), letter)
	write(t, filepath.Join(dir, "县水务局.txt"), noComment)
	write(t, filepath.Join(dir, "县住建局表.html"), `<html><body><p>县住建局反馈意见</p><table border="1">
<tr><td>序号</td><td>具体要求</td><td>意见</td><td>修改建议</td></tr>
<tr><td>33</td><td>x</td><td>修改</td><td>建议改由县工商局牵头</td></tr>
<tr><td>21</td><td>y</td><td>同意</td><td></td></tr>
</table></body></html>`)
	libreoffice(t, dir, out, filepath.Join(dir, "反馈意见.txt"), filepath.Join(dir, "县水务局.txt"), filepath.Join(dir, "县住建局表.html"))
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String("县环保局：" + noComment)
	write(t, filepath.Join(out, "环保局回复.txt"), gbk)
	run(t, py, "-c", `
import sys, openpyxl
wb = openpyxl.Workbook()
wb.active["A1"] = "我单位对分工方案无修改意见"
wb.active["A3"] = "县安监局  2018年3月1日"
wb.save(sys.argv[1])
`, filepath.Join(out, "回复.xlsx"))

	ctx := reply.Context{Plan: p, Dir: d}
	for _, ext := range []string{".docx", ".doc"} {
		r := reply.ReadFile(filepath.Join(out, "反馈意见"+ext), ctx)
		check(t, r, "县民政局", []want{{14, feedback.KindReword}, {19, feedback.KindNotOurs}, {0, feedback.KindOther}})
		if r.Form != "函" || !strings.HasPrefix(r.Comments[0].NewText, "做好扶贫") {
			t.Errorf("%s: form %q, new text %q", r.Name, r.Form, r.Comments[0].NewText)
		}
		r = reply.ReadFile(filepath.Join(out, "县水务局"+ext), ctx)
		check(t, r, "县水务局", []want{{0, feedback.KindNone}})
		if r.Form != "一句话" {
			t.Errorf("%s: form %q", r.Name, r.Form)
		}
		r = reply.ReadFile(filepath.Join(out, "县住建局表"+ext), ctx)
		check(t, r, "县住建局", []want{{33, feedback.KindChangeLead}, {21, feedback.KindAgree}})
	}
	check(t, reply.ReadFile(filepath.Join(out, "环保局回复.txt"), ctx), "县环保局", []want{{0, feedback.KindNone}})
	check(t, reply.ReadFile(filepath.Join(out, "回复.xlsx"), ctx), "县安监局", []want{{0, feedback.KindNone}})
}

// TestRefused: files that are not a reply, or whose unit cannot be told,
// are refused with one sentence naming the file.
func TestRefused(t *testing.T) {
	p, d := seed(t)
	ctx := reply.Context{Plan: p, Dir: d}
	cases := map[string]struct {
		data []byte
		want string
	}{
		"县财政局.xlsx": {nil, "空文件"},
		"县财政局.docx": {[]byte("PK\x03\x04 broken zip"), "《县财政局.docx》"},
		"反馈.txt":    {[]byte(noComment), "看不出是哪个单位"},
		"县财政局.txt":  {[]byte("收到，谢谢。"), "找不到对分工方案的意见"},
		"县财政局.png":  {[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "《县财政局.png》"},
	}
	for name, c := range cases {
		r := reply.Read(name, c.data, ctx)
		if r.Err == nil || !strings.Contains(r.Err.Error(), c.want) || len(r.Comments) != 0 {
			t.Errorf("%s: %v, want refusal with %q", name, r.Err, c.want)
		}
	}
	// The plan itself and a return are not replies, whatever they contain.
	seedText := []byte(seeds.Text)
	if r := reply.Read("县财政局-分工方案.txt", seedText, ctx); r.Err == nil || !strings.Contains(r.Err.Error(), "分工方案本身") {
		t.Errorf("the plan as a reply: %v", r.Err)
	}
	for _, name := range []string{"seed-text.docx", "seed-table.docx", "seed-text.doc", "seed-table.doc"} {
		r := reply.ReadFile(filepath.Join("..", "..", "planword", "testdata", name), reply.Context{Plan: p, Dir: d, Unit: "县财政局"})
		if r.Err == nil || !strings.Contains(r.Err.Error(), "分工方案本身") {
			t.Errorf("the plan's %s as a reply: %v (%d comments)", name, r.Err, len(r.Comments))
		}
	}
	ret := []byte("序号,具体要求,落实情况,完成状态\n8,推动公开,建议加强,已完成\n")
	if r := reply.Read("县财政局.csv", ret, ctx); r.Err == nil || !strings.Contains(r.Err.Error(), "落实情况表") {
		t.Errorf("a return as a reply: %v", r.Err)
	}
	// The clerk naming the unit settles it.
	r := reply.Read("反馈.txt", []byte(noComment), reply.Context{Plan: p, Dir: d, Unit: "县国土局"})
	check(t, r, "县国土资源局", []want{{0, feedback.KindNone}})
}

// fillDocxForm writes answers into the .docx form's empty cells, as a unit
// typing in Word would: for each task number, the 意见 and 修改建议 cells;
// other goes into the 其他意见 box.
func fillDocxForm(t *testing.T, data []byte, answers map[string][2]string, other string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		r, _ := f.Open()
		body, _ := io.ReadAll(r)
		r.Close()
		if f.Name == "word/document.xml" {
			rows := strings.Split(string(body), "<w:tr>")
			for i, row := range rows {
				empty := "<w:r></w:r>"
				for no, a := range answers {
					if strings.Contains(row, `<w:t xml:space="preserve">`+no+`</w:t>`) && strings.Count(row, empty) >= 2 {
						at := strings.LastIndex(row, empty)
						row = row[:at] + `<w:r><w:t>` + a[1] + `</w:t></w:r>` + row[at+len(empty):]
						at = strings.LastIndex(row, empty)
						row = row[:at] + `<w:r><w:t>` + a[0] + `</w:t></w:r>` + row[at+len(empty):]
					}
				}
				if other != "" && strings.Contains(row, ">其他意见<") {
					row = strings.Replace(row, empty, `<w:r><w:t>`+other+`</w:t></w:r>`, 1)
				}
				rows[i] = row
			}
			body = []byte(strings.Join(rows, "<w:tr>"))
		}
		w, _ := zw.Create(f.Name)
		w.Write(body)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestWordForm: the .docx form filled in, read as it is and after Word
// (LibreOffice here) saved it as .doc, whose table comes out as lines.
func TestWordForm(t *testing.T) {
	p, d := seed(t)
	dir := t.TempDir()
	form, err := forms.NewForm(p, d, "县教育局", plan.Contact{})
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "form.docx")
	if err := form.SaveDOCX(src); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(src)
	filled := fillDocxForm(t, data, map[string][2]string{"21": {"不属于本单位职责", ""}, "56": {"修改", "建议增加县公安局配合"}, "4": {"同意", ""}}, "无其他意见")
	path := filepath.Join(dir, "回复.docx")
	if err := os.WriteFile(path, filled, 0o644); err != nil {
		t.Fatal(err)
	}
	wants := []want{{4, feedback.KindAgree}, {21, feedback.KindNotOurs}, {56, feedback.KindAddUnit}, {0, feedback.KindNone}}
	check(t, reply.ReadFile(path, reply.Context{Plan: p, Dir: d}), "县教育局", wants)

	soffice := tool(t, "soffice")
	run(t, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--headless", "--convert-to", "doc", "--outdir", filepath.Join(dir, "doc"), path)
	check(t, reply.ReadFile(filepath.Join(dir, "doc", "回复.doc"), reply.Context{Plan: p, Dir: d}), "县教育局", wants)
}
