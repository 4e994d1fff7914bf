package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
)

// TestContextCoversVocabulary: every predicate and class the mapping
// writes, and the derived ones, has a term in the JSON-LD context, so an
// export never falls back to a full IRI for our own vocabulary.
func TestContextCoversVocabulary(t *testing.T) {
	terms := newContextTerms()
	b := FromExtraction(sampleExtraction())
	derived := []quad.IRI{Claims, ArticleCount, MentionCount, RankOf, Label}
	for _, q := range append(b.Owned, b.Shared...) {
		p := q.Predicate.(quad.IRI)
		if p == Type {
			_, ok := terms.byIRI[q.Object.(quad.IRI)]
			assert.True(t, ok, "no term for the class %v", q.Object)
			continue
		}
		_, ok := terms.byIRI[p]
		assert.True(t, ok, "no term for %v", p)
	}
	for _, p := range derived {
		_, ok := terms.byIRI[p]
		assert.True(t, ok, "no term for %v", p)
	}
	seen := map[string]quad.IRI{}
	for iri, name := range terms.byIRI {
		if other, dup := seen[name]; dup {
			t.Errorf("the term %q names both %v and %v", name, iri, other)
		}
		seen[name] = iri
	}
	ctx := Context()
	assert.Equal(t, "http://schema.org/", ctx["schema"])
	assert.Equal(t, map[string]any{"@id": "cg:speakerAffiliation", "@type": "@id"}, ctx["speakerAffiliation"])
	assert.Equal(t, "schema:GovernmentOrganization", ctx["GovernmentOrganization"])
}
