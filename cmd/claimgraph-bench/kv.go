package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad/nquads"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
	"github.com/spf13/cobra"

	"github.com/claimgraph/claimgraph/graph"
)

// kvOptions are the kv command's flags: which of claimgraph's store
// settings the writer runs with.
type kvOptions struct {
	NQuads, DB   string
	Bloom, Label bool
	Batch, Step  int
}

// newKVCmd writes an N-Quads file straight through Cayley's kv writer
// into a fresh bolt file, with or without the bloom filters and the label
// index, so that the cost of each setting can be told apart from the rest
// of a load (extraction, the per-article diff, the derived recount).
func newKVCmd() *cobra.Command {
	var o kvOptions
	cmd := &cobra.Command{
		Use:   "kv",
		Short: "Write N-Quads through Cayley's kv writer with or without claimgraph's store settings",
		Long: `kv writes --nquads (e.g. a claimgraph export) into a fresh bolt file in
transactions of --batch quads, as cayley load does, and prints the rate of
every --step quads and the total. --bloom and --label choose the settings:
Cayley's own are --bloom --label=false, claimgraph's --bloom=false --label.

	claimgraph-bench kv --nquads graph.nq --db /tmp/kv.bolt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runKV(cmd.Context(), o, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.NQuads, "nquads", "", "the N-Quads file to write")
	f.StringVar(&o.DB, "db", "kv-bench.bolt", "the bolt file to create (removed first)")
	f.BoolVar(&o.Bloom, "bloom", false, "keep Cayley's kv bloom filters on (claimgraph's bolt.bloom)")
	f.BoolVar(&o.Label, "label", true, "add claimgraph's label index")
	f.IntVar(&o.Batch, "batch", 10000, "quads per transaction")
	f.IntVar(&o.Step, "step", 500000, "quads per printed row")
	return cmd
}

func runKV(ctx context.Context, o kvOptions, out io.Writer) error {
	if o.NQuads == "" {
		return errors.New("give the N-Quads file to write with --nquads")
	}
	if err := os.Remove(o.DB); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("clearing %s: %w", o.DB, err)
	}
	qs, err := openKV(o)
	if err != nil {
		return err
	}
	defer qs.Close()
	w, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return fmt.Errorf("opening a quad writer: %w", err)
	}
	defer w.Close()
	f, err := os.Open(o.NQuads)
	if err != nil {
		return fmt.Errorf("opening the N-Quads: %w", err)
	}
	defer f.Close()
	rd := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	start, last := time.Now(), time.Now()
	n, lastN := 0, 0
	for ctx.Err() == nil {
		tx := cgraph.NewTransaction()
		for len(tx.Deltas) < o.Batch {
			q, err := rd.ReadQuad()
			if errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return fmt.Errorf("reading %s: %w", o.NQuads, err)
			}
			tx.AddQuad(q)
		}
		if len(tx.Deltas) == 0 {
			break
		}
		if err := w.ApplyTransaction(tx); err != nil {
			return fmt.Errorf("writing: %w", err)
		}
		n += len(tx.Deltas)
		if n-lastN >= o.Step {
			fmt.Fprintf(out, "%d quads\t%.1f s\t%.0f quads/s in the step\n", n, time.Since(start).Seconds(), float64(n-lastN)/time.Since(last).Seconds())
			last, lastN = time.Now(), n
		}
	}
	fmt.Fprintf(out, "%d quads in %.1f s: %.0f quads/s (bloom %v, label index %v, batches of %d)\n",
		n, time.Since(start).Seconds(), float64(n)/time.Since(start).Seconds(), o.Bloom, o.Label, o.Batch)
	return ctx.Err()
}

// openKV creates the bolt store as graph.Open does, with the settings
// chosen.
func openKV(o kvOptions) (cgraph.QuadStore, error) {
	db, err := hbolt.Open(o.DB, &boltdb.Options{})
	if err != nil {
		return nil, fmt.Errorf("creating %s: %w", o.DB, err)
	}
	err = kv.Init(db, nil)
	if err == nil && o.Label {
		err = graph.AddLabelIndex(db)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("initialising %s: %w", o.DB, err)
	}
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: !o.Bloom})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", o.DB, err)
	}
	return qs, nil
}
