package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/cmd/internal/config"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

func newExtractCmd(v *viper.Viper) *cobra.Command {
	return &cobra.Command{
		Use:   "extract PATH...",
		Short: "Run the extraction pipeline without a store and print JSON Lines",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, _, err := config.ApplyLoadGC(v); err != nil {
				return err
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			// One article at a time, each written out before the next.
			pl := pipeline.Default().Runner()
			lim := config.Limits(v)
			rejected := 0
			var werr error
			input.Walk(args, cmd.InOrStdin(), func(it input.Item) bool {
				if it.Err == nil {
					it.Err = lim.CheckSize(it.Article)
				}
				if it.Err != nil {
					rejected++
					fmt.Fprintf(cmd.ErrOrStderr(), "rejected %v\n", it.Err)
					return true
				}
				d, err := pl.Run(it.Article)
				if err != nil {
					rejected++
					fmt.Fprintf(cmd.ErrOrStderr(), "rejected %v\n", err)
					return true
				}
				if werr = enc.Encode(d.Extraction()); werr != nil {
					return false
				}
				return true
			})
			if werr != nil {
				return fmt.Errorf("writing output: %w", werr)
			}
			if rejected > 0 {
				w.Flush()
				return exitError{code: 2}
			}
			return nil
		},
	}
}

func newExportCmd(v *viper.Viper) *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole graph as N-Quads or JSON-LD, or its claims as schema.org Claims for ClaimReview",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := config.OpenStore(cmd.Context(), v, "export")
			if err != nil {
				return err
			}
			defer st.Close()
			var w io.Writer = cmd.OutOrStdout()
			if out != "" && out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return fmt.Errorf("creating %s: %w", out, err)
				}
				defer f.Close()
				w = f
			}
			bw := bufio.NewWriterSize(w, 1<<20)
			n, err := st.Export(cmd.Context(), bw, format)
			if err != nil {
				return err
			}
			if err := bw.Flush(); err != nil {
				return fmt.Errorf("writing the export: %w", err)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "exported %s as %s\n", plural(n, "quad"), format)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "nquads", "nquads, jsonld (compacted, with an embedded @context) or claimreview (every claim as a schema.org Claim)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
