package graph_test

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPostgresExportInBulk: the bulk export of a PostgreSQL store gives
// the quads Cayley's own QuadStore reader gives, in every format, after
// loads, a replace and a recount (which removes quads and so leaves gaps
// in the stored positions).
func TestPostgresExportInBulk(t *testing.T) {
	bs := corpus(t, 40)
	pg, _ := openPostgres(t)
	ctx := context.Background()
	writeAll(t, pg, bs)
	writeAll(t, pg, edited(bs[:6]))
	require.NoError(t, pg.RefreshDerived(ctx))

	formats := []string{"nquads", "jsonld", "claimreview"}
	bulk := make(map[string][]string, len(formats))
	for _, f := range formats {
		bulk[f] = exportLines(t, pg, f)
	}
	n, err := pg.Count(ctx)
	require.NoError(t, err)
	assert.Len(t, bulk["nquads"], int(n), "one line per stored quad")

	pg.WithoutFastWriter() // from here on, Export reads through Cayley
	for _, f := range formats {
		assert.Equal(t, exportLines(t, pg, f), bulk[f], f)
	}
}

// exportLines is an export's lines, sorted.
func exportLines(t *testing.T, st *graph.Store, format string) []string {
	t.Helper()
	var buf bytes.Buffer
	_, err := st.Export(context.Background(), &buf, format)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	sort.Strings(lines)
	return lines
}
