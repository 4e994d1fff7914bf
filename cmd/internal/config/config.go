// Package config owns the settings the claimgraph commands share: their
// defaults (config.yaml documents each), reading them from the config
// file, the environment and flags with viper, and turning them into the
// plain config structs the packages take. It is the one place outside a
// command's main package that uses viper.
package config

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/clog"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/load"
	"github.com/claimgraph/claimgraph/queries"
)

// Defaults are the settings used when neither config.yaml, the
// environment nor a flag gives one; config.yaml documents each.
var Defaults = map[string]any{
	"backend":               "bolt",
	"db":                    "claimgraph.bolt",
	"open_timeout":          "5s",
	"nosync":                false,
	"bolt.bloom":            false,
	"memory_limit":          "",
	"load_gc_percent":       LoadGCPercent,
	"load_memory_limit":     LoadMemoryLimit,
	"batch_quads":           0,
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

// Read fills v from, in rising order of precedence, Defaults, the config
// file (cfgFile, else ./config.yaml when present), CLAIMGRAPH_*
// environment variables and cmd's --backend and --db flags.
func Read(v *viper.Viper, cmd *cobra.Command, cfgFile string) error {
	for k, d := range Defaults {
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

// Store is the store configuration v holds; purpose names the command in
// the lock-holder file and in errors.
func Store(v *viper.Viper, purpose string) graph.Config {
	return graph.Config{
		Backend:      v.GetString("backend"),
		Address:      v.GetString("db"),
		OpenTimeout:  v.GetDuration("open_timeout"),
		NoSync:       v.GetBool("nosync"),
		NoBloom:      !v.GetBool("bolt.bloom"),
		NoQuotations: !v.GetBool("link_quotations"),
		Purpose:      purpose,
		Progress:     os.Stderr,
	}
}

// OpenStore opens the store v configures.
func OpenStore(ctx context.Context, v *viper.Viper, purpose string) (*graph.Store, error) {
	return graph.Open(ctx, Store(v, purpose))
}

// Queries loads the stored queries (queries_dir, else the embedded set).
func Queries(v *viper.Viper) (*queries.Set, error) {
	return queries.Load(v.GetString("queries_dir"))
}

// ApplyMemoryLimit sets the Go runtime's soft memory limit (GOMEMLIMIT)
// from the memory_limit setting, e.g. "768MiB"; empty leaves the runtime
// default (or the GOMEMLIMIT environment variable) alone.
func ApplyMemoryLimit(s string) error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	n, err := parseSize(s)
	if err != nil {
		return fmt.Errorf("memory_limit %w", err)
	}
	debug.SetMemoryLimit(n)
	return nil
}

// parseSize reads a size like 768MiB or 1GiB.
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
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
		return 0, fmt.Errorf("%q is not a size: write it like 768MiB or 1GiB", s)
	}
	return n * mult, nil
}

// The garbage collector's defaults for load and extract (config.yaml,
// load_gc_percent and load_memory_limit; BENCHMARKS.md, "Counting while
// writing, and the collector's pace").
const (
	LoadGCPercent   = 400
	LoadMemoryLimit = "512MiB"
)

// ApplyLoadGC sets the garbage collector's pace for a bulk command (load,
// extract): GOGC load_gc_percent, unless the GOGC environment variable
// is set, and, unless memory_limit or GOMEMLIMIT already set one, the
// soft memory limit load_memory_limit. A load's heap is mostly short-
// lived (extracted articles, a transaction's pages), so collecting less
// often saves CPU; the limit bounds the peak that costs (Go's heap at
// most the limit, besides bolt's mapped pages). It returns what it set,
// -1 for what it left alone.
func ApplyLoadGC(v *viper.Viper) (percent int, limit int64, err error) {
	percent, limit = -1, -1
	if p := v.GetInt("load_gc_percent"); p > 0 && os.Getenv("GOGC") == "" {
		debug.SetGCPercent(p)
		percent = p
	}
	l := strings.TrimSpace(v.GetString("load_memory_limit"))
	if l == "" || strings.TrimSpace(v.GetString("memory_limit")) != "" || os.Getenv("GOMEMLIMIT") != "" {
		return percent, limit, nil
	}
	if limit, err = parseSize(l); err != nil {
		return percent, -1, fmt.Errorf("load_memory_limit %w", err)
	}
	debug.SetMemoryLimit(limit)
	return percent, limit, nil
}

// BatchQuads is the number of quads a load writes per transaction:
// batch_quads when set, else the backend's own. On bolt each commit
// rewrites every page its puts touched (the node buckets all over the
// file), and 25,000 took 0.91 of the CPU of 10,000 at 21k articles (one
// run each); the transaction's pages are Go heap, which
// load_memory_limit bounds (at the default pace, 50,000 had raised the
// peak RSS from 718 to 946 MiB; BENCHMARKS.md, "Counting while writing,
// and the collector's pace"). On PostgreSQL each batch pays for its temporary
// tables, statements and commit, and 50,000 loaded the BBC corpus in
// 0.91 of the time (docs/postgres.md, "The fast writer"). A load
// through a server does not know the server's backend and keeps 10,000.
func BatchQuads(v *viper.Viper, throughServer bool) int {
	if n := v.GetInt("batch_quads"); n > 0 {
		return n
	}
	switch {
	case throughServer:
		return 10000
	case v.GetString("backend") == graph.Postgres:
		return 50000
	case v.GetString("backend") == graph.Bolt:
		return 25000
	}
	return 10000
}

// Limits are the per-article limits of a load.
func Limits(v *viper.Viper) load.Limits {
	return load.Limits{MaxBytes: v.GetInt("max_article_bytes"), MaxClaims: v.GetInt("max_article_claims")}
}
