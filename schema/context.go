package schema

import (
	"encoding/json"
	"strings"

	"github.com/cayleygraph/quad"
)

// ContextPath is where `claimgraph serve` serves the JSON-LD context, the
// same object every JSON-LD export embeds.
const ContextPath = "/ns/context.jsonld"

// prefixes of the JSON-LD context; no namespace is a prefix of another,
// so an IRI has at most one compact form.
var prefixes = []struct{ name, ns string }{
	{"id", ID}, {"cg", NS}, {"schema", Schema}, {"prov", PROV}, {"rdfs", RDFS}, {"rdf", RDF}, {"xsd", XSD},
}

// linkPredicates are the predicates whose objects are nodes: their terms
// coerce a plain string to an IRI. The others hold literals.
var linkPredicates = []quad.IRI{URL, About, Appearance, Affiliation, MemberOf, Location, Mentions, WasDerivedFrom,
	Speaker, SpeakerAffiliation, Who, Participant, RankOf}

// literalPredicates are the predicates whose objects are literals (or,
// for schema:author of an article, a string, and of a claim, a node).
var literalPredicates = []quad.IRI{Label, Name, AlternateName, Identifier, Headline, DatePublished, Publisher, Author,
	InLanguage, ArticleBody, Text, JobTitle, StartDate, EndDate, SpeakerText, Cue, CueLemma, Kind, Act, Rule, SpeakerRule, Role, Channel,
	Addressee, Anonymous, Negated, WhoText, Topic, EventType, Trigger, TimeText, Quantity, Seq, SpeakerStart, SpeakerEnd,
	CueStart, CueEnd, ContentStart, ContentEnd, WhoStart, WhoEnd, TopicStart, TopicEnd, Claims, ArticleCount, MentionCount}

// classes get a term each, so that "@type": "Claim" reads as schema.org.
var classes = []quad.IRI{NewsArticle, Claim, Quotation, Person, Organization, Government, NewsAgency, Place, Event,
	Thing, NonComment}

// term is the short name of a vocabulary IRI in the context: its local
// name ("headline", "speakerAffiliation", "Claim").
func term(iri quad.IRI) string {
	s := string(iri)
	return s[strings.LastIndexAny(s, "/#")+1:]
}

// contextTerms maps every vocabulary IRI to its term, and says which
// terms coerce strings to IRIs.
type contextTerms struct {
	byIRI map[quad.IRI]string
	link  map[quad.IRI]bool
}

func newContextTerms() contextTerms {
	t := contextTerms{byIRI: map[quad.IRI]string{}, link: map[quad.IRI]bool{}}
	for _, group := range [][]quad.IRI{linkPredicates, literalPredicates, classes} {
		for _, iri := range group {
			t.byIRI[iri] = term(iri)
		}
	}
	for _, iri := range linkPredicates {
		t.link[iri] = true
	}
	return t
}

// Context is the JSON-LD context of claimgraph's vocabulary: the
// prefixes and a term per class and predicate.
func Context() map[string]any {
	c := map[string]any{}
	for _, p := range prefixes {
		c[p.name] = p.ns
	}
	t := newContextTerms()
	for iri, name := range t.byIRI {
		if t.link[iri] {
			c[name] = map[string]any{"@id": compactIRI(iri), "@type": "@id"}
		} else {
			c[name] = compactIRI(iri)
		}
	}
	return c
}

// ContextDocument is {"@context": Context()} as JSON, as served at
// ContextPath.
func ContextDocument() []byte {
	b, _ := json.MarshalIndent(map[string]any{"@context": Context()}, "", "  ")
	return append(b, '\n')
}

// compactIRI writes iri with the longest prefix of the context that
// leaves a suffix JSON-LD reads as a compact IRI, else in full.
func compactIRI(iri quad.IRI) string {
	s := string(iri)
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p.ns); ok && rest != "" && !strings.HasPrefix(rest, "//") {
			return p.name + ":" + rest
		}
	}
	return s
}
