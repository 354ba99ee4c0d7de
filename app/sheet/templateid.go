package sheet

// A return template carries a very hidden sheet that says which plan, unit,
// period and template version it was made for, so a returned template is
// read exactly even when the unit renamed the file or retitled the sheet.
const (
	TemplateIDSheet   = "_taizhang"
	TemplateVersion   = "1"
	TemplateKeyPlan   = "plan"
	TemplateKeyUnit   = "unit"
	TemplateKeyPeriod = "period"
	TemplateKeyVer    = "version"
)

// TemplateID reads the identification sheet of a book, if it has one.
func (b *Book) TemplateID() (map[string]string, bool) {
	for _, g := range b.Sheets {
		if g.Name != TemplateIDSheet {
			continue
		}
		id := map[string]string{}
		for _, row := range g.Rows {
			if len(row) >= 2 && row[0] != "" {
				id[row[0]] = row[1]
			}
		}
		return id, id[TemplateKeyUnit] != ""
	}
	return nil, false
}
