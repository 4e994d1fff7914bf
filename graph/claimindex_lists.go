package graph

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// The lists of the claim index beyond a speaker's and a subject's claims,
// so that every paged stored query reads its page from one ordered list
// or a merge of a few (docs/queries.md): claims about events of a type,
// an organization's people and its affiliated claims, non-comments,
// entities an article mentions without quoting anyone from them, and
// denials.
const (
	byEventType   = "t" // claims about an event of the name or type (the node, lower case)
	byAffiliation = "f" // claims whose cg:speakerAffiliation is the node
	byMember      = "p" // people an article gives the node as schema:affiliation; Claim is the person
	byWho         = "w" // non-comments whose cg:who is the node; Extra is the topic
	allNonComment = "n" // every non-comment; Extra is the topic
	bySilent      = "m" // the node in articles that mention it and quote nobody from it; Claim is the node
	allSilent     = "M" // every (article, entity) such pair; Claim is the entity
	byDenial      = "d" // denials about the node; Extra is the speaker
	allDenials    = "D" // every denial; Extra is the speaker and what it is about
)

// extraSep separates the parts of an entry's Extra.
const extraSep = "\x02"

// indexVersion is the version of the lists above and of the quotation
// lists and keys (claimindex_quotes.go); a store whose index is older
// gets it rebuilt when opened. Version 4 holds the quotation keys, which
// a rebuild reads from each quotation's wording.
const indexVersion = "4"

// Stances of a claim by its cue lemma, for conflicting: an affirmation or
// a denial (a negated cue is neither).
const (
	stanceAffirm = "+"
	stanceDeny   = "-"
)

var (
	affirmLemmas = setOf("say", "confirm", "affirm", "acknowledge", "admit", "announce", "insist", "assert", "state", "claim",
		"maintain", "tell", "add", "report", "agree", "accuse", "allege", "warn", "argue")
	denyLemmas = setOf("deny", "dispute", "reject", "refute", "contradict", "dismiss", "rebut", "challenge", "disagree",
		"contest", "question", "doubt")
)

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func (f *claimFacts) stance() string {
	switch {
	case f.negated:
		return ""
	case affirmLemmas[f.lemma]:
		return stanceAffirm
	case denyLemmas[f.lemma]:
		return stanceDeny
	}
	return ""
}

// who identifies a claim's speaker for conflicting: the node, or the
// words when the speaker was not resolved.
func (f *claimFacts) who() string {
	if len(f.speakers) > 0 {
		return f.speakers[0]
	}
	if t := strings.ToLower(strings.TrimSpace(f.text)); t != "" {
		return "text:" + t
	}
	return ""
}

// articleFacts is what the index needs of an article beyond its claims.
type articleFacts struct {
	iri, date  string
	mentions   []string
	affiliated map[string][]string // entity → its schema:affiliation and schema:memberOf in this article
	members    [][2]string         // (person, organization) by schema:affiliation, in order
	eventType  map[string][]string // event → its type and name, lower case
	nonComment map[string]*ncFacts
	ncOrder    []string
}

type ncFacts struct {
	seq        int64
	who, topic string
}

// readArticle collects an article's facts from its quads.
func readArticle(qs []quad.Quad) *articleFacts {
	a := &articleFacts{affiliated: map[string][]string{}, eventType: map[string][]string{}, nonComment: map[string]*ncFacts{}}
	nc := func(s quad.Value) *ncFacts {
		k := s.String()
		if a.nonComment[k] == nil {
			a.nonComment[k] = &ncFacts{}
			a.ncOrder = append(a.ncOrder, k)
		}
		return a.nonComment[k]
	}
	for _, q := range qs {
		switch q.Predicate {
		case schema.Type:
			if q.Object == schema.NewsArticle {
				a.iri = q.Subject.String()
			} else if q.Object == schema.NonComment {
				nc(q.Subject)
			}
		case schema.Mentions:
			a.mentions = append(a.mentions, q.Object.String())
		case schema.Affiliation, schema.MemberOf:
			a.affiliated[q.Subject.String()] = append(a.affiliated[q.Subject.String()], q.Object.String())
			if q.Predicate == schema.Affiliation {
				a.members = append(a.members, [2]string{q.Subject.String(), q.Object.String()})
			}
		case schema.EventType, schema.Name:
			// Only events have a name in an article's own quads (an
			// entity's name is shared).
			k := q.Subject.String()
			a.eventType[k] = append(a.eventType[k], strings.ToLower(strings.TrimSpace(literal(q.Object))))
		case schema.Who:
			nc(q.Subject).who = q.Object.String()
		case schema.Topic:
			nc(q.Subject).topic = literal(q.Object)
		}
	}
	// Dates and positions once the article is known.
	for _, q := range qs {
		switch {
		case q.Predicate == schema.DatePublished && q.Subject.String() == a.iri:
			a.date = literal(q.Object)
		case q.Predicate == schema.Seq && a.nonComment[q.Subject.String()] != nil:
			if n, ok := q.Object.(quad.Int); ok {
				a.nonComment[q.Subject.String()].seq = int64(n)
			}
		}
	}
	return a
}

// entries lists an article's entries beyond its claims' own: its
// people by organization, its non-comments, and the entities it
// mentions but quotes nobody from.
func (a *articleFacts) entries(claims map[quad.Value]*claimFacts, order []quad.Value) []indexEntry {
	if a.iri == "" {
		return nil
	}
	var out []indexEntry
	base := indexEntry{Date: a.date, Article: a.iri}
	seen := map[[2]string]bool{}
	for i, m := range a.members {
		if seen[m] {
			continue
		}
		seen[m] = true
		e := base
		e.Kind, e.Node, e.Seq, e.Claim = byMember, m[1], int64(i+1), m[0]
		out = append(out, e)
	}
	for _, k := range a.ncOrder {
		n := a.nonComment[k]
		e := base
		e.Kind, e.Seq, e.Claim, e.Extra = allNonComment, n.seq, k, n.topic
		out = append(out, e)
		if n.who != "" {
			e.Kind, e.Node = byWho, n.who
			out = append(out, e)
		}
	}
	for i, ent := range a.silent(claims, order) {
		e := base
		e.Kind, e.Seq, e.Claim = allSilent, int64(i+1), ent
		out = append(out, e)
		e.Kind, e.Node = bySilent, ent
		out = append(out, e)
	}
	return out
}

// silent is the entities the article mentions that it quotes nobody
// from: not the entity, not a speaker the article affiliates with it,
// not a claim it affiliates with it, and that it does not report as
// declining to comment. In the order of their IRIs.
func (a *articleFacts) silent(claims map[quad.Value]*claimFacts, order []quad.Value) []string {
	heard := map[string]bool{}
	for _, c := range order {
		f := claims[c]
		if !f.isClaim {
			continue
		}
		for _, sp := range f.speakers {
			heard[sp] = true
			for _, o := range a.affiliated[sp] {
				heard[o] = true
			}
		}
		for _, o := range f.affil {
			heard[o] = true
		}
	}
	for _, n := range a.nonComment {
		if n.who != "" {
			heard[n.who] = true
		}
	}
	var out []string
	for _, m := range uniqStrings(a.mentions) {
		if !heard[m] {
			out = append(out, m)
		}
	}
	sort.Strings(out)
	return out
}
