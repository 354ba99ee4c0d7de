package storage

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/feedback"
)

// The comments on draft plans, kept apart from the ledger. The buckets are
// made on the first write, so databases of schema 3 take them without a
// migration and reading a database without them finds no comments.
var (
	// planID NUL id(8 bytes) → feedback.Comment
	bucketFeedback = []byte("feedback")
	// planID NUL file hash → the import id that brought the file
	bucketFeedbackFiles = []byte("feedback_files")
	// import id (8 bytes) → feedbackUndo
	bucketFeedbackImports = []byte("feedback_imports")
)

// Reply is one file of comments from one unit, as read.
type Reply struct {
	Name, Hash, Unit string
	Comments         []feedback.Comment
}

// ReplyOutcome says what storing a reply did.
type ReplyOutcome struct {
	Name      string
	Unit      string
	Added     int
	Replaced  int  // the unit's earlier comments the reply replaces
	Unchanged bool // the same file was stored before
}

// FeedbackImport names a stored run of replies, for undo.
type FeedbackImport struct {
	ID    uint64    `json:"id"`
	Plan  string    `json:"plan"`
	At    time.Time `json:"at"`
	Files []string  `json:"files"`
}

// feedbackUndo is what undoing an import must take back: the comments and
// file marks it wrote, and the comments it replaced.
type feedbackUndo struct {
	Info     FeedbackImport     `json:"info"`
	Added    []string           `json:"added"` // keys of bucketFeedback
	Marks    []string           `json:"marks"` // keys of bucketFeedbackFiles
	Replaced []feedback.Comment `json:"replaced"`
}

func commentKey(planID string, id uint64) []byte {
	k := append([]byte(planID), 0)
	return binary.BigEndian.AppendUint64(k, id)
}

func feedbackBuckets(tx *bolt.Tx) (comments, files, imports *bolt.Bucket, err error) {
	if comments, err = tx.CreateBucketIfNotExists(bucketFeedback); err != nil {
		return
	}
	if files, err = tx.CreateBucketIfNotExists(bucketFeedbackFiles); err != nil {
		return
	}
	imports, err = tx.CreateBucketIfNotExists(bucketFeedbackImports)
	return
}

// Comments lists a plan's comments in the order they arrived.
func (s *Store) Comments(planID string) ([]feedback.Comment, error) {
	var out []feedback.Comment
	err := s.db.View(func(tx *bolt.Tx) (err error) {
		out, err = planComments(tx, planID)
		return err
	})
	return out, err
}

func planComments(tx *bolt.Tx, planID string) ([]feedback.Comment, error) {
	b := tx.Bucket(bucketFeedback)
	if b == nil {
		return nil, nil
	}
	var out []feedback.Comment
	prefix := append([]byte(planID), 0)
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && len(k) == len(prefix)+8 && string(k[:len(prefix)]) == string(prefix); k, v = c.Next() {
		var cm feedback.Comment
		if err := json.Unmarshal(v, &cm); err != nil {
			return nil, fmt.Errorf("意见 %d 的数据损坏：%w", binary.BigEndian.Uint64(k[len(prefix):]), err)
		}
		out = append(out, cm)
	}
	return out, nil
}

// PreviewReplies says what storing replies would do, writing nothing.
func (s *Store) PreviewReplies(planID string, replies []Reply) ([]ReplyOutcome, error) {
	var out []ReplyOutcome
	err := s.db.View(func(tx *bolt.Tx) error {
		have, err := planComments(tx, planID)
		if err != nil {
			return err
		}
		files := tx.Bucket(bucketFeedbackFiles)
		seen := map[string]bool{}
		for _, r := range replies {
			o := ReplyOutcome{Name: r.Name, Unit: r.Unit}
			if seen[r.Hash] || files != nil && files.Get(fileMark(planID, r.Hash)) != nil {
				o.Unchanged = true
			} else {
				o.Added = len(r.Comments)
				o.Replaced = countUnit(have, r.Unit)
				have = slices.DeleteFunc(have, func(c feedback.Comment) bool { return c.Unit == r.Unit })
			}
			seen[r.Hash] = true
			out = append(out, o)
		}
		return nil
	})
	return out, err
}

func countUnit(cs []feedback.Comment, unit string) int {
	n := 0
	for _, c := range cs {
		if c.Unit == unit {
			n++
		}
	}
	return n
}

func fileMark(planID, hash string) []byte { return []byte(planID + "\x00" + hash) }

// AddReplies stores replies to a plan as one import, in one transaction.
// A unit's later reply replaces its earlier comments (kept for undo); a
// file stored before changes nothing.
func (s *Store) AddReplies(planID string, replies []Reply, at time.Time) ([]ReplyOutcome, FeedbackImport, error) {
	var out []ReplyOutcome
	u := feedbackUndo{Info: FeedbackImport{Plan: planID, At: at}}
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = nil
		comments, files, imports, err := feedbackBuckets(tx)
		if err != nil {
			return err
		}
		if u.Info.ID, err = imports.NextSequence(); err != nil {
			return err
		}
		for _, r := range replies {
			o, err := addReply(tx, comments, files, planID, r, &u)
			if err != nil {
				return err
			}
			out = append(out, o)
		}
		if len(u.Added) == 0 && len(u.Replaced) == 0 {
			return nil // nothing new: no undo entry
		}
		return putJSON(imports, binary.BigEndian.AppendUint64(nil, u.Info.ID), &u)
	})
	return out, u.Info, err
}

func addReply(tx *bolt.Tx, comments, files *bolt.Bucket, planID string, r Reply, u *feedbackUndo) (ReplyOutcome, error) {
	o := ReplyOutcome{Name: r.Name, Unit: r.Unit}
	mark := fileMark(planID, r.Hash)
	if files.Get(mark) != nil {
		o.Unchanged = true
		return o, nil
	}
	have, err := planComments(tx, planID)
	if err != nil {
		return o, err
	}
	for _, c := range have {
		if c.Unit == r.Unit {
			u.Replaced = append(u.Replaced, c)
			if err := comments.Delete(commentKey(planID, c.ID)); err != nil {
				return o, err
			}
			o.Replaced++
		}
	}
	for _, c := range r.Comments {
		id, err := comments.NextSequence()
		if err != nil {
			return o, err
		}
		c.ID, c.Plan, c.Unit = id, planID, r.Unit
		key := commentKey(planID, id)
		if err := putJSON(comments, key, &c); err != nil {
			return o, err
		}
		u.Added = append(u.Added, string(key))
		o.Added++
	}
	if err := files.Put(mark, binary.BigEndian.AppendUint64(nil, u.Info.ID)); err != nil {
		return o, err
	}
	u.Marks = append(u.Marks, string(mark))
	u.Info.Files = append(u.Info.Files, r.Name)
	return o, nil
}

// ErrNoFeedbackImport means no import of comments is left to undo.
var ErrNoFeedbackImport = errors.New("没有可以撤销的意见导入")

// UndoReplies takes back the last import of comments to a plan in one
// transaction: its comments go, the ones it replaced come back.
func (s *Store) UndoReplies(planID string) (FeedbackImport, error) {
	var info FeedbackImport
	err := s.db.Update(func(tx *bolt.Tx) error {
		comments, files, imports, err := feedbackBuckets(tx)
		if err != nil {
			return err
		}
		var key []byte
		var u feedbackUndo
		c := imports.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if err := json.Unmarshal(v, &u); err != nil {
				return fmt.Errorf("意见导入记录损坏：%w", err)
			}
			if u.Info.Plan == planID {
				key = k
				break
			}
		}
		if key == nil {
			return ErrNoFeedbackImport
		}
		info = u.Info
		for _, k := range u.Added {
			if err := comments.Delete([]byte(k)); err != nil {
				return err
			}
		}
		for _, k := range u.Marks {
			if err := files.Delete([]byte(k)); err != nil {
				return err
			}
		}
		for _, cm := range u.Replaced {
			if err := putJSON(comments, commentKey(cm.Plan, cm.ID), &cm); err != nil {
				return err
			}
		}
		return imports.Delete(key)
	})
	return info, err
}

// ErrNoComment means no comment has the id given.
var ErrNoComment = errors.New("没有这条意见")

// EditComment reads a comment, lets edit change it (the decision, the
// reason, the clerk's wording) and writes it back in one transaction.
func (s *Store) EditComment(planID string, id uint64, edit func(*feedback.Comment) error) (feedback.Comment, error) {
	var cm feedback.Comment
	err := s.db.Update(func(tx *bolt.Tx) error {
		b, _, _, err := feedbackBuckets(tx)
		if err != nil {
			return err
		}
		raw := b.Get(commentKey(planID, id))
		if raw == nil {
			return fmt.Errorf("没有编号为 %d 的意见：请用 feedback list 查看编号（%w）", id, ErrNoComment)
		}
		if err := json.Unmarshal(raw, &cm); err != nil {
			return fmt.Errorf("意见 %d 的数据损坏：%w", id, err)
		}
		if err := edit(&cm); err != nil {
			return err
		}
		return putJSON(b, commentKey(planID, id), &cm)
	})
	return cm, err
}
