package config

import (
	"os"
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
		{"bolt", "bolt", 0, false, 10000},
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
