package storage

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
)

// SchemaVersion is the layout this program writes.
const SchemaVersion = 3

// migrations[i] brings a database from version i+1 to i+2.
var migrations = []func(tx *bolt.Tx) error{
	migrate1to2,
	migrate2to3,
}

// migrate creates the buckets of a new database and upgrades an old one in
// one transaction; a database from a newer program is left untouched.
func (s *Store) migrate() error {
	return s.db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		version := SchemaVersion
		if raw := meta.Get(keySchema); raw != nil {
			if version, err = strconv.Atoi(string(raw)); err != nil {
				return fmt.Errorf("数据库《%s》的版本标记损坏", s.path)
			}
		} else if tx.Bucket(bucketPlans) != nil {
			version = 1 // the first layout wrote no version key
		}
		if version > SchemaVersion {
			return &sentenceError{fmt.Sprintf("数据库《%s》由更新版本（数据版本 %d）的台账程序写入，本程序只认得版本 %d：请升级程序后再打开。",
				s.path, version, SchemaVersion), ErrTooNew}
		}
		for _, name := range [][]byte{bucketPlans, bucketDirs, bucketReturns, bucketFiles, bucketImports, bucketPeriods, bucketContacts} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		for v := version; v < SchemaVersion; v++ {
			if err := migrations[v-1](tx); err != nil {
				return fmt.Errorf("数据库从版本 %d 升级失败：%w", v, err)
			}
		}
		return meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
	})
}

// migrate1to2 adds reporting periods: version 1 keyed returns by plan, task
// and unit; version 2 puts the period between plan and task. Old returns go
// into their plan's first period.
func migrate1to2(tx *bolt.Tx) error {
	rets := tx.Bucket(bucketReturns)
	type old struct{ key, val []byte }
	var olds []old
	if err := rets.ForEach(func(k, v []byte) error {
		if bytes.Count(k, sep) == 2 {
			olds = append(olds, old{append([]byte{}, k...), append([]byte{}, v...)})
		}
		return nil
	}); err != nil {
		return err
	}
	for _, o := range olds {
		parts := bytes.Split(o.key, sep)
		var p plan.Plan
		if err := getJSON(tx.Bucket(bucketPlans), parts[0], &p); err != nil {
			return err
		}
		if len(p.Periods) == 0 {
			p.Periods = []string{p.DefaultPeriod()}
			if err := putJSON(tx.Bucket(bucketPlans), parts[0], &p); err != nil {
				return err
			}
		}
		var r plan.Return
		if err := json.Unmarshal(o.val, &r); err != nil {
			return err
		}
		r.Period = p.Periods[0]
		task, _ := strconv.Atoi(string(parts[1]))
		if err := rets.Delete(o.key); err != nil {
			return err
		}
		if err := putJSON(rets, returnKey(string(parts[0]), r.Period, task, string(parts[2])), &r); err != nil {
			return err
		}
	}
	return nil
}

// migrate2to3 gives periods a record of their own, with a due date (none
// yet): each plan's listed periods in order, then any period its returns
// name that the list lacks, so no return is left outside a period. The
// returns themselves stay where they are.
func migrate2to3(tx *bolt.Tx) error {
	return tx.Bucket(bucketPlans).ForEach(func(k, v []byte) error {
		var p plan.Plan
		if err := json.Unmarshal(v, &p); err != nil {
			return fmt.Errorf("方案 %s 数据损坏：%w", k, err)
		}
		names := listedPeriods(&p)
		seen := map[string]bool{}
		for _, n := range names {
			seen[n] = true
		}
		prefix := append(clone(k), sep...)
		c := tx.Bucket(bucketReturns).Cursor()
		for rk, _ := c.Seek(prefix); rk != nil && bytes.HasPrefix(rk, prefix); rk, _ = c.Next() {
			if parts := bytes.Split(rk, sep); len(parts) == 4 && !seen[string(parts[1])] {
				seen[string(parts[1])] = true
				names = append(names, string(parts[1]))
			}
		}
		for _, n := range names {
			if err := putPeriod(tx, p.ID, periodRecord{Name: n}); err != nil {
				return err
			}
		}
		return nil
	})
}
