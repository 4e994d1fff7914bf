package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	// CockroachDB (backend "cockroach") goes through Cayley's own writer;
	// see docs/postgres.md.
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/claimgraph/claimgraph/schema"
)

// The fast PostgreSQL writer. Cayley's own postgres writer sends one
// INSERT per node and per quad (about 3.8k quads/s here); this one writes
// the same tables (nodes, quads) that Cayley's postgres QuadStore reads,
// with COPY into temporary tables and set-based statements, one SQL
// transaction per batch.
//
// Node refcounts: nodes.refs is the number of (quad, direction) pairs that
// name the node, which is what Cayley's deletes decrement and what its
// "DELETE FROM nodes WHERE refs <= 0" relies on. We count only quads that
// were really inserted or deleted. (Cayley's own writer also counts quads
// that ON CONFLICT DO NOTHING skipped, so on a store it wrote, refs can be
// too high; that only keeps nodes alive longer and never breaks a delete.)

// pgWriteLock is the pg_advisory_xact_lock key every claimgraph batch
// takes first, so that concurrent loaders apply whole batches one after
// another: a batch's diff is always computed against the state left by
// the batches committed before it. One lock, taken first, cannot
// deadlock.
const pgWriteLock int64 = 0x636c61696d677270 // "claimgrp"

// pgDerivedLock serialises RefreshDerived across processes.
const pgDerivedLock int64 = 0x636c61696d646572 // "claimder"

// pgInitLock serialises creating the schema when several processes open
// a fresh database at once (CREATE TABLE races fail on pg_type).
const pgInitLock int64 = 0x636c61696d696e69 // "claimini"

// pgWriter writes batches of articles straight into Cayley's postgres
// tables.
type pgWriter struct {
	db *sql.DB
	// qs is Cayley's QuadStore on the same database; it caches the quad
	// and node counts until its own ApplyDeltas resets them.
	qs    cgraph.QuadStore
	index pgIndex
	bulk  bulkState // a load into an empty store (bulk_pg.go)
}

// preparePostgres creates Cayley's tables (without their foreign keys)
// when the database has none, and the index on quads.label_hash that
// reading an article's owned quads needs. It holds a session advisory
// lock meanwhile, so processes opening one fresh database at once create
// the schema once.
func preparePostgres(ctx context.Context, addr string) (*sql.DB, error) {
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, fmt.Errorf("opening the postgres store %s: %w", redact(addr), err)
	}
	fail := func(what string, err error) (*sql.DB, error) {
		db.Close()
		return nil, fmt.Errorf("%s the postgres store %s: %w", what, redact(addr), err)
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return fail("connecting to", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, pgInitLock); err != nil {
		return fail("locking", err)
	}
	defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, pgInitLock) //nolint:errcheck // the session ends with conn anyway
	var exists bool
	if err := conn.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL`).Scan(&exists); err != nil {
		return fail("inspecting", err)
	}
	if !exists {
		// csql.Init on an existing database logs an error; we only call
		// it on an empty one.
		if err := csql.Init(Postgres, addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return fail("initialising", err)
		}
		// Cayley's four foreign keys from quads to nodes cost every quad
		// row four index probes, 40% of a load's time. Both writers that
		// touch these tables insert a quad's nodes in the same transaction
		// before it and delete nodes only at zero references, so the keys
		// guard nothing they keep; the tests check the same invariant
		// (every hash a quad uses is a node counting it). Stores created
		// before keep theirs: dropping them is the user's call
		// (docs/postgres.md).
		if _, err := conn.ExecContext(ctx, `ALTER TABLE quads
			DROP CONSTRAINT IF EXISTS subject_hash_fk, DROP CONSTRAINT IF EXISTS predicate_hash_fk,
			DROP CONSTRAINT IF EXISTS object_hash_fk, DROP CONSTRAINT IF EXISTS label_hash_fk`); err != nil {
			return fail("initialising", err)
		}
	}
	// CREATE INDEX locks quads against writes even when the index exists,
	// so a process opening the store during another's load would wait for
	// its batch: look first.
	var indexed bool
	if err := conn.QueryRowContext(ctx, `SELECT to_regclass('claimgraph_label_index') IS NOT NULL`).Scan(&indexed); err != nil {
		return fail("inspecting", err)
	}
	if !indexed {
		if _, err := conn.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS claimgraph_label_index ON quads (label_hash)`); err != nil {
			return fail("indexing", err)
		}
	}
	if err := repairQuadIndexes(ctx, conn); err != nil {
		return fail("repairing", err)
	}
	return db, nil
}

// redact drops the password from a connection string for messages.
func redact(addr string) string {
	if i := strings.Index(addr, "://"); i >= 0 {
		if j := strings.Index(addr[i+3:], "@"); j >= 0 {
			userinfo := addr[i+3 : i+3+j]
			if k := strings.Index(userinfo, ":"); k >= 0 {
				return addr[:i+3] + userinfo[:k] + ":***" + addr[i+3+j:]
			}
		}
	}
	return addr
}

// quadKey is a quad by its four value hashes; the label hash is zero for
// unlabelled quads, as in Cayley.
type quadKey = refs.QuadHash

func hashQuad(q quad.Quad) quadKey {
	var k quadKey
	for _, d := range quad.Directions {
		if v := q.Get(d); v != nil {
			k.Set(d, refs.HashOf(v))
		}
	}
	return k
}

func hashBytes(h refs.ValueHash) any {
	return csql.NodeHash{ValueHash: h}.SQLValue()
}

// pgNodeColumns are the nodes columns after hash, in the order COPY fills
// them.
var pgNodeColumns = []string{"value", "value_string", "datatype", "language", "iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

// write stores a batch with the same replace-not-duplicate semantics as
// Store.Write, all or nothing.
//
// link runs first under the write lock, and may add quads to the batch:
// it reads what earlier batches committed (Store.linkQuotations).
func (w *pgWriter) write(ctx context.Context, batch []schema.Bundle, pending quad.Quad, link func(context.Context, []schema.Bundle) error) ([]WriteResult, error) {
	seen := make(map[quad.IRI]int, len(batch))
	labels := make([][]byte, 0, len(batch))
	for i, b := range batch {
		if j, dup := seen[b.Article]; dup {
			return nil, fmt.Errorf("article %s appears twice in one batch (positions %d and %d)", b.Article, j, i)
		}
		seen[b.Article] = i
		labels = append(labels, hashBytes(refs.HashOf(b.Article)).([]byte))
	}

	tx, err := w.begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if err := link(ctx, batch); err != nil {
		return nil, err
	}

	old, err := w.ownedByLabel(ctx, tx, labels)
	if err != nil {
		return nil, err
	}

	res := make([]WriteResult, len(batch))
	adds := make(map[quadKey]quad.Quad)
	var dels []quadKey
	for i, b := range batch {
		lh := refs.HashOf(b.Article)
		had := old[lh]
		r := WriteResult{Article: b.Article, Replaced: len(had) > 0}
		want := make(map[quadKey]struct{}, len(b.Owned))
		for _, q := range b.Owned {
			k := hashQuad(q)
			if _, dup := want[k]; dup {
				continue
			}
			want[k] = struct{}{}
			if _, ok := had[k]; !ok {
				adds[k] = q
				r.Added++
			}
		}
		for k := range had {
			if _, ok := want[k]; !ok {
				dels = append(dels, k)
				r.Removed++
			}
		}
		for _, q := range b.Shared {
			adds[hashQuad(q)] = q
		}
		res[i] = r
	}
	if len(adds) == 0 && len(dels) == 0 {
		return res, nil
	}
	if ownedChanged(res) {
		adds[hashQuad(pending)] = pending
	}
	if err := w.add(ctx, tx, adds); err != nil {
		return nil, fmt.Errorf("writing %d articles to the postgres store: %w", len(batch), err)
	}
	if err := w.remove(ctx, tx, dels); err != nil {
		return nil, fmt.Errorf("removing the old versions' quads of %d articles from the postgres store: %w", len(batch), err)
	}
	if ownedChanged(res) {
		if err := w.indexTx(ctx, tx, batch); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("committing %d articles to the postgres store: %w", len(batch), err)
	}
	if err := w.resetCounts(); err != nil {
		return nil, err
	}
	return res, nil
}

// begin starts a write transaction holding the write lock, so that
// claimgraph's writers apply whole batches one after another. A load's
// first write into an empty store starts a bulk load first (bulk_pg.go).
func (w *pgWriter) begin(ctx context.Context) (*sql.Tx, error) {
	if err := w.bulk.begin(ctx, w.db); err != nil {
		return nil, err
	}
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("starting a write transaction on the postgres store: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, pgWriteLock); err != nil {
		tx.Rollback() //nolint:errcheck // the lock error is the one to report
		return nil, fmt.Errorf("waiting for other writers to the postgres store: %w", err)
	}
	return tx, nil
}

// resetCounts follows a commit: Cayley's QuadStore caches exact counts
// until its own ApplyDeltas runs, and an empty one resets them (and
// commits an empty transaction).
func (w *pgWriter) resetCounts() error {
	if err := w.qs.ApplyDeltas(nil, cgraph.IgnoreOpts{}); err != nil {
		return fmt.Errorf("refreshing the postgres store's counts: %w", err)
	}
	return nil
}

// applyChunk removes or adds labelled quads that belong to no article
// (the derived values) in one transaction under the write lock, so that
// it interleaves with loaders' batches.
func (w *pgWriter) applyChunk(ctx context.Context, part []quad.Quad, remove bool) error {
	tx, err := w.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	if remove {
		keys := make([]quadKey, len(part))
		for i, q := range part {
			keys[i] = hashQuad(q)
		}
		err = w.remove(ctx, tx, keys)
	} else {
		adds := make(map[quadKey]quad.Quad, len(part))
		for _, q := range part {
			adds[hashQuad(q)] = q
		}
		err = w.add(ctx, tx, adds)
	}
	if err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

// ownedByLabel reads the quads labelled with each label hash, by hash.
func (w *pgWriter) ownedByLabel(ctx context.Context, tx *sql.Tx, labels [][]byte) (map[refs.ValueHash]map[quadKey]struct{}, error) {
	rows, err := tx.QueryContext(ctx, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE label_hash = ANY($1)`, pq.ByteaArray(labels))
	if err != nil {
		return nil, fmt.Errorf("reading the stored versions of the batch's articles: %w", err)
	}
	defer rows.Close()
	out := make(map[refs.ValueHash]map[quadKey]struct{})
	for rows.Next() {
		var s, p, o, l csql.NodeHash
		if err := rows.Scan(&s, &p, &o, &l); err != nil {
			return nil, fmt.Errorf("reading the stored versions of the batch's articles: %w", err)
		}
		var k quadKey
		k.Set(quad.Subject, s.ValueHash)
		k.Set(quad.Predicate, p.ValueHash)
		k.Set(quad.Object, o.ValueHash)
		k.Set(quad.Label, l.ValueHash)
		m := out[l.ValueHash]
		if m == nil {
			m = make(map[quadKey]struct{})
			out[l.ValueHash] = m
		}
		m[k] = struct{}{}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading the stored versions of the batch's articles: %w", err)
	}
	return out, nil
}

// copyRows runs COPY into table with one call of row per row.
func copyRows(ctx context.Context, tx *sql.Tx, table string, cols []string, n int, row func(i int) []any) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, cols...))
	if err != nil {
		return fmt.Errorf("starting COPY into %s: %w", table, err)
	}
	for i := 0; i < n; i++ {
		if _, err := stmt.ExecContext(ctx, row(i)...); err != nil {
			stmt.Close()
			return fmt.Errorf("COPY into %s: %w", table, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return fmt.Errorf("finishing COPY into %s: %w", table, err)
	}
	return stmt.Close()
}

// refCounts is the SQL that counts how many times each hash (h) appears
// in the quads of CTE name (n).
func refCounts(name string) string {
	return `SELECT h, count(*) AS n FROM (
			SELECT subject_hash AS h FROM ` + name + `
			UNION ALL SELECT predicate_hash FROM ` + name + `
			UNION ALL SELECT object_hash FROM ` + name + `
			UNION ALL SELECT label_hash FROM ` + name + ` WHERE label_hash IS NOT NULL
		) x GROUP BY h`
}

// refDelta is the SQL that adds sign × (the number of times each hash
// appears in the quads of CTE name) to nodes.refs.
func refDelta(name, sign string) string {
	return `UPDATE nodes SET refs = nodes.refs ` + sign + ` c.n FROM (` + refCounts(name) + `) c WHERE nodes.hash = c.h`
}

// add inserts the quads that are not stored yet and their nodes, and
// counts a reference per direction of each quad really inserted.
func (w *pgWriter) add(ctx context.Context, tx *sql.Tx, adds map[quadKey]quad.Quad) error {
	if len(adds) == 0 {
		return nil
	}
	nodes := make(map[refs.ValueHash]quad.Value, len(adds))
	keys := make([]quadKey, 0, len(adds))
	for k, q := range adds {
		keys = append(keys, k)
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				nodes[k.Get(d)] = v
			}
		}
	}
	nodeRows := make([][]any, 0, len(nodes))
	for h, v := range nodes {
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
		if err != nil {
			return fmt.Errorf("encoding the value %v: %w", v, err)
		}
		row := make([]any, 1+len(pgNodeColumns))
		row[0] = vals[0]
		for i, col := range typ.Columns() {
			for j, c := range pgNodeColumns {
				if c == col {
					row[1+j] = vals[1+i]
				}
			}
		}
		nodeRows = append(nodeRows, row)
	}
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE cg_nodes (LIKE nodes) ON COMMIT DROP;
		ALTER TABLE cg_nodes ALTER COLUMN refs DROP NOT NULL;
		CREATE TEMP TABLE cg_add (subject_hash bytea, predicate_hash bytea, object_hash bytea, label_hash bytea) ON COMMIT DROP`); err != nil {
		return fmt.Errorf("creating temporary tables: %w", err)
	}
	if err := copyRows(ctx, tx, "cg_nodes", append([]string{"hash"}, pgNodeColumns...), len(nodeRows), func(i int) []any { return nodeRows[i] }); err != nil {
		return err
	}
	if err := copyRows(ctx, tx, "cg_add", []string{"subject_hash", "predicate_hash", "object_hash", "label_hash"}, len(keys), func(i int) []any {
		k := keys[i]
		return []any{hashBytes(k.Get(quad.Subject)), hashBytes(k.Get(quad.Predicate)), hashBytes(k.Get(quad.Object)), hashBytes(k.Get(quad.Label))}
	}); err != nil {
		return err
	}
	cols := strings.Join(pgNodeColumns, ", ")
	// One statement inserts the quads not stored yet and then upserts
	// their nodes with the number of (quad, direction) pairs really
	// inserted: a new node is written once, with its count, where
	// inserting it at zero and then counting wrote it twice. (Cayley's
	// foreign keys, where a store still has them, are checked at the end
	// of the statement, when the nodes are in.)
	// Rows go in in key order: the batch's quads come from a Go map, and
	// in that random order each row lands on a cold index page (BBC and
	// Reuters loaded in 81 s instead of 87-92 s).
	if _, err := tx.ExecContext(ctx, `WITH ins AS (
		INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT subject_hash, predicate_hash, object_hash, label_hash, now() FROM cg_add
		ORDER BY subject_hash, predicate_hash, object_hash, label_hash
		ON CONFLICT DO NOTHING
		RETURNING subject_hash, predicate_hash, object_hash, label_hash
	), c AS (`+refCounts("ins")+`)
	INSERT INTO nodes (hash, refs, `+cols+`)
	SELECT n.hash, c.n, `+prefixed("n.", pgNodeColumns)+` FROM c JOIN cg_nodes n ON n.hash = c.h ORDER BY n.hash
	ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`); err != nil {
		return fmt.Errorf("inserting quads and their nodes: %w", err)
	}
	return nil
}

// prefixed joins the columns, each after prefix.
func prefixed(prefix string, cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = prefix + c
	}
	return strings.Join(out, ", ")
}

// remove deletes the given labelled quads, uncounts their references and
// drops the nodes nothing references any more.
func (w *pgWriter) remove(ctx context.Context, tx *sql.Tx, dels []quadKey) error {
	if len(dels) == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE cg_del (subject_hash bytea, predicate_hash bytea, object_hash bytea, label_hash bytea) ON COMMIT DROP`); err != nil {
		return fmt.Errorf("creating a temporary table: %w", err)
	}
	if err := copyRows(ctx, tx, "cg_del", []string{"subject_hash", "predicate_hash", "object_hash", "label_hash"}, len(dels), func(i int) []any {
		k := dels[i]
		return []any{hashBytes(k.Get(quad.Subject)), hashBytes(k.Get(quad.Predicate)), hashBytes(k.Get(quad.Object)), hashBytes(k.Get(quad.Label))}
	}); err != nil {
		return err
	}
	// Owned quads always have a label, so plain equality on all four
	// hashes finds them.
	if _, err := tx.ExecContext(ctx, `WITH del AS (
		DELETE FROM quads q USING cg_del d
		WHERE q.subject_hash = d.subject_hash AND q.predicate_hash = d.predicate_hash
		  AND q.object_hash = d.object_hash AND q.label_hash = d.label_hash
		RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash
	) `+refDelta("del", "-")); err != nil {
		return fmt.Errorf("deleting quads: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE refs <= 0 AND hash IN (
		SELECT subject_hash FROM cg_del UNION SELECT predicate_hash FROM cg_del
		UNION SELECT object_hash FROM cg_del UNION SELECT label_hash FROM cg_del)`); err != nil {
		return fmt.Errorf("deleting unreferenced nodes: %w", err)
	}
	return nil
}

// pgClose releases the writer's connections.
// close builds the indexes of a bulk load that ended without a recount
// (an error, an interrupt) before it lets the session go.
func (w *pgWriter) close() error {
	err := w.bulk.end(context.Background())
	if e := w.db.Close(); err == nil {
		err = e
	}
	return err
}
