package plan

// officeAlias is how the plan's directory knows the office that runs the
// plan (the seed's 县府办 has it as an alias).
const officeAlias = "县政府办公室"

// Office is the office that runs the plan: its unit in the directory (""
// when the directory lacks it) and the name it signs and makes tables
// with, the unit's full name (翁源县人民政府办公室 in the seed), else its
// short name, else 县政府办公室, so a renamed directory still prints
// something true. Every sheet, PDF and Word document takes the name from
// here.
func (d *Directory) Office() (unit, name string) {
	if d == nil {
		return "", officeAlias
	}
	unit, collective, ok := d.Resolve(officeAlias)
	if !ok || collective {
		return "", officeAlias
	}
	if u := d.Unit(unit); u != nil && u.FullName != "" {
		return unit, u.FullName
	}
	return unit, unit
}
