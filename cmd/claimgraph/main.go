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
	"runtime/pprof"
	"syscall"

	"github.com/claimgraph/claimgraph/cmd/internal/config"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
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
	stopProfile := new(func())
	*stopProfile = func() {}
	root := &cobra.Command{
		Use:           "claimgraph",
		Short:         "Track who said what in the news, as a Cayley knowledge graph",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionString(),
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := config.Read(v, cmd, cfgFile); err != nil {
				return err
			}
			if err := config.ApplyMemoryLimit(v.GetString("memory_limit")); err != nil {
				return err
			}
			return startProfile(cmd, stopProfile)
		},
		PersistentPostRun: func(*cobra.Command, []string) { (*stopProfile)() },
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.PersistentFlags().StringVar(&cfgFile, "config", "", "config file (default: ./config.yaml when present)")
	root.PersistentFlags().String("backend", "", "store backend: bolt, postgres or memstore")
	root.PersistentFlags().String("db", "", "store address: a bolt file path or a PostgreSQL connection string")
	root.PersistentFlags().Bool("verbose", false, "log Cayley's own messages")
	root.PersistentFlags().String("cpuprofile", "", "write a CPU profile of the command to this file (go tool pprof reads it)")
	_ = root.PersistentFlags().MarkHidden("cpuprofile")
	root.AddCommand(newLoadCmd(v), newExtractCmd(v), newQueryCmd(v), newExportCmd(v), newServeCmd(v), newEntitiesCmd(v),
		newEvalCmd(), newVersionCmd(), newRepairCmd(v))
	return root
}

// startProfile starts the CPU profile --cpuprofile asks for and sets
// *stop to end it; a profile is how a load's time is taken apart
// (BENCHMARKS.md).
func startProfile(cmd *cobra.Command, stop *func()) error {
	path, _ := cmd.Flags().GetString("cpuprofile")
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("creating the CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("starting the CPU profile: %w", err)
	}
	*stop = func() {
		pprof.StopCPUProfile()
		f.Close()
	}
	return nil
}
