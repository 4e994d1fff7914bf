package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

func newExtractCmd(v *viper.Viper) *cobra.Command {
	return &cobra.Command{
		Use:   "extract PATH...",
		Short: "Run the extraction pipeline without a store and print JSON Lines",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			pl := pipeline.Default()
			rejected := 0
			var werr error
			input.Walk(args, cmd.InOrStdin(), func(it input.Item) bool {
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

func newQueryCmd(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{Use: "query", Short: "List and run stored queries"}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the stored queries with their parameters and output columns",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := loadQueries(v)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			for _, q := range set.List() {
				fmt.Fprintf(w, "%s\n  %s\n", q.Name, q.Description)
				for _, p := range q.Params {
					req := "optional"
					if p.Required {
						req = "required"
					}
					fmt.Fprintf(w, "  --param %s=…  (%s) %s\n", p.Name, req, p.Description)
				}
				if len(q.Columns) > 0 {
					fmt.Fprintf(w, "  columns: %s\n", strings.Join(q.Columns, ", "))
				}
				if q.Origin != "builtin" {
					fmt.Fprintf(w, "  from: %s\n", q.Origin)
				}
				fmt.Fprintln(w)
			}
			return nil
		},
	})
	var params []string
	var format string
	var limit int
	run := &cobra.Command{
		Use:   "run NAME",
		Short: "Run a stored query",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := loadQueries(v)
			if err != nil {
				return err
			}
			q, ok := set.Get(args[0])
			if !ok {
				return fmt.Errorf("no stored query named %q; `claimgraph query list` shows them", args[0])
			}
			pm := map[string]string{}
			for _, p := range params {
				k, val, ok := strings.Cut(p, "=")
				if !ok {
					return fmt.Errorf("--param %q: write it as key=value", p)
				}
				pm[k] = val
			}
			code, err := set.Bind(q, pm)
			if err != nil {
				return err
			}
			st, err := openStore(cmd.Context(), v, "query")
			if err != nil {
				return err
			}
			defer st.Close()
			rows, err := st.RunGizmo(cmd.Context(), code, limit, v.GetDuration("serve.query_timeout")*6)
			if err != nil {
				return err
			}
			return printRows(cmd.OutOrStdout(), format, q.Columns, rows)
		},
	}
	run.Flags().StringArrayVarP(&params, "param", "p", nil, "a parameter as key=value (repeatable)")
	run.Flags().StringVarP(&format, "format", "f", "table", "output format: table, json or csv")
	run.Flags().IntVar(&limit, "limit", 10000, "the most rows to return")
	cmd.AddCommand(run)
	return cmd
}

// printRows prints query results; columns fixes their order, and keys
// not in columns follow in alphabetical order.
func printRows(w io.Writer, format string, columns []string, rows []any) error {
	cols := append([]string(nil), columns...)
	have := map[string]bool{}
	for _, c := range cols {
		have[c] = true
	}
	var extra []string
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				if !have[k] {
					have[k] = true
					extra = append(extra, k)
				}
			}
		}
	}
	sort.Strings(extra)
	cols = append(cols, extra...)
	cell := func(r any, c string) string {
		m, ok := r.(map[string]any)
		if !ok {
			return fmt.Sprint(r)
		}
		v, ok := m[c]
		if !ok || v == nil {
			return ""
		}
		return fmt.Sprint(v)
	}
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if rows == nil {
			rows = []any{}
		}
		return enc.Encode(rows)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(cols)
		for _, r := range rows {
			rec := make([]string, len(cols))
			for i, c := range cols {
				rec[i] = cell(r, c)
			}
			_ = cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	case "table", "":
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
		for _, r := range rows {
			rec := make([]string, len(cols))
			for i, c := range cols {
				rec[i] = truncate(strings.Join(strings.Fields(cell(r, c)), " "), 90)
			}
			fmt.Fprintln(tw, strings.Join(rec, "\t"))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(w, "(%d rows)\n", len(rows))
		return nil
	}
	return fmt.Errorf("unknown format %q: use table, json or csv", format)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func newExportCmd(v *viper.Viper) *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole graph as N-Quads or JSON-LD",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openStore(cmd.Context(), v, "export")
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
			fmt.Fprintf(cmd.ErrOrStderr(), "exported %d quads as %s\n", n, format)
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "nquads", "nquads or jsonld")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

func newServeCmd(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve Cayley's query API and the stored queries over HTTP",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := loadQueries(v)
			if err != nil {
				return err
			}
			st, err := openStore(cmd.Context(), v, "serve")
			if err != nil {
				return err
			}
			defer st.Close()
			log := slog.New(slog.NewJSONHandler(cmd.ErrOrStderr(), nil))
			srv := graph.NewServer(st, set, graph.ServeConfig{
				Addr:           v.GetString("serve.addr"),
				Writable:       v.GetBool("serve.writable"),
				WriteToken:     v.GetString("serve.write_token"),
				QueryTimeout:   v.GetDuration("serve.query_timeout"),
				ResultCap:      v.GetInt("serve.result_cap"),
				MaxBody:        v.GetInt64("serve.max_body"),
				MaxConcurrent:  v.GetInt("serve.max_concurrent"),
				AllowedOrigins: v.GetStringSlice("serve.allowed_origins"),
				AllowedHosts:   v.GetStringSlice("serve.allowed_hosts"),
				Logger:         log,
			})
			return srv.ListenAndServe(cmd.Context(), func(addr string) {
				fmt.Fprintf(cmd.OutOrStdout(), "serving %s store %s on http://%s/ (api at /api/v2/, stored queries at /api/queries)\n",
					st.Backend(), v.GetString("db"), addr)
			})
		},
	}
	cmd.Flags().String("addr", "", "listen address (default 127.0.0.1:64210)")
	cmd.PreRunE = func(cmd *cobra.Command, args []string) error {
		return v.BindPFlag("serve.addr", cmd.Flags().Lookup("addr"))
	}
	return cmd
}
