package storage

import (
	"testing"
)

// The ledger comes back by task number however many digits the numbers
// have: task 10000 comes after task 1001, not between 1000 and 1001.
func TestReturnsInTaskOrderPastFourDigits(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	if err := s.AddPlan(p, d); err != nil {
		t.Fatal(err)
	}
	f := FileImport{Plan: p.ID, Period: "2018年度", Name: "a.xlsx", Hash: "h1", Unit: "县财政局"}
	for _, task := range []int{10000, 1001, 1000, 9, 12345} {
		f.Returns = append(f.Returns, ret(task, "县财政局", "2018-07-05", "持续推进", "x"), ret(task, "县府办", "2018-07-05", "持续推进", "x"))
	}
	if _, _, err := s.Import([]FileImport{f}); err != nil {
		t.Fatal(err)
	}
	rets, err := s.Returns(p.ID, "2018年度")
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, r := range rets {
		got = append(got, r.Task)
	}
	want := []int{9, 9, 1000, 1000, 1001, 1001, 10000, 10000, 12345, 12345}
	if len(got) != len(want) {
		t.Fatalf("%v", got)
	}
	for i := range want {
		if got[i] != want[i] || (i%2 == 1 && rets[i].Unit < rets[i-1].Unit) {
			t.Fatalf("order %v", got)
		}
	}
}
