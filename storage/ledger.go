package storage

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"taizhang/app/plan"
)

// sep separates the parts of a key; no name contains a NUL.
var sep = []byte{0}

func returnKey(planID, period string, task int, unit string) []byte {
	return []byte(fmt.Sprintf("%s\x00%s\x00%04d\x00%s", planID, period, task, unit))
}

func periodPrefix(planID, period string) []byte {
	return []byte(planID + "\x00" + period + "\x00")
}

func fileKey(planID, period, hash string) []byte {
	return []byte(planID + "\x00" + period + "\x00" + hash)
}

// Returns lists the ledger of one plan and period, by task then unit name.
func (s *Store) Returns(planID, period string) ([]plan.Return, error) {
	var out []plan.Return
	err := s.db.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketReturns).Cursor()
		prefix := periodPrefix(planID, period)
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			var r plan.Return
			if err := json.Unmarshal(v, &r); err != nil {
				return fmt.Errorf("台账记录 %q 损坏：%w", k, err)
			}
			out = append(out, r)
		}
		return nil
	})
	// Keys carry the task as %04d, which orders task 10000 between 1000
	// and 1001; within a task the units are already in order.
	slices.SortStableFunc(out, func(a, b plan.Return) int { return cmp.Compare(a.Task, b.Task) })
	return out, err
}

// FileImport is one return file, read and matched, ready to be written.
type FileImport struct {
	Plan, Period string
	Name         string // the file's base name
	Hash         string // of its bytes: the same file twice is recognised
	Unit         string
	Returns      []plan.Return
	// Who filled it in and how to reach them (the 填报人 and 联系电话
	// lines), and its 填报日期: they update the unit's contact.
	Contact, Phone, Date string
}

// FileOutcome is what one file did, or would do, to the ledger.
type FileOutcome struct {
	AlreadyImported bool   // these exact bytes were imported before
	FirstName       string // the name they were imported under then
	Count           map[plan.Change]int
	Changes         map[int]plan.Change // by task number
}

// ImportInfo describes a committed import, for 撤销上次导入.
type ImportInfo struct {
	ID    uint64    `json:"id"`
	At    time.Time `json:"at"`
	Files []string  `json:"files"`
}

// undoEntry is a key's value before an import changed it (nil: absent).
type undoEntry struct {
	Bucket string
	Key    []byte
	Before []byte
}

// undoPart is the undo record of one transaction of an import.
type undoPart struct {
	Info    ImportInfo
	Entries []undoEntry
}

// encode writes the record as the info in JSON followed by the entries as
// length-prefixed bytes: undo records hold whole ledger values, and JSON
// would spend more time base64-encoding them than the import itself.
func (u *undoPart) encode() ([]byte, error) {
	info, err := json.Marshal(u.Info)
	if err != nil {
		return nil, err
	}
	buf := binary.AppendUvarint(nil, uint64(len(info)))
	buf = append(buf, info...)
	for _, e := range u.Entries {
		buf = appendBytes(buf, []byte(e.Bucket))
		buf = appendBytes(buf, e.Key)
		if e.Before == nil {
			buf = append(buf, 0)
			continue
		}
		buf = append(buf, 1)
		buf = appendBytes(buf, e.Before)
	}
	return buf, nil
}

func appendBytes(buf, b []byte) []byte {
	return append(binary.AppendUvarint(buf, uint64(len(b))), b...)
}

var errBadUndo = errors.New("撤销记录损坏")

// legacyUndo is the JSON form undo records had before the binary one;
// databases made then still hold up to ten of them.
type legacyUndo struct {
	Info    ImportInfo `json:"info"`
	Entries []struct {
		Bucket string `json:"b"`
		Key    []byte `json:"k"`
		Before []byte `json:"v"`
	} `json:"entries"`
}

func decodeUndo(raw []byte) (undoPart, error) {
	var u undoPart
	// A binary record starts with its info's length, then the info's "{";
	// only the JSON form starts with {"info".
	if bytes.HasPrefix(raw, []byte(`{"info"`)) {
		var old legacyUndo
		if err := json.Unmarshal(raw, &old); err != nil {
			return u, errBadUndo
		}
		u.Info = old.Info
		for _, e := range old.Entries {
			u.Entries = append(u.Entries, undoEntry{Bucket: e.Bucket, Key: e.Key, Before: e.Before})
		}
		return u, nil
	}
	next := func() ([]byte, error) {
		n, k := binary.Uvarint(raw)
		if k <= 0 || uint64(len(raw)-k) < n {
			return nil, errBadUndo
		}
		b := raw[k : k+int(n)]
		raw = raw[k+int(n):]
		return b, nil
	}
	info, err := next()
	if err != nil {
		return u, err
	}
	if err := json.Unmarshal(info, &u.Info); err != nil {
		return u, errBadUndo
	}
	for len(raw) > 0 {
		var e undoEntry
		b, err := next()
		if err != nil {
			return u, err
		}
		e.Bucket = string(b)
		if e.Key, err = next(); err != nil {
			return u, err
		}
		if len(raw) == 0 {
			return u, errBadUndo
		}
		present := raw[0] == 1
		raw = raw[1:]
		if present {
			if e.Before, err = next(); err != nil {
				return u, err
			}
		}
		u.Entries = append(u.Entries, e)
	}
	return u, nil
}

// fileRecord marks a file's bytes as imported.
type fileRecord struct {
	Name   string `json:"name"`
	Unit   string `json:"unit"`
	Import uint64 `json:"import"`
}

// groupSize is how many files share one transaction. A file is never split
// across transactions, so a crash loses whole files or nothing; grouping
// saves a disk sync per file.
const groupSize = 64

// keepImports is how many imports can be undone, newest first.
const keepImports = 10

// Import writes files into the ledger. Each file is all or nothing; files
// are committed in groups. It returns each file's outcome.
func (s *Store) Import(files []FileImport) ([]FileOutcome, ImportInfo, error) {
	b := s.NewBatch()
	out := make([]FileOutcome, 0, len(files))
	for start := 0; start < len(files); start += groupSize {
		got, err := b.Add(files[start:min(len(files), start+groupSize)])
		out = append(out, got...)
		if err != nil {
			return out, b.Info(), err
		}
	}
	return out, b.Info(), nil
}

// Batch is one import (one entry for 撤销上次导入) written in several
// transactions, so files can be committed while later ones are still read.
type Batch struct {
	s    *Store
	info ImportInfo
	part int
	// written keeps each return this import wrote, decoded, so a later
	// file of the same unit need not decode it again: in a round where
	// units send several returns, decoding earlier ones with their history
	// was half the cost of writing.
	written map[string]encodedReturn
	// saved marks the keys (bucket, NUL, key) whose value from before this
	// import an earlier transaction of it has already put in its undo
	// record. Undo restores the transactions newest first, so for a key
	// changed again only the first value counts: saving the values the
	// import itself wrote made its undo records twice the ledger's size,
	// and writing them a third of the cost of committing.
	saved map[string]bool
}

// A value the batch wrote (encodedReturn) is used only while the bucket
// holds exactly its bytes, so neither a transaction rolled back nor a
// write made between two by anything else is hidden: equal bytes decode
// to the same return.

// NewBatch starts an import.
func (s *Store) NewBatch() *Batch {
	return &Batch{s: s, info: ImportInfo{At: time.Now()}, written: map[string]encodedReturn{}, saved: map[string]bool{}}
}

// Info describes the import so far.
func (b *Batch) Info() ImportInfo { return b.info }

// Add writes files in one transaction: all of them or, on error, none.
func (b *Batch) Add(files []FileImport) ([]FileOutcome, error) {
	if len(files) == 0 {
		return nil, nil
	}
	var out []FileOutcome
	var fresh map[string]bool
	info := b.info
	for _, f := range files {
		info.Files = append(info.Files, f.Name)
	}
	err := b.s.db.Update(func(tx *bolt.Tx) error {
		if info.ID == 0 {
			id, err := tx.Bucket(bucketImports).NextSequence()
			if err != nil {
				return err
			}
			info.ID = id
		}
		fresh = map[string]bool{}
		if b.part > 0 && tx.Bucket(bucketImports).Get(undoKey(info.ID, 0)) == nil {
			b.saved = map[string]bool{} // the import was undone meanwhile: its records are gone
		}
		u := &undoPart{Info: info}
		w := writer{rets: tx.Bucket(bucketReturns), files: tx.Bucket(bucketFiles), contacts: tx.Bucket(bucketContacts), undo: u,
			held: b.written, saved: b.saved, fresh: fresh}
		out = out[:0]
		for _, f := range files {
			if err := periodHolds(tx, f); err != nil {
				return err
			}
			o, err := w.apply(f, info)
			if err != nil {
				return err
			}
			out = append(out, o)
		}
		return saveUndo(tx, u, b.part)
	})
	if err != nil {
		return nil, fmt.Errorf("写入数据库失败，本组文件均未导入：%w", err)
	}
	for k := range fresh {
		b.saved[k] = true
	}
	b.info = info
	b.part++
	return out, nil
}

// periodHolds refuses a file whose period is gone: renamed or removed
// since the file was read, its rows would be stored where no view looks.
func periodHolds(tx *bolt.Tx, f FileImport) error {
	if _, err := getPeriod(tx, f.Plan, f.Period); err != nil {
		return fmt.Errorf("《%s》读取后报送期已改名或删除（%w），请重新预览后再导入", f.Name, err)
	}
	for _, r := range f.Returns {
		if r.Period != f.Period || r.Plan != f.Plan {
			return fmt.Errorf("《%s》的报送期与其内容不一致，请重新预览后再导入", f.Name)
		}
	}
	return nil
}

// Preview says what Import would do, writing nothing.
func (s *Store) Preview(files []FileImport) ([]FileOutcome, error) {
	var out []FileOutcome
	err := s.db.View(func(tx *bolt.Tx) error {
		w := writer{rets: newOverlay(tx.Bucket(bucketReturns)), files: newOverlay(tx.Bucket(bucketFiles)),
			contacts: newOverlay(tx.Bucket(bucketContacts)), undo: &undoPart{}}
		for _, f := range files {
			o, err := w.apply(f, ImportInfo{At: time.Now()})
			if err != nil {
				return err
			}
			out = append(out, o)
		}
		return nil
	})
	return out, err
}

// kv is the part of a bucket the writer needs, so Preview can run the same
// code over an in-memory overlay.
type kv interface {
	Get(k []byte) []byte
	Put(k, v []byte) error
}

type overlay struct {
	base *bolt.Bucket
	over map[string][]byte
}

func newOverlay(b *bolt.Bucket) *overlay { return &overlay{base: b, over: map[string][]byte{}} }

func (o *overlay) Get(k []byte) []byte {
	if v, ok := o.over[string(k)]; ok {
		return v
	}
	return o.base.Get(k)
}

func (o *overlay) Put(k, v []byte) error { o.over[string(k)] = v; return nil }

type writer struct {
	rets, files, contacts kv
	undo                  *undoPart
	held                  map[string]encodedReturn // nil: decode every time
	// saved and fresh hold the keys whose earlier value an earlier
	// transaction of the import, or this one, has put in the undo record
	// (nil: save every earlier value).
	saved, fresh map[string]bool
}

func (w writer) apply(f FileImport, info ImportInfo) (FileOutcome, error) {
	o := FileOutcome{Count: map[plan.Change]int{}, Changes: map[int]plan.Change{}}
	fk := fileKey(f.Plan, f.Period, f.Hash)
	if raw := w.files.Get(fk); raw != nil {
		var rec fileRecord
		json.Unmarshal(raw, &rec)
		o.AlreadyImported, o.FirstName = true, rec.Name
		return o, nil
	}
	at := info.At.Format(time.RFC3339)
	for _, r := range f.Returns {
		r.Imported = at
		key := returnKey(r.Plan, r.Period, r.Task, r.Unit)
		before := w.rets.Get(key)
		held, prev, err := w.decode(key, before)
		if err != nil {
			return o, err
		}
		merged, ch := plan.Merge(held, r)
		o.Count[ch]++
		o.Changes[r.Task] = ch
		if ch == plan.Unchanged {
			continue
		}
		raw, hist := encodeReturnAfter(make([]byte, 0, len(before)+512), &merged, prev)
		w.save(bucketReturns, key, before)
		if err := w.rets.Put(key, raw); err != nil {
			return o, err
		}
		if w.held != nil {
			w.held[string(key)] = encodedReturn{ret: &merged, raw: raw, hist: hist}
		}
	}
	if err := fillContact(w.contacts, f); err != nil {
		return o, err
	}
	rec := fileRecord{Name: f.Name, Unit: f.Unit, Import: info.ID}
	return o, w.put(bucketFiles, w.files, fk, nil, rec)
}

// decode reads the return a key holds (nil: none), from what this batch
// wrote when the bucket still holds those very bytes, then with their
// encoding. Merge copies the history it extends, so the remembered return
// is never changed.
func (w writer) decode(key, raw []byte) (*plan.Return, *encodedReturn, error) {
	if raw == nil {
		return nil, nil, nil
	}
	if h, ok := w.held[string(key)]; ok && bytes.Equal(h.raw, raw) {
		return h.ret, &h, nil
	}
	r := new(plan.Return)
	if err := json.Unmarshal(raw, r); err != nil {
		return nil, nil, fmt.Errorf("台账记录 %q 损坏：%w", key, err)
	}
	return r, nil, nil
}

func (w writer) put(bucket []byte, b kv, key, before []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.save(bucket, key, before)
	return b.Put(key, raw)
}

// save puts a key's value from before the import into the undo record,
// once per import.
func (w writer) save(bucket, key, before []byte) {
	if w.fresh != nil {
		id := string(bucket) + "\x00" + string(key)
		if w.saved[id] || w.fresh[id] {
			return
		}
		w.fresh[id] = true
	}
	w.undo.Entries = append(w.undo.Entries, undoEntry{Bucket: string(bucket), Key: key, Before: clone(before)})
}

func clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

func undoKey(id uint64, part int) []byte {
	k := make([]byte, 12)
	binary.BigEndian.PutUint64(k, id)
	binary.BigEndian.PutUint32(k[8:], uint32(part))
	return k
}

// saveUndo stores one transaction's undo record and forgets imports older
// than the last keepImports.
func saveUndo(tx *bolt.Tx, u *undoPart, part int) error {
	b := tx.Bucket(bucketImports)
	raw, err := u.encode()
	if err != nil {
		return err
	}
	if err := b.Put(undoKey(u.Info.ID, part), raw); err != nil {
		return err
	}
	oldest := int64(u.Info.ID) - keepImports
	c := b.Cursor()
	for k, _ := c.First(); k != nil && int64(binary.BigEndian.Uint64(k)) <= oldest; k, _ = c.First() {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// ErrNothingToUndo means no import is left to undo.
var ErrNothingToUndo = errors.New("没有可以撤销的导入")

// LastImport describes the import 撤销上次导入 would undo.
func (s *Store) LastImport() (ImportInfo, error) {
	var info ImportInfo
	err := s.db.View(func(tx *bolt.Tx) error {
		k, v := tx.Bucket(bucketImports).Cursor().Last()
		if k == nil {
			return ErrNothingToUndo
		}
		u, err := decodeUndo(v)
		info = u.Info
		return err
	})
	return info, err
}

// ErrNotLastImport means another import came after the one the clerk
// chose to undo.
var ErrNotLastImport = errors.New("确认撤销后又有新的导入写入，本次未撤销任何内容：请重新选择“撤销上次导入”。")

// UndoLastImport puts back every value the last import changed, in one
// transaction, and forgets that its files were imported.
func (s *Store) UndoLastImport() (ImportInfo, error) { return s.UndoImport(0) }

// UndoImport undoes import id if it is still the last one (0: whichever
// is last), so the import undone is the one the clerk was shown.
func (s *Store) UndoImport(want uint64) (ImportInfo, error) {
	var info ImportInfo
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketImports)
		k, _ := b.Cursor().Last()
		if k == nil {
			return ErrNothingToUndo
		}
		id := binary.BigEndian.Uint64(k)
		if want != 0 && id != want {
			return ErrNotLastImport
		}
		var parts []undoPart
		var keys [][]byte
		c := b.Cursor()
		for k, v := c.Seek(undoKey(id, 0)); k != nil && binary.BigEndian.Uint64(k) == id; k, v = c.Next() {
			u, err := decodeUndo(v)
			if err != nil {
				return err
			}
			parts = append(parts, u)
			keys = append(keys, append([]byte{}, k...))
		}
		// Newest first, so a key two files changed ends at its first value.
		for i := len(parts) - 1; i >= 0; i-- {
			es := parts[i].Entries
			for j := len(es) - 1; j >= 0; j-- {
				if err := restore(tx, es[j]); err != nil {
					return err
				}
			}
		}
		for _, k := range keys {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
		info = parts[len(parts)-1].Info // the last part lists every file
		return nil
	})
	return info, err
}

func restore(tx *bolt.Tx, e undoEntry) error {
	b := tx.Bucket([]byte(e.Bucket))
	if b == nil {
		return fmt.Errorf("撤销记录指向不存在的数据表 %s", e.Bucket)
	}
	if e.Before == nil {
		return b.Delete(e.Key)
	}
	return b.Put(e.Key, e.Before)
}
