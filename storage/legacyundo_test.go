package storage

import (
	"encoding/json"
	"testing"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
)

// Databases made before undo records became binary hold them as JSON: an
// import undone, a period renamed and the last import listed all still read
// them.
func TestLegacyJSONUndoRecords(t *testing.T) {
	s, _ := openTemp(t)
	defer s.Close()
	p, d := testPlan()
	s.AddPlan(p, d)
	f1 := FileImport{Plan: p.ID, Period: "2018年度", Name: "a.xlsx", Hash: "h1", Unit: "县财政局",
		Returns: []plan.Return{ret(1, "县财政局", "2018-07-05", "持续推进", "一")}}
	f2 := FileImport{Plan: p.ID, Period: "2018年度", Name: "b.xlsx", Hash: "h2", Unit: "县财政局",
		Returns: []plan.Return{ret(1, "县财政局", "2018-07-20", "已完成", "一（更新）")}}
	s.Import([]FileImport{f1})
	s.Import([]FileImport{f2})
	// Rewrite every undo record the way the older program wrote it.
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketImports)
		type entry struct {
			Bucket string `json:"b"`
			Key    []byte `json:"k"`
			Before []byte `json:"v"`
		}
		type record struct {
			Info    ImportInfo `json:"info"`
			Entries []entry    `json:"entries"`
		}
		old := map[string][]byte{}
		err := b.ForEach(func(k, v []byte) error {
			u, err := decodeUndo(v)
			if err != nil {
				return err
			}
			rec := record{Info: u.Info}
			for _, e := range u.Entries {
				rec.Entries = append(rec.Entries, entry{e.Bucket, e.Key, e.Before})
			}
			raw, err := json.Marshal(rec)
			old[string(k)] = raw
			return err
		})
		if err != nil {
			return err
		}
		for k, v := range old {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RenamePeriod(p.ID, "2018年度", "2018年全年"); err != nil {
		t.Fatalf("rename over JSON undo records: %v", err)
	}
	last, err := s.LastImport()
	if err != nil || len(last.Files) != 1 || last.Files[0] != "b.xlsx" {
		t.Fatalf("last import %+v, %v", last, err)
	}
	if _, err := s.UndoLastImport(); err != nil {
		t.Fatal(err)
	}
	rets, _ := s.Returns(p.ID, "2018年全年")
	if len(rets) != 1 || rets[0].Text != "一" {
		t.Fatalf("after undo %+v", rets)
	}
}
