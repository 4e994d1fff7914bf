// Command claimgraph loads news articles into a Cayley claim graph,
// runs stored queries over it and serves it over HTTP.
package main

import (
	"os"

	"github.com/spf13/cobra"
)

func main() {
	root := &cobra.Command{Use: "claimgraph", SilenceUsage: true}
	root.AddCommand(newEvalCmd(), newHTMLBenchCmd())
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
