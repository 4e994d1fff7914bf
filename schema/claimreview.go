package schema

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/quad"
)

// ClaimReviewWriter writes every claim as a schema.org Claim, the
// itemReviewed of a fact-checker's ClaimReview: its text, author (the
// speaker), datePublished and appearance (the article, with its headline,
// URL and date), in one JSON-LD document whose context is schema.org's
// vocabulary. It keeps what it needs of the quads until Close.
type ClaimReviewWriter struct {
	w     io.Writer
	props map[quad.Value]map[quad.IRI][]quad.Value
}

// claimReviewKeeps are the predicates the ClaimReview export reads.
var claimReviewKeeps = map[quad.IRI]bool{Type: true, Text: true, DatePublished: true, Speaker: true, SpeakerText: true,
	Appearance: true, About: true, Name: true, Headline: true, URL: true, Publisher: true, Identifier: true}

// NewClaimReviewWriter returns a writer to w.
func NewClaimReviewWriter(w io.Writer) *ClaimReviewWriter {
	return &ClaimReviewWriter{w: w, props: map[quad.Value]map[quad.IRI][]quad.Value{}}
}

// WriteQuad adds one quad.
func (c *ClaimReviewWriter) WriteQuad(q quad.Quad) error {
	p, _ := q.Predicate.(quad.IRI)
	p = p.Full()
	if !claimReviewKeeps[p] {
		return nil
	}
	m := c.props[q.Subject]
	if m == nil {
		m = map[quad.IRI][]quad.Value{}
		c.props[q.Subject] = m
	}
	m[p] = append(m[p], ForExport(p, q.Object))
	return nil
}

// WriteQuads adds quads; it implements quad.BatchWriter.
func (c *ClaimReviewWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for _, q := range qs {
		_ = c.WriteQuad(q)
	}
	return len(qs), nil
}

func (c *ClaimReviewWriter) first(s quad.Value, p quad.IRI) quad.Value {
	if vs := c.props[s][p]; len(vs) > 0 {
		return vs[0]
	}
	return nil
}

func (c *ClaimReviewWriter) isA(s quad.Value, class quad.IRI) bool {
	for _, t := range c.props[s][Type] {
		if t == class {
			return true
		}
	}
	return false
}

// Close writes the document, claims in IRI order.
func (c *ClaimReviewWriter) Close() error {
	var claims []quad.Value
	for s := range c.props {
		if c.isA(s, Claim) {
			claims = append(claims, s)
		}
	}
	sort.Slice(claims, func(a, b int) bool { return quad.StringOf(claims[a]) < quad.StringOf(claims[b]) })
	bw := bufio.NewWriter(c.w)
	ctx, _ := json.Marshal(map[string]any{"@vocab": Schema, "xsd": XSD})
	fmt.Fprintf(bw, "{\n\"@context\": %s,\n\"@graph\": [\n", ctx)
	for i, s := range claims {
		if i > 0 {
			bw.WriteString(",\n")
		}
		if err := encodeLine(bw, c.claim(s)); err != nil {
			return err
		}
	}
	bw.WriteString("\n]\n}\n")
	return bw.Flush()
}

// claim is one Claim object.
func (c *ClaimReviewWriter) claim(s quad.Value) map[string]any {
	out := map[string]any{"@id": iriString(s), "@type": "Claim"}
	set := func(key string, v quad.Value) {
		if v != nil {
			out[key] = literal(v)
		}
	}
	set("text", c.first(s, Text))
	set("datePublished", c.first(s, DatePublished))
	if sp := c.first(s, Speaker); sp != nil {
		author := map[string]any{"@id": iriString(sp)}
		if t := c.first(sp, Type); t != nil {
			author["@type"] = term(t.(quad.IRI))
		}
		if n := c.first(sp, Name); n != nil {
			author["name"] = literal(n)
		}
		out["author"] = author
	} else if t := c.first(s, SpeakerText); t != nil {
		out["author"] = map[string]any{"name": literal(t)}
	}
	if art := c.first(s, Appearance); art != nil {
		a := map[string]any{"@id": iriString(art), "@type": "NewsArticle"}
		for key, p := range map[string]quad.IRI{"headline": Headline, "datePublished": DatePublished, "publisher": Publisher, "identifier": Identifier} {
			if v := c.first(art, p); v != nil {
				a[key] = literal(v)
			}
		}
		if u := c.first(art, URL); u != nil {
			if iri, ok := u.(quad.IRI); ok {
				a["url"] = map[string]any{"@id": string(iri)}
			} else {
				a["url"] = literal(u)
			}
		}
		out["appearance"] = a
	}
	var about []any
	for _, t := range c.props[s][About] {
		x := map[string]any{"@id": iriString(t)}
		if n := c.first(t, Name); n != nil {
			x["name"] = literal(n)
		}
		about = append(about, x)
	}
	if len(about) > 0 {
		out["about"] = about
	}
	return out
}

func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri.Full())
	}
	return nodeID(v)
}

// literal is a value in a document whose context has no term
// definitions: strings bare, typed literals as value objects.
func literal(v quad.Value) any {
	switch x := v.(type) {
	case quad.TypedString:
		return map[string]any{"@value": string(x.Value), "@type": compactIRI(x.Type)}
	case quad.IRI:
		return map[string]any{"@id": string(x.Full())}
	}
	return jsonValue(v, false)
}
