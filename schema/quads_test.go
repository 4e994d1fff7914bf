package schema

import (
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

func sampleExtraction() doc.Extraction {
	mujahid := &doc.EntityRef{ID: "person/zabihullah-mujahid", Name: "Zabihullah Mujahid", Type: "Person"}
	taliban := &doc.EntityRef{ID: "org/afghan-taliban", Name: "Afghan Taliban", Type: "Organization"}
	pak := &doc.EntityRef{ID: "gov/pakistan", Name: "Pakistan", Type: "Government"}
	return doc.Extraction{
		ID: "a/1 b", Title: "Talks", Published: "2022-05-18", Text: "…",
		Attributions: []doc.OutAttr{{
			Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: "he", Start: 10, End: 12}, Entity: mujahid},
			Cue:     doc.TextSpan{Text: "said", Start: 13, End: 17}, Content: doc.TextSpan{Text: "Talks are on", Start: 1, End: 13},
			Kind: "direct", Lemma: "say", Channel: "Twitter", Affiliation: taliban,
			AboutEntities: []string{"gov/pakistan"}, AboutEvents: []string{"a#event-1"},
		}},
		NonComments: []doc.OutNonComment{{
			EntityMention: doc.TextSpan{Text: "Pakistan", Start: 20, End: 28}, Entity: pak,
			Cue: doc.TextSpan{Text: "did not comment", Start: 29, End: 44}, Topic: &doc.TextSpan{Text: "the strike", Start: 48, End: 58},
		}},
		Entities: []doc.OutEntity{
			{ID: mujahid.ID, Name: mujahid.Name, Type: "Person", Aliases: []string{"Mujahid"}, Role: "government spokesman", Affiliation: taliban},
			{ID: pak.ID, Name: "Pakistan", Type: "Government", Aliases: []string{"Islamabad", "Pakistan"}},
		},
		Events: []doc.OutEvent{
			{ID: "a#event-1", Name: "talks", Type: "talks", Trigger: doc.TextSpan{Text: "talks"}, Places: []doc.EntityRef{{ID: "place/kabul", Name: "Kabul", Type: "Place"}},
				Time: "2022-05-09/2022-05-15", TimeText: &doc.TextSpan{Text: "last week"}},
			{ID: "a#event-2", Name: "strike", Type: "attack", Trigger: doc.TextSpan{Text: "strike"}, Time: "last year"},
		},
	}
}

func has(qs []quad.Quad, s quad.Value, p quad.IRI, o quad.Value) bool {
	for _, q := range qs {
		if q.Subject == s && q.Predicate == p && q.Object == o {
			return true
		}
	}
	return false
}

func TestFromExtraction(t *testing.T) {
	b := FromExtraction(sampleExtraction())
	art := quad.IRI(ID + "article/a%2F1%20b")
	require.Equal(t, art, b.Article, "ids are percent-encoded into one path segment")
	claim := quad.IRI(string(art) + "/claim/1")
	nc := quad.IRI(string(art) + "/noncomment/1")
	ev := quad.IRI(string(art) + "/event/1")
	ev2 := quad.IRI(string(art) + "/event/2")
	muj := EntityIRI("person/zabihullah-mujahid")
	pak := EntityIRI("gov/pakistan")

	for _, q := range b.Owned {
		assert.Equal(t, quad.Value(art), q.Label, "every owned quad is labelled with its article: %v", q)
	}
	for _, q := range b.Shared {
		assert.Nil(t, q.Label, "shared entity quads have no label: %v", q)
	}
	owned := []struct {
		s quad.Value
		p quad.IRI
		o quad.Value
	}{
		{art, Type, NewsArticle},
		{art, Identifier, quad.String("a/1 b")},
		{art, DatePublished, quad.String("2022-05-18")},
		{claim, DatePublished, quad.String("2022-05-18")},
		{art, Mentions, muj},
		{claim, Type, Claim},
		{claim, Type, Quotation},
		{claim, Speaker, muj},
		{claim, Author, muj},
		{claim, Appearance, art},
		{claim, Kind, quad.String("direct")},
		{claim, CueLemma, quad.String("say")},
		{claim, Channel, quad.String("Twitter")},
		{claim, ContentStart, quad.Int(1)},
		{claim, ContentEnd, quad.Int(13)},
		{claim, About, pak},
		{claim, About, ev},
		{claim, SpeakerAffiliation, EntityIRI("org/afghan-taliban")},
		{nc, Type, NonComment},
		{nc, WasDerivedFrom, art},
		{ev, WasDerivedFrom, art},
		{ev, StartDate, quad.String("2022-05-09")},
		{ev, EndDate, quad.String("2022-05-15")},
		{ev, TimeText, quad.String("last week")},
		{ev2, TimeText, quad.String("last year")},
		{nc, Who, pak},
		{nc, Topic, quad.String("the strike")},
		{ev, Location, EntityIRI("place/kabul")},
		{muj, JobTitle, quad.String("government spokesman")},
		{muj, Affiliation, EntityIRI("org/afghan-taliban")},
	}
	for _, w := range owned {
		assert.True(t, has(b.Owned, w.s, w.p, w.o), "missing owned %v %v %v", w.s, w.p, w.o)
	}
	assert.True(t, has(b.Shared, muj, Name, quad.String("Zabihullah Mujahid")))
	assert.True(t, has(b.Shared, muj, AlternateName, quad.String("Mujahid")))
	assert.True(t, has(b.Shared, pak, Type, quad.IRI("http://schema.org/GovernmentOrganization")))
	assert.False(t, has(b.Shared, pak, AlternateName, quad.String("Pakistan")), "the name is not repeated as an alias")
	assert.False(t, has(b.Owned, claim, Role, quad.String("")), "empty strings are not written")
	for _, q := range b.Owned {
		// schema:appearance's domain is Claim, schema:affiliation's Person.
		if q.Predicate == Appearance {
			assert.True(t, has(b.Owned, q.Subject, Type, Claim), "appearance on a non-claim: %v", q)
		}
		if q.Predicate == Affiliation {
			assert.Equal(t, muj, q.Subject, "affiliation on a non-person: %v", q)
		}
		if q.Predicate == StartDate {
			_, ok := DateType(string(q.Object.(quad.String)))
			assert.True(t, ok, "free text in schema:startDate: %v", q)
		}
	}
}

func TestNoDuplicateQuads(t *testing.T) {
	b := FromExtraction(sampleExtraction())
	for _, qs := range [][]quad.Quad{b.Owned, b.Shared} {
		seen := map[quad.Quad]bool{}
		for _, q := range qs {
			assert.False(t, seen[q], "duplicate %v", q)
			seen[q] = true
		}
	}
}

func TestEscape(t *testing.T) {
	tests := map[string]string{
		"plain-id_1.x~":       "plain-id_1.x~",
		"a b":                 "a%20b",
		"<x>":                 "%3Cx%3E",
		"é":                   "%C3%A9",
		"https://e.org/a?b=c": "https%3A%2F%2Fe.org%2Fa%3Fb%3Dc",
	}
	for in, want := range tests {
		assert.Equal(t, want, escape(in), in)
	}
	assert.Equal(t, quad.IRI(ID+"person/~smith"), EntityIRI("person/~smith"))
	assert.Equal(t, quad.IRI(ID+"org/a%20b"), EntityIRI("org/a b"))
}

func TestForExport(t *testing.T) {
	x := func(local string) quad.IRI { return quad.IRI(XSD + local) }
	tests := []struct {
		p    quad.IRI
		in   quad.Value
		want quad.Value
	}{
		{Seq, quad.Int(3), quad.TypedString{Value: "3", Type: x("integer")}},
		{Anonymous, quad.Bool(true), quad.TypedString{Value: "true", Type: x("boolean")}},
		{Seq, quad.TypedString{Value: "3", Type: "xsd:integer"}, quad.TypedString{Value: "3", Type: x("integer")}},
		{DatePublished, quad.String("2026-03-04"), quad.TypedString{Value: "2026-03-04", Type: x("date")}},
		{DatePublished, quad.String("2026-03-04T10:00:00Z"), quad.TypedString{Value: "2026-03-04T10:00:00Z", Type: x("dateTime")}},
		{StartDate, quad.String("2026-03"), quad.TypedString{Value: "2026-03", Type: x("gYearMonth")}},
		{StartDate, quad.String("2026"), quad.TypedString{Value: "2026", Type: x("gYear")}},
		{DatePublished, quad.String("sometime"), quad.String("sometime")},
		{DatePublished, quad.String("2026-02-30"), quad.String("2026-02-30")},
		{Headline, quad.String("2026"), quad.String("2026")},
		{URL, quad.IRI("https://e.org/a"), quad.IRI("https://e.org/a")},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ForExport(tt.p, tt.in), "%v %v", tt.p, tt.in)
	}
}

func TestWebIRI(t *testing.T) {
	tests := []struct {
		in   string
		want quad.IRI
		ok   bool
	}{
		{"https://example.com/story?id=1", "https://example.com/story?id=1", true},
		{"https://example.com/a b<c>", "https://example.com/a%20b%3Cc%3E", true},
		{"/news/story", "", false},
		{"bbc-123", "", false},
		{"", "", false},
		{"urn:isbn:0451450523", "urn:isbn:0451450523", true},
	}
	for _, tt := range tests {
		got, ok := WebIRI(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
	b := FromExtraction(doc.Extraction{ID: "x", URL: "/relative/link", Text: "t"})
	assert.True(t, has(b.Owned, b.Article, URL, quad.String("/relative/link")), "a relative link is kept as text, not as an IRI")
}
