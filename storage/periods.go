package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
)

// ErrPeriodNotEmpty means a period still holds returns and cannot be removed.
var ErrPeriodNotEmpty = errors.New("报送期中还有报送记录")

// ErrNoPeriod means the plan has no period of that name.
var ErrNoPeriod = errors.New("没有这个报送期")

// periodRecord is a period as stored under plan NUL name. Seq keeps the
// order periods were added in, for those with no due date.
type periodRecord struct {
	Name string `json:"name"`
	Due  string `json:"due,omitempty"`
	Seq  uint64 `json:"seq"`
}

func periodKey(planID, name string) []byte { return []byte(planID + "\x00" + name) }

// planPeriods reads a plan's periods in the order they fall due.
func planPeriods(tx *bolt.Tx, planID string) ([]plan.Period, error) {
	var recs []periodRecord
	c := tx.Bucket(bucketPeriods).Cursor()
	prefix := []byte(planID + "\x00")
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var r periodRecord
		if err := json.Unmarshal(v, &r); err != nil {
			return nil, fmt.Errorf("报送期记录 %q 损坏：%w", k, err)
		}
		recs = append(recs, r)
	}
	sort.Slice(recs, func(i, j int) bool { return recs[i].Seq < recs[j].Seq })
	out := make([]plan.Period, len(recs))
	for i, r := range recs {
		out[i] = plan.Period{Name: r.Name, Due: r.Due}
	}
	plan.OrderPeriods(out)
	return out, nil
}

// fillPeriods sets the plan's Periods and Due from the stored periods.
func fillPeriods(tx *bolt.Tx, p *plan.Plan) error {
	ps, err := planPeriods(tx, p.ID)
	if err != nil || len(ps) == 0 {
		return err
	}
	p.Periods, p.Due = nil, map[string]string{}
	for _, x := range ps {
		p.Periods = append(p.Periods, x.Name)
		if x.Due != "" {
			p.Due[x.Name] = x.Due
		}
	}
	return nil
}

func putPeriod(tx *bolt.Tx, planID string, r periodRecord) error {
	b := tx.Bucket(bucketPeriods)
	if r.Seq == 0 {
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		r.Seq = seq
	}
	return putJSON(b, periodKey(planID, r.Name), r)
}

func getPeriod(tx *bolt.Tx, planID, name string) (periodRecord, error) {
	var r periodRecord
	raw := tx.Bucket(bucketPeriods).Get(periodKey(planID, name))
	if raw == nil {
		return r, &sentenceError{fmt.Sprintf("方案中没有报送期“%s”。", name), ErrNoPeriod}
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return r, fmt.Errorf("报送期“%s”的记录损坏：%w", name, err)
	}
	return r, nil
}

// listedPeriods is a copy of the periods the plan itself lists, or its
// default period when it lists none.
func listedPeriods(p *plan.Plan) []string {
	if len(p.Periods) == 0 {
		return []string{p.DefaultPeriod()}
	}
	return append([]string{}, p.Periods...)
}

// seedPeriods gives a newly stored plan its periods (the plan's own list,
// or its default period) unless it has some already.
func seedPeriods(tx *bolt.Tx, p *plan.Plan) error {
	if have, err := planPeriods(tx, p.ID); err != nil || len(have) > 0 {
		return err
	}
	for _, n := range listedPeriods(p) {
		if err := putPeriod(tx, p.ID, periodRecord{Name: n, Due: p.Due[n]}); err != nil {
			return err
		}
	}
	return nil
}

// Periods lists a plan's periods in the order they fall due.
func (s *Store) Periods(planID string) ([]plan.Period, error) {
	var out []plan.Period
	err := s.db.View(func(tx *bolt.Tx) (err error) {
		out, err = planPeriods(tx, planID)
		return err
	})
	return out, err
}

// AddPeriod adds a period to a plan; due may be "".
func (s *Store) AddPeriod(planID, name, due string) error {
	name, err := plan.CheckPeriodName(name)
	if err != nil {
		return err
	}
	if due, err = plan.ParseDue(due); err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketPlans).Get([]byte(planID)) == nil {
			return fmt.Errorf("没有编号为 %s 的方案", planID)
		}
		if tx.Bucket(bucketPeriods).Get(periodKey(planID, name)) != nil {
			return fmt.Errorf("报送期“%s”已经存在。", name)
		}
		return putPeriod(tx, planID, periodRecord{Name: name, Due: due})
	})
}

// SetPeriodDue sets (or, with "", clears) a period's due date.
func (s *Store) SetPeriodDue(planID, name, due string) error {
	due, err := plan.ParseDue(due)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		r, err := getPeriod(tx, planID, name)
		if err != nil {
			return err
		}
		r.Due = due
		return putPeriod(tx, planID, r)
	})
}

// RemovePeriod removes a period that holds no returns; a plan keeps at
// least one period.
func (s *Store) RemovePeriod(planID, name string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		if _, err := getPeriod(tx, planID, name); err != nil {
			return err
		}
		if n := countPrefix(tx.Bucket(bucketReturns), periodPrefix(planID, name)); n > 0 {
			return &sentenceError{fmt.Sprintf("报送期“%s”中还有 %d 条报送记录，不能删除：请先撤销这些导入，或改为重命名。", name, n), ErrPeriodNotEmpty}
		}
		all, err := planPeriods(tx, planID)
		if err != nil {
			return err
		}
		if len(all) == 1 {
			return fmt.Errorf("报送期“%s”是方案唯一的报送期，不能删除：请先添加另一个报送期。", name)
		}
		// Records of files whose rows were all empty may remain; they go too.
		if err := deletePrefix(tx.Bucket(bucketFiles), periodPrefix(planID, name)); err != nil {
			return err
		}
		return tx.Bucket(bucketPeriods).Delete(periodKey(planID, name))
	})
}

// RenamePeriod renames a period, moving its returns and its record of
// imported files, and rewriting the undo records of imports into it so
// 撤销上次导入 still puts back the right rows. One transaction.
func (s *Store) RenamePeriod(planID, old, name string) error {
	name, err := plan.CheckPeriodName(name)
	if err != nil {
		return err
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		r, err := getPeriod(tx, planID, old)
		if err != nil || old == name {
			return err
		}
		if tx.Bucket(bucketPeriods).Get(periodKey(planID, name)) != nil {
			return fmt.Errorf("报送期“%s”已经存在，不能把“%s”改成这个名字。", name, old)
		}
		from, to := periodPrefix(planID, old), periodPrefix(planID, name)
		// Returns carry their period's name too.
		err = movePrefix(tx.Bucket(bucketReturns), from, to, func(k, v []byte) ([]byte, error) {
			v, err := renamedReturn(v, name)
			if err != nil {
				return nil, fmt.Errorf("台账记录 %q 损坏：%w", k, err)
			}
			return v, nil
		})
		if err != nil {
			return err
		}
		if err := movePrefix(tx.Bucket(bucketFiles), from, to, nil); err != nil {
			return err
		}
		if err := renameInUndo(tx.Bucket(bucketImports), from, to, name); err != nil {
			return err
		}
		if err := tx.Bucket(bucketPeriods).Delete(periodKey(planID, old)); err != nil {
			return err
		}
		r.Name = name
		return putPeriod(tx, planID, r)
	})
}

func countPrefix(b *bolt.Bucket, prefix []byte) int {
	n := 0
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		n++
	}
	return n
}

type pair struct{ k, v []byte }

// collect copies the pairs under prefix, so the bucket can be changed after.
func collect(b *bolt.Bucket, prefix []byte) []pair {
	var out []pair
	c := b.Cursor()
	k, v := c.First()
	if len(prefix) > 0 {
		k, v = c.Seek(prefix)
	}
	for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		out = append(out, pair{clone(k), clone(v)})
	}
	return out
}

func deletePrefix(b *bolt.Bucket, prefix []byte) error {
	for _, p := range collect(b, prefix) {
		if err := b.Delete(p.k); err != nil {
			return err
		}
	}
	return nil
}

// movePrefix moves the pairs under from to the prefix to; value, when set,
// gives each moved pair its new value.
func movePrefix(b *bolt.Bucket, from, to []byte, value func(k, v []byte) ([]byte, error)) error {
	for _, p := range collect(b, from) {
		v := p.v
		if value != nil {
			var err error
			if v, err = value(p.k, v); err != nil {
				return err
			}
		}
		if err := b.Delete(p.k); err != nil {
			return err
		}
		if err := b.Put(append(clone(to), p.k[len(from):]...), v); err != nil {
			return err
		}
	}
	return nil
}

func renamedReturn(raw []byte, name string) ([]byte, error) {
	var r plan.Return
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, err
	}
	r.Period = name
	return json.Marshal(&r)
}

// renameInUndo rewrites the keys (and returns' periods) that undo records
// hold for the renamed period.
func renameInUndo(b *bolt.Bucket, from, to []byte, name string) error {
	for _, p := range collect(b, nil) {
		u, err := decodeUndo(p.v)
		if err != nil {
			return err
		}
		changed := false
		for i, e := range u.Entries {
			if !bytes.HasPrefix(e.Key, from) {
				continue
			}
			changed = true
			u.Entries[i].Key = append(clone(to), e.Key[len(from):]...)
			if e.Bucket == string(bucketReturns) && e.Before != nil {
				if u.Entries[i].Before, err = renamedReturn(e.Before, name); err != nil {
					return err
				}
			}
		}
		if !changed {
			continue
		}
		raw, err := u.encode()
		if err != nil {
			return err
		}
		if err := b.Put(p.k, raw); err != nil {
			return err
		}
	}
	return nil
}
