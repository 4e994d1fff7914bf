package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/cayleygraph/quad"
)

// node is one subject's quads within one graph, in JSON-LD form.
type node struct {
	id    string
	types []string
	props map[string][]any
}

// graphs groups quads by graph (the label; "" is the default graph) and
// subject, keeping first-seen order out of the way: output is sorted.
type graphs map[string]map[string]*node

func (g graphs) add(t contextTerms, q quad.Quad) {
	label := ""
	if q.Label != nil {
		label = nodeID(q.Label)
	}
	nodes := g[label]
	if nodes == nil {
		nodes = map[string]*node{}
		g[label] = nodes
	}
	sid := nodeID(q.Subject)
	n := nodes[sid]
	if n == nil {
		n = &node{id: sid, props: map[string][]any{}}
		nodes[sid] = n
	}
	p, _ := q.Predicate.(quad.IRI)
	p = p.Full()
	o := ForExport(p, q.Object)
	if p == Type {
		if c, ok := o.(quad.IRI); ok {
			n.types = append(n.types, typeName(t, c))
			return
		}
	}
	key := string(p)
	if name, ok := t.byIRI[p]; ok {
		key = name
	} else if p != "" {
		key = compactIRI(p)
	}
	n.props[key] = append(n.props[key], jsonValue(o, t.link[p]))
}

func typeName(t contextTerms, c quad.IRI) string {
	if name, ok := t.byIRI[c]; ok {
		return name
	}
	return compactIRI(c)
}

// nodeID is the JSON-LD @id of a subject or graph name.
func nodeID(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return compactIRI(x.Full())
	case quad.BNode:
		return "_:" + string(x)
	}
	return quad.StringOf(v)
}

// maxExactInt is the largest integer every JSON reader keeps exactly.
const maxExactInt = 1<<53 - 1

// jsonValue writes one object. Terms that coerce to IRIs (link) take a
// bare string for a node and need a value object for a literal; other
// terms the other way round.
func jsonValue(o quad.Value, link bool) any {
	switch v := o.(type) {
	case quad.IRI, quad.BNode:
		if link {
			return nodeID(v)
		}
		return map[string]any{"@id": nodeID(v)}
	case quad.String:
		if link {
			return map[string]any{"@value": string(v)}
		}
		return string(v)
	case quad.LangString:
		return map[string]any{"@value": string(v.Value), "@language": v.Lang}
	case quad.TypedString:
		switch v.Type {
		case XSDInteger:
			if n, err := strconv.ParseInt(string(v.Value), 10, 64); err == nil && n <= maxExactInt && n >= -maxExactInt {
				return n
			}
		case XSDBoolean:
			if b, err := strconv.ParseBool(string(v.Value)); err == nil {
				return b
			}
		}
		return map[string]any{"@value": string(v.Value), "@type": compactIRI(v.Type)}
	}
	return map[string]any{"@value": quad.StringOf(o)}
}

func (n *node) object() map[string]any {
	m := make(map[string]any, len(n.props)+2)
	m["@id"] = n.id
	if len(n.types) == 1 {
		m["@type"] = n.types[0]
	} else if len(n.types) > 1 {
		sort.Strings(n.types)
		m["@type"] = n.types
	}
	for k, vs := range n.props {
		if len(vs) == 1 {
			m[k] = vs[0]
		} else {
			m[k] = vs
		}
	}
	return m
}

// JSONLDWriter writes quads as one JSON-LD document compacted against
// Context: the default graph's nodes, then one {"@id", "@graph"} object
// per named graph (an article, or id:derived). JSON-LD needs every
// subject's quads together, so the writer keeps them all until Close.
type JSONLDWriter struct {
	w     io.Writer
	terms contextTerms
	g     graphs
}

// NewJSONLDWriter returns a writer to w.
func NewJSONLDWriter(w io.Writer) *JSONLDWriter {
	return &JSONLDWriter{w: w, terms: newContextTerms(), g: graphs{}}
}

// WriteQuad adds one quad.
func (j *JSONLDWriter) WriteQuad(q quad.Quad) error {
	j.g.add(j.terms, q)
	return nil
}

// WriteQuads adds quads; it implements quad.BatchWriter.
func (j *JSONLDWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for _, q := range qs {
		j.g.add(j.terms, q)
	}
	return len(qs), nil
}

// Close writes the document.
func (j *JSONLDWriter) Close() error {
	bw := bufio.NewWriter(j.w)
	ctx, err := json.Marshal(Context())
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "{\n\"@context\": %s,\n\"@graph\": [\n", ctx)
	first := true
	sep := func() {
		if !first {
			bw.WriteString(",\n")
		}
		first = false
	}
	for _, n := range sortedNodes(j.g[""]) {
		sep()
		if err := encodeLine(bw, n.object()); err != nil {
			return err
		}
	}
	labels := make([]string, 0, len(j.g))
	for l := range j.g {
		if l != "" {
			labels = append(labels, l)
		}
	}
	sort.Strings(labels)
	for _, l := range labels {
		sep()
		id, _ := json.Marshal(l)
		fmt.Fprintf(bw, "{\"@id\": %s, \"@graph\": [\n", id)
		for i, n := range sortedNodes(j.g[l]) {
			if i > 0 {
				bw.WriteString(",\n")
			}
			if err := encodeLine(bw, n.object()); err != nil {
				return err
			}
		}
		bw.WriteString("]}")
	}
	bw.WriteString("\n]\n}\n")
	return bw.Flush()
}

func sortedNodes(m map[string]*node) []*node {
	out := make([]*node, 0, len(m))
	for _, n := range m {
		out = append(out, n)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].id < out[b].id })
	return out
}

// encodeLine writes v as one line of JSON with no trailing newline.
func encodeLine(w *bufio.Writer, v any) error {
	b, err := marshal(v)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// marshal is json.Marshal without escaping <, > and &, which article
// text is full of.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
