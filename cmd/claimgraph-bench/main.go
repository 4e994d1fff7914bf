// Command claimgraph-bench is the benchmark harness, kept out of the
// product binary: it builds the replayed BBC + Reuters corpus, loads it
// through the same load loop as `claimgraph load` (package loaders/load)
// while sampling memory, writes the same quads again without extraction,
// times every stored query in process and over HTTP, and scores the
// HTML reader (`claimgraph-bench html`).
//
// It reads the same settings as claimgraph (config.yaml, CLAIMGRAPH_*
// variables, flags) through cmd/internal/config.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/viper"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd(viper.New()).ExecuteContext(ctx)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "claimgraph-bench:", err)
		os.Exit(1)
	}
}
