package graph_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/internal/pgtest"
)

// quadIndexes counts Cayley's secondary indexes on quads that exist.
func quadIndexes(t *testing.T, dsn string) int {
	t.Helper()
	return countOf(t, dsn, `SELECT count(*) FROM pg_indexes WHERE tablename = 'quads'
		AND indexname IN ('spo_index', 'ops_index', 'pos_index', 'osp_index')`)
}

func openFor(t *testing.T, dsn, purpose string) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Postgres, Address: dsn, Purpose: purpose})
	require.NoError(t, err)
	return st
}

// A load into an empty store writes without Cayley's secondary indexes
// and builds them before its recount; a process opening the store
// meanwhile leaves them to the loader; the graph is the one an indexed
// load writes.
func TestPostgresBulkLoadBuildsIndexesAtItsEnd(t *testing.T) {
	ctx := context.Background()
	bs := corpus(t, 20)
	plain, _ := openPostgres(t)
	writeAll(t, plain, bs)
	require.NoError(t, plain.RefreshDerived(ctx))

	dsn := pgtest.Fresh(t)
	st := openFor(t, dsn, "load")
	defer st.Close()
	assert.Equal(t, 4, quadIndexes(t, dsn), "an open store has its indexes")
	writeAll(t, st, bs)
	assert.Zero(t, quadIndexes(t, dsn), "a load into an empty store drops them")

	reader := openFor(t, dsn, "serve")
	assert.Zero(t, quadIndexes(t, dsn), "another process leaves them to the loader")
	require.NoError(t, reader.Close())

	require.NoError(t, st.RefreshDerived(ctx))
	assert.Equal(t, 4, quadIndexes(t, dsn), "the recount's first step builds them")
	assert.Equal(t, exportSorted(t, plain), exportSorted(t, st))
	assert.Zero(t, badRefs(t, dsn))
}

// A bulk load killed before its end leaves the indexes missing and no
// lock held: the next open builds them. A load into a store that has
// quads keeps them all along.
func TestPostgresOpenRepairsIndexesOfAKilledBulkLoad(t *testing.T) {
	ctx := context.Background()
	bs := corpus(t, 5)
	dsn := pgtest.Fresh(t)
	st := openFor(t, dsn, "load")
	writeAll(t, st, bs[:len(bs)/2])
	require.NoError(t, st.Close(), "Close ends the bulk load too")
	assert.Equal(t, 4, quadIndexes(t, dsn))

	db, err := sql.Open("postgres", dsn)
	require.NoError(t, err)
	defer db.Close()
	_, err = db.Exec(`DROP INDEX spo_index, pos_index`)
	require.NoError(t, err)
	again := openFor(t, dsn, "load")
	defer again.Close()
	assert.Equal(t, 4, quadIndexes(t, dsn), "opening builds what a killed load left missing")
	writeAll(t, again, bs[len(bs)/2:])
	assert.Equal(t, 4, quadIndexes(t, dsn), "a store with quads keeps its indexes during a load")
	require.NoError(t, again.RefreshDerived(ctx))
}
