package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"taizhang/app/docx"
	"taizhang/internal/fixture"
)

// remind -o OUT.docx writes the 催办通知 from the same list the screen shows:
// the due date, the units that sent nothing grouped, the office's contact.
func TestRemindNotice(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	mustRun(t, "period", "--db", db, "due", "2018年度", "2018-12-31")
	files := fixture.Glob(t, "fixtures/returns/*")
	runCLI(t, append([]string{"import", "--db", db}, files...)...)
	mustRun(t, "units", "--db", db, "set", "县府办", "--contact", "陈静", "--phone", "0751-2811111")
	out := filepath.Join(dir, "催办通知.docx")
	mustRun(t, "remind", "--db", db, "--today", "2019-01-10", "-o", out)
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docx.Read(data)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(f.PlainText(), "\u200b", "")
	for _, want := range []string{
		"关于报送2018年政务公开\n工作要点落实情况的催办通知\n",
		"各单位应于2018年12月31日前报送2018年度落实情况。截至2019年1月10日",
		"请附件所列单位高度重视",
		"全部未报\n（共",
		"联系人：陈静，联系电话：0751-2811111。",
		"翁源县人民政府办公室\n2019年1月10日\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("notice lacks %q:\n%s", want, text)
		}
	}
}
