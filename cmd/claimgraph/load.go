package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/cmd/internal/config"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/load"
)

func newLoadCmd(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Extract claims from articles and store them in the graph",
		Long: `Load reads plain-text articles (headline on line 1), JSON or JSON Lines
objects {id, url, title, published, publisher, author, body}, saved HTML
pages and RSS/Atom feeds, from files, folders (walked recursively) or "-"
for standard input. Loading an article again replaces it.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) (err error) {
			if _, _, err := config.ApplyLoadGC(v); err != nil {
				return err
			}
			// --server loads through a running `claimgraph serve`; the
			// extraction still runs here.
			var st graph.Writer
			server, _ := cmd.Flags().GetString("server")
			if server != "" {
				st = graph.NewClient(server, v.GetString("serve.write_token"))
			} else {
				local, oerr := config.OpenStore(cmd.Context(), v, "load")
				if oerr != nil {
					return oerr
				}
				// A store a load created is synced to disk on Close
				// (graph.Store.Close), so its error matters.
				defer func() {
					if cerr := local.Close(); err == nil {
						err = cerr
					}
				}()
				st = local
			}
			opts := load.Options{
				Workers:    v.GetInt("workers"),
				BatchQuads: config.BatchQuads(v, server != ""),
				Progress:   isTerminal(os.Stderr),
				Limits:     config.Limits(v),
			}
			// Undocumented, for the crash tests: lines on standard error
			// before and after each commit tell them how far the load has
			// got, so that they can kill it at chosen points.
			if os.Getenv("CLAIMGRAPH_TEST_COMMIT_MARKS") != "" {
				opts.CommitMarks = cmd.ErrOrStderr()
			}
			sum, err := load.Articles(cmd.Context(), st, args, cmd.InOrStdin(), cmd.ErrOrStderr(), opts)
			fmt.Fprintln(cmd.OutOrStdout(), sum.String())
			if err != nil {
				return err
			}
			force, _ := cmd.Flags().GetBool("recount")
			changed := sum.Quads > 0 || sum.Removed > 0
			recount := graph.RecountOptions{Chunk: opts.BatchQuads, Marks: opts.CommitMarks}
			if err := recountDerived(cmd.Context(), st, changed || force, recount, cmd.ErrOrStderr()); err != nil {
				return err
			}
			if sum.Rejected > 0 {
				return exitError{code: 2}
			}
			return nil
		},
	}
	cmd.Flags().Bool("recount", false, "recount the derived speaker and mention counts even when the load changes nothing (as `claimgraph repair` does)")
	cmd.Flags().String("server", "", "load through the claimgraph server at this URL (e.g. http://127.0.0.1:64210), with the bearer token serve.write_token or CLAIMGRAPH_SERVE_WRITE_TOKEN")
	return cmd
}

// recountDerived brings the derived speaker and mention counts up to
// date at the end of a load: when it changed the graph (or force), and
// when the store says an earlier load stopped before its recount ended.
// A load that changed nothing skips it otherwise: it is a full recount,
// seconds on a large store.
func recountDerived(ctx context.Context, st graph.Writer, force bool, o graph.RecountOptions, errw io.Writer) error {
	if !force {
		stale, err := graph.DerivedStaleOf(ctx, st)
		if err != nil || !stale {
			return err
		}
		fmt.Fprintln(errw, "an earlier load stopped before it recounted the speaker and mention counts; recounting them now")
	}
	t0 := time.Now()
	if err := graph.RefreshDerivedOf(ctx, st, o); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("the load was interrupted while recounting the speaker and mention counts. %s", staleHint)
		}
		return fmt.Errorf("%w. %s", err, staleHint)
	}
	if d := time.Since(t0); d > 2*time.Second {
		fmt.Fprintf(errw, "speaker and mention counts recounted in %.1fs\n", d.Seconds())
	}
	return nil
}

// staleHint says what to do about derived counts a load left stale.
const staleHint = "Every article is stored; the counts stay marked stale, and `claimgraph repair` (or the next `claimgraph load`) recounts them"

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
