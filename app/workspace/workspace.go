// Package workspace is the open database with its current plan: what the
// command line and the window both do, so they behave the same.
package workspace

import (
	"context"
	"errors"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"taizhang/app/importer"
	"taizhang/app/plan"
	"taizhang/seeds"
	"taizhang/storage"
)

// Workspace holds the store and the plan the clerk works on. Plan and Dir
// are replaced, never changed in place, so a caller may keep the pointers it
// read. They are replaced only by the goroutine that makes changes (the
// window's); work that runs elsewhere (reading, importing, exporting) takes
// them once at its start through current.
type Workspace struct {
	store *storage.Store
	Plan  *plan.Plan
	Dir   *plan.Directory

	mu        sync.Mutex // guards Plan and Dir against the background readers
	listeners []func(Change)
	// importing is held shared by every import while it writes (its
	// backup included) and taken whole by an undo, which gives up at once
	// when it is not free: an undo during an import would take back part
	// of it, and an import may not start writing while an undo runs.
	importing sync.RWMutex
}

var errImportRunning = errors.New("导入正在写入数据库，请等导入完成后再撤销。")

// Open opens the database at path ("" for the default place) and loads its
// current plan, storing the embedded seed plan on first start.
func Open(path string) (*Workspace, error) {
	if path == "" {
		var err error
		if path, err = storage.DefaultPath(); err != nil {
			return nil, err
		}
	}
	st, err := storage.Open(path)
	if err != nil {
		return nil, err
	}
	w := &Workspace{store: st}
	if err := w.Reload(); errors.Is(err, storage.ErrNoPlan) {
		p, d, serr := seeds.Default()
		if serr != nil {
			st.Close()
			return nil, serr
		}
		if err = st.AddPlan(p, d); err == nil {
			err = w.Reload()
		}
	}
	if err != nil {
		st.Close()
		return nil, err
	}
	return w, nil
}

// Reload reads the current plan and directory again after a change.
func (w *Workspace) Reload() error {
	p, d, err := w.store.CurrentPlan()
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.Plan, w.Dir = p, d
	w.mu.Unlock()
	return nil
}

// current is the plan and directory as they are now, for work that runs
// off the goroutine that changes them.
func (w *Workspace) current() (*plan.Plan, *plan.Directory) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.Plan, w.Dir
}

// Close closes the database.
func (w *Workspace) Close() error { return w.store.Close() }

// Path is the database file's location.
func (w *Workspace) Path() string { return w.store.Path() }

// Period returns p, or the period current today when p is empty. An
// unknown period is an error, so a typo does not start a new ledger.
func (w *Workspace) Period(p string) (string, error) {
	return w.PeriodAt(p, time.Now())
}

// ReadFiles reads returns in parallel. progress, when set, is called after
// each file with the count done. A workbook holding several units' returns
// gives a result for each, in sheet order, so there may be more results
// than paths. Cancelling ctx stops before the next file; files not read are
// left out.
func (w *Workspace) ReadFiles(ctx context.Context, paths []string, period, unit string, progress func(done, total int)) []*importer.Result {
	byFile := make([][]*importer.Result, len(paths))
	for r := range w.readAll(ctx, paths, period, unit, progress) {
		byFile[r.index] = r.res
	}
	return flatten(byFile)
}

func flatten(byFile [][]*importer.Result) []*importer.Result {
	var out []*importer.Result
	for _, rs := range byFile {
		out = append(out, rs...)
	}
	return out
}

type indexed struct {
	index int
	res   []*importer.Result
}

// readAll reads files on every core and sends each result as it is ready.
func (w *Workspace) readAll(ctx context.Context, paths []string, period, unit string, progress func(done, total int)) <-chan indexed {
	p, d := w.current()
	ictx := importer.Context{Plan: p, Dir: d, Period: period, Unit: unit}.Prepared()
	extra := plan.NewExtraFinder(p, d)
	jobs := make(chan int)
	// Buffered for every file, so readers never wait on a commit.
	results := make(chan indexed, len(paths))
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for n := 0; n < runtime.GOMAXPROCS(0); n++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r := importer.ReadFileAll(paths[i], ictx)
				for _, one := range r {
					noteExtra(extra, one)
				}
				mu.Lock()
				done++
				if progress != nil {
					progress(done, len(paths))
				}
				mu.Unlock()
				results <- indexed{i, r}
			}
		}()
	}
	go func() {
		for i := range paths {
			if ctx.Err() != nil {
				break
			}
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	return results
}

// ReadAndImport reads files and writes them into the ledger as one import,
// committing groups while later files are still being read (the command
// line's path: no preview to wait for). Files are committed in the order
// given, whatever order they finish reading in, so the result is the same
// as reading all and then importing. Refused files are left out.
func (w *Workspace) ReadAndImport(ctx context.Context, paths []string, period, unit string) ([]*importer.Result, []storage.FileOutcome, error) {
	w.importing.RLock()
	defer w.importing.RUnlock()
	// Reading a file makes garbage many times the size of what is kept
	// (the zip, its XML, the grid); collecting less often while the batch
	// runs saves a fifth of the CPU for a few tens of megabytes more.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	results := make([][]*importer.Result, len(paths))
	ready := make([]bool, len(paths))
	// The writer commits groups on its own goroutine while the readers go
	// on; the groups queue in order, so files are written in the order
	// given whatever order they finish reading in.
	groups := make(chan []*importer.Result, len(paths)/importGroup+1)
	var outcomes []storage.FileOutcome
	var firstErr error
	written := make(chan struct{})
	go func() {
		defer close(written)
		outcomes, firstErr = w.writeGroups(groups)
	}()
	var group []*importer.Result
	next := 0
	for r := range w.readAll(ctx, paths, period, unit, nil) {
		results[r.index], ready[r.index] = r.res, true
		for next < len(paths) && ready[next] {
			for _, res := range results[next] {
				if res.Err == nil {
					group = append(group, res)
				}
			}
			next++
		}
		if len(group) >= importGroup {
			groups <- group
			group = nil
		}
	}
	if len(group) > 0 {
		groups <- group
	}
	close(groups)
	<-written
	if len(outcomes) > 0 { // outcomes come only from a batch
		w.notify(Change{Kind: LedgerChanged, Period: period})
	}
	return flatten(results), outcomes, firstErr
}

// writeGroups writes each group in one transaction of one import, after
// the automatic backup, and stops writing at the first failure (the
// groups still queued are drained, not written).
func (w *Workspace) writeGroups(groups <-chan []*importer.Result) ([]storage.FileOutcome, error) {
	var outcomes []storage.FileOutcome
	var batch *storage.Batch
	var err error
	for group := range groups {
		if err != nil {
			continue
		}
		if batch == nil {
			if _, err = w.Backup(); err != nil {
				continue
			}
			batch = w.store.NewBatch()
		}
		var got []storage.FileOutcome
		got, err = batch.Add(Imports(group))
		outcomes = append(outcomes, got...)
	}
	return outcomes, err
}

// importGroup is how many files share a transaction when importing while
// reading. Each commit rewrites the ledger's pages the group touched and
// syncs the disk, and a group touches most of them (a return has a row in
// every task), so fewer, larger groups save most of the commits' cost;
// the writer works on its own goroutine, so the readers do not wait for
// it. A crash still loses whole files or nothing.
const importGroup = 64

// Imports turns the files that can be imported into store writes, skipping
// refused ones.
func Imports(results []*importer.Result) []storage.FileImport {
	var out []storage.FileImport
	for _, r := range results {
		if r == nil || r.Err != nil {
			continue
		}
		out = append(out, storage.FileImport{Plan: r.Plan, Period: r.Period, Name: r.Name, Hash: r.Hash, Unit: r.Unit, Returns: r.Returns,
			Contact: r.Contact, Phone: r.Phone, Date: r.Date})
	}
	return out
}

// Import writes the readable files into the ledger after an automatic
// backup. Refused files are left out.
func (w *Workspace) Import(results []*importer.Result) ([]storage.FileOutcome, storage.ImportInfo, error) {
	files := Imports(results)
	if len(files) == 0 {
		return nil, storage.ImportInfo{}, nil
	}
	w.importing.RLock()
	defer w.importing.RUnlock()
	if _, err := w.Backup(); err != nil {
		return nil, storage.ImportInfo{}, err
	}
	out, info, err := w.store.Import(files)
	if len(out) > 0 {
		// Files committed before an error are in the ledger: show them.
		w.notify(Change{Kind: LedgerChanged, Period: files[0].Period})
	}
	return out, info, err
}

// Preview reads files and works out what importing them would change,
// writing nothing. Cancelling ctx stops before the next file; files not
// read are left out of the results.
func (w *Workspace) Preview(ctx context.Context, paths []string, period, unit string, progress func(done, total int)) ([]*importer.Result, []storage.FileOutcome, error) {
	kept := w.ReadFiles(ctx, paths, period, unit, progress)
	outcomes, err := w.Outcomes(kept)
	return kept, outcomes, err
}

// Outcomes says again what importing results would do, after the clerk
// changed a file's unit. Outcomes are for the accepted files only, in order.
func (w *Workspace) Outcomes(results []*importer.Result) ([]storage.FileOutcome, error) {
	return w.store.Preview(Imports(results))
}
