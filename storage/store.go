// Package storage keeps the plans, the unit directory and the ledger in one
// bbolt file. Every change is one transaction: all of it or none of it.
package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterr "go.etcd.io/bbolt/errors"

	"taizhang/app/plan"
	"taizhang/internal/atomicfile"
)

// Bucket names.
var (
	bucketMeta    = []byte("meta")
	bucketPlans   = []byte("plans")
	bucketDirs    = []byte("directories")
	bucketReturns = []byte("returns")
	bucketFiles   = []byte("files")
	bucketImports = []byte("imports")
	// Since schema 3: a plan's reporting periods with their due dates, and
	// each unit's contact.
	bucketPeriods  = []byte("periods")
	bucketContacts = []byte("contacts")
)

var keySchema = []byte("schema")
var keyCurrent = []byte("current_plan")

// ErrLocked means another program has the database open.
var ErrLocked = errors.New("数据库正被另一个程序使用")

// ErrTooNew means a newer version of the program wrote the database.
var ErrTooNew = errors.New("数据库由更新版本的程序写入")

// ErrNoPlan means the database holds no plan yet.
var ErrNoPlan = errors.New("数据库中还没有分工方案")

// sentenceError is one sentence for the clerk that still matches its
// sentinel with errors.Is, without repeating the sentinel's words.
type sentenceError struct {
	text string
	kind error
}

func (e *sentenceError) Error() string        { return e.text }
func (e *sentenceError) Is(target error) bool { return target == e.kind }

// Store is an open database.
type Store struct {
	db   *bolt.DB
	path string
}

// lockWait is how long Open waits for another program to let go.
const lockWait = 700 * time.Millisecond

// FileName is the database's file name, in the config folder and beside
// the program for portable use.
const FileName = "taizhang.db"

// PathIn is where the database lives inside a user config folder:
// taizhang\taizhang.db (under %AppData% on Windows).
func PathIn(configDir string) string { return filepath.Join(configDir, "taizhang", FileName) }

// DefaultPath is the database in the user's config folder.
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("找不到用户配置文件夹：%w", err)
	}
	return PathIn(dir), nil
}

// Open opens (or creates) the database at path and brings its schema up to
// date. A database held by another program fails within a second.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("无法创建数据文件夹《%s》：%w", filepath.Dir(path), err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: lockWait})
	if errors.Is(err, bolterr.ErrTimeout) {
		return nil, &sentenceError{fmt.Sprintf("数据库《%s》正被另一个台账程序使用：请先关闭那个窗口再打开。", path), ErrLocked}
	}
	if err != nil {
		return nil, fmt.Errorf("无法打开数据库《%s》：%w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Path is the database file's location.
func (s *Store) Path() string { return s.path }

// Close releases the database for other programs.
func (s *Store) Close() error { return s.db.Close() }

// Plan returns the plan with id and its directory.
func (s *Store) Plan(id string) (*plan.Plan, *plan.Directory, error) {
	var p plan.Plan
	var d plan.Directory
	err := s.db.View(func(tx *bolt.Tx) error {
		if err := getJSON(tx.Bucket(bucketPlans), []byte(id), &p); err != nil {
			return err
		}
		if err := fillPeriods(tx, &p); err != nil {
			return err
		}
		return getJSON(tx.Bucket(bucketDirs), []byte(id), &d)
	})
	if err != nil {
		return nil, nil, err
	}
	return &p, &d, nil
}

// CurrentPlan returns the plan the clerk works on, or ErrNoPlan.
func (s *Store) CurrentPlan() (*plan.Plan, *plan.Directory, error) {
	var id []byte
	s.db.View(func(tx *bolt.Tx) error {
		id = append(id, tx.Bucket(bucketMeta).Get(keyCurrent)...)
		return nil
	})
	if len(id) == 0 {
		return nil, nil, ErrNoPlan
	}
	return s.Plan(string(id))
}

// PlanInfo names a stored plan.
type PlanInfo struct {
	ID, Title string
	Year      int
	Stage     string // 征求意见稿 or 正式印发
	Version   int    // 1 for a plan's first version
}

// Plans lists the stored plans.
func (s *Store) Plans() ([]PlanInfo, error) {
	var out []PlanInfo
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPlans).ForEach(func(k, v []byte) error {
			var p plan.Plan
			if err := json.Unmarshal(v, &p); err != nil {
				return fmt.Errorf("方案 %s 数据损坏：%w", k, err)
			}
			out = append(out, PlanInfo{ID: p.ID, Title: p.Title, Year: p.Year, Stage: p.StageName(), Version: p.VersionNo()})
			return nil
		})
	})
	return out, err
}

// AddPlan stores a plan with its directory and makes it current, in one
// transaction. An existing plan with the same id is replaced, its returns
// and its periods kept.
func (s *Store) AddPlan(p *plan.Plan, d *plan.Directory) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		if err := putJSON(tx.Bucket(bucketPlans), []byte(p.ID), p); err != nil {
			return err
		}
		if err := seedPeriods(tx, p); err != nil {
			return err
		}
		if err := putJSON(tx.Bucket(bucketDirs), []byte(p.ID), d); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyCurrent, []byte(p.ID))
	})
}

// SetCurrent makes the plan with id the one the program shows.
func (s *Store) SetCurrent(id string) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketPlans).Get([]byte(id)) == nil {
			return fmt.Errorf("没有编号为 %s 的方案", id)
		}
		return tx.Bucket(bucketMeta).Put(keyCurrent, []byte(id))
	})
}

// UpdatePlan reads the plan, lets edit change it and writes it back, all in
// one transaction, so two edits cannot overwrite each other.
func (s *Store) UpdatePlan(id string, edit func(*plan.Plan) error) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		var p plan.Plan
		b := tx.Bucket(bucketPlans)
		if err := getJSON(b, []byte(id), &p); err != nil {
			return err
		}
		if err := edit(&p); err != nil {
			return err
		}
		return putJSON(b, []byte(id), &p)
	})
}

// SaveDirectory replaces the plan's unit directory.
func (s *Store) SaveDirectory(id string, d *plan.Directory) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketPlans).Get([]byte(id)) == nil {
			return fmt.Errorf("没有编号为 %s 的方案", id)
		}
		return putJSON(tx.Bucket(bucketDirs), []byte(id), d)
	})
}

// Backup writes a consistent copy of the database to path while it is open.
func (s *Store) Backup(path string) error {
	// Through a flushed temporary file: a backup cut short by a crash
	// must not sit among the copies under a good name.
	return atomicfile.Write(path, 0o600, func(f *os.File) error {
		return s.db.View(func(tx *bolt.Tx) error {
			_, err := tx.WriteTo(f)
			return err
		})
	})
}

func getJSON(b *bolt.Bucket, key []byte, v any) error {
	raw := b.Get(key)
	if raw == nil {
		return fmt.Errorf("数据库中没有 %s：%w", key, ErrNoPlan)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("数据库中 %s 的数据损坏：%w", key, err)
	}
	return nil
}

func putJSON(b kv, key []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, raw)
}
