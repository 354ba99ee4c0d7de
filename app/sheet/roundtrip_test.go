package sheet

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"taizhang/internal/tooltest"
)

// numberCases are the cells a return's numbers and dates come in, each
// with the format it is shown in and the text the clerk sees.
var numberCases = []struct {
	label  string
	value  any
	format string // custom number format; "" leaves General
	want   string
}{
	{"百分比", 0.5, "0%", "50%"},
	{"两位百分比", 0.1234, "0.00%", "12.34%"},
	{"日期", 43286, "yyyy-mm-dd", "2018-07-05"},
	{"斜线日期", 43286, "yyyy/m/d", "2018-07-05"},
	{"中文日期", 43286, `yyyy"年"m"月"d"日"`, "2018-07-05"},
	{"区域中文日期", 43286, `[$-804]yyyy"年"m"月"d"日"`, "2018-07-05"},
	{"月日", 43286, `m"月"d"日"`, "2018-07-05"},
	{"日期时间", 43286.5729166667, "yyyy-mm-dd hh:mm", "2018-07-05 13:45"},
	{"时间", 0.5208333333, "h:mm", "12:30"},
	{"带秒时间", 0.5208449074, "hh:mm:ss", "12:30:01"},
	{"中文时间", 0.5625, `h"时"mm"分"`, "13:30"},
	{"上午下午", 0.5625, `[$-804]AM/PM h:mm`, "13:30"},
	{"累计时长", 1.5, "[h]:mm:ss", "36:00"},
	{"人民币", 1234.5, `"¥"#,##0.00`, "1234.5"},
	{"区域货币", 1234.5, `[$¥-804]#,##0.00`, "1234.5"},
	{"分数", 0.5, "# ?/?", "0.5"},
	{"千分位", 1234567, "#,##0", "1234567"},
	{"两位小数", 8, "0.00", "8"},
	{"科学计数", 12345, "0.00E+00", "12345"},
	{"单位后缀", 12, `0"项"`, "12"},
	{"常规小数", 0.1 + 0.2, "", "0.3"},
	{"常规整数", 8, "", "8"},
	{"文本数字", "0012", "@", "0012"},
	{"文本格式数字", 8, "@", "8"},
	{"逻辑值", true, "", "TRUE"},
	{"中文", "县财政局", "", "县财政局"},
}

// numberWorkbook builds one workbook with every case of numberCases.
func numberWorkbook(t *testing.T, path string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sh = "Sheet1"
	for i, c := range numberCases {
		row := i + 1
		a, _ := excelize.CoordinatesToCellName(1, row)
		b, _ := excelize.CoordinatesToCellName(2, row)
		must(t, f.SetCellValue(sh, a, c.label))
		must(t, f.SetCellValue(sh, b, c.value))
		if c.format != "" {
			code := c.format
			st, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
			must(t, err)
			must(t, f.SetCellStyle(sh, b, b, st))
		}
	}
	must(t, f.SaveAs(path))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestNumberFormatsAgreeAcrossFormats saves one workbook as .xlsx and as
// .xls with LibreOffice and requires both to read cell for cell as the
// clerk sees them: the same return saved either way imports the same.
func TestNumberFormatsAgreeAcrossFormats(t *testing.T) {
	soffice := tooltest.Program(t, "soffice", "libreoffice-calc-nogui")
	dir := t.TempDir()
	src := filepath.Join(dir, "src", "数字格式.xlsx")
	must(t, os.MkdirAll(filepath.Dir(src), 0o755))
	numberWorkbook(t, src)

	out := filepath.Join(dir, "out")
	profile := "file://" + filepath.Join(dir, "profile")
	for _, to := range []string{"xlsx", "xls"} {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation="+profile, "--headless",
			"--convert-to", to, "--outdir", out, src)
		msg, err := cmd.CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("soffice --convert-to %s: %v\n%s", to, err, msg)
		}
	}
	books := map[string]*Book{}
	for name, path := range map[string]string{
		"excelize .xlsx":    src,
		"LibreOffice .xlsx": filepath.Join(out, "数字格式.xlsx"),
		"LibreOffice .xls":  filepath.Join(out, "数字格式.xls"),
	} {
		b, err := ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		books[name] = b
	}
	for name, b := range books {
		g := &b.Sheets[0]
		for i, c := range numberCases {
			if g.Cell(i, 0) != c.label {
				t.Errorf("%s row %d: label %q, want %q", name, i+1, g.Cell(i, 0), c.label)
			}
			if got := g.Cell(i, 1); got != c.want {
				t.Errorf("%s %s (%s): %q, want %q", name, c.label, c.format, got, c.want)
			}
		}
		if len(g.Rows) != len(numberCases) {
			t.Errorf("%s: %d rows, want %d", name, len(g.Rows), len(numberCases))
		}
	}
}
