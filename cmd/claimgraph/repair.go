package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/cmd/internal/config"
	"github.com/claimgraph/claimgraph/graph"
)

func newRepairCmd(v *viper.Viper) *cobra.Command {
	return &cobra.Command{
		Use:   "repair",
		Short: "Recount the derived speaker and mention counts, e.g. after a load that was stopped",
		Long: `Repair recounts the derived values the stored queries read (every
speaker's claim and article counts, the speaker ranks, every entity's
mention count) from the whole graph, and writes what changed, then
builds the claim index again (the ordered lists of each speaker's
claims and of the claims about each entity that stored queries page
through). A load
does this at its end; run repair when a load was stopped before its
recount ended (killed, or the machine went down). The next load, and
serve when it starts, also recount a store whose counts are stale.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := config.OpenStore(cmd.Context(), v, "repair")
			if err != nil {
				return err
			}
			defer st.Close()
			stale, err := st.DerivedStale(cmd.Context())
			if err != nil {
				return err
			}
			t0 := time.Now()
			if err := st.RefreshDerivedWith(cmd.Context(), graph.RecountOptions{Chunk: config.BatchQuads(v, false)}); err != nil {
				return err
			}
			was := "they were up to date"
			if stale {
				was = "they were stale"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "speaker and mention counts recounted in %.1fs (%s)\n", time.Since(t0).Seconds(), was)
			t0 = time.Now()
			if err := st.RebuildIndex(cmd.Context()); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "claim index rebuilt in %.1fs\n", time.Since(t0).Seconds())
			return nil
		},
	}
}
