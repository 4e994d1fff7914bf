package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/cmd/internal/config"
	"github.com/claimgraph/claimgraph/graph"
)

func newServeCmd(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve Cayley's query API and the stored queries over HTTP",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := config.Queries(v)
			if err != nil {
				return err
			}
			st, err := config.OpenStore(cmd.Context(), v, "serve")
			if err != nil {
				return err
			}
			defer st.Close()
			log := slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), nil))
			if v.GetString("memory_limit") == "" && os.Getenv("GOMEMLIMIT") == "" {
				// The heap watch stops a runaway query, but the strings it
				// doubled are garbage the collector would otherwise free
				// only at its next cycle, twice the heap away: RSS peaked
				// at 1.7 GB with 8 bombs and no limit (docs/http.md).
				debug.SetMemoryLimit(3 * v.GetInt64("serve.max_query_heap"))
			}
			if err := recountIfStale(cmd.Context(), st, log); err != nil {
				return err
			}
			srv := graph.NewServer(st, set, graph.ServeConfig{
				Addr:           v.GetString("serve.addr"),
				Writable:       v.GetBool("serve.writable"),
				WriteToken:     v.GetString("serve.write_token"),
				QueryTimeout:   v.GetDuration("serve.query_timeout"),
				ResultCap:      v.GetInt("serve.result_cap"),
				MaxBody:        v.GetInt64("serve.max_body"),
				MaxWriteBody:   v.GetInt64("serve.max_write_body"),
				MaxQueryHeap:   v.GetUint64("serve.max_query_heap"),
				MaxConcurrent:  v.GetInt("serve.max_concurrent"),
				MaxAdhoc:       v.GetInt("serve.max_adhoc"),
				QueueWait:      v.GetDuration("serve.queue_wait"),
				MaxQueued:      v.GetInt("serve.max_queued"),
				CacheEntries:   v.GetInt("serve.cache_entries"),
				CacheTTL:       v.GetDuration("serve.cache_ttl"),
				AllowedOrigins: v.GetStringSlice("serve.allowed_origins"),
				AllowedHosts:   v.GetStringSlice("serve.allowed_hosts"),
				Logger:         log,
			})
			return srv.ListenAndServe(cmd.Context(), func(addr string) {
				fmt.Fprintf(cmd.OutOrStdout(), "serving %s store %s on http://%s/ (api at /api/v2/, stored queries at /api/queries)\n",
					st.Backend(), v.GetString("db"), addr)
			})
		},
	}
	cmd.Flags().String("addr", "", "listen address (default 127.0.0.1:64210)")
	cmd.PreRunE = func(cmd *cobra.Command, args []string) error {
		return v.BindPFlag("serve.addr", cmd.Flags().Lookup("addr"))
	}
	return cmd
}

// recountIfStale recounts the derived values before serving when a load
// stopped before its recount ended: the stored queries read them, and
// on bolt the server holds the file, so nothing else could.
func recountIfStale(ctx context.Context, st *graph.Store, log *slog.Logger) error {
	stale, err := st.DerivedStale(ctx)
	if err != nil || !stale {
		return err
	}
	t0 := time.Now()
	log.Info("recounting the speaker and mention counts, which an interrupted load left stale")
	if err := st.RefreshDerived(ctx); err != nil {
		return fmt.Errorf("%w; the store's counts are stale, and `claimgraph repair` recounts them", err)
	}
	log.Info("recounted the speaker and mention counts", "seconds", time.Since(t0).Seconds())
	return nil
}
