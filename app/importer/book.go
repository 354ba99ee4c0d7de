package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime/debug"
	"strings"

	"taizhang/app/sheet"
)

// ReadAll reads every return a file holds: each sheet holding a return is
// read under the unit it names. Sheets without a return table (instructions,
// a chart) are passed over quietly; a hidden sheet, or one whose table is
// left blank, is passed over with a line saying so. There is always at
// least one result; a refused file gives exactly one.
func ReadAll(name string, data []byte, modDate string, ctx Context) (results []*Result) {
	defer func() {
		// A bug on a strange table must cost this file, not the import.
		if v := recover(); v != nil {
			results = []*Result{{Path: name, Name: baseName(name), Err: &ReadPanic{File: baseName(name), Value: v, Stack: debug.Stack()}}}
		}
	}()
	sum := sha256.Sum256(data)
	base := Result{Path: name, Name: baseName(name), Hash: hex.EncodeToString(sum[:16])}
	if ctx.Period == "" {
		ctx.Period = ctx.Plan.DefaultPeriod()
	}
	base.Plan, base.Period = ctx.Plan.ID, ctx.Period
	refuse := func(err error) []*Result {
		res := base
		res.Err = err
		return []*Result{&res}
	}
	book, err := sheet.Read(base.Name, data)
	if err != nil {
		return refuse(err)
	}
	base.Format = book.Format
	for i := range book.Sheets {
		book.Sheets[i].FillMerges()
	}
	tables, notes := visibleTables(book, findTables(book, ctx.fields))
	if len(tables) == 0 {
		return refuse(fmt.Errorf("《%s》中找不到落实情况表（需要有“序号”或“具体要求”列，以及“落实情况”列）：请确认这是本方案的落实情况表。", base.Name))
	}
	if t := tables[0]; len(tables) == 1 && t.textHidden {
		g := &book.Sheets[t.sheet]
		return refuse(fmt.Errorf("《%s》的落实情况列（%s）被隐藏了，隐藏的内容不作为落实情况导入：请在表格中取消隐藏（或删去这一列）后再导入。",
			base.Name, columnLabel(g, &t, t.hidden[0].col)))
	}
	if ctx.match == nil {
		ctx = ctx.Prepared()
	}
	for i := range tables {
		res := base
		res.readSheet(book, &tables[i], modDate, ctx, len(tables) > 1)
		results = append(results, &res)
	}
	if len(results) > 1 {
		results, notes = keepFilled(results, notes)
	}
	if len(results) > 1 {
		var sheets []string
		for _, r := range results {
			sheets = append(sheets, "“"+r.Sheet+"”")
			r.Hash = base.Hash + "-" + r.Sheet // each sheet is its own return
			for i := range r.Returns {
				r.Returns[i].FileHash = r.Hash
			}
		}
		notes = append([]string{fmt.Sprintf("工作簿中有 %d 份落实情况（工作表%s），各按所填单位分别导入", len(results), strings.Join(sheets, ""))}, notes...)
		results = mergeSameUnit(results)
	}
	results[0].Warnings = append(notes, results[0].Warnings...)
	return results
}

// ReadPanic is the refusal of a file whose reading hit a bug: the clerk
// reads one sentence, the value and stack are kept for whoever fixes it.
type ReadPanic struct {
	File  string
	Value any
	Stack []byte
}

func (e *ReadPanic) Error() string {
	return "《" + e.File + "》读取时遇到程序内部错误：请把这个文件发给软件维护人员，并请报送单位另存为 .xlsx 后重新发送。"
}

// visibleTables leaves out tables on hidden sheets when a visible sheet has
// one: a hidden sheet is something the unit set aside.
func visibleTables(book *sheet.Book, tables []table) ([]table, []string) {
	var shown []table
	var notes []string
	for _, t := range tables {
		if !book.Sheets[t.sheet].Hidden {
			shown = append(shown, t)
		}
	}
	if len(shown) == 0 || len(shown) == len(tables) {
		return tables, nil
	}
	for _, t := range tables {
		if book.Sheets[t.sheet].Hidden {
			notes = append(notes, "工作表“"+book.Sheets[t.sheet].Name+"”是隐藏的，其中的表格未导入")
		}
	}
	return shown, notes
}

// keepFilled drops, from a workbook of several returns, the sheets that
// hold no answers (a blank copy of the form), saying which.
func keepFilled(results []*Result, notes []string) ([]*Result, []string) {
	var kept []*Result
	for _, r := range results {
		if len(r.Returns) > 0 || len(r.Unmatched) > 0 || r.Err != nil {
			kept = append(kept, r)
		} else {
			notes = append(notes, "工作表“"+r.Sheet+"”的表格没有填写内容，未导入")
		}
	}
	if len(kept) == 0 {
		return results[:1], notes
	}
	return kept, notes
}

// mergeSameUnit joins returns of one unit spread over several sheets into
// the first of them; a task on two sheets keeps the later sheet's row.
func mergeSameUnit(results []*Result) []*Result {
	var out []*Result
	first := map[string]*Result{}
	for _, r := range results {
		f, ok := first[r.Unit]
		if r.Unit == "" || r.Err != nil || !ok {
			out = append(out, r)
			if r.Unit != "" && r.Err == nil {
				first[r.Unit] = r
			}
			continue
		}
		f.Warnings = append(f.Warnings, fmt.Sprintf("工作表“%s”也是%s的落实情况，与工作表“%s”合并导入", r.Sheet, r.Unit, f.Sheet))
		f.Warnings = append(f.Warnings, r.Warnings...)
		f.Unmatched = append(f.Unmatched, r.Unmatched...)
		f.Skipped += r.Skipped
		at := map[int]int{}
		for i, ret := range f.Returns {
			at[ret.Task] = i
		}
		for _, ret := range r.Returns {
			ret.FileHash = f.Hash
			if i, dup := at[ret.Task]; dup {
				f.Warnings = append(f.Warnings, fmt.Sprintf("第 %d 项在工作表“%s”和“%s”都填了，取工作表“%s”", ret.Task, f.Sheet, r.Sheet, r.Sheet))
				f.Returns[i] = ret
				continue
			}
			at[ret.Task] = len(f.Returns)
			f.Returns = append(f.Returns, ret)
		}
	}
	return out
}

// readSheet reads the return in table t.
func (res *Result) readSheet(book *sheet.Book, t *table, modDate string, ctx Context, several bool) {
	g := &book.Sheets[t.sheet]
	res.Sheet = g.Name
	meta := readMeta(g, t.headerTop)
	res.Date, res.Contact, res.Phone = meta.date, meta.person, meta.phone
	res.Warnings = append(res.Warnings, t.notes...)
	res.noteHidden(g, t)
	if res.Date == "" {
		res.Date = modDate
		res.Warnings = append(res.Warnings, "表中没有填报日期，按文件修改日期 "+modDate+" 计")
	}
	id, fromTemplate := book.TemplateID()
	if tp := id[sheet.TemplateKeyPeriod]; fromTemplate && tp != "" && ctx.Plan.HasPeriod(tp) {
		ctx.Period = tp
		res.Period = ctx.Period
	} else if fromTemplate && tp != "" && tp != ctx.Period {
		res.Warnings = append(res.Warnings, fmt.Sprintf("模板是为报送期“%s”生成的，方案中已没有这个报送期，按“%s”计", tp, ctx.Period))
	}
	res.decideUnit(ctx, meta, id, fromTemplate, g.Name, several)
	if t.textHidden {
		res.Err = fmt.Errorf("《%s》工作表“%s”的落实情况列（%s）被隐藏了，隐藏的内容不作为落实情况导入：请取消隐藏后再导入。",
			res.Name, g.Name, columnLabel(g, t, t.hidden[0].col))
		return
	}
	res.readRows(g, t, ctx.match, ctx)
	if res.Err == nil && res.Unit == "" {
		res.NeedsUnit = true
		where := ""
		if several {
			where = "工作表“" + g.Name + "”"
		}
		res.Err = fmt.Errorf("《%s》%s看不出是哪个单位报送的（没有可识别的填报单位，文件名中也没有单位名称）：请选择报送单位，或在命令行用 --unit 指定。", res.Name, where)
	}
}

// fieldNames name the answer columns in the preview's lines.
var fieldNames = map[Field]string{
	FieldText: "落实情况", FieldStatus: "完成状态", FieldProblems: "存在问题",
	FieldNext: "下一步工作计划", FieldEvidence: "佐证材料", FieldRemark: "备注",
}

// noteHidden says which hidden answer columns were left unread.
func (res *Result) noteHidden(g *sheet.Grid, t *table) {
	for _, h := range t.hidden {
		line := columnLabel(g, t, h.col) + "是隐藏列，未作为" + fieldNames[h.field] + "读取"
		if c, ok := t.cols[h.field]; ok {
			line += "（" + fieldNames[h.field] + "按" + columnLabel(g, t, c) + "读取）"
		}
		res.Warnings = append(res.Warnings, line)
	}
}

func baseName(name string) string {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		return name[i+1:]
	}
	return name
}
