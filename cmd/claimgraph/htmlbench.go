package main

import "github.com/spf13/cobra"

// newHTMLBenchCmd is replaced by the HTML extractor's benchmark command.
func newHTMLBenchCmd() *cobra.Command {
	return &cobra.Command{Use: "bench-html", Short: "Benchmark HTML article extraction", Hidden: true}
}
