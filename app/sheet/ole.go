package sheet

import (
	"errors"

	"taizhang/app/sheet/xls"
)

// readOLE reads an OLE2 compound file: an Excel 97-2003 workbook, or one of
// the other things that share the container (an encrypted .xlsx, a .doc).
func readOLE(data []byte) (*Book, error) {
	sheets, err := xls.Read(data)
	if err != nil {
		var old *xls.OldVersionError
		switch {
		case errors.As(err, &old):
			return nil, oldVersion(old.Version, err)
		case errors.Is(err, xls.ErrEncrypted):
			return nil, refuse(Encrypted, "", err)
		case errors.Is(err, xls.ErrWordDocument):
			return nil, refuse(WordDocument, "", err)
		case errors.Is(err, xls.ErrTooLarge):
			return nil, refuse(TooLarge, "表格内容超出 Excel 的上限", err)
		case errors.Is(err, xls.ErrNotWorkbook):
			return nil, refuse(NotSpreadsheet, "Office 文件，但不是 Excel 工作簿", err)
		}
		return nil, refuse(Damaged, "", err)
	}
	book := &Book{Format: "xls", Sheets: make([]Grid, 0, len(sheets))}
	for _, s := range sheets {
		g := Grid{Name: s.Name, Rows: s.Rows, Hidden: s.Hidden}
		for _, m := range s.Merges {
			g.Merges = append(g.Merges, Merge(m))
		}
		for _, r := range s.HiddenRows {
			g.HiddenRows = markHidden(g.HiddenRows, r, r, 1<<20)
		}
		for _, c := range s.HiddenCols {
			g.HiddenCols = markHidden(g.HiddenCols, c[0], c[1], maxHiddenCols)
		}
		book.Sheets = append(book.Sheets, g)
	}
	return book, nil
}

// oldVersion refuses an Excel 2.1–4.0 workbook, naming its version.
func oldVersion(version string, err error) error {
	return refuse(Unsupported, version+" 格式的旧版工作簿", err)
}
