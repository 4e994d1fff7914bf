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
	b := &bundler{Bundle: Bundle{Article: ArticleIRI(x.ID)}}
	b.article(x)
	b.entities(x.Entities)
	events := b.events(x.Events)
	for i, a := range x.Attributions {
		b.claim(i, a, x.Published, events)
	}
	for i, c := range x.NonComments {
		b.nonComment(i, c)
	}
	b.Shared = dedupe(b.Shared)
	b.Owned = dedupe(b.Owned)
	return b.Bundle
}

// bundler collects one article's quads; its methods add them in the
// order FromExtraction has always written them, so that a bundle of the
// same extraction is the same list of quads.
type bundler struct {
	Bundle
}

// own adds a quad labelled with the article; a missing value or an empty
// string is no statement, so it is left out rather than stored empty.
func (b *bundler) own(s quad.Value, p quad.IRI, o quad.Value) {
	if o == nil {
		return
	}
	if str, ok := o.(quad.String); ok && str == "" {
		return
	}
	b.Owned = append(b.Owned, quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.Article})
}

// shared adds an unlabelled quad that many articles may state.
func (b *bundler) shared(s quad.Value, p quad.IRI, o quad.Value) {
	if str, ok := o.(quad.String); ok && str == "" {
		return
	}
	b.Shared = append(b.Shared, quad.Quad{Subject: s, Predicate: p, Object: o})
}

// entityNode states an entity's type and name (shared) and returns its IRI.
func (b *bundler) entityNode(r *doc.EntityRef) quad.IRI {
	n := EntityIRI(r.ID)
	b.shared(n, Type, TypeIRI(r.Type))
	b.shared(n, Name, quad.String(r.Name))
	return n
}

func (b *bundler) article(x doc.Extraction) {
	art := b.Article
	b.own(art, Type, NewsArticle)
	b.own(art, Identifier, quad.String(x.ID))
	if u, ok := WebIRI(x.URL); ok {
		b.own(art, URL, u)
	} else {
		// A relative link or an id in a url field is no IRI: kept as text.
		b.own(art, URL, quad.String(x.URL))
	}
	b.own(art, Headline, quad.String(x.Title))
	b.own(art, DatePublished, quad.String(x.Published))
	b.own(art, Publisher, quad.String(x.Publisher))
	b.own(art, Author, quad.String(x.Author))
	b.own(art, InLanguage, quad.String(x.Lang))
	b.own(art, ArticleBody, quad.String(x.Text))
}

func (b *bundler) entities(es []doc.OutEntity) {
	for _, e := range es {
		n := b.entityNode(&doc.EntityRef{ID: e.ID, Name: e.Name, Type: e.Type})
		for _, a := range e.Aliases {
			if a != e.Name {
				b.shared(n, AlternateName, quad.String(a))
			}
		}
		b.own(b.Article, Mentions, n)
		person := TypeIRI(e.Type) == Person
		if e.Role != "" {
			b.own(n, pick(person, JobTitle, Role), quad.String(e.Role))
		}
		if e.Affiliation != nil {
			switch TypeIRI(e.Type) {
			case Person:
				b.own(n, Affiliation, b.entityNode(e.Affiliation))
			case Organization, Government, NewsAgency:
				b.own(n, MemberOf, b.entityNode(e.Affiliation))
			}
		}
	}
}

// events writes each event and returns the IRIs by the extraction's event
// ids, which the claims' about links refer to.
func (b *bundler) events(evs []doc.OutEvent) map[string]quad.IRI {
	iris := make(map[string]quad.IRI, len(evs))
	for i, ev := range evs {
		n := quad.IRI(fmt.Sprintf("%s/event/%d", string(b.Article), i+1))
		iris[ev.ID] = n
		b.own(n, Type, Event)
		b.own(n, Name, quad.String(ev.Name))
		b.own(n, EventType, quad.String(ev.Type))
		b.own(n, Trigger, quad.String(ev.Trigger.Text))
		b.own(n, WasDerivedFrom, b.Article)
		start, end, ok := interval(ev.Time)
		if ok {
			b.own(n, StartDate, quad.String(start))
			b.own(n, EndDate, quad.String(end))
		}
		if ev.TimeText != nil {
			b.own(n, TimeText, quad.String(ev.TimeText.Text))
		} else if !ok {
			b.own(n, TimeText, quad.String(ev.Time))
		}
		b.own(n, Quantity, quad.String(ev.Quantity))
		for _, p := range ev.Participants {
			b.own(n, Participant, b.entityNode(&p))
		}
		for _, p := range ev.Places {
			b.own(n, Location, b.entityNode(&p))
		}
	}
	return iris
}

func (b *bundler) claim(i int, a doc.OutAttr, published string, events map[string]quad.IRI) {
	n := quad.IRI(fmt.Sprintf("%s/claim/%d", string(b.Article), i+1))
	b.own(n, Type, Claim)
	if a.Kind == doc.Direct {
		b.own(n, Type, Quotation)
	}
	b.own(n, Appearance, b.Article)
	b.own(n, WasDerivedFrom, b.Article)
	b.own(n, DatePublished, quad.String(published))
	b.own(n, Seq, quad.Int(i+1))
	claim := claimWords(a)
	b.own(n, Text, quad.String(claim.Text))
	b.own(n, ContentStart, quad.Int(claim.Start))
	b.own(n, ContentEnd, quad.Int(claim.End))
	b.own(n, Cue, quad.String(a.Cue.Text))
	b.own(n, CueStart, quad.Int(a.Cue.Start))
	b.own(n, CueEnd, quad.Int(a.Cue.End))
	lemma := a.Lemma
	if lemma == "" {
		lemma = strings.ToLower(a.Cue.Text)
	}
	b.own(n, CueLemma, quad.String(lemma))
	b.own(n, Kind, quad.String(a.Kind))
	b.own(n, Act, quad.String(a.Act))
	b.own(n, Rule, quad.String(a.Rule))
	b.own(n, Role, quad.String(a.Role))
	b.own(n, Channel, quad.String(a.Channel))
	b.own(n, Addressee, quad.String(a.Addressee))
	if a.Anonymous {
		b.own(n, Anonymous, quad.Bool(true))
	}
	if a.Negated {
		b.own(n, Negated, quad.Bool(true))
	}
	b.claimSpeaker(n, a)
	for _, id := range a.AboutEntities {
		b.own(n, About, EntityIRI(id))
	}
	for _, id := range a.AboutEvents {
		if ev, ok := events[id]; ok {
			b.own(n, About, ev)
		}
	}
}

func (b *bundler) claimSpeaker(n quad.IRI, a doc.OutAttr) {
	if a.Speaker != nil {
		b.own(n, SpeakerText, quad.String(a.Speaker.Text))
		b.own(n, SpeakerRule, quad.String(a.Speaker.Rule))
		b.own(n, SpeakerStart, quad.Int(a.Speaker.Start))
		b.own(n, SpeakerEnd, quad.Int(a.Speaker.End))
		if a.Speaker.Entity != nil {
			sp := b.entityNode(a.Speaker.Entity)
			b.own(n, Speaker, sp)
			b.own(n, Author, sp)
		}
	}
	if a.Affiliation != nil {
		b.own(n, SpeakerAffiliation, b.entityNode(a.Affiliation))
	}
}

func (b *bundler) nonComment(i int, c doc.OutNonComment) {
	n := quad.IRI(fmt.Sprintf("%s/noncomment/%d", string(b.Article), i+1))
	b.own(n, Type, NonComment)
	b.own(n, WasDerivedFrom, b.Article)
	b.own(n, Seq, quad.Int(i+1))
	b.own(n, WhoText, quad.String(c.EntityMention.Text))
	b.own(n, WhoStart, quad.Int(c.EntityMention.Start))
	b.own(n, WhoEnd, quad.Int(c.EntityMention.End))
	if c.Entity != nil {
		b.own(n, Who, b.entityNode(c.Entity))
	}
	b.own(n, Cue, quad.String(c.Cue.Text))
	b.own(n, CueStart, quad.Int(c.Cue.Start))
	b.own(n, CueEnd, quad.Int(c.Cue.End))
	if c.Topic != nil {
		b.own(n, Topic, quad.String(c.Topic.Text))
		b.own(n, TopicStart, quad.Int(c.Topic.Start))
		b.own(n, TopicEnd, quad.Int(c.Topic.End))
	}
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
