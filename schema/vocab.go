// Package schema owns claimgraph's vocabulary (every class and predicate
// as a full IRI) and the mapping from an extracted article to quads.
//
// We never rely on Cayley's short-IRI handling: short IRIs are stored
// literally and IRIFull only half-expands, so every IRI written here is
// already full. schema.org is used where it has a term, PROV-O for
// provenance, and our own namespace (NS) for the rest.
package schema

import (
	"fmt"

	"github.com/cayleygraph/quad"
)

// Namespaces.
const (
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS   = "http://www.w3.org/2000/01/rdf-schema#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
	Schema = "http://schema.org/"
	PROV   = "http://www.w3.org/ns/prov#"
	// NS is claimgraph's own vocabulary, for what neither schema.org nor
	// PROV-O names.
	NS = "https://w3id.org/claimgraph/ns#"
	// ID is the base of every node claimgraph mints.
	ID = "https://w3id.org/claimgraph/id/"
)

// Classes.
var (
	NewsArticle  = quad.IRI(Schema + "NewsArticle")
	Claim        = quad.IRI(Schema + "Claim")
	Quotation    = quad.IRI(Schema + "Quotation")
	Person       = quad.IRI(Schema + "Person")
	Organization = quad.IRI(Schema + "Organization")
	Place        = quad.IRI(Schema + "Place")
	Event        = quad.IRI(Schema + "Event")
	// NewsAgency and Government are schema.org's subclasses of
	// Organization for news media and governments; the Go names keep the
	// extractor's entity types.
	NewsAgency = quad.IRI(Schema + "NewsMediaOrganization")
	Government = quad.IRI(Schema + "GovernmentOrganization")
	Thing      = quad.IRI(Schema + "Thing")
	NonComment = quad.IRI(NS + "NonComment")
)

// Predicates.
var (
	Type          = quad.IRI(RDF + "type")
	Label         = quad.IRI(RDFS + "label")
	Name          = quad.IRI(Schema + "name")
	AlternateName = quad.IRI(Schema + "alternateName")
	Identifier    = quad.IRI(Schema + "identifier")
	URL           = quad.IRI(Schema + "url")
	Headline      = quad.IRI(Schema + "headline")
	DatePublished = quad.IRI(Schema + "datePublished")
	Publisher     = quad.IRI(Schema + "publisher")
	Author        = quad.IRI(Schema + "author")
	InLanguage    = quad.IRI(Schema + "inLanguage")
	ArticleBody   = quad.IRI(Schema + "articleBody")
	Text          = quad.IRI(Schema + "text")
	About         = quad.IRI(Schema + "about")
	Appearance    = quad.IRI(Schema + "appearance")
	JobTitle      = quad.IRI(Schema + "jobTitle")
	Affiliation   = quad.IRI(Schema + "affiliation") // a Person's organization
	MemberOf      = quad.IRI(Schema + "memberOf")    // an organization's parent
	Location      = quad.IRI(Schema + "location")
	StartDate     = quad.IRI(Schema + "startDate")
	EndDate       = quad.IRI(Schema + "endDate")
	Mentions      = quad.IRI(Schema + "mentions")

	WasDerivedFrom = quad.IRI(PROV + "wasDerivedFrom")

	Speaker = quad.IRI(NS + "speaker")
	// SpeakerAffiliation is the organization a claim's speaker speaks
	// for, as the article gives it (schema:affiliation's domain is
	// Person, not Claim).
	SpeakerAffiliation = quad.IRI(NS + "speakerAffiliation")
	SpeakerText        = quad.IRI(NS + "speakerText")
	Cue                = quad.IRI(NS + "cue")
	CueLemma           = quad.IRI(NS + "cueLemma")
	Kind               = quad.IRI(NS + "kind")
	// Act is "speech", "belief", "intention", "evidence" or "action":
	// what the cue says the source did. Stored queries show speech
	// unless asked.
	Act = quad.IRI(NS + "act")
	// Rule names the extraction rule that found a claim, and SpeakerRule
	// the rule that resolved its speaker, so that a user can see why.
	Rule        = quad.IRI(NS + "rule")
	SpeakerRule = quad.IRI(NS + "speakerRule")
	Role        = quad.IRI(NS + "role")
	Channel     = quad.IRI(NS + "channel")
	Addressee   = quad.IRI(NS + "addressee")
	Anonymous   = quad.IRI(NS + "anonymous")
	// Negated marks a claim whose cue is negated ("did not reveal"):
	// the source did not say it.
	Negated      = quad.IRI(NS + "negated")
	Who          = quad.IRI(NS + "who")
	WhoText      = quad.IRI(NS + "whoText")
	Topic        = quad.IRI(NS + "topic")
	EventType    = quad.IRI(NS + "eventType")
	Trigger      = quad.IRI(NS + "trigger")
	Participant  = quad.IRI(NS + "participant")
	TimeText     = quad.IRI(NS + "timeText")
	Quantity     = quad.IRI(NS + "quantity")
	Seq          = quad.IRI(NS + "seq")
	SpeakerStart = quad.IRI(NS + "speakerStart")
	SpeakerEnd   = quad.IRI(NS + "speakerEnd")
	CueStart     = quad.IRI(NS + "cueStart")
	CueEnd       = quad.IRI(NS + "cueEnd")
	ContentStart = quad.IRI(NS + "contentStart")
	ContentEnd   = quad.IRI(NS + "contentEnd")
	WhoStart     = quad.IRI(NS + "whoStart")
	WhoEnd       = quad.IRI(NS + "whoEnd")
	TopicStart   = quad.IRI(NS + "topicStart")
	TopicEnd     = quad.IRI(NS + "topicEnd")
	Claims       = quad.IRI(NS + "claimCount")
)

// Derived values: figures over the whole graph that a query cannot
// afford to compute per request on a large store. graph.RefreshDerived
// recomputes them after a load and keeps them in quads labelled Derived,
// so that they never mix with any article's own quads.
var (
	// Derived is the label of every derived quad.
	Derived = quad.IRI(ID + "derived")
	// ArticleCount is how many articles quote a speaker (cg:claimCount,
	// above, is how many claims name it as cg:speaker).
	ArticleCount = quad.IRI(NS + "articleCount")
	// MentionCount is how many schema:mentions quads (one per article
	// that names it) point at an entity.
	MentionCount = quad.IRI(NS + "mentionCount")
	// RankOf links a rank node, RankIRI(type, n), to the speaker in place
	// n, from 1, among the speakers of that type (rdf:type; the least IRI
	// when it has several) by claim count, ties broken by IRI. The rank
	// node repeats the speaker's name (as rdfs:label), cg:claimCount and
	// cg:articleCount, so top-speakers reads the top N from N small nodes:
	// a much-quoted speaker's own node holds thousands of quads (a
	// schema:jobTitle per article), which makes reading it slow.
	RankOf = quad.IRI(NS + "rankOf")
	// Pending is the node whose cg:pendingWrite values each stand for a
	// write the derived values do not count yet. graph.Store.Write adds
	// one in the same transaction as its batch, and a recount removes
	// those it counted, last; a store that still has one is stale (a load
	// stopped before its recount ended), and the next load, serve or
	// `claimgraph repair` recounts it.
	Pending      = quad.IRI(ID + "derived/pending")
	PendingWrite = quad.IRI(NS + "pendingWrite")
)

// RankIRI is the rank node of place n among the speakers of the class
// with the given local name ("Person", "Organization", …).
func RankIRI(class string, n int) quad.IRI {
	return quad.IRI(fmt.Sprintf("%sderived/rank/%s/%d", ID, escape(class), n))
}

// ArticleIRI is the node of the article with the given identity.
func ArticleIRI(id string) quad.IRI { return quad.IRI(ID + "article/" + escape(id)) }

// EntityIRI is the node of an entity; entity IDs are stable across
// articles ("person/tony-blair"), so two articles meet at one node.
func EntityIRI(entityID string) quad.IRI { return quad.IRI(ID + escapePath(entityID)) }

// TypeIRI maps an extracted entity type to its class.
func TypeIRI(t string) quad.IRI {
	switch t {
	case "Person":
		return Person
	case "Organization":
		return Organization
	case "Place":
		return Place
	case "Government":
		return Government
	case "NewsAgency":
		return NewsAgency
	}
	return Thing
}

// escape makes s safe inside an IRI path segment. N-Quads IRIs may not
// hold spaces, angle brackets, quotes or backslashes; we percent-encode
// everything outside a conservative set so exports stay valid.
func escape(s string) string {
	const hex = "0123456789ABCDEF"
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			out = append(out, c)
			continue
		}
		out = append(out, '%', hex[c>>4], hex[c&15])
	}
	return string(out)
}

func escapePath(s string) string {
	out := ""
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '/' {
			if out != "" {
				out += "/"
			}
			out += escape(s[start:i])
			start = i + 1
		}
	}
	return out
}

// Quotations: one node for the same quote wherever it appears
// (graph.Store links each claim to it while writing; graph/quotation says
// when two quotes are the same). A claim's link is its article's own
// quad; the quotation's type, text and index keys are shared quads; what
// it says about its appearances is derived (label Derived) and recounted
// after each load.
var (
	// QuotationClass is the class of quotation nodes. (schema:Quotation
	// is the extra type of a claim that is a direct quote.)
	QuotationClass = quad.IRI(NS + "Quotation")
	// QuotationOf links a claim to its quotation.
	QuotationOf = quad.IRI(NS + "quotation")
	// Derived, on a quotation that appears in two claims or more:
	// FirstAppearance is its earliest claim (by the article's
	// datePublished, undated last, then article IRI and claim number),
	// FirstPublished that article's date; AppearanceCount counts claims,
	// cg:articleCount articles, PublisherCount distinct publishers;
	// Attribution links to one node per resolved speaker (AttributedTo
	// the speaker, cg:claimCount its claims; not cg:speaker, which only
	// claims have); Misattributed is true when two of those speakers
	// cannot be the same person (neither name's words contain the
	// other's).
	FirstAppearance = quad.IRI(NS + "firstAppearance")
	FirstPublished  = quad.IRI(NS + "firstPublished")
	AppearanceCount = quad.IRI(NS + "appearanceCount")
	PublisherCount  = quad.IRI(NS + "publisherCount")
	Attribution     = quad.IRI(NS + "attribution")
	AttributedTo    = quad.IRI(NS + "attributedTo")
	Misattributed   = quad.IRI(NS + "misattributed")
)

// QuotationIRI is the node of the quotation founded by the wording with
// the given quotation.Quote ID.
func QuotationIRI(id string) quad.IRI { return quad.IRI(ID + "quotation/" + escape(id)) }

// AttributionIRI is the node counting a quotation's claims by one
// speaker; n numbers the speakers of the quotation in IRI order.
func AttributionIRI(q quad.IRI, n int) quad.IRI {
	return quad.IRI(fmt.Sprintf("%s/attribution/%d", string(q), n))
}
