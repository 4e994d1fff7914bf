// Package queries owns claimgraph's stored Gizmo queries: the embedded
// .js files, users' own from a folder, their headers (name, description,
// parameters, output columns) and binding parameters as data.
//
// Gizmo has no parameter binding, so a query's parameters are given to it
// as one JSON value, `var params = {...};`, placed before the code. User
// text is never spliced into code.
package queries

import (
	"bufio"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed *.js
var builtin embed.FS

// Param is one parameter a query takes.
type Param struct {
	Name        string `json:"name"`
	Required    bool   `json:"required"`
	Description string `json:"description"`
}

// Query is one stored query.
type Query struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Params      []Param  `json:"params"`
	Columns     []string `json:"columns"`
	// Origin is "builtin" or the path of a user's file.
	Origin string `json:"origin"`
	// Index names the claim list the query pages through: "speaker"
	// (the claims of params.speaker, or all claims without it) or
	// "about" (the claims about params.entity or params.event). The
	// store pages the list in Go and passes the page's claims, in order,
	// as params.claims, with params.total (graph.Store.RunStored).
	Index  string `json:"index,omitempty"`
	Source string `json:"-"`
}

// Set is the stored queries by name.
type Set struct {
	byName  map[string]Query
	prelude string
}

// Load reads the built-in queries and, when dir is not empty, the user's
// .js files in dir. A user's query with a built-in's name replaces it.
func Load(dir string) (*Set, error) {
	pre, err := builtin.ReadFile("prelude.js")
	if err != nil {
		return nil, fmt.Errorf("reading the query prelude: %w", err)
	}
	s := &Set{byName: map[string]Query{}, prelude: string(pre)}
	if err := s.addFS(builtin, ".", "builtin"); err != nil {
		return nil, err
	}
	if dir != "" {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("reading user queries: %w (set queries_dir in config.yaml to an existing folder, or leave it empty)", err)
		}
		if err := s.addFS(os.DirFS(dir), ".", dir); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Set) addFS(fsys fs.FS, root, origin string) error {
	names, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return fmt.Errorf("listing queries in %s: %w", origin, err)
	}
	for _, n := range names {
		if n == "prelude.js" {
			continue
		}
		b, err := fs.ReadFile(fsys, filepath.Join(root, n))
		if err != nil {
			return fmt.Errorf("reading query %s: %w", n, err)
		}
		q, err := Parse(string(b))
		if err != nil {
			return fmt.Errorf("query %s in %s: %w", n, origin, err)
		}
		q.Origin = origin
		if origin != "builtin" {
			q.Origin = filepath.Join(origin, n)
		}
		s.byName[q.Name] = q
	}
	return nil
}

// Parse reads a query's header: leading `// key: value` comment lines
// with keys name, description, param (repeatable) and columns.
func Parse(src string) (Query, error) {
	q := Query{Source: src}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "//") {
			break
		}
		key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "//")), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(key) {
		case "name":
			q.Name = val
		case "description":
			q.Description = val
		case "index":
			q.Index = val
		case "columns":
			for _, c := range strings.Split(val, ",") {
				if c = strings.TrimSpace(c); c != "" {
					q.Columns = append(q.Columns, c)
				}
			}
		case "param":
			// "NAME (required|optional): description"
			head, desc, _ := strings.Cut(val, ":")
			f := strings.Fields(head)
			if len(f) == 0 {
				return q, fmt.Errorf("a `// param:` line has no parameter name")
			}
			q.Params = append(q.Params, Param{
				Name:        f[0],
				Required:    len(f) > 1 && f[1] == "(required)",
				Description: strings.TrimSpace(desc),
			})
		}
	}
	if q.Name == "" {
		return q, fmt.Errorf("the header has no `// name:` line")
	}
	return q, nil
}

// List returns the queries sorted by name.
func (s *Set) List() []Query {
	out := make([]Query, 0, len(s.byName))
	for _, q := range s.byName {
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the query with the given name.
func (s *Set) Get(name string) (Query, bool) {
	q, ok := s.byName[name]
	return q, ok
}

// Bind returns the Gizmo program that runs q with the given parameters.
// Parameters are checked against the header, then passed as a JSON
// object, so any text is data to the program and never code.
func (s *Set) Bind(q Query, params map[string]string) (string, error) {
	return s.BindWith(q, params, nil)
}

// BindWith is Bind with values the caller computed (a page of claims
// from the claim index) added to params; they are data like the rest.
func (s *Set) BindWith(q Query, params map[string]string, extra map[string]any) (string, error) {
	known := map[string]bool{}
	for _, p := range q.Params {
		known[p.Name] = true
		if p.Required && strings.TrimSpace(params[p.Name]) == "" {
			return "", fmt.Errorf("query %s needs the parameter %q: %s", q.Name, p.Name, p.Description)
		}
	}
	for k := range params {
		if !known[k] {
			names := make([]string, 0, len(q.Params))
			for _, p := range q.Params {
				names = append(names, p.Name)
			}
			return "", fmt.Errorf("query %s has no parameter %q (it takes: %s)", q.Name, k, strings.Join(names, ", "))
		}
	}
	all := make(map[string]any, len(params)+len(extra))
	for k, v := range params {
		all[k] = v
	}
	for k, v := range extra {
		all[k] = v
	}
	js, err := json.Marshal(all)
	if err != nil {
		return "", fmt.Errorf("encoding parameters: %w", err)
	}
	return "var params = " + string(js) + ";\n" + s.prelude + "\n" + q.Source, nil
}
