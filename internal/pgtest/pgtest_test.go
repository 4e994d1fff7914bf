package pgtest

import (
	"database/sql"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFreshIsEmptyAndWritable(t *testing.T) {
	dsn := Fresh(t)
	db, err := sql.Open("postgres", dsn)
	require.NoError(t, err)
	defer db.Close()
	var n int
	require.NoError(t, db.QueryRow(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`).Scan(&n))
	require.Zero(t, n, "a fresh database has no tables")
	_, err = db.Exec(`CREATE TABLE t (x int)`)
	require.NoError(t, err)
}
