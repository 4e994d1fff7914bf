// Package graph owns claimgraph's use of Cayley: opening a store (an
// embedded bolt file, PostgreSQL, or memory), writing extracted articles
// into it with replace-not-duplicate semantics, exporting it, running
// stored queries and serving it over HTTP.
package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/memstore" // the memstore backend
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // the postgres backend
	_ "github.com/cayleygraph/cayley/writer"             // the "single" quad writer
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Backends claimgraph can open.
const (
	Bolt     = "bolt"
	Postgres = "postgres"
	Memstore = "memstore"
)

// Config says which store to open and how. It is filled by cmd/ from
// config.yaml, the environment and flags.
type Config struct {
	Backend string
	// Address is a file path for bolt, a connection string for postgres,
	// and ignored for memstore.
	Address string
	// OpenTimeout bounds the wait for another process's lock on a bolt
	// file.
	OpenTimeout time.Duration
	// Purpose says what this process is doing with the store ("load",
	// "serve"), so that a second process can be told who holds the lock.
	Purpose string
	// NoSync skips bolt's fsync per transaction. It is faster, and safe
	// against a process crash but not against a power cut.
	NoSync bool
	// NoBloom turns off the bloom filters Cayley's kv store keeps in
	// memory (sized for 100M entries whatever the store's size); bolt
	// only. Writes then look every quad up on disk.
	NoBloom bool
	// Progress, when set, is told about long one-off work on opening,
	// such as building the claim index of a store written before it.
	Progress io.Writer
	// NoQuotations skips linking claims to quotations (cg:quotation)
	// while writing; for measuring what linking costs, or a store that
	// does not want it.
	NoQuotations bool
}

// Store is an open quad store.
type Store struct {
	cfg    Config
	QS     cgraph.QuadStore
	writer cgraph.QuadWriter
	pg     *pgWriter // the fast writer, on postgres only
	index  claimIndex
	bolt   *boltdb.DB // the bolt file, on bolt only
	// kv writes additions to bolt without Cayley's writer (kvwrite.go);
	// nil off bolt, and with Cayley's bloom filters on, which it would
	// leave stale.
	kv   *kvWriter
	lock string // lock-info file to remove on Close
	// syncOnClose: the load that created this store commits without
	// bolt's fsync per transaction, and Close syncs the file once. A
	// process killed meanwhile loses nothing (its writes are in the page
	// cache, and every commit is whole there); a power cut may lose the
	// new store, which held nothing before this load.
	syncOnClose bool
	// opened and writes make each write's pending mark unique.
	opened time.Time
	writes atomic.Int64
	// linkMu makes a bolt or memstore Write's quotation look-up and its
	// transaction one step, so that two writers of one process (a load
	// through the server, say) never both found a quotation for one
	// quote. PostgreSQL writers take pgWriteLock instead.
	linkMu sync.Mutex
	quotes quoteIndex // the quotation keys, in memory (quotations.go)
}

// ErrLocked means another process holds the store.
var ErrLocked = errors.New("store is locked by another process")

// Open opens (and creates when missing) the store described by cfg.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.OpenTimeout <= 0 {
		cfg.OpenTimeout = 5 * time.Second
	}
	s := &Store{cfg: cfg, opened: time.Now()}
	var err error
	switch cfg.Backend {
	case Bolt, "":
		s.cfg.Backend = Bolt
		err = s.openBolt()
	case Memstore:
		s.QS, err = cgraph.NewQuadStore("memstore", "", nil)
		s.index = newMemIndex()
	case Postgres, "cockroach":
		err = s.openSQL(ctx)
	default:
		err = fmt.Errorf("unknown backend %q: use bolt, postgres or memstore", cfg.Backend)
	}
	if err != nil {
		return nil, err
	}
	s.writer, err = cgraph.NewQuadWriter("single", s.QS, cgraph.Options{
		"ignore_duplicate": true,
		"ignore_missing":   true,
	})
	if err != nil {
		s.QS.Close()
		return nil, fmt.Errorf("opening a writer on the %s store: %w", s.cfg.Backend, err)
	}
	if err := s.ensureIndex(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("building the claim index of the %s store: %w", s.cfg.Backend, err)
	}
	return s, nil
}

func (s *Store) openBolt() error {
	path := s.cfg.Address
	if path == "" {
		return errors.New("no bolt file given: set db in config.yaml, CLAIMGRAPH_DB or --db")
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("creating the folder for the store %s: %w", path, err)
		}
	}
	db, err := hbolt.Open(path, &boltdb.Options{Timeout: s.cfg.OpenTimeout})
	if err != nil {
		if errors.Is(err, boltdb.ErrTimeout) {
			return fmt.Errorf("%w: %s is in use%s; stop it, or point --db at another file", ErrLocked, path, holder(path))
		}
		return fmt.Errorf("opening the bolt store %s: %w", path, err)
	}
	db.DB().NoSync = s.cfg.NoSync
	db.DB().NoGrowSync = s.cfg.NoSync
	err = kv.Init(db, nil)
	if err == nil {
		err = AddLabelIndex(db)
	}
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return fmt.Errorf("initialising the bolt store %s: %w", path, err)
	}
	if err == nil && bulkPurpose(s.cfg.Purpose) && !s.cfg.NoSync {
		s.syncOnClose = true
		db.DB().NoSync, db.DB().NoGrowSync = true, true
	}
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: s.cfg.NoBloom})
	if err != nil {
		db.Close()
		return fmt.Errorf("opening the bolt store %s: %w (is it a claimgraph store?)", path, err)
	}
	s.QS = qs
	s.index = boltIndex{db: db.DB()}
	s.bolt = db.DB()
	if s.cfg.NoBloom {
		if s.kv, err = newKVWriter(s.bolt, bulkPurpose(s.cfg.Purpose)); err != nil {
			qs.Close()
			return fmt.Errorf("opening the bolt store %s: %w", path, err)
		}
		s.kv.keepTrimmed = s.trimWhileReading
		s.kv.pace = s.trimOver(writeMappedLimit)
	}
	s.lock = path + ".owner"
	// Best effort: the lock itself is bolt's flock; this file only names
	// the holder for the error a second process prints.
	info := fmt.Sprintf("%d\n%s\n%s\n", os.Getpid(), s.cfg.Purpose, time.Now().Format(time.RFC3339))
	_ = os.WriteFile(s.lock, []byte(info), 0o644)
	return nil
}

// bulkPurpose reports whether a process opens the store to write much
// (a load, the bench's load): only then does the direct kv writer scan
// a store that is not empty for its key filter at the first write.
func bulkPurpose(p string) bool { return p == "load" || p == "bench" }

// AddLabelIndex gives a new kv store an index that starts with the label,
// besides Cayley's default two (subject-predicate, object-predicate-
// subject). Replacing an article reads the quads labelled with it;
// without this index that is a scan of the whole store per article
// (138 s to re-load 200 BBC articles into the 2,225-article store; 1 s
// with it).
//
// The index holds all four directions, not the label alone: Cayley
// checks that a quad is new by intersecting every index's list for it,
// and a label-only list is all of the article's quads, which made a fresh
// load twice as slow. It is not marked Unique because Cayley's kv store
// then takes every quad over existing nodes for a duplicate
// (hasPrimitive returns early) and drops it.
//
// Cayley reads the list of indexes from the store's meta bucket when it
// opens a store; its own switch, CAYLEY_KV_INDEXES, decodes into
// unexported fields and has no effect.
func AddLabelIndex(db hkv.KV) error {
	dirs := []quad.Direction{quad.Label, quad.Subject, quad.Predicate, quad.Object}
	all := append(append([]kv.QuadIndex(nil), kv.DefaultQuadIndexes...), kv.QuadIndex{Dirs: dirs})
	data, err := json.Marshal(all)
	if err != nil {
		return err
	}
	bucket := make([]byte, len(dirs))
	for i, d := range dirs {
		bucket[i] = d.Prefix()
	}
	ctx := context.Background()
	return hkv.Update(ctx, db, func(tx hkv.Tx) error {
		if err := hkv.CreateBucket(ctx, tx, hkv.Key{bucket}); err != nil {
			return fmt.Errorf("creating the label index: %w", err)
		}
		return tx.Put(ctx, hkv.Key{[]byte("meta"), []byte("indexes")}, data)
	})
}

// holder describes the process named in a bolt file's owner note.
func holder(path string) string {
	b, err := os.ReadFile(path + ".owner")
	if err != nil {
		return " by another process"
	}
	f := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(f) < 2 {
		return " by another process"
	}
	pid, _ := strconv.Atoi(f[0])
	what := "claimgraph"
	if f[1] != "" {
		what = "claimgraph " + f[1]
	}
	since := ""
	if len(f) > 2 {
		since = " since " + f[2]
	}
	return fmt.Sprintf(" by another %s process (pid %d%s)", what, pid, since)
}

func (s *Store) openSQL(ctx context.Context) error {
	typ := s.cfg.Backend
	if s.cfg.Address == "" {
		return fmt.Errorf("no %s address given: set db in config.yaml, CLAIMGRAPH_DB or --db (for example postgres://user@127.0.0.1:5432/claims?sslmode=disable)", typ)
	}
	if typ == Postgres {
		db, err := preparePostgres(ctx, s.cfg.Address)
		if err != nil {
			return err
		}
		qs, err := csql.New(typ, s.cfg.Address, nil)
		if err != nil {
			db.Close()
			return fmt.Errorf("opening the %s store: %w", typ, err)
		}
		idx := pgIndex{db: db}
		if err := idx.create(ctx); err != nil {
			qs.Close()
			db.Close()
			return err
		}
		s.QS, s.pg, s.index = qs, &pgWriter{db: db, qs: qs, index: idx}, idx
		s.pg.bulk.allowed = bulkPurpose(s.cfg.Purpose)
		return nil
	}
	err := csql.Init(typ, s.cfg.Address, nil)
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) && !strings.Contains(err.Error(), "already exists") {
		return fmt.Errorf("initialising the %s store: %w", typ, err)
	}
	qs, err := csql.New(typ, s.cfg.Address, nil)
	if err != nil {
		return fmt.Errorf("opening the %s store: %w", typ, err)
	}
	s.QS = qs
	return nil
}

// trimMapped drops the bolt file's pages from the process's resident
// set (dropMapped), so that a long load or recount holds in RSS what it
// allocated, not the store it read. Best effort: a failure costs memory,
// not data.
func (s *Store) trimMapped() {
	if s.bolt != nil {
		_ = dropMapped(s.bolt)
	}
}

// trimIfMapped trims the bolt file's pages only when more than
// trimAbove bytes of them are mapped. A write maps the pages its reads
// and puts touch, and most of them are touched again by the next write
// (the index buckets' upper pages, the node buckets): trimming after
// every write made each write fault them back in, which was most of a
// load's system time (29 s of 158 s CPU for BBC and Reuters).
func (s *Store) trimIfMapped() { s.trimOver(trimAbove)() }

// trimOver returns a check that trims the bolt file's mapped pages when
// more than limit bytes of them are resident; the direct kv writer calls
// it from inside a write (kvWriter.pace), RebuildIndex between articles.
func (s *Store) trimOver(limit int64) func() {
	if s.bolt == nil {
		return func() {}
	}
	return func() {
		if n, err := residentFileBytes(); err != nil || n > limit {
			s.trimMapped()
		}
	}
}

// trimWhileReading keeps the bolt file's pages the process has mapped
// under trimAbove bytes while a long read (a recount, an index rebuild)
// runs, until the returned stop is called. It looks every trimCheck:
// reading pages already in the page cache maps them at gigabytes a
// second, so a trim on a fixed period of a second let a recount of the
// 106k-article store reach 1.4 GB of mapped pages between two trims,
// while a look at /proc/self/statm costs microseconds and a trim runs
// only when there is something to drop. A no-op off bolt.
func (s *Store) trimWhileReading() (stop func()) { return s.keepMappedUnder(trimAbove, s.trimMapped) }

// trimWhileWriting keeps the pages a write maps under writeMappedLimit
// while it runs, and afterwards trims only above trimAbove
// (trimIfMapped). On a large store one write's reads and puts touch
// hundreds of megabytes of the file: the 106k-article bench peaked at
// 1,033 MiB, 650 MB of it mapped pages during a write, with the kv
// writer's key filter on the heap. The bound is looser than the
// recount's because a write touches most of the same upper pages
// again, and each trim makes it fault them back in.
func (s *Store) trimWhileWriting() (stop func()) {
	return s.keepMappedUnder(writeMappedLimit, s.trimIfMapped)
}

// keepMappedUnder looks at the mapped pages every trimCheck and trims
// them when more than limit bytes are mapped, until stop is called,
// which then runs after.
func (s *Store) keepMappedUnder(limit int64, after func()) (stop func()) {
	if s.bolt == nil {
		return func() {}
	}
	check := s.trimOver(limit)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(trimCheck)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				check()
			}
		}
	}()
	return func() { close(done); wg.Wait(); after() }
}

const (
	trimCheck        = 10 * time.Millisecond
	trimAbove        = 128 << 20 // the binary's own text counts too: 20–40 MB
	writeMappedLimit = 256 << 20
)

// Backend is the name of the store's backend.
func (s *Store) Backend() string { return s.cfg.Backend }

// Close releases the store and its lock.
func (s *Store) Close() error {
	var err error
	if s.syncOnClose {
		if e := s.bolt.Sync(); e != nil {
			err = fmt.Errorf("syncing the bolt store %s to disk: %w", s.cfg.Address, e)
		}
	}
	if s.writer != nil {
		if e := s.writer.Close(); err == nil {
			err = e
		}
	}
	if s.pg != nil {
		if e := s.pg.close(); err == nil {
			err = e
		}
	}
	if s.QS != nil {
		if e := s.QS.Close(); err == nil {
			err = e
		}
	}
	if s.lock != "" {
		_ = os.Remove(s.lock)
	}
	return err
}
