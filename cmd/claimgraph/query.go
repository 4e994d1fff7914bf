package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/cmd/internal/config"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/graph"
)

func newQueryCmd(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{Use: "query", Short: "List and run stored queries"}
	cmd.AddCommand(newQueryListCmd(v), newQueryRunCmd(v))
	return cmd
}

func newQueryListCmd(v *viper.Viper) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the stored queries with their parameters and output columns",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			set, err := config.Queries(v)
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
	}
}

// queryRunFlags are the flags of `query run`.
type queryRunFlags struct {
	params []string
	format string
	limit  int
	wide   bool
}

func newQueryRunCmd(v *viper.Viper) *cobra.Command {
	var f queryRunFlags
	run := &cobra.Command{
		Use:   "run NAME",
		Short: "Run a stored query",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStoredQuery(cmd, v, args[0], f)
		},
	}
	run.Flags().StringArrayVarP(&f.params, "param", "p", nil, "a parameter as key=value (repeatable)")
	run.Flags().StringVarP(&f.format, "format", "f", "table", "output format: table, json or csv")
	run.Flags().IntVar(&f.limit, "limit", 10000, "the most rows to return")
	run.Flags().BoolVar(&f.wide, "wide", false, "print tables with every column and whole cells, however wide")
	return run
}

func runStoredQuery(cmd *cobra.Command, v *viper.Viper, name string, f queryRunFlags) error {
	set, err := config.Queries(v)
	if err != nil {
		return err
	}
	q, ok := set.Get(name)
	if !ok {
		return fmt.Errorf("no stored query named %q; `claimgraph query list` shows them", name)
	}
	pm := map[string]string{}
	for _, p := range f.params {
		k, val, ok := strings.Cut(p, "=")
		if !ok {
			return fmt.Errorf("--param %q: write it as key=value", p)
		}
		pm[k] = val
	}
	if _, err := set.Bind(q, pm); err != nil {
		return err
	}
	st, err := config.OpenStore(cmd.Context(), v, "query")
	if err != nil {
		return err
	}
	defer st.Close()
	if stale, err := st.DerivedStale(cmd.Context()); err == nil && stale {
		fmt.Fprintln(cmd.ErrOrStderr(), "warning: the speaker and mention counts miss a load that was stopped before it recounted them (or one still running); `claimgraph repair` recounts them")
	}
	ans, err := st.RunStored(cmd.Context(), set, q, pm, f.limit, v.GetDuration("serve.query_timeout")*6)
	if err != nil {
		return err
	}
	if ans.Truncated {
		return fmt.Errorf("%w (%d); raise it with --limit or narrow the query", graph.ErrTooManyRows, f.limit)
	}
	if err := printRows(cmd.OutOrStdout(), f.format, q.Columns, ans.Rows, f.wide); err != nil {
		return err
	}
	// Where the page is in the whole answer: under a table, and on
	// stderr for csv and json, whose output stays data.
	if note := pageNote(ans, pm); note != "" {
		out := cmd.ErrOrStderr()
		if f.format == "table" {
			out = cmd.OutOrStdout()
		}
		fmt.Fprintln(out, note)
	}
	return nil
}

// printRows prints query results; columns fixes their order, and keys
// not in columns follow in alphabetical order.
// With wide, a table keeps every column and cell whole; otherwise it
// fits the terminal (see table.readable).
func printRows(w io.Writer, format string, columns []string, rows []any, wide bool) error {
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
		t := &table{cols: cols}
		for _, r := range rows {
			rec := make([]string, len(cols))
			for i, c := range cols {
				rec[i] = strings.Join(strings.Fields(cell(r, c)), " ")
			}
			t.cells = append(t.cells, rec)
		}
		if wide {
			return t.write(w, nil)
		}
		t.readable()
		return t.write(w, t.widths(outputWidth(w)))
	}
	return fmt.Errorf("unknown format %q: use table, json or csv", format)
}

// pageNote says which rows of how many a paged answer holds, and how to
// ask for the next page.
func pageNote(a graph.Answer, params map[string]string) string {
	if !a.Paged {
		return ""
	}
	total := fmt.Sprint(a.Total)
	if a.AtLeast {
		total = "at least " + total
	}
	if len(a.Rows) == 0 {
		return fmt.Sprintf("no rows from offset %d (%s in all)", a.Offset, total)
	}
	note := fmt.Sprintf("rows %d-%d of %s", a.Offset+1, a.Offset+len(a.Rows), total)
	if a.Offset+len(a.Rows) < a.Total || a.AtLeast {
		note += fmt.Sprintf("; --param offset=%d for the next page", a.Offset+len(a.Rows))
	}
	return note
}
