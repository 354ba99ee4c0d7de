package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"taizhang/internal/fixture"
)

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := runCLI(t, args...)
	if code != ExitOK {
		t.Fatalf("%v: exit %d\n%s%s", args, code, out, errOut)
	}
	return out
}

func TestPeriodCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, "period", "--db", db, "due", "2018年度", "2018-12-31")
	if out := mustRun(t, "period", "--db", db, "add", "2018年上半年", "--due", "2018-07-15"); !strings.Contains(out, "截止日期 2018-07-15") {
		t.Errorf("add said %q", out)
	}
	mustRun(t, "period", "add", "2019年第一季度", "--db", db)
	var list []periodJSON
	if err := json.Unmarshal([]byte(mustRun(t, "period", "--db", db, "list", "--json", "--today", "2019-01-10")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 || list[0].Name != "2018年上半年" || list[1].Due != "2018-12-31" || list[1].OverdueDays != 10 ||
		list[1].OwingUnits == 0 || list[2].Due != "" {
		t.Fatalf("list %+v", list)
	}
	mustRun(t, "period", "--db", db, "rename", "2019年第一季度", "2019年一季度")
	mustRun(t, "period", "--db", db, "remove", "2019年一季度")
	if out := mustRun(t, "period", "--db", db, "list"); strings.Contains(out, "2019") || !strings.Contains(out, "2018年度  截止 2018-12-31") {
		t.Fatalf("after remove:\n%s", out)
	}
	for _, bad := range [][]string{
		{"period", "--db", db},
		{"period", "--db", db, "add"},
		{"period", "--db", db, "due", "2018年度"},
		{"period", "--db", db, "add", "x", "--due", "12月31日"},
		{"period", "--db", db, "due", "2099年度", "2099-12-31"},
		{"period", "--db", db, "remove", "2018年上半年", "--due", "2018-07-01"},
	} {
		if code, _, errOut := runCLI(t, bad...); code != ExitUsage || errOut == "" {
			t.Errorf("%v: exit %d %q", bad, code, errOut)
		}
	}
	// A period with returns is refused removal, in one sentence, exit 1.
	mustRun(t, "import", "--db", db, "--period", "2018年上半年", fixture.Path(t, "fixtures/returns/县住建局.csv"))
	code, _, errOut := runCLI(t, "period", "--db", db, "remove", "2018年上半年")
	if code != ExitRefused || !strings.Contains(errOut, "不能删除") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Fatalf("remove non-empty: exit %d %q", code, errOut)
	}
}

func TestImportUnknownPeriod(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	code, out, errOut := runCLI(t, "import", "--db", db, "--period", "2018年上半年", fixture.Path(t, "fixtures/returns/县住建局.csv"))
	if code != ExitUsage || out != "" || !strings.Contains(errOut, "没有报送期“2018年上半年”") || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
		t.Fatalf("exit %d %q %q", code, out, errOut)
	}
	if led := mustRun(t, "ledger", "--db", db, "--json"); strings.TrimSpace(led) != "[]" {
		t.Fatalf("something was written: %s", led)
	}
}

func TestUnitsCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	mustRun(t, "import", "--db", db, fixture.Path(t, "fixtures/returns/县财政局-落实情况.xlsx"))
	mustRun(t, "units", "--db", db, "set", "县国土局", "--contact", "陈工", "--note", "只接座机")
	var units []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, "units", "--db", db, "--json")), &units); err != nil {
		t.Fatal(err)
	}
	by := map[string]map[string]any{}
	for _, u := range units {
		for _, k := range []string{"name", "full_name", "aliases", "kind", "contact", "phone"} {
			if _, ok := u[k]; !ok {
				t.Fatalf("unit without %q: %v", k, u)
			}
		}
		by[u["name"].(string)] = u
	}
	if u := by["县财政局"]; u["contact"] != "李明" || u["phone"] != "0751-2812345" || u["full_name"] != "翁源县财政局" {
		t.Fatalf("县财政局 %v", u)
	}
	if u := by["县国土资源局"]; u["contact"] != "陈工" || u["note"] != "只接座机" || u["contact_by_hand"] != true {
		t.Fatalf("县国土资源局 %v", u)
	}
	// Typed by hand, the contact survives the later return that names 李明.
	mustRun(t, "units", "--db", db, "set", "县财政局", "--contact", "王芳")
	mustRun(t, "import", "--db", db, fixture.Path(t, "fixtures/returns/县财政局-落实情况（更新）.xlsx"))
	if out := mustRun(t, "units", "--db", db); !strings.Contains(out, "县财政局（翁源县财政局）  部门  联系人：王芳  电话：0751-2812345") {
		t.Fatalf("units text:\n%s", out)
	}
	for _, bad := range [][]string{
		{"units", "--db", db, "set", "县财政局"},
		{"units", "--db", db, "--contact", "x"},
		{"units", "--db", db, "list"},
	} {
		if code, _, _ := runCLI(t, bad...); code != ExitUsage {
			t.Errorf("%v: exit %d", bad, code)
		}
	}
	if code, _, errOut := runCLI(t, "units", "--db", db, "set", "县不存在局", "--phone", "1"); code != ExitRefused || !strings.Contains(errOut, "不在单位名录中") {
		t.Errorf("unknown unit: %d %q", code, errOut)
	}
}

func TestRemindCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	mustRun(t, "period", "--db", db, "due", "2018年度", "2018-12-31")
	files := fixture.Glob(t, "fixtures/returns/*")
	runCLI(t, append([]string{"import", "--db", db}, files...)...)
	mustRun(t, "units", "--db", db, "set", "县公安局", "--contact", "张警官", "--phone", "0751-2800110")
	var list []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, "remind", "--db", db, "--today", "2019-01-10", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) == 0 {
		t.Fatal("nobody owes")
	}
	for _, u := range list {
		for _, k := range []string{"unit", "owed", "missing", "missing_text", "overdue_days", "contact", "phone"} {
			if _, ok := u[k]; !ok {
				t.Fatalf("entry without %q: %v", k, u)
			}
		}
		if u["overdue_days"] != 10.0 {
			t.Errorf("%v", u)
		}
		if u["unit"] == "县公安局" && (u["contact"] != "张警官" || u["phone"] != "0751-2800110") {
			t.Errorf("县公安局 %v", u)
		}
	}
	txt := filepath.Join(dir, "催报.txt")
	xlsx := filepath.Join(dir, "催报清单.xlsx")
	out := mustRun(t, "remind", "--db", db, "--today", "2019-01-10")
	if !strings.Contains(out, "截止 2018-12-31") || !strings.Contains(out, "逾期 10 天") {
		t.Errorf("remind text:\n%s", out)
	}
	// Written to a file, the list is not printed again: one line says what was written.
	out = mustRun(t, "remind", "--db", db, "--today", "2019-01-10", "-o", txt)
	if !strings.Contains(out, "已导出") || strings.Contains(out, "逾期 10 天") || strings.Count(out, "\n") != 1 {
		t.Errorf("remind text:\n%s", out)
	}
	data, _ := os.ReadFile(txt)
	if !strings.HasPrefix(string(data), "\ufeff请以下单位尽快报送2018年度政务公开工作落实情况（截止日期为2018年12月31日，已逾期）：\r\n1. ") {
		t.Errorf("txt %q", string(data[:min(len(data), 200)]))
	}
	mustRun(t, "remind", "--db", db, "--today", "2019-01-10", "-o", xlsx)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("催报清单")
	f.Close()
	if len(rows) != 4+len(list)+1+3 { // titles, units, a gap, three notes
		t.Errorf("%d rows for %d units", len(rows), len(list))
	}
	// Before the due date nobody is overdue and the message gives the date.
	out = mustRun(t, "remind", "--db", db, "--today", "2018-12-20", "--period", "2018年度")
	if strings.Contains(out, "逾期") || !strings.Contains(out, "请以下单位于12月31日前报送") {
		t.Errorf("before due:\n%s", out)
	}
	for _, bad := range [][]string{
		{"remind", "--db", db, "-o", filepath.Join(dir, "x.pdf")},
		{"remind", "--db", db, "--today", "1月10日"},
		{"remind", "--db", db, "--period", "2099年度"},
		{"remind", "--db", db, "extra"},
	} {
		if code, _, errOut := runCLI(t, bad...); code != ExitUsage || errOut == "" {
			t.Errorf("%v: exit %d %q", bad, code, errOut)
		}
	}
}

// fillTemplate writes a progress text and a status into the first task row
// of a generated template, as a unit would.
func fillTemplate(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetList()[0]
	rows, _ := f.GetRows(sheet)
	for r, row := range rows {
		for c, v := range row {
			if v == "落实情况" {
				text, _ := excelize.CoordinatesToCellName(c+1, r+2)
				status, _ := excelize.CoordinatesToCellName(c+2, r+2)
				f.SetCellStr(sheet, text, "已在门户网站公开预算信息")
				f.SetCellStr(sheet, status, "已完成")
				if err := f.Save(); err != nil {
					t.Fatal(err)
				}
				return
			}
		}
	}
	t.Fatal("no 落实情况 column in the template")
}

// A template goes into the period it was made for, whatever period the
// import names; once that period is gone, into the one named, with a note.
func TestTemplateGoesIntoItsPeriod(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	tpl := filepath.Join(dir, "财政.xlsx")
	mustRun(t, "period", "--db", db, "add", "2018年上半年", "--due", "2018-07-15")
	mustRun(t, "template", "--db", db, "--period", "2018年上半年", "--unit", "县财政局", "-o", tpl)
	fillTemplate(t, tpl)
	mustRun(t, "import", "--db", db, "--period", "2018年度", tpl)
	count := func(period string) int {
		var rows []ledgerJSON
		json.Unmarshal([]byte(mustRun(t, "ledger", "--db", db, "--period", period, "--json")), &rows)
		return len(rows)
	}
	if count("2018年上半年") != 1 || count("2018年度") != 0 {
		t.Fatalf("上半年 %d, 年度 %d", count("2018年上半年"), count("2018年度"))
	}
	mustRun(t, "period", "--db", db, "rename", "2018年上半年", "2018年半年")
	out := mustRun(t, "import", "--db", db, "--period", "2018年度", tpl)
	if !strings.Contains(out, "模板是为报送期“2018年上半年”生成的") || count("2018年度") != 1 || count("2018年半年") != 1 {
		t.Fatalf("after the rename:\n%s", out)
	}
}

// The period command echoes names as stored (trimmed) and says when a due
// date is cleared.
func TestPeriodEchoesWhatIsStored(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	out := mustRun(t, "period", "--db", db, "add", " 2018年三季度 ", "--due", "2018-09-30")
	if !strings.Contains(out, "“2018年三季度”，截止日期 2018-09-30") {
		t.Errorf("add: %s", out)
	}
	if out = mustRun(t, "period", "--db", db, "due", "2018年三季度", ""); !strings.Contains(out, "已清除") {
		t.Errorf("due cleared: %s", out)
	}
	if out = mustRun(t, "period", "--db", db, "rename", "2018年三季度", " 2018年第三季度"); !strings.Contains(out, "改名为“2018年第三季度”") {
		t.Errorf("rename: %s", out)
	}
}

// period list gives the 总览's count: returns owed and held, with the
// returns on tasks a unit does not owe (额外报送) apart and never in it.
func TestPeriodListCountsAsTheOverview(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	runCLI(t, append([]string{"import", "--db", db}, fixture.Glob(t, "fixtures/returns/*")...)...)
	var list []periodJSON
	if err := json.Unmarshal([]byte(mustRun(t, "period", "--db", db, "list", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	var ledger []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, "ledger", "--db", db, "--json")), &ledger); err != nil {
		t.Fatal(err)
	}
	p := list[0]
	if p.Returns != len(ledger) || p.Answered+p.Extra != p.Returns || p.Extra == 0 || p.Answered > p.Owed {
		t.Fatalf("period %+v with %d ledger rows", p, len(ledger))
	}
	want := fmt.Sprintf("已报送 %d/%d 条（另有额外报送 %d 条）", p.Answered, p.Owed, p.Extra)
	if out := mustRun(t, "period", "--db", db, "list"); !strings.Contains(out, want) {
		t.Fatalf("period list says %q, not %q", out, want)
	}
}
