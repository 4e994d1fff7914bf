package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every quad of the file reaches the store, with either setting.
func TestKVWritesEveryQuad(t *testing.T) {
	dir := t.TempDir()
	nq := filepath.Join(dir, "g.nq")
	require.NoError(t, os.WriteFile(nq, []byte(`<http://ex.org/a> <http://ex.org/p> "one" <http://ex.org/art1> .
<http://ex.org/a> <http://ex.org/p> "two" <http://ex.org/art1> .
<http://ex.org/b> <http://ex.org/q> <http://ex.org/a> <http://ex.org/art2> .
`), 0o644))
	tests := []struct {
		name         string
		bloom, label bool
	}{
		{"claimgraph's settings", false, true},
		{"Cayley's settings", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := kvOptions{NQuads: nq, DB: filepath.Join(dir, tt.name+".bolt"), Bloom: tt.bloom, Label: tt.label, Batch: 2, Step: 1}
			var out bytes.Buffer
			require.NoError(t, runKV(context.Background(), o, &out))
			assert.Contains(t, out.String(), "3 quads in ")
			qs, err := openKVExisting(o)
			require.NoError(t, err)
			defer qs.Close()
			assert.EqualValues(t, 3, qs.Size())
		})
	}
}

// openKVExisting opens a store runKV wrote, for the tests.
func openKVExisting(o kvOptions) (interface {
	Size() int64
	Close() error
}, error) {
	db, err := hbolt.Open(o.DB, &boltdb.Options{})
	if err != nil {
		return nil, err
	}
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return nil, err
	}
	return qs.(interface {
		Size() int64
		Close() error
	}), nil
}
