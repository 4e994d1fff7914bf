// Command claimgraph loads news articles into a Cayley claim graph,
// runs stored queries over it and serves it over HTTP.
//
// Configuration is read here and only here (viper): config.yaml, then
// CLAIMGRAPH_* environment variables, then flags, each overriding the
// one before. Packages get plain config structs.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/cayleygraph/cayley/clog"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/queries"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// exitError carries a process exit code through cobra.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func run(ctx context.Context, args []string) int {
	v := viper.New()
	root := newRootCmd(v)
	root.SetArgs(args)
	if err := root.ExecuteContext(ctx); err != nil {
		var ee exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		fmt.Fprintln(os.Stderr, "claimgraph:", err)
		return 1
	}
	return 0
}

func newRootCmd(v *viper.Viper) *cobra.Command {
	var cfgFile string
	root := &cobra.Command{
		Use:           "claimgraph",
		Short:         "Track who said what in the news, as a Cayley knowledge graph",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionString(),
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := readConfig(v, cmd, cfgFile); err != nil {
				return err
			}
			return applyMemoryLimit(v.GetString("memory_limit"))
		},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.PersistentFlags().StringVar(&cfgFile, "config", "", "config file (default: ./config.yaml when present)")
	root.PersistentFlags().String("backend", "", "store backend: bolt, postgres or memstore")
	root.PersistentFlags().String("db", "", "store address: a bolt file path or a PostgreSQL connection string")
	root.PersistentFlags().Bool("verbose", false, "log Cayley's own messages")
	root.AddCommand(newLoadCmd(v), newExtractCmd(v), newQueryCmd(v), newExportCmd(v), newServeCmd(v), newEntitiesCmd(v),
		newEvalCmd(), newHTMLBenchCmd(), newBenchCmd(v), newVersionCmd(), newRepairCmd(v))
	return root
}

// defaults are the settings used when neither config.yaml, the
// environment nor a flag gives one; config.yaml documents each.
var defaults = map[string]any{
	"backend":               "bolt",
	"db":                    "claimgraph.bolt",
	"open_timeout":          "5s",
	"nosync":                false,
	"bolt.bloom":            false,
	"memory_limit":          "",
	"batch_quads":           10000,
	"link_quotations":       true,
	"workers":               0,
	"max_article_bytes":     4 << 20,
	"max_article_claims":    1000,
	"queries_dir":           "",
	"serve.addr":            "127.0.0.1:64210",
	"serve.writable":        false,
	"serve.write_token":     "",
	"serve.query_timeout":   "5s",
	"serve.result_cap":      5000,
	"serve.max_body":        1 << 20,
	"serve.max_concurrent":  8,
	"serve.max_adhoc":       2,
	"serve.queue_wait":      "2s",
	"serve.max_queued":      256,
	"serve.max_write_body":  64 << 20,
	"serve.max_query_heap":  256 << 20,
	"serve.cache_entries":   1024,
	"serve.cache_ttl":       "30s",
	"serve.allowed_origins": []string{},
	"serve.allowed_hosts":   []string{},
}

func readConfig(v *viper.Viper, cmd *cobra.Command, cfgFile string) error {
	for k, d := range defaults {
		v.SetDefault(k, d)
	}
	v.SetEnvPrefix("CLAIMGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if cfgFile != "" {
		v.SetConfigFile(cfgFile)
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("reading the config file %s: %w", cfgFile, err)
		}
	} else if _, err := os.Stat("config.yaml"); err == nil {
		v.SetConfigFile("config.yaml")
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("reading config.yaml: %w", err)
		}
	}
	for _, name := range []string{"backend", "db"} {
		if f := cmd.Flags().Lookup(name); f != nil {
			if err := v.BindPFlag(name, f); err != nil {
				return err
			}
		}
	}
	if verbose, _ := cmd.Flags().GetBool("verbose"); !verbose {
		// Cayley's errors reach us as returned errors, which we report
		// once, in words a user can act on; its log lines would repeat
		// them without context.
		clog.SetLogger(nil)
	}
	return nil
}

func storeConfig(v *viper.Viper, purpose string) graph.Config {
	return graph.Config{
		Backend:      v.GetString("backend"),
		Address:      v.GetString("db"),
		OpenTimeout:  v.GetDuration("open_timeout"),
		NoSync:       v.GetBool("nosync"),
		NoBloom:      !v.GetBool("bolt.bloom"),
		NoQuotations: !v.GetBool("link_quotations"),
		Purpose:      purpose,
	}
}

func openStore(ctx context.Context, v *viper.Viper, purpose string) (*graph.Store, error) {
	return graph.Open(ctx, storeConfig(v, purpose))
}

func loadQueries(v *viper.Viper) (*queries.Set, error) {
	return queries.Load(v.GetString("queries_dir"))
}

// applyMemoryLimit sets the Go runtime's soft memory limit (GOMEMLIMIT)
// from the memory_limit setting, e.g. "768MiB"; empty leaves the runtime
// default (or the GOMEMLIMIT environment variable) alone.
func applyMemoryLimit(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	units := []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("memory_limit %q is not a size: write it like 768MiB or 1GiB", s)
	}
	debug.SetMemoryLimit(n * mult)
	return nil
}
