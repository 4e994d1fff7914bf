package main

import "github.com/spf13/cobra"

// newEvalCmd is replaced by the attribution engine's eval command.
func newEvalCmd() *cobra.Command {
	return &cobra.Command{Use: "eval", Short: "Score attribution extraction against PolNeAR-style gold", Hidden: true}
}
