package schema

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Bundle is the quads of one article, in two parts.
//
// Owned quads carry the article's IRI as their label: they are everything
// the article says, and replacing the article replaces exactly them.
// Shared quads have no label: they describe entities that many articles
// name (type, name, aliases) and accumulate across articles; writing one
// that exists already is a no-op.
type Bundle struct {
	Article quad.IRI
	Owned   []quad.Quad
	Shared  []quad.Quad
}

// Len is the number of quads in the bundle.
func (b Bundle) Len() int { return len(b.Owned) + len(b.Shared) }

// claimWords is what the graph stores and shows of an attribution's
// content: its words, without the quotation marks and the "that" that
// the contract's content span keeps (an extraction written before the
// contract had claims has only the content).
func claimWords(a doc.OutAttr) doc.TextSpan {
	if a.Claim.End > a.Claim.Start {
		return a.Claim
	}
	return a.Content
}

// FromExtraction maps one extracted article to quads.
func FromExtraction(x doc.Extraction) Bundle {
	art := ArticleIRI(x.ID)
	b := Bundle{Article: art}
	own := func(s quad.Value, p quad.IRI, o quad.Value) {
		if o == nil {
			return
		}
		if str, ok := o.(quad.String); ok && str == "" {
			return
		}
		b.Owned = append(b.Owned, quad.Quad{Subject: s, Predicate: p, Object: o, Label: art})
	}
	shared := func(s quad.Value, p quad.IRI, o quad.Value) {
		if str, ok := o.(quad.String); ok && str == "" {
			return
		}
		b.Shared = append(b.Shared, quad.Quad{Subject: s, Predicate: p, Object: o})
	}

	own(art, Type, NewsArticle)
	own(art, Identifier, quad.String(x.ID))
	if u, ok := WebIRI(x.URL); ok {
		own(art, URL, u)
	} else {
		// A relative link or an id in a url field is no IRI: kept as text.
		own(art, URL, quad.String(x.URL))
	}
	own(art, Headline, quad.String(x.Title))
	own(art, DatePublished, quad.String(x.Published))
	own(art, Publisher, quad.String(x.Publisher))
	own(art, Author, quad.String(x.Author))
	own(art, InLanguage, quad.String(x.Lang))
	own(art, ArticleBody, quad.String(x.Text))

	entityNode := func(r *doc.EntityRef) quad.IRI {
		n := EntityIRI(r.ID)
		shared(n, Type, TypeIRI(r.Type))
		shared(n, Name, quad.String(r.Name))
		return n
	}
	for _, e := range x.Entities {
		n := entityNode(&doc.EntityRef{ID: e.ID, Name: e.Name, Type: e.Type})
		for _, a := range e.Aliases {
			if a != e.Name {
				shared(n, AlternateName, quad.String(a))
			}
		}
		own(art, Mentions, n)
		person := TypeIRI(e.Type) == Person
		if e.Role != "" {
			own(n, pick(person, JobTitle, Role), quad.String(e.Role))
		}
		if e.Affiliation != nil {
			switch TypeIRI(e.Type) {
			case Person:
				own(n, Affiliation, entityNode(e.Affiliation))
			case Organization, Government, NewsAgency:
				own(n, MemberOf, entityNode(e.Affiliation))
			}
		}
	}

	events := make(map[string]quad.IRI, len(x.Events))
	for i, ev := range x.Events {
		n := quad.IRI(fmt.Sprintf("%s/event/%d", string(art), i+1))
		events[ev.ID] = n
		own(n, Type, Event)
		own(n, Name, quad.String(ev.Name))
		own(n, EventType, quad.String(ev.Type))
		own(n, Trigger, quad.String(ev.Trigger.Text))
		own(n, WasDerivedFrom, art)
		start, end, ok := interval(ev.Time)
		if ok {
			own(n, StartDate, quad.String(start))
			own(n, EndDate, quad.String(end))
		}
		if ev.TimeText != nil {
			own(n, TimeText, quad.String(ev.TimeText.Text))
		} else if !ok {
			own(n, TimeText, quad.String(ev.Time))
		}
		own(n, Quantity, quad.String(ev.Quantity))
		for _, p := range ev.Participants {
			own(n, Participant, entityNode(&p))
		}
		for _, p := range ev.Places {
			own(n, Location, entityNode(&p))
		}
	}

	for i, a := range x.Attributions {
		n := quad.IRI(fmt.Sprintf("%s/claim/%d", string(art), i+1))
		own(n, Type, Claim)
		if a.Kind == doc.Direct {
			own(n, Type, Quotation)
		}
		own(n, Appearance, art)
		own(n, WasDerivedFrom, art)
		own(n, DatePublished, quad.String(x.Published))
		own(n, Seq, quad.Int(i+1))
		claim := claimWords(a)
		own(n, Text, quad.String(claim.Text))
		own(n, ContentStart, quad.Int(claim.Start))
		own(n, ContentEnd, quad.Int(claim.End))
		own(n, Cue, quad.String(a.Cue.Text))
		own(n, CueStart, quad.Int(a.Cue.Start))
		own(n, CueEnd, quad.Int(a.Cue.End))
		lemma := a.Lemma
		if lemma == "" {
			lemma = strings.ToLower(a.Cue.Text)
		}
		own(n, CueLemma, quad.String(lemma))
		own(n, Kind, quad.String(a.Kind))
		own(n, Act, quad.String(a.Act))
		own(n, Rule, quad.String(a.Rule))
		own(n, Role, quad.String(a.Role))
		own(n, Channel, quad.String(a.Channel))
		own(n, Addressee, quad.String(a.Addressee))
		if a.Anonymous {
			own(n, Anonymous, quad.Bool(true))
		}
		if a.Negated {
			own(n, Negated, quad.Bool(true))
		}
		if a.Speaker != nil {
			own(n, SpeakerText, quad.String(a.Speaker.Text))
			own(n, SpeakerRule, quad.String(a.Speaker.Rule))
			own(n, SpeakerStart, quad.Int(a.Speaker.Start))
			own(n, SpeakerEnd, quad.Int(a.Speaker.End))
			if a.Speaker.Entity != nil {
				sp := entityNode(a.Speaker.Entity)
				own(n, Speaker, sp)
				own(n, Author, sp)
			}
		}
		if a.Affiliation != nil {
			own(n, SpeakerAffiliation, entityNode(a.Affiliation))
		}
		for _, id := range a.AboutEntities {
			own(n, About, EntityIRI(id))
		}
		for _, id := range a.AboutEvents {
			if ev, ok := events[id]; ok {
				own(n, About, ev)
			}
		}
	}

	for i, c := range x.NonComments {
		n := quad.IRI(fmt.Sprintf("%s/noncomment/%d", string(art), i+1))
		own(n, Type, NonComment)
		own(n, WasDerivedFrom, art)
		own(n, Seq, quad.Int(i+1))
		own(n, WhoText, quad.String(c.EntityMention.Text))
		own(n, WhoStart, quad.Int(c.EntityMention.Start))
		own(n, WhoEnd, quad.Int(c.EntityMention.End))
		if c.Entity != nil {
			own(n, Who, entityNode(c.Entity))
		}
		own(n, Cue, quad.String(c.Cue.Text))
		own(n, CueStart, quad.Int(c.Cue.Start))
		own(n, CueEnd, quad.Int(c.Cue.End))
		if c.Topic != nil {
			own(n, Topic, quad.String(c.Topic.Text))
			own(n, TopicStart, quad.Int(c.Topic.Start))
			own(n, TopicEnd, quad.Int(c.Topic.End))
		}
	}
	b.Shared = dedupe(b.Shared)
	b.Owned = dedupe(b.Owned)
	return b
}

// interval splits an event's normalised time into schema:startDate and
// schema:endDate: a date ("2022-04", a month) is the start, an ISO 8601
// interval "a/b" gives both ends, and ".." leaves an end open. Free text (a time the
// extractor could not place, having no publication date) is no interval.
func interval(t string) (start, end string, ok bool) {
	a, b, isRange := strings.Cut(t, "/")
	if !isRange {
		b = a
	}
	if a == ".." {
		a = ""
	}
	if b == ".." {
		b = ""
	}
	for _, s := range []string{a, b} {
		if _, valid := DateType(s); s != "" && !valid {
			return "", "", false
		}
	}
	if !isRange {
		b = ""
	}
	return a, b, a != "" || b != ""
}

func pick(cond bool, a, b quad.IRI) quad.IRI {
	if cond {
		return a
	}
	return b
}

// dedupe drops repeated quads, keeping the first, so that a writer never
// sees the same quad twice in one transaction.
func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[quad.Quad]struct{}, len(qs))
	out := qs[:0]
	for _, q := range qs {
		if _, ok := seen[q]; ok {
			continue
		}
		seen[q] = struct{}{}
		out = append(out, q)
	}
	return out
}
