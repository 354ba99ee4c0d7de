package forms

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"taizhang/app/docx"
	"taizhang/app/feedback"
	"taizhang/app/feedback/reply"
	"taizhang/app/plan"
	"taizhang/app/report"
)

// FormSheet is the sheet a unit fills in.
const FormSheet = "征求意见反馈表"

// Opinions are the drop-down choices of the form's 意见 column.
var Opinions = []string{"同意", "修改", "不属于本单位职责"}

// NoCommentLine is the form's last line, as the office writes it.
const NoCommentLine = "如无修改意见，请填写“无意见”并盖章反馈。"

// Form is what one unit's form shows.
type Form struct {
	Plan           *plan.Plan
	Unit           string
	Contact, Phone string // filled in when the office knows them
	Rows           []feedback.Row
}

// NewForm is the form of one unit: every task that names it.
func NewForm(p *plan.Plan, d *plan.Directory, unit string, c plan.Contact) (*Form, error) {
	name, collective, _ := d.Resolve(unit)
	if collective {
		return nil, fmt.Errorf("“%s”是多个单位的统称，请指定其中一个单位（%s）", unit, strings.Join(d.Expand(name), "、"))
	}
	rows := feedback.FormRows(p, d, name)
	if len(rows) == 0 {
		return nil, fmt.Errorf("方案中没有涉及“%s”的任务：请核对单位名称", unit)
	}
	return &Form{Plan: p, Unit: name, Contact: c.Person, Phone: c.Phone, Rows: rows}, nil
}

// Title is the form's title: 《…分工方案（征求意见稿）》征求意见反馈表.
func (f *Form) Title() string {
	t := f.Plan.Title
	if f.Plan.IsDraft() && !strings.Contains(t, "征求意见稿") {
		t += "（征求意见稿）"
	}
	return "《" + t + "》征求意见反馈表"
}

// FileName is the file a unit's form is saved as, with ext .xlsx or .docx.
func FileName(unit, ext string) string {
	return safeName(unit) + "-征求意见反馈表" + ext
}

func sum(ws []float64) float64 {
	t := 0.0
	for _, w := range ws {
		t += w
	}
	return t
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || r < 0x20 {
			return '_'
		}
		return r
	}, s)
}

const instruction = "请对涉及本单位的任务逐项在“意见”栏选择：同意、修改、不属于本单位职责；选择“修改”的，请在“修改建议”栏写明修改后的文字，或应增加、更换的单位。对方案其他部分的意见请写在“其他意见”栏。"

var formCols = []struct {
	head  string
	width float64
}{{"序号", 5}, {"工作任务", 14}, {"具体要求", 40}, {"牵头落实单位", 18}, {"本单位职责", 8}, {"意见（同意/修改/不属于本单位职责）", 16}, {"修改建议", 30}}

// SaveXLSX writes the form as a workbook: only the contact, 意见, 修改建议
// and 其他意见 cells open, 意见 from a drop-down, and a very hidden sheet
// naming the plan and unit, so a returned form is read exactly.
func (f *Form) SaveXLSX(path string) error {
	widths := make([]float64, len(formCols))
	for i, c := range formCols {
		widths[i] = c.width
	}
	b := newBook(FormSheet, widths)
	last := len(formCols)
	b.span(1, last, 1, f.Title(), b.title)
	b.check(b.f.SetRowHeight(FormSheet, 1, 30))
	b.span(1, 3, 2, "反馈单位（盖章）："+f.Unit, b.info)
	b.set(4, 2, "联系人：", b.label)
	b.set(5, 2, f.Contact, b.inputCenter)
	b.set(6, 2, "联系电话：", b.label)
	b.span(7, 7, 2, f.Phone, b.input)
	b.check(b.f.SetRowHeight(FormSheet, 2, 24))
	// Broken by the program too: a reader ends a line with “ here.
	b.span(1, last, 3, report.BreakCell(instruction, sum(widths), notePt), b.note)
	b.check(b.f.SetRowHeight(FormSheet, 3, 40))
	const header = 4
	heads := map[int]string{}
	for i, c := range formCols {
		heads[i+1] = b.heading(i+1, header, c.head)
	}
	b.fit(header, heads, 2)
	row := header + 1
	for _, r := range f.Rows {
		t := r.Task
		b.set(1, row, strconv.Itoa(t.No), b.center)
		given := map[int]string{
			2: b.wrapped(2, row, t.Subsection, b.body),
			3: b.wrapped(3, row, t.Text, b.body),
			4: b.wrapped(4, row, t.UnitsText, b.body),
		}
		b.set(5, row, r.Role, b.center)
		b.set(6, row, "", b.inputCenter)
		b.set(7, row, "", b.input)
		b.fit(row, given, 2)
		row++
	}
	if row > header+1 {
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(cellName(6, header+1) + ":" + cellName(6, row-1))
		b.check(dv.SetDropList(Opinions))
		dv.SetError(excelize.DataValidationErrorStyleStop, "意见", "请从下拉列表中选择："+strings.Join(Opinions, "、")+"；具体意见请写在“修改建议”栏。")
		dv.SetInput("意见", "请从下拉列表中选择")
		b.check(b.f.AddDataValidation(FormSheet, dv))
	}
	b.span(1, 2, row, "其他意见", b.head)
	b.span(3, last, row, "", b.input)
	b.check(b.f.SetRowHeight(FormSheet, row, 90))
	b.span(1, last, row+1, NoCommentLine, b.info)
	b.check(b.f.SetRowHeight(FormSheet, row+1, 24))
	b.check(b.f.SetPanes(FormSheet, &excelize.Panes{Freeze: true, YSplit: header, TopLeftCell: cellName(1, header+1), ActivePane: "bottomLeft"}))
	b.landscape(header)
	b.check(b.f.ProtectSheet(FormSheet, &excelize.SheetProtectionOptions{
		FormatRows: true, FormatColumns: true, SelectLockedCells: true, SelectUnlockedCells: true,
	}))
	b.writeID(f.Plan.ID, f.Unit)
	b.check(b.f.SetDocProps(&excelize.DocProperties{Title: f.Title() + "（" + f.Unit + "）"}))
	return b.save(path)
}

func (b *book) writeID(planID, unit string) {
	_, err := b.f.NewSheet(reply.IDSheet)
	b.check(err)
	b.check(b.f.SetCellStr(reply.IDSheet, "A1", reply.KeyPlan))
	b.check(b.f.SetCellStr(reply.IDSheet, "B1", planID))
	b.check(b.f.SetCellStr(reply.IDSheet, "A2", reply.KeyUnit))
	b.check(b.f.SetCellStr(reply.IDSheet, "B2", unit))
	b.check(b.f.SetSheetDimension(reply.IDSheet, "A1:B2"))
	b.check(b.f.SetSheetVisible(reply.IDSheet, false, true))
	b.f.SetActiveSheet(0)
}

// SaveDOCX writes the form as a Word document in the 公文 layout, A4
// landscape: the same rows, with empty cells to write in.
func (f *Form) SaveDOCX(path string) error {
	d := landscapeDoc(f.Title())
	d.Body = append(d.Body,
		titleLines(f.Title())...)
	d.Body = append(d.Body,
		docx.Paragraph{Style: styleInfo, Runs: []docx.Run{{Text: "反馈单位（盖章）：" + f.Unit + "　　联系人：" + blankOr(f.Contact) + "　　联系电话：" + blankOr(f.Phone)}}},
		docx.Paragraph{Style: styleInfo, Runs: []docx.Run{{Text: instruction, Size: 24}}},
	)
	widths := []docx.Twips{docx.MM(11), docx.MM(28), docx.MM(78), docx.MM(36), docx.MM(16), docx.MM(26), docx.MM(48)}
	t := &docx.Table{Widths: widths, HeaderRows: 1}
	var head []docx.TableCell
	for _, c := range formCols {
		head = append(head, cellOf(styleHead, c.head))
	}
	t.Rows = append(t.Rows, docx.TableRow{Cells: head, CantSplit: true})
	for _, r := range f.Rows {
		t.Rows = append(t.Rows, docx.TableRow{CantSplit: true, Cells: []docx.TableCell{
			cellOf(styleCenter, strconv.Itoa(r.Task.No)), cellOf(styleCell, r.Task.Subsection), cellOf(styleCell, r.Task.Text),
			cellOf(styleCell, r.Task.UnitsText), cellOf(styleCenter, r.Role), cellOf(styleCenter, ""), cellOf(styleCell, ""),
		}})
	}
	other := cellOf(styleCell, "", "", "", "")
	other.Span = len(widths) - 2
	label := cellOf(styleHead, "其他意见")
	label.Span = 2
	t.Rows = append(t.Rows, docx.TableRow{Cells: []docx.TableCell{label, other}})
	d.Body = append(d.Body, docx.TableBlock(t),
		docx.Paragraph{Style: styleInfo, Runs: []docx.Run{{Text: NoCommentLine}}})
	return saveAtomic(path, func(out *os.File) error { return docx.Write(out, d) })
}

func blankOr(s string) string {
	if s == "" {
		return "　　　　　　"
	}
	return s
}

// SaveForm writes a unit's form as .xlsx or .docx, as path's extension says.
func (f *Form) Save(path string) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx":
		return f.SaveXLSX(path)
	case ".docx":
		return f.SaveDOCX(path)
	}
	return fmt.Errorf("反馈表只能保存为 .xlsx 或 .docx：%s", filepath.Base(path))
}
