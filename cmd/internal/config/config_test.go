package config

import (
	"os"
	"runtime/debug"
	"sort"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
	"github.com/stretchr/testify/require"
)

// config.yaml is the documentation of every setting, and the defaults
// map is what a binary run without it uses: they must name the same keys
// with the same values, or a user reading the file is misled.
func TestConfigFileMatchesDefaults(t *testing.T) {
	f := viper.New()
	f.SetConfigFile("../../../config.yaml")
	require.NoError(t, f.ReadInConfig())
	d := viper.New()
	for k, val := range Defaults {
		d.SetDefault(k, val)
	}
	fileKeys, defKeys := f.AllKeys(), d.AllKeys()
	sort.Strings(fileKeys)
	sort.Strings(defKeys)
	require.Equal(t, defKeys, fileKeys, "config.yaml and the defaults in cmd/internal/config list different keys")
	for _, k := range fileKeys {
		require.Equal(t, d.GetString(k), f.GetString(k), "config.yaml and cmd/internal/config disagree on %s", k)
	}
}

// The environment overrides the file: CLAIMGRAPH_SERVE_CACHE_ENTRIES
// reaches a nested key.
func TestEnvironmentOverridesFile(t *testing.T) {
	t.Setenv("CLAIMGRAPH_SERVE_CACHE_ENTRIES", "-1")
	t.Setenv("CLAIMGRAPH_DB", "/tmp/elsewhere.bolt")
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(dir+"/c.yaml", []byte("db: here.bolt\nserve:\n  cache_entries: 5\n"), 0o644))
	v := viper.New()
	cmd := &cobra.Command{}
	cmd.Flags().String("backend", "", "")
	cmd.Flags().String("db", "", "")
	require.NoError(t, Read(v, cmd, dir+"/c.yaml"))
	require.Equal(t, -1, v.GetInt("serve.cache_entries"))
	require.Equal(t, "/tmp/elsewhere.bolt", v.GetString("db"))
}

// batch_quads 0 means the backend's own size; a set value wins, and a
// load through a server, whose backend it cannot see, keeps 10,000.
func TestBatchQuadsByBackend(t *testing.T) {
	tests := []struct {
		name          string
		backend       string
		set           int
		throughServer bool
		want          int
	}{
		{"bolt", "bolt", 0, false, 25000},
		{"bolt through a server", "bolt", 0, true, 10000},
		{"memstore", "memstore", 0, false, 10000},
		{"postgres", "postgres", 0, false, 50000},
		{"postgres through a server", "postgres", 0, true, 10000},
		{"set on postgres", "postgres", 2000, false, 2000},
		{"set on bolt", "bolt", 30000, false, 30000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := viper.New()
			for k, val := range Defaults {
				v.SetDefault(k, val)
			}
			v.Set("backend", tt.backend)
			if tt.set > 0 {
				v.Set("batch_quads", tt.set)
			}
			require.Equal(t, tt.want, BatchQuads(v, tt.throughServer))
		})
	}
}

// Load and extract collect at load_gc_percent under load_memory_limit,
// unless the environment or memory_limit already decide.
func TestApplyLoadGC(t *testing.T) {
	tests := []struct {
		name        string
		env         map[string]string // CLAIMGRAPH_* and GO* variables
		wantPercent int
		wantLimit   int64
		wantErr     bool
	}{
		{"defaults", nil, LoadGCPercent, 512 << 20, false},
		{"GOGC in the environment wins", map[string]string{"GOGC": "150"}, -1, 512 << 20, false},
		{"memory_limit set: no load limit", map[string]string{"CLAIMGRAPH_MEMORY_LIMIT": "900MiB"}, LoadGCPercent, -1, false},
		{"GOMEMLIMIT set: no load limit", map[string]string{"GOMEMLIMIT": "900MiB"}, LoadGCPercent, -1, false},
		{"own values", map[string]string{"CLAIMGRAPH_LOAD_GC_PERCENT": "250", "CLAIMGRAPH_LOAD_MEMORY_LIMIT": "1GiB"}, 250, 1 << 30, false},
		{"both off", map[string]string{"CLAIMGRAPH_LOAD_GC_PERCENT": "0", "CLAIMGRAPH_LOAD_MEMORY_LIMIT": " "}, -1, -1, false},
		{"not a size", map[string]string{"CLAIMGRAPH_LOAD_MEMORY_LIMIT": "lots"}, LoadGCPercent, -1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, k := range []string{"GOGC", "GOMEMLIMIT", "CLAIMGRAPH_MEMORY_LIMIT"} {
				t.Setenv(k, "")
			}
			for k, val := range tt.env {
				t.Setenv(k, val)
			}
			oldPercent := debug.SetGCPercent(100)
			oldLimit := debug.SetMemoryLimit(-1)
			t.Cleanup(func() {
				debug.SetGCPercent(oldPercent)
				debug.SetMemoryLimit(oldLimit)
			})
			v := viper.New()
			require.NoError(t, Read(v, &cobra.Command{}, "../../../config.yaml"))
			percent, limit, err := ApplyLoadGC(v)
			if tt.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tt.wantPercent, percent)
			require.Equal(t, tt.wantLimit, limit)
			if limit > 0 {
				require.Equal(t, limit, debug.SetMemoryLimit(-1))
			}
		})
	}
}
