package explorer

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// Overview is what the landing page shows of a store.
type Overview struct {
	Counts []Count `json:"counts"`
	// Entities are those the most articles mention (the derived
	// cg:mentionCount).
	Entities []Ranked `json:"entities"`
	// Events are event names by the number of claims about an event of
	// that name: events are one node per article, the name is the topic.
	Events []Ranked `json:"events"`
}

// Count is how many nodes of one kind the store holds.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

// Ranked is one entry of a top list.
type Ranked struct {
	Name  string `json:"name"`
	ID    string `json:"id,omitempty"` // an entity's id, "person/tony-blair"
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// reader walks the store's indexes directly. A Gizmo program doing the
// same reads every entity's count node by node: 3.8 s for the BBC
// corpus's 15,635 entities, against the derived quads read here in one
// pass of the label index.
type reader struct {
	ctx context.Context
	qs  cgraph.QuadStore
}

func (r reader) ref(v quad.Value) cgraph.Ref {
	ref, err := r.qs.ValueOf(v)
	if err != nil {
		return nil
	}
	return ref
}

// each calls fn with the predicate, subject and object of every quad
// whose dir is v.
func (r reader) each(dir quad.Direction, v cgraph.Ref, fn func(p, s, o cgraph.Ref) error) error {
	if v == nil {
		return nil
	}
	it := r.qs.QuadIterator(dir, v).Iterate()
	defer it.Close()
	for it.Next(r.ctx) {
		q := it.Result()
		var ds [3]cgraph.Ref
		for i, d := range []quad.Direction{quad.Predicate, quad.Subject, quad.Object} {
			ref, err := r.qs.QuadDirection(q, d)
			if err != nil {
				return err
			}
			ds[i] = ref
		}
		if err := fn(ds[0], ds[1], ds[2]); err != nil {
			return err
		}
	}
	return it.Err()
}

func same(a, b cgraph.Ref) bool { return a != nil && b != nil && refs.ToKey(a) == refs.ToKey(b) }

// ofType is the nodes whose rdf:type is class.
func (r reader) ofType(class quad.IRI) ([]cgraph.Ref, error) {
	typ := r.ref(schema.Type)
	var out []cgraph.Ref
	err := r.each(quad.Object, r.ref(class), func(p, s, _ cgraph.Ref) error {
		if same(p, typ) {
			out = append(out, s)
		}
		return nil
	})
	return out, err
}

// first is the value of node's first quad with predicate pred, or nil.
func (r reader) first(node cgraph.Ref, pred quad.IRI) quad.Value {
	pr := r.ref(pred)
	var out quad.Value
	_ = r.each(quad.Subject, node, func(p, _, o cgraph.Ref) error {
		if out == nil && same(p, pr) {
			out, _ = r.qs.NameOf(o)
		}
		return nil
	})
	return out
}

func (r reader) name(node cgraph.Ref) string {
	if v := r.first(node, schema.Name); v != nil {
		return quad.ToString(v)
	}
	return ""
}

// ComputeOverview reads the counts and top lists, limit entries each.
func ComputeOverview(ctx context.Context, qs cgraph.QuadStore, limit int) (Overview, error) {
	r := reader{ctx: ctx, qs: qs}
	var ov Overview
	for _, c := range []struct {
		name    string
		classes []quad.IRI
	}{
		{"articles", []quad.IRI{schema.NewsArticle}}, {"claims", []quad.IRI{schema.Claim}}, {"quotations", []quad.IRI{schema.Quotation}},
		{"non-comments", []quad.IRI{schema.NonComment}}, {"events", []quad.IRI{schema.Event}},
		{"entities", []quad.IRI{schema.Person, schema.Organization, schema.Government, schema.NewsAgency, schema.Place, schema.Thing}},
	} {
		n := 0
		for _, class := range c.classes {
			nodes, err := r.ofType(class)
			if err != nil {
				return ov, fmt.Errorf("counting %s: %w", c.name, err)
			}
			n += len(nodes)
		}
		ov.Counts = append(ov.Counts, Count{c.name, n})
	}
	var err error
	if ov.Entities, err = r.topMentioned(limit); err != nil {
		return ov, fmt.Errorf("ranking entities: %w", err)
	}
	if ov.Events, err = r.topEvents(limit); err != nil {
		return ov, fmt.Errorf("ranking events: %w", err)
	}
	return ov, nil
}

// topMentioned ranks entities by their derived cg:mentionCount, read
// from the quads labelled id:derived.
func (r reader) topMentioned(limit int) ([]Ranked, error) {
	type tally struct {
		node cgraph.Ref
		n    int
	}
	mc := r.ref(schema.MentionCount)
	var all []tally
	err := r.each(quad.Label, r.ref(schema.Derived), func(p, s, o cgraph.Ref) error {
		if !same(p, mc) {
			return nil
		}
		v, err := r.qs.NameOf(o)
		if err != nil {
			return err
		}
		if n, ok := v.Native().(int64); ok {
			all = append(all, tally{s, int(n)})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]Ranked, 0, len(all))
	for _, t := range all {
		iri, _ := r.qs.NameOf(t.node)
		out = append(out, Ranked{ID: strings.TrimPrefix(string(iriOf(iri)), schema.ID), Count: t.n})
	}
	sort.Slice(out, func(a, b int) bool {
		return out[a].Count > out[b].Count || out[a].Count == out[b].Count && out[a].ID < out[b].ID
	})
	out = out[:min(limit, len(out))]
	for i := range out {
		node := r.ref(quad.IRI(schema.ID + out[i].ID))
		out[i].Name = r.name(node)
		if t, ok := r.first(node, schema.Type).(quad.IRI); ok {
			out[i].Type = localName(t)
		}
	}
	return out, nil
}

// topEvents sums the claims about each event (schema:about) by event
// name.
func (r reader) topEvents(limit int) ([]Ranked, error) {
	events, err := r.ofType(schema.Event)
	if err != nil {
		return nil, err
	}
	about := r.ref(schema.About)
	byName := map[string]int{}
	for _, ev := range events {
		n := 0
		if err := r.each(quad.Object, ev, func(p, _, _ cgraph.Ref) error {
			if same(p, about) {
				n++
			}
			return nil
		}); err != nil {
			return nil, err
		}
		if n > 0 {
			if name := r.name(ev); name != "" {
				byName[name] += n
			}
		}
	}
	out := make([]Ranked, 0, len(byName))
	for name, n := range byName {
		out = append(out, Ranked{Name: name, Type: "Event", Count: n})
	}
	sort.Slice(out, func(a, b int) bool {
		return out[a].Count > out[b].Count || out[a].Count == out[b].Count && out[a].Name < out[b].Name
	})
	return out[:min(limit, len(out))], nil
}

func iriOf(v quad.Value) quad.IRI {
	iri, _ := v.(quad.IRI)
	return iri
}

func localName(iri quad.IRI) string {
	s := string(iri)
	return s[strings.LastIndexAny(s, "/#")+1:]
}

// OverviewHandler serves ComputeOverview as JSON; ?limit= sets the
// length of the top lists (default 10, at most 100).
func OverviewHandler(qs cgraph.QuadStore) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
		if err != nil || limit <= 0 {
			limit = 10
		}
		ov, err := ComputeOverview(r.Context(), qs, min(limit, 100))
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		_ = json.NewEncoder(w).Encode(ov)
	})
}
