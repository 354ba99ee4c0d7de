package xls

import "taizhang/app/sheet/numfmt"

// numberText renders a number as the cell's number format shows it (see
// package numfmt, shared with the .xlsx reader).
func (wb *workbook) numberText(v float64, xf int) string {
	k := numfmt.General
	if xf >= 0 && xf < len(wb.xfKind) {
		k = wb.xfKind[xf]
	}
	return numfmt.Text(v, k, wb.date1904)
}

// formatKind classifies number format id: a FORMAT record overrides the
// built-in meaning of an id.
func (wb *workbook) formatKind(id uint16) numfmt.Kind {
	if f, ok := wb.formats[id]; ok {
		return numfmt.Classify(f)
	}
	return numfmt.Builtin(int(id))
}
