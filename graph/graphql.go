package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/graphql" // the GraphQL language; also sets the lexer's IRI name runes the parser below relies on
	"github.com/cayleygraph/quad"
	"github.com/dennwc/graphql/language/ast"
	"github.com/dennwc/graphql/language/parser"
	"github.com/dennwc/graphql/language/printer"
)

// MaxGraphQLDepth is how deeply a GraphQL query may nest objects. Each
// level runs once per object of the level above, so depth multiplies the
// work; real questions on our vocabulary need four or five.
const MaxGraphQLDepth = 8

// RunGraphQLCapped runs a query in Cayley's GraphQL dialect over qs and
// returns its data with at most limit rows, and whether it cut there.
// A row is an object at any level of nesting, or one value of a field
// with several. Cayley's GraphQL reads every node a level matches unless
// the query says first: N, and builds its whole answer before returning
// it; so before it runs, every object field gets first: limit+1 (a
// larger first, or a negative one, which Cayley reads as "all", is
// lowered to that), and the answer is cut to limit rows afterwards,
// depth-first in field-name order. A query for every node thus costs
// what limit+1 nodes cost. A nested query may still do up to limit+1
// times the work per level; the timeout, the heap watch and
// MaxGraphQLDepth bound that.
func RunGraphQLCapped(ctx context.Context, qs cgraph.QuadStore, code string, limit int, timeout time.Duration) (map[string]any, bool, error) {
	bounded, err := boundGraphQL(code, limit+1)
	if err != nil {
		return nil, false, fmt.Errorf("running the query: %w", err)
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	it, err := query.Execute(ctx, qs, "graphql", bounded, query.Options{Collation: query.JSON})
	if err != nil {
		return nil, false, fmt.Errorf("running the query: %w", err)
	}
	defer it.Close()
	var data map[string]any
	if it.Next(ctx) {
		data, _ = it.Result().(map[string]any)
	}
	if err := queryEnd(ctx, it.Err(), timeout); err != nil {
		return nil, false, err
	}
	c := capper{left: limit}
	for _, k := range sortedKeys(data) {
		data[k] = c.value(data[k])
	}
	return data, c.cut, nil
}

// boundGraphQL returns the query with first: n on every object field
// that asks for more than n (or for all), and an error for a query
// nested deeper than MaxGraphQLDepth. What it cannot read is returned
// as it came, for Cayley to report.
func boundGraphQL(code string, n int) (string, error) {
	doc, err := parser.Parse(parser.ParseParams{Source: code})
	if err != nil || len(doc.Definitions) != 1 {
		return code, nil
	}
	op, ok := doc.Definitions[0].(*ast.OperationDefinition)
	if !ok || op.SelectionSet == nil {
		return code, nil
	}
	if err := boundSelections(op.SelectionSet, n, 1); err != nil {
		return "", err
	}
	out, ok := printer.Print(doc).(string)
	if !ok {
		return "", errors.New("the query could not be bounded by the result cap; write it without fragments")
	}
	return out, nil
}

func boundSelections(set *ast.SelectionSet, n, depth int) error {
	if depth > MaxGraphQLDepth {
		return fmt.Errorf("the query nests objects deeper than %d levels; each level runs once per object above it, so ask for fewer", MaxGraphQLDepth)
	}
	for _, sel := range set.Selections {
		f, ok := sel.(*ast.Field)
		if !ok {
			continue // Cayley refuses fragments itself
		}
		// The printer writes string values between quotes as they are;
		// escape them so that one holding a quote reads back the same.
		quoteStrings(f.Arguments)
		for _, d := range f.Directives {
			quoteStrings(d.Arguments)
		}
		// A field with a selection set, or at the top, is an object
		// list Cayley iterates; a bare field below is a value it saves,
		// and an argument would turn it into an object list.
		if depth == 1 || f.SelectionSet != nil {
			boundFirst(f, n)
		}
		if f.SelectionSet != nil {
			if err := boundSelections(f.SelectionSet, n, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// boundFirst lowers every first: argument of f above n, or adds one.
// Cayley reads the field's arguments after its directives', so the last
// first wins; any of them may be the user's.
func boundFirst(f *ast.Field, n int) {
	found := false
	lower := func(args []*ast.Argument) {
		for _, a := range args {
			if a.Name == nil || a.Name.Value != "first" {
				continue
			}
			found = true
			if v, ok := a.Value.(*ast.IntValue); ok {
				if x, err := strconv.Atoi(v.Value); err != nil || x < 0 || x > n {
					a.Value = ast.NewIntValue(&ast.IntValue{Value: strconv.Itoa(n)})
				}
			}
		}
	}
	for _, d := range f.Directives {
		lower(d.Arguments)
	}
	lower(f.Arguments)
	if !found {
		f.Arguments = append(f.Arguments, ast.NewArgument(&ast.Argument{
			Name:  ast.NewName(&ast.Name{Value: "first"}),
			Value: ast.NewIntValue(&ast.IntValue{Value: strconv.Itoa(n)}),
		}))
	}
}

func quoteStrings(args []*ast.Argument) {
	for _, a := range args {
		a.Value = quoteValue(a.Value)
	}
}

func quoteValue(v ast.Value) ast.Value {
	switch x := v.(type) {
	case *ast.StringValue:
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(x.Value)
		x.Value = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(b.String()), `"`), `"`)
	case *ast.ListValue:
		for i := range x.Values {
			x.Values[i] = quoteValue(x.Values[i])
		}
	}
	return v
}

// capper cuts a GraphQL answer to a number of rows.
type capper struct {
	left int
	cut  bool
}

func (c *capper) value(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if c.left == 0 {
			c.cut = true
			return nil
		}
		return c.object(x)
	case []map[string]any:
		out := make([]map[string]any, 0, min(len(x), c.left))
		for _, o := range x {
			if c.left == 0 {
				c.cut = true
				break
			}
			out = append(out, c.object(o))
		}
		return out
	case []quad.Value:
		if len(x) > c.left {
			c.cut = true
			x = x[:c.left]
		}
		c.left -= len(x)
		return x
	}
	return v
}

func (c *capper) object(m map[string]any) map[string]any {
	c.left--
	for _, k := range sortedKeys(m) {
		m[k] = c.value(m[k])
	}
	return m
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
