package plan

import "testing"

func TestOffice(t *testing.T) {
	p := &Plan{Tasks: []Task{{No: 1, UnitsText: "县府办牵头"}}}
	d := SeedDirectory(p)
	if unit, name := d.Office(); unit != "县府办" || name != "翁源县人民政府办公室" {
		t.Errorf("seed office: %q %q", unit, name)
	}
	d.Unit("县府办").FullName = ""
	if unit, name := d.Office(); unit != "县府办" || name != "县府办" {
		t.Errorf("no full name: %q %q", unit, name)
	}
	var none *Directory
	if unit, name := none.Office(); unit != "" || name != "县政府办公室" {
		t.Errorf("no directory: %q %q", unit, name)
	}
	if unit, name := (&Directory{}).Office(); unit != "" || name != "县政府办公室" {
		t.Errorf("directory without the office: %q %q", unit, name)
	}
}
