package sheet

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func gbk(t testing.TB, s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const htmlPage = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<style>td { color: red }</style><title>标题不是单元格</title></head><body>
<table>
<tr><td colspan="3">落实情况表</td></tr>
<tr><th>序号</th><th>落实
情况</th><th>完成状态</th></tr>
<tr><td rowspan="2">8</td><td>第一段；<br>第二段</td><td rowspan="2">已完成</td></tr>
<tr><td>续&nbsp;写&amp;补充</td></tr>
<tr style="display: none"><td>9</td><td>隐藏行</td></tr>
<tr><td>10</td><td><p>甲</p><p>乙</p></td><td>未启动</td></tr>
</table>
<table><tr><td>外<table><tr><td>11</td><td>内</td></tr></table></td></tr></table>
</body></html>`

func TestHTMLTableAsExcelShowsIt(t *testing.T) {
	wantRows := [][]string{
		{"落实情况表"},
		{"序号", "落实 情况", "完成状态"},
		{"8", "第一段；\n第二段", "已完成"},
		{"", "续 写&补充"},
		{"9", "隐藏行"},
		{"10", "甲\n乙", "未启动"},
		nil, // between tables
		{"外"},
		{"11", "内"}, // a table laid out inside a cell: rows of its own
	}
	for name, data := range map[string][]byte{
		"meta gb2312":     gbk(t, htmlPage),
		"GBK, no meta":    gbk(t, strings.Replace(htmlPage, "charset=gb2312", "", 1)),
		"UTF-8 with BOM":  append([]byte("\xEF\xBB\xBF"), strings.Replace(htmlPage, "gb2312", "", 1)...),
		"UTF-8, its meta": []byte(strings.Replace(htmlPage, "gb2312", "utf-8", 1)),
	} {
		book, err := Read("县财政局.xls", data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if book.Format != "html" || len(book.Sheets) != 1 || book.Sheets[0].Name != "县财政局" {
			t.Fatalf("%s: %s %d sheets", name, book.Format, len(book.Sheets))
		}
		g := book.Sheets[0]
		if !reflect.DeepEqual(g.Rows, wantRows) {
			t.Errorf("%s: rows\n%q\nwant\n%q", name, g.Rows, wantRows)
		}
		wantMerges := []Merge{{0, 0, 0, 2}, {2, 0, 3, 0}, {2, 2, 3, 2}}
		if !reflect.DeepEqual(g.Merges, wantMerges) {
			t.Errorf("%s: merges %v, want %v", name, g.Merges, wantMerges)
		}
		if !g.RowHidden(4) || g.RowHidden(3) {
			t.Errorf("%s: hidden rows %v", name, g.HiddenRows)
		}
	}
}

const xmlssDoc = `<?xml version="1.0" encoding="gb2312"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">
 <Worksheet ss:Name="说明"><Table><Row><Cell><Data ss:Type="String">请填写</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>
 <Worksheet ss:Name="落实情况">
  <Table>
   <Column ss:Width="30"/><Column ss:Hidden="1" ss:Span="1"/><Column ss:Index="5" ss:Hidden="1"/>
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">标题</Data></Cell></Row>
   <Row ss:Index="3"><Cell ss:MergeDown="1"><Data ss:Type="Number">8.0</Data></Cell><Cell><Data ss:Type="String">第一行&#10;第二行</Data></Cell><Cell ss:Index="4"><ss:Data ss:Type="String">富<html:B>文本</html:B></ss:Data></Cell></Row>
   <Row ss:Hidden="1"><Cell><Data ss:Type="DateTime">2018-07-05T00:00:00.000</Data></Cell><Cell><Data ss:Type="Boolean">1</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>`

func TestSpreadsheetML(t *testing.T) {
	book, err := Read("县财政局.xls", gbk(t, xmlssDoc))
	if err != nil {
		t.Fatal(err)
	}
	if book.Format != "xmlss" || len(book.Sheets) != 2 || !book.Sheets[0].Hidden || book.Sheets[1].Hidden {
		t.Fatalf("%s %+v", book.Format, book.Sheets)
	}
	g := book.Sheets[1]
	// A cell without ss:Index follows the one before it, merged area or not.
	want := [][]string{{"标题"}, nil, {"8", "第一行\n第二行", "", "富文本"}, {"2018-07-05", "TRUE"}}
	if g.Name != "落实情况" || !reflect.DeepEqual(g.Rows, want) {
		t.Errorf("rows %q, want %q", g.Rows, want)
	}
	if wantM := []Merge{{0, 0, 0, 2}, {2, 0, 3, 0}}; !reflect.DeepEqual(g.Merges, wantM) {
		t.Errorf("merges %v, want %v", g.Merges, wantM)
	}
	var hidden []int
	for c := 0; c < 8; c++ {
		if g.ColHidden(c) {
			hidden = append(hidden, c)
		}
	}
	if !reflect.DeepEqual(hidden, []int{1, 2, 4}) || !g.RowHidden(3) || g.RowHidden(2) {
		t.Errorf("hidden columns %v, rows %v", hidden, g.HiddenRows)
	}
}

// FuzzMarkup feeds mutated web pages and Excel 2003 XML to Read: never a
// panic, always a usable book or a refusal with a message.
func FuzzMarkup(f *testing.F) {
	f.Add(gbk(f, htmlPage))
	f.Add([]byte(strings.Replace(htmlPage, "gb2312", "utf-8", 1)))
	f.Add([]byte(`<table><tr><td rowspan="999999" colspan="0">x</td><td colspan=3>y</tr><tr><td>z`))
	f.Add(gbk(f, xmlssDoc))
	f.Add([]byte(strings.Replace(xmlssDoc, "gb2312", "utf-8", 1)))
	for _, name := range []string{"县文广新局.xls", "县经信局.xls", "县发改局-导出.xls"} {
		if data, err := os.ReadFile("../importer/testdata/forms/returns/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		book, err := Read("fuzz.xlsx", data)
		checkOutcome(t, book, err)
	})
}
