package storage

import (
	"encoding/json"
	"testing"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
)

func oneReturn(name, date, text string) FileImport {
	return FileImport{Plan: "2018-test", Period: "2018年度", Name: name, Hash: name, Unit: "县财政局",
		Returns: []plan.Return{ret(2, "县财政局", date, "持续推进", text)}}
}

// A batch remembers the returns it wrote so as not to decode them again;
// what another import wrote to the same return in between must still be
// merged, not hidden behind the remembered value.
func TestBatchSeesWritesBetweenItsTransactions(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	b := s.NewBatch()
	if _, err := b.Add([]FileImport{oneReturn("a.xlsx", "2018-07-01", "一")}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Import([]FileImport{oneReturn("b.xlsx", "2018-07-02", "二")}); err != nil {
		t.Fatal(err)
	}
	out, err := b.Add([]FileImport{oneReturn("c.xlsx", "2018-07-03", "三")})
	if err != nil || out[0].Count[plan.Updated] != 1 {
		t.Fatalf("%+v %v", out, err)
	}
	rets, _ := s.Returns(p.ID, "2018年度")
	if len(rets) != 1 || rets[0].Text != "三" || len(rets[0].History) != 2 ||
		rets[0].History[0].Text != "一" || rets[0].History[1].Text != "二" {
		t.Fatalf("ledger %+v", rets)
	}
}

// Within one batch a return written by one transaction is the one the
// next merges with: the history grows by one each time, whichever way the
// value was found.
func TestBatchKeepsHistoryAcrossItsTransactions(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	b := s.NewBatch()
	texts := []string{"一", "二", "三", "四"}
	for i, text := range texts {
		f := oneReturn(text+".xlsx", "2018-07-0"+string(rune('1'+i)), text)
		if _, err := b.Add([]FileImport{f}); err != nil {
			t.Fatal(err)
		}
	}
	rets, _ := s.Returns(p.ID, "2018年度")
	if len(rets) != 1 || rets[0].Text != "四" || len(rets[0].History) != 3 || rets[0].History[2].Text != "三" {
		t.Fatalf("ledger %+v", rets)
	}
	if _, err := s.UndoLastImport(); err != nil {
		t.Fatal(err)
	}
	if rets, _ = s.Returns(p.ID, "2018年度"); len(rets) != 0 {
		t.Fatalf("undo left %+v", rets)
	}
}

// An import keeps each key's value from before it once, in the
// transaction that first changed it, however often its later files change
// the key again; undoing it puts that value back.
func TestBatchUndoSavesEachEarlierValueOnce(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	if _, _, err := s.Import([]FileImport{oneReturn("0.xlsx", "2018-06-30", "零")}); err != nil {
		t.Fatal(err)
	}
	b := s.NewBatch()
	for _, group := range [][]FileImport{
		{oneReturn("1.xlsx", "2018-07-01", "一")},
		{oneReturn("2.xlsx", "2018-07-02", "二"), oneReturn("3.xlsx", "2018-07-03", "三")},
		{oneReturn("4.xlsx", "2018-07-04", "四")},
	} {
		if _, err := b.Add(group); err != nil {
			t.Fatal(err)
		}
	}
	key := string(returnKey(p.ID, "2018年度", 2, "县财政局"))
	var befores [][]byte
	s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketImports).Cursor()
		for k, v := c.Seek(undoKey(b.Info().ID, 0)); k != nil; k, v = c.Next() {
			u, err := decodeUndo(v)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range u.Entries {
				if e.Bucket == string(bucketReturns) && string(e.Key) == key {
					befores = append(befores, e.Before)
				}
			}
		}
		return nil
	})
	var first plan.Return
	if len(befores) != 1 || json.Unmarshal(befores[0], &first) != nil || first.Text != "零" {
		t.Fatalf("the return's earlier values in the undo records: %q", befores)
	}
	if _, err := s.UndoLastImport(); err != nil {
		t.Fatal(err)
	}
	rets, _ := s.Returns(p.ID, "2018年度")
	if len(rets) != 1 || rets[0].Text != "零" || len(rets[0].History) != 0 {
		t.Fatalf("after undo %+v", rets)
	}
	for _, name := range []string{"1.xlsx", "3.xlsx", "4.xlsx"} {
		if out, err := s.Preview([]FileImport{oneReturn(name, "2018-07-09", name)}); err != nil || out[0].AlreadyImported {
			t.Fatalf("%s still counts as imported after undo: %+v %v", name, out, err)
		}
	}
}

// When the import's first transactions were undone before its next one,
// the next saves the earlier values again: their record is gone.
func TestBatchUndoneMidwaySavesAgain(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	b := s.NewBatch()
	if _, err := b.Add([]FileImport{oneReturn("1.xlsx", "2018-07-01", "一")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UndoLastImport(); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add([]FileImport{oneReturn("2.xlsx", "2018-07-02", "二")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UndoLastImport(); err != nil {
		t.Fatal(err)
	}
	if rets, _ := s.Returns(p.ID, "2018年度"); len(rets) != 0 {
		t.Fatalf("after both undos %+v", rets)
	}
}

// Whatever way a batch encoded a return (whole, or after the one it
// pushed into the history), the ledger holds what encoding/json writes.
func TestBatchStoresWhatEncodingJSONWrites(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	b := s.NewBatch()
	for i, date := range []string{"2018-07-05", "2018-07-07", "2018-07-01", "2018-07-09", "2018-07-03", "2018-07-11"} {
		f := oneReturn(date+".xlsx", date, "第"+date+"份<&>")
		f.Returns = append(f.Returns, ret(1, "县财政局", date, "已完成", date))
		if _, err := b.Add([]FileImport{f}); err != nil {
			t.Fatal(i, err)
		}
	}
	n := 0
	s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketReturns).ForEach(func(k, v []byte) error {
			var r plan.Return
			if err := json.Unmarshal(v, &r); err != nil {
				t.Fatal(err)
			}
			if want, _ := json.Marshal(r); string(v) != string(want) || len(r.History) != 5 {
				t.Fatalf("%q holds\n%s\nnot\n%s", k, v, want)
			}
			n++
			return nil
		})
	})
	if n != 2 {
		t.Fatalf("%d returns", n)
	}
}
