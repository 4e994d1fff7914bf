package graph

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph/quotation"
	"github.com/claimgraph/claimgraph/schema"
)

// The claim index's lists of quotations (cg:Quotation), so that the four
// quotation queries page every row in order (docs/queries.md) instead of
// reading every quotation in Gizmo:
//
//   - per quotation, its appearances (the claims linked to it) oldest
//     first: written with each article, like a speaker's list, so a
//     replace moves them with the article;
//   - a word index, word → the quotations some appearance of which has
//     that word: a key per (word, quotation), only ever put (a write is
//     a put, never a read-modify-write of a posting list), so a word an
//     article no longer has stays until a rebuild and only costs a
//     check (every match is checked against the appearances' texts);
//   - the quotations' index keys (graph/quotation's winnowed shingle
//     hashes of the founding wording, "qk:…"), in the word index as
//     words no text has (a word of a text has no colon): a key is only
//     ever put, since a quotation's founding wording never changes;
//   - the quotations of two claims or more by article count, all and per
//     attributed speaker, and the appearances of the misattributed ones:
//     these follow the derived values, so the recount writes them where
//     it computes those (quotationQuads), as a diff against what the
//     index holds (syncQuotationLists).
const (
	byQuotation   = "q" // appearances of the node (a quotation); Claim is the claim
	quoteWord     = "W" // word index: Node is the word, Claim the quotation (no date, no article)
	allRepeated   = "R" // quotations of two claims or more; Claim is the quotation, Extra its first appearance
	byQuoteSpeak  = "r" // the same, attributed to the node somewhere
	misattributed = "X" // appearances of misattributed quotations; Claim is the claim, Extra the quotation
)

// rankedKinds are the lists the recount writes.
var rankedKinds = []string{allRepeated, byQuoteSpeak, misattributed}

// quoteStop are words too common to index: a run of words is found by
// its rarest other word. A query of stop words only reads every
// quotation's appearances (docs/queries.md).
var quoteStop = setOf("a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with",
	"from", "as", "into", "about", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were",
	"be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
	"might", "must", "shall", "not", "no", "we", "i", "you", "he", "she", "they", "our", "us", "my", "me", "your",
	"his", "her", "their", "them", "him", "there", "what", "which", "who", "so", "all", "very", "also", "s")

// quoteWords are the distinct indexed words of a quote's text, with
// graph/quotation's normalisation (quotation.Parse's words; a test holds
// them equal): the writer splits every linked claim's text, and Parse
// would also hash and winnow its shingles.
func quoteWords(text string) []string {
	var out []string
	seen := map[string]bool{}
	var w strings.Builder
	end := func() {
		if w.Len() > 0 {
			if s := w.String(); !seen[s] && !quoteStop[s] {
				seen[s] = true
				out = append(out, s)
			}
			w.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '\u2019' || r == '\u02bc') && w.Len() > 0:
			// an apostrophe inside a word is dropped, as Parse does
		default:
			end()
		}
	}
	end()
	return out
}

// quotationEntries are a linked claim's entries: its appearance in its
// quotation's list, and its words.
func (f *claimFacts) quotationEntries(claim string, e indexEntry) []indexEntry {
	if f.quotation == "" {
		return nil
	}
	e.Kind, e.Node, e.Claim, e.Act, e.Extra = byQuotation, f.quotation, claim, "", ""
	out := []indexEntry{e}
	for _, w := range quoteWords(f.quoteText) {
		out = append(out, indexEntry{Kind: quoteWord, Node: w, Claim: quoteID(f.quotation)})
	}
	return out
}

// quotationKeyEntries are the index keys of the quotations a bundle
// founds (its shared schema:text quads of quotation nodes), as word-index
// entries. The keys were quads of the graph until 2026-12-07: Cayley
// wrote each as a node and four index entries, a quarter of what
// linking cost a load, where a key here is one put.
func quotationKeyEntries(b *schema.Bundle) []indexEntry {
	var out []indexEntry
	for _, q := range b.Shared {
		iri, ok := q.Subject.(quad.IRI)
		text, isStr := q.Object.(quad.String)
		if ok && isStr && q.Predicate == schema.Text && isQuotation(iri) {
			out = appendKeyEntries(out, iri, string(text))
		}
	}
	return out
}

// appendKeyEntries adds the word-index entries of the keys of the
// quotation iri founded by text.
func appendKeyEntries(out []indexEntry, iri quad.IRI, text string) []indexEntry {
	id := quoteID(iri.String())
	for _, k := range quotation.Parse(text).Keys() {
		out = append(out, indexEntry{Kind: quoteWord, Node: k, Claim: id})
	}
	return out
}

// isQuotation reports whether iri is a quotation node.
func isQuotation(iri quad.IRI) bool {
	return strings.HasPrefix(string(iri), string(schema.QuotationIRI("")))
}

// keyPrefix starts every quotation key in the word index.
const keyPrefix = quotation.KeyPrefix

// rankKey orders the ranked lists: most articles first, then by IRI.
func rankKey(articles int) string {
	return fmt.Sprintf("%09d", max(0, 999999999-articles))
}

// rankedEntries are the ranked lists' entries of one quotation of two
// claims or more, from its appearances (sorted, earliest first) and its
// speakers.
func rankedEntries(qi string, apps []appearance, articles int, speakers []string, misattrib bool) []indexEntry {
	q := "<" + qi + ">"
	first := "<" + apps[0].claim + ">"
	e := indexEntry{Kind: allRepeated, Date: rankKey(articles), Article: qi, Claim: q, Extra: first}
	out := []indexEntry{e}
	for _, sp := range speakers {
		e.Kind, e.Node = byQuoteSpeak, sp
		out = append(out, e)
	}
	if !misattrib {
		return out
	}
	for _, a := range apps {
		d := a.date
		if d == "" {
			d = undated
		}
		// One list ordered by quotation, then by appearance: the date and
		// the quotation go in the date's place of the sort key, the
		// article and claim in the article's.
		out = append(out, indexEntry{Kind: misattributed, Date: rankKey(articles) + "\x03" + qi + "\x03" + d,
			Article: a.article + "\x03" + a.claim, Claim: "<" + a.claim + ">", Extra: q})
	}
	return out
}

// splitWordEntries takes the word-index entries out of adds: the
// backends keep them apart, without an article.
func splitWordEntries(adds []indexEntry) (rest, words []indexEntry) {
	rest = adds[:0:0]
	for _, e := range adds {
		if e.Kind == quoteWord {
			words = append(words, e)
		} else {
			rest = append(rest, e)
		}
	}
	return rest, words
}

// wordKey is a word-index key: word \0 quotation (quoteID's form).
func wordKey(word, quotation string) string { return word + "\x00" + quotation }

// quotationPrefix starts the IRI of every quotation (schema.QuotationIRI)
// as Gizmo writes it; the word index keeps what follows, a third of the
// key.
var quotationPrefix = "<" + string(schema.QuotationIRI(""))

// quoteID is the short form of a quotation (<IRI>) in the word index.
func quoteID(q string) string {
	if id, ok := strings.CutPrefix(q, quotationPrefix); ok {
		return strings.TrimSuffix(id, ">")
	}
	return q
}

// quoteIRI is the quotation (<IRI>) of a word-index short form.
func quoteIRI(id string) string {
	if strings.HasPrefix(id, "<") {
		return id
	}
	return quotationPrefix + id + ">"
}

// quotationNode is the quotation node of a word-index short form.
func quotationNode(id string) quad.IRI {
	return quad.IRI(strings.TrimSuffix(strings.TrimPrefix(quoteIRI(id), "<"), ">"))
}

// normRun is text's words as one string with a space either side, to
// test that a text has a run of words: " a b " in " x a b y ".
func normRun(text string) string {
	return " " + strings.Join(quotation.Parse(text).Words, " ") + " "
}

// syncQuotationLists makes the ranked quotation lists hold ranked, the
// entries the recount computed (quotationQuads): only what changed is
// written.
func (s *Store) syncQuotationLists(ctx context.Context, ranked []indexEntry) error {
	if s.index == nil {
		return nil
	}
	if err := s.index.sync(ctx, rankedKinds, ranked); err != nil {
		return fmt.Errorf("writing the quotation lists of the claim index: %w", err)
	}
	return nil
}

// rebuildQuotationKeys puts the index keys of every quotation of the
// store, from its founding wording (schema:text), for a rebuild of the
// index: no article owns them.
func (s *Store) rebuildQuotationKeys(ctx context.Context) error {
	nodes, err := s.typed(ctx, schema.QuotationClass)
	if err != nil {
		return fmt.Errorf("listing the quotations: %w", err)
	}
	flush := func(adds []indexEntry) error {
		if err := s.index.replace(ctx, nil, adds, ""); err != nil {
			return fmt.Errorf("writing the quotation keys of the claim index: %w", err)
		}
		return nil
	}
	var adds []indexEntry
	for _, n := range nodes {
		iri, ok := n.(quad.IRI)
		if !ok {
			continue
		}
		text, err := s.textOf(ctx, iri.String())
		if err != nil {
			return fmt.Errorf("reading the wording of %s: %w", iri, err)
		}
		if adds = appendKeyEntries(adds, iri, text); len(adds) >= 10*indexChunk {
			if err := flush(adds); err != nil {
				return err
			}
			adds = adds[:0]
		}
	}
	return flush(adds)
}

// rebuildQuotationLists computes the ranked quotation lists from the
// store's quotation links, for a rebuild of the index.
func (s *Store) rebuildQuotationLists(ctx context.Context) error {
	sc, err := s.scanForDerived(ctx)
	if err != nil {
		return fmt.Errorf("reading the quotation links: %w", err)
	}
	_, ranked, err := s.quotationQuads(ctx, sc.links)
	if err != nil {
		return fmt.Errorf("reading the quotations' appearances: %w", err)
	}
	return s.syncQuotationLists(ctx, ranked)
}
