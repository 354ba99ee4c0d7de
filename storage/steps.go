package storage

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// The year's steps the clerk has done in a period (templates sent, 催报,
// summary printed, 工作总结 written) leave no other trace in the database;
// these marks live in the meta bucket, so they move with a backup.
var stepPrefix = []byte("step\x00")

func stepKey(planID, period, step string) []byte {
	key := append([]byte{}, stepPrefix...)
	return append(key, planID+"\x00"+period+"\x00"+step...)
}

// MarkStep records that step was done in the plan's period, on date.
func (s *Store) MarkStep(planID, period, step, date string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(stepKey(planID, period, step), []byte(date))
	})
}

// StepsDone gives the steps marked done in the plan's period, each with
// the date it was last done.
func (s *Store) StepsDone(planID, period string) (map[string]string, error) {
	out := map[string]string{}
	prefix := stepKey(planID, period, "")
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketMeta).Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			out[string(k[len(prefix):])] = string(v)
		}
		return nil
	})
	return out, err
}
