package storage

import (
	"encoding/json"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
)

// Contacts are kept by canonical unit name, not by plan: the same 县财政局
// answers next year's plan too.

// Contacts returns every unit's contact by unit name.
func (s *Store) Contacts() (map[string]plan.Contact, error) {
	out := map[string]plan.Contact{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketContacts).ForEach(func(k, v []byte) error {
			c, err := decodeContact(string(k), v)
			if err != nil {
				return err
			}
			out[string(k)] = c
			return nil
		})
	})
	return out, err
}

// EditContact reads a unit's contact, lets edit change it and writes it
// back in one transaction.
func (s *Store) EditContact(unit string, edit func(*plan.Contact)) error {
	unit = strings.TrimSpace(unit)
	if unit == "" {
		return fmt.Errorf("没有给出单位名称")
	}
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketContacts)
		c, err := readContact(b, unit)
		if err != nil {
			return err
		}
		edit(&c)
		return putJSON(b, []byte(unit), &c)
	})
}

func readContact(b kv, unit string) (plan.Contact, error) {
	if raw := b.Get([]byte(unit)); raw != nil {
		return decodeContact(unit, raw)
	}
	return plan.Contact{}, nil
}

func decodeContact(unit string, raw []byte) (plan.Contact, error) {
	var c plan.Contact
	if err := json.Unmarshal(raw, &c); err != nil {
		return c, fmt.Errorf("单位“%s”的联系人记录损坏：%w", unit, err)
	}
	return c, nil
}

// fillContact takes the 填报人 and 联系电话 of an imported file into its
// unit's contact. It is not part of the import's undo record: the person
// and phone a unit gave stay known even if the rows are taken back, and
// undoing must never put back a value over one the clerk typed since.
func fillContact(b kv, f FileImport) error {
	if f.Unit == "" || (f.Contact == "" && f.Phone == "") {
		return nil
	}
	c, err := readContact(b, f.Unit)
	if err != nil {
		return err
	}
	if !c.FromReturn(f.Contact, f.Phone, f.Date) {
		return nil
	}
	return putJSON(b, []byte(f.Unit), &c)
}
