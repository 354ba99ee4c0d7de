package report

import (
	"fmt"
	"reflect"

	"github.com/xuri/excelize/v2"
)

// fittedRows turns rows from..to of the n-th sheet (1-based, of a new
// workbook) into rows that fit their text: the height stays as a starting
// point but loses customHeight, so Excel, WPS and LibreOffice refit the
// row when it is opened or typed in. excelize marks every height it sets
// as custom and has no option against it; the worksheet's rows are
// exported fields of an unexported type, reached here by reflection.
func fittedRows(f *excelize.File, n, from, to int) error {
	ws, ok := f.Sheet.Load(fmt.Sprintf("xl/worksheets/sheet%d.xml", n))
	if !ok {
		return fmt.Errorf("工作表 %d 不存在", n)
	}
	rows := reflect.ValueOf(ws).Elem().FieldByName("SheetData").FieldByName("Row")
	if !rows.IsValid() {
		return fmt.Errorf("无法设置行高：表格库的结构已变")
	}
	for i := from - 1; i < to && i < rows.Len(); i++ {
		if custom := rows.Index(i).FieldByName("CustomHeight"); custom.IsValid() && custom.CanSet() {
			custom.SetBool(false)
		}
	}
	return nil
}
