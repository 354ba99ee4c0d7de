package plan

// Return is one unit's report on one task for one reporting period: the
// row of the ledger (台账). Earlier values it replaced stay in History.
type Return struct {
	Plan     string     `json:"plan"`
	Period   string     `json:"period"`
	Task     int        `json:"task"`
	Unit     string     `json:"unit"` // canonical name
	Values              // what the unit wrote
	Date     string     `json:"date"` // 填报日期, 2006-01-02
	File     string     `json:"file"` // base name of the file it came from
	FileHash string     `json:"file_hash"`
	Imported string     `json:"imported"` // when, RFC 3339
	History  []Revision `json:"history,omitempty"`
}

// Values are the cells a unit fills in for a task.
type Values struct {
	Status   string `json:"status"` // one of Statuses, or "" when the unit wrote none
	Text     string `json:"text"`   // 落实情况
	Problems string `json:"problems"`
	Next     string `json:"next"`
	Evidence string `json:"evidence"`
	Remark   string `json:"remark"`
	// RawStatus keeps the word the unit wrote when it was not in the
	// vocabulary, so nothing is lost.
	RawStatus string `json:"raw_status,omitempty"`
	// Extra holds the columns the unit added beyond the known ones
	// (完成时间, 责任人…), encoded by EncodeExtra so that Values stay
	// comparable; ExtraColumns reads them back.
	Extra string `json:"extra,omitempty"`
}

// StatusText is what a 完成状态 cell shows: the status, or the word the
// unit wrote when it is not in the vocabulary.
func (v Values) StatusText() string {
	if v.Status != "" {
		return v.Status
	}
	return v.RawStatus
}

// Revision is an earlier value of a return, kept when a later one replaced
// it (or an older file arrived after a newer one).
type Revision struct {
	Values
	Date     string `json:"date"`
	File     string `json:"file"`
	FileHash string `json:"file_hash"`
	Imported string `json:"imported"`
}

// Revision captures the return's current values for its history.
func (r *Return) Revision() Revision {
	return Revision{Values: r.Values, Date: r.Date, File: r.File, FileHash: r.FileHash, Imported: r.Imported}
}
