package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/lib/pq"
)

// A load into an empty PostgreSQL store writes without Cayley's four
// secondary indexes on quads and builds them once at its end, as
// PostgreSQL's own advice for populating a database says: inside each
// batch's INSERT, keeping those indexes up to date row by row was about
// two thirds of the server's time (BENCHMARKS.md), and one CREATE INDEX
// over the finished table is far cheaper than millions of index inserts.
//
// What the writer itself reads keeps its index: the unique (s, p, o, l)
// index behind ON CONFLICT and deletes, the label index behind replacing
// an article, the claim index's tables. Readers during such a load get
// right answers, only slower.
//
// The loader that drops the indexes holds pgBulkLock, a session advisory
// lock, until it has built them again. Every process that opens the store
// and finds one missing builds it unless that lock is held, so a bulk
// load that was killed leaves a store the next open repairs, and a
// second loader started meanwhile just writes (slower) while the first
// one's lock stands.

// pgBulkLock is held for the whole of a bulk load (see above).
const pgBulkLock int64 = 0x636c61696d626c6b // "claimblk"

// cayleyQuadIndexes are the secondary indexes Cayley's postgres schema
// puts on quads (its graph/sql quadIndexes, with the postgres
// registration's fill factor), built again here under the same names.
var cayleyQuadIndexes = [...]struct{ name, cols string }{
	{"spo_index", "subject_hash, predicate_hash, object_hash"},
	{"ops_index", "object_hash, predicate_hash, subject_hash"},
	{"pos_index", "predicate_hash, object_hash, subject_hash"},
	{"osp_index", "object_hash, subject_hash, predicate_hash"},
}

// pgBulk is a bulk load in progress: the session holding pgBulkLock.
type pgBulk struct {
	conn *sql.Conn
}

// bulkState is a pgWriter's bulk load: looked for once, at the first
// write of a process that opened the store to load, and ended before
// the recount (which reads by predicate) or at Close.
type bulkState struct {
	mu      sync.Mutex
	allowed bool // the store was opened to load
	checked bool
	bulk    *pgBulk
}

// begin starts a bulk load at the first write if the store is empty.
func (s *bulkState) begin(ctx context.Context, db *sql.DB) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.allowed || s.checked {
		return nil
	}
	b, err := startBulk(ctx, db)
	if err != nil {
		return err
	}
	s.checked, s.bulk = true, b
	return nil
}

// end builds the indexes a bulk load dropped; later writes keep them.
func (s *bulkState) end(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.checked = true
	if s.bulk == nil {
		return nil
	}
	b := s.bulk
	s.bulk = nil
	return b.end(ctx)
}

// startBulk drops the secondary indexes when the store has no quads yet
// and no other process is bulk loading, and returns the session that
// must build them again (endBulk). It returns nil when the load is to
// write with the indexes in place.
func startBulk(ctx context.Context, db *sql.DB) (*pgBulk, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("connecting to the postgres store: %w", err)
	}
	var got, empty bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, pgBulkLock).Scan(&got); err != nil || !got {
		conn.Close()
		return nil, wrapIf("checking for another bulk load on the postgres store", err)
	}
	b := &pgBulk{conn: conn}
	if err := conn.QueryRowContext(ctx, `SELECT NOT EXISTS (SELECT 1 FROM quads)`).Scan(&empty); err != nil || !empty {
		b.release()
		return nil, wrapIf("looking for quads in the postgres store", err)
	}
	for _, ix := range cayleyQuadIndexes {
		if _, err := conn.ExecContext(ctx, `DROP INDEX IF EXISTS `+ix.name); err != nil {
			// Those already dropped are built again now, not left to
			// the next open.
			return nil, errors.Join(fmt.Errorf("dropping index %s for a bulk load: %w", ix.name, err), b.end(context.Background()))
		}
	}
	return b, nil
}

// end builds the indexes again and releases the lock. The connection's
// work memory is raised for the build: each index sorts the whole table.
func (b *pgBulk) end(ctx context.Context) error {
	defer b.release()
	if _, err := b.conn.ExecContext(ctx, `SET maintenance_work_mem = '256MB'`); err != nil {
		return fmt.Errorf("preparing to index the postgres store: %w", err)
	}
	return createQuadIndexes(ctx, b.conn)
}

func (b *pgBulk) release() {
	b.conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, pgBulkLock) //nolint:errcheck // closing the session releases it too
	b.conn.Close()
}

// createQuadIndexes builds whichever of Cayley's secondary indexes on
// quads is missing.
func createQuadIndexes(ctx context.Context, conn *sql.Conn) error {
	for _, ix := range cayleyQuadIndexes {
		q := `CREATE INDEX IF NOT EXISTS ` + ix.name + ` ON quads (` + ix.cols + `) WITH (FILLFACTOR = 50)`
		if _, err := conn.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("building index %s of the postgres store: %w", ix.name, err)
		}
	}
	return nil
}

// repairQuadIndexes builds the secondary indexes a killed bulk load left
// missing, unless a bulk load is running (it builds them at its end).
// conn is preparePostgres's session.
func repairQuadIndexes(ctx context.Context, conn *sql.Conn) error {
	var missing int
	names := make([]string, len(cayleyQuadIndexes))
	for i, ix := range cayleyQuadIndexes {
		names[i] = ix.name
	}
	err := conn.QueryRowContext(ctx, `SELECT count(*) FROM unnest($1::text[]) AS n WHERE to_regclass(n) IS NULL`,
		pq.Array(names)).Scan(&missing)
	if err != nil || missing == 0 {
		return wrapIf("inspecting the postgres store's indexes", err)
	}
	var free bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, pgBulkLock).Scan(&free); err != nil || !free {
		return wrapIf("checking for a bulk load on the postgres store", err)
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, pgBulkLock) //nolint:errcheck // the session ends with conn anyway
	return createQuadIndexes(ctx, conn)
}

// wrapIf wraps err with what was being done, or returns nil.
func wrapIf(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", what, err)
}

// beforeRecount readies a PostgreSQL store for a recount: a bulk load's
// indexes come back first (the recount reads quads by predicate), then
// a session lock makes recounts take turns, since two loaders finishing
// together would each diff against the derived values the other has not
// yet replaced, and both sets would stay; the later one recounts what
// the earlier one wrote. unlock ends the session.
func (w *pgWriter) beforeRecount(ctx context.Context) (unlock func(), err error) {
	if err := w.bulk.end(ctx); err != nil {
		return nil, err
	}
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("recounting the derived values: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, pgDerivedLock); err != nil {
		conn.Close()
		return nil, fmt.Errorf("waiting for another process recounting the derived values: %w", err)
	}
	return func() {
		conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, pgDerivedLock) //nolint:errcheck // the session ends with conn anyway
		conn.Close()
	}, nil
}
