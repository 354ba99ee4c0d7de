package seeds

import (
	"encoding/json"
	"testing"
)

func TestDefault(t *testing.T) {
	p, d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Sections) != 4 || len(p.Tasks) != 57 {
		t.Fatalf("sections %d tasks %d", len(p.Sections), len(p.Tasks))
	}
	subs := 0
	for _, s := range p.Sections {
		subs += len(s.Subsections)
	}
	if subs != 15 {
		t.Fatalf("subsections %d", subs)
	}
	for i, tk := range p.Tasks {
		if tk.No != i+1 {
			t.Fatalf("task %d numbered %d", i+1, tk.No)
		}
	}
	if p.Year != 2018 || p.DefaultPeriod() != "2018年度" {
		t.Fatalf("year %d period %s", p.Year, p.DefaultPeriod())
	}
	b, _ := json.MarshalIndent(d, "", " ")
	t.Logf("%s", b)
}
