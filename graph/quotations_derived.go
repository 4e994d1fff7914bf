package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph/quotation"
	"github.com/claimgraph/claimgraph/schema"
)

// quoteEdge is a claim's cg:quotation link.
type quoteEdge struct {
	claim, quotation cgraph.Ref
}

func (s *Store) addQuoteEdge(sc *derivedScan, q cgraph.Ref) error {
	var e quoteEdge
	var err error
	if e.claim, err = s.QS.QuadDirection(q, quad.Subject); err != nil {
		return err
	}
	if e.quotation, err = s.QS.QuadDirection(q, quad.Object); err != nil {
		return err
	}
	sc.links = append(sc.links, e)
	return nil
}

// appearance is one claim of a quotation, as the derived values need it.
type appearance struct {
	claim     string
	article   string
	date      string
	publisher string
	speaker   quad.Value // nil when unresolved
}

// quotationQuads computes the derived quads of every quotation that two
// claims or more link to (schema.FirstAppearance and the rest), and the
// entries of the claim index's ranked quotation lists, which follow
// them (claimindex_quotes.go). A quotation with one claim gets none: its
// claim is its whole history.
func (s *Store) quotationQuads(ctx context.Context, links []quoteEdge) ([]quad.Quad, []indexEntry, error) {
	byQuote := map[any][]quoteEdge{}
	for _, e := range links {
		k := refs.ToKey(e.quotation)
		byQuote[k] = append(byQuote[k], e)
	}
	r, err := s.newAppearanceReader()
	if err != nil {
		return nil, nil, err
	}
	var out []quad.Quad
	var ranked []indexEntry
	for _, es := range byQuote {
		if len(es) < 2 {
			continue
		}
		v, err := s.QS.NameOf(es[0].quotation)
		if err != nil {
			return nil, nil, err
		}
		qi, ok := v.(quad.IRI)
		if !ok {
			continue
		}
		apps := make([]appearance, 0, len(es))
		for _, e := range es {
			a, err := r.read(ctx, e.claim)
			if err != nil {
				return nil, nil, err
			}
			apps = append(apps, a)
		}
		qs, es, err := r.summarise(ctx, qi, apps)
		if err != nil {
			return nil, nil, err
		}
		out, ranked = append(out, qs...), append(ranked, es...)
	}
	return out, ranked, nil
}

// appearanceReader reads claims' articles, dates, publishers and
// speakers, caching articles and speaker names.
type appearanceReader struct {
	s                                         *Store
	appRef, dateRef, pubRef, speakerRef, name cgraph.Ref
	articles                                  map[any][2]string // date, publisher
	names                                     map[string]string
}

func (s *Store) newAppearanceReader() (*appearanceReader, error) {
	r := &appearanceReader{s: s, articles: map[any][2]string{}, names: map[string]string{}}
	for _, p := range []struct {
		ref *cgraph.Ref
		iri quad.IRI
	}{{&r.appRef, schema.Appearance}, {&r.dateRef, schema.DatePublished}, {&r.pubRef, schema.Publisher}, {&r.speakerRef, schema.Speaker}, {&r.name, schema.Name}} {
		ref, err := s.QS.ValueOf(p.iri)
		if err != nil {
			return nil, err
		}
		*p.ref = ref
	}
	return r, nil
}

func (r *appearanceReader) read(ctx context.Context, claim cgraph.Ref) (appearance, error) {
	var a appearance
	v, err := r.s.QS.NameOf(claim)
	if err != nil || v == nil {
		return a, err
	}
	a.claim = string(v.(quad.IRI))
	if r.speakerRef != nil {
		sp, err := r.s.objectOf(ctx, claim, r.speakerRef)
		if err != nil {
			return a, err
		}
		if sp != nil {
			if a.speaker, err = r.s.QS.NameOf(sp); err != nil {
				return a, err
			}
		}
	}
	if r.appRef == nil {
		return a, nil
	}
	art, err := r.s.objectOf(ctx, claim, r.appRef)
	if err != nil || art == nil {
		return a, err
	}
	av, err := r.s.QS.NameOf(art)
	if err != nil || av == nil {
		return a, err
	}
	a.article = string(av.(quad.IRI))
	k := refs.ToKey(art)
	info, ok := r.articles[k]
	if !ok {
		for i, p := range []cgraph.Ref{r.dateRef, r.pubRef} {
			if info[i], err = r.literal(ctx, art, p); err != nil {
				return a, err
			}
		}
		r.articles[k] = info
	}
	a.date, a.publisher = info[0], info[1]
	return a, nil
}

// literal is the string value of node's pred, or "".
func (r *appearanceReader) literal(ctx context.Context, node, pred cgraph.Ref) (string, error) {
	if pred == nil {
		return "", nil
	}
	o, err := r.s.objectOf(ctx, node, pred)
	if err != nil || o == nil {
		return "", err
	}
	v, err := r.s.QS.NameOf(o)
	if err != nil || v == nil {
		return "", err
	}
	switch t := v.(type) {
	case quad.String:
		return string(t), nil
	case quad.TypedString:
		return string(t.Value), nil
	}
	return fmt.Sprint(v.Native()), nil
}

// summarise turns a quotation's appearances into its derived quads and
// its entries in the ranked lists.
func (r *appearanceReader) summarise(ctx context.Context, qi quad.IRI, apps []appearance) ([]quad.Quad, []indexEntry, error) {
	sort.Slice(apps, func(i, j int) bool { return earlier(apps[i], apps[j]) })
	arts, pubs := map[string]bool{}, map[string]bool{}
	bySpeaker := map[string]int{}
	speakers := map[string]quad.Value{}
	for _, a := range apps {
		arts[a.article] = true
		if a.publisher != "" {
			pubs[a.publisher] = true
		}
		if a.speaker != nil {
			bySpeaker[a.speaker.String()]++
			speakers[a.speaker.String()] = a.speaker
		}
	}
	d := func(p quad.IRI, o quad.Value) quad.Quad {
		return quad.Quad{Subject: qi, Predicate: p, Object: o, Label: schema.Derived}
	}
	out := []quad.Quad{
		d(schema.AppearanceCount, quad.Int(len(apps))),
		d(schema.ArticleCount, quad.Int(len(arts))),
		d(schema.PublisherCount, quad.Int(len(pubs))),
		d(schema.FirstAppearance, quad.IRI(apps[0].claim)),
	}
	if apps[0].date != "" {
		out = append(out, d(schema.FirstPublished, quad.String(apps[0].date)))
	}
	keys := make([]string, 0, len(bySpeaker))
	for k := range bySpeaker {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var names []string
	for i, k := range keys {
		att := schema.AttributionIRI(qi, i+1)
		out = append(out, d(schema.Attribution, att),
			quad.Quad{Subject: att, Predicate: schema.AttributedTo, Object: speakers[k], Label: schema.Derived},
			quad.Quad{Subject: att, Predicate: schema.Claims, Object: quad.Int(bySpeaker[k]), Label: schema.Derived})
		n, err := r.nameOf(ctx, speakers[k])
		if err != nil {
			return nil, nil, err
		}
		names = append(names, n)
	}
	mis := conflicting(names)
	if mis {
		out = append(out, d(schema.Misattributed, quad.Bool(true)))
	}
	return out, rankedEntries(string(qi), apps, len(arts), keys, mis), nil
}

// earlier orders appearances by date (undated last), then article and
// claim IRI.
func earlier(a, b appearance) bool {
	if (a.date == "") != (b.date == "") {
		return a.date != ""
	}
	if a.date != b.date {
		return a.date < b.date
	}
	if a.article != b.article {
		return a.article < b.article
	}
	return a.claim < b.claim
}

// nameOf is a speaker's schema:name, or its IRI's last segment.
func (r *appearanceReader) nameOf(ctx context.Context, sp quad.Value) (string, error) {
	k := sp.String()
	if n, ok := r.names[k]; ok {
		return n, nil
	}
	n := localName(k)
	ref, err := r.s.QS.ValueOf(sp)
	if err != nil {
		return "", err
	}
	if ref != nil {
		lit, err := r.literal(ctx, ref, r.name)
		if err != nil {
			return "", err
		}
		if lit != "" {
			n = lit
		}
	}
	r.names[k] = n
	return n, nil
}

// conflicting reports whether two of the speakers' names cannot be the
// same person: entity resolution may leave "Varga" and "Elena Varga" as
// two nodes, which is no misattribution, so two names conflict only when
// neither's words contain the other's.
func conflicting(names []string) bool {
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			a, b := quotation.Parse(names[i]).Words, quotation.Parse(names[j]).Words
			if !containsWords(a, b) && !containsWords(b, a) {
				return true
			}
		}
	}
	return false
}

func containsWords(long, short []string) bool {
	have := map[string]bool{}
	for _, w := range long {
		have[w] = true
	}
	for _, w := range short {
		if !have[w] {
			return false
		}
	}
	return len(short) > 0
}
