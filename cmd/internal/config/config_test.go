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
