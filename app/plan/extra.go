package plan

import (
	"encoding/json"
	"strings"
)

// ExtraColumn is one column a unit added to its return: its header as
// written and the text of the task's cell.
type ExtraColumn struct {
	Header string
	Text   string
}

// EncodeExtra packs extra columns, in the order of the table, into the
// string Values.Extra stores: a JSON list of [header, text] pairs, readable
// in the database and comparable as a whole. Columns with no text are left
// out; no columns give "".
func EncodeExtra(cols []ExtraColumn) string {
	var pairs [][2]string
	for _, c := range cols {
		if strings.TrimSpace(c.Text) != "" {
			pairs = append(pairs, [2]string{c.Header, c.Text})
		}
	}
	if len(pairs) == 0 {
		return ""
	}
	b, err := json.Marshal(pairs)
	if err != nil {
		return "" // strings always marshal
	}
	return string(b)
}

// ExtraColumns returns the columns the unit added, in the table's order.
func (v Values) ExtraColumns() []ExtraColumn {
	if v.Extra == "" {
		return nil
	}
	var pairs [][2]string
	if json.Unmarshal([]byte(v.Extra), &pairs) != nil {
		return []ExtraColumn{{Header: "其他", Text: v.Extra}} // never hide what was stored
	}
	out := make([]ExtraColumn, len(pairs))
	for i, p := range pairs {
		out[i] = ExtraColumn{Header: p[0], Text: p[1]}
	}
	return out
}

// ExtraText is the extra columns as one line per column, "责任人：张伟",
// for a detail view or a printed 备注.
func (v Values) ExtraText() string {
	var lines []string
	for _, c := range v.ExtraColumns() {
		lines = append(lines, c.Header+"："+c.Text)
	}
	return strings.Join(lines, "\n")
}

// PrintedRemark is what the summary prints under 备注: the unit's own 备注,
// or, when it left that empty, the columns it added ("完成时间：2018年6月").
func (v Values) PrintedRemark() string {
	if v.Remark != "" {
		return v.Remark
	}
	return v.ExtraText()
}
