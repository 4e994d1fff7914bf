package main

import (
	"fmt"

	"github.com/claimgraph/claimgraph/cmd/internal/config"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// newEntitiesCmd lists entities through the stored query "entities", so
// the command, the HTTP API and the explorer agree on what they show.
func newEntitiesCmd(v *viper.Viper) *cobra.Command {
	var typ, search, format string
	var limit int
	var wide bool
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "List entities with their aliases, how many articles mention them and how many claims they made",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := config.Queries(v)
			if err != nil {
				return err
			}
			q, ok := set.Get("entities")
			if !ok {
				return fmt.Errorf("the stored query \"entities\" is missing; a file in queries_dir may have replaced it without a name")
			}
			params := map[string]string{"limit": fmt.Sprint(limit)}
			if typ != "" {
				params["type"] = typ
			}
			if search != "" {
				params["search"] = search
			}
			code, err := set.Bind(q, params)
			if err != nil {
				return err
			}
			st, err := config.OpenStore(cmd.Context(), v, "entities")
			if err != nil {
				return err
			}
			defer st.Close()
			rows, err := st.RunGizmo(cmd.Context(), code, limit, v.GetDuration("serve.query_timeout")*6)
			if err != nil {
				return err
			}
			return printRows(cmd.OutOrStdout(), format, q.Columns, rows, wide)
		},
	}
	cmd.Flags().StringVar(&typ, "type", "", "only this type: Person, Organization, GovernmentOrganization (or Government), NewsMediaOrganization (or NewsAgency), Place or Thing")
	cmd.Flags().StringVar(&search, "search", "", "a name or alias (any case), or the start of a name")
	cmd.Flags().StringVarP(&format, "format", "f", "table", "output format: table, json or csv")
	cmd.Flags().IntVar(&limit, "limit", 100, "the most entities to list")
	cmd.Flags().BoolVar(&wide, "wide", false, "print every column and whole cells, however wide")
	return cmd
}
