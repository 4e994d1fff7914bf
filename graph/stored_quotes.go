package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph/quotation"
	"github.com/claimgraph/claimgraph/schema"
)

// The pages of most-repeated, first-said, misattributed and
// quote-history, from the claim index's quotation lists
// (claimindex_quotes.go).

// maxQuoteCandidates bounds the quotations a search checks: the ones
// with its rarest word and its other words. The rarest word's own list
// is read up to quoteListFactor times that, so that the other words can
// narrow it: a search is answered completely or refused, never from the
// first part of a list.
const (
	maxQuoteCandidates = 5000
	quoteListFactor    = 10
)

// repeatedPage pages the quotations of two claims or more by article
// count, most first (then by IRI): all, or those attributed to speaker.
// Each item's extra is the quotation's first appearance.
func (s *Store) repeatedPage(ctx context.Context, params map[string]string, r ClaimPage, lim int) (ClaimPage, error) {
	lists := [][2]string{{allRepeated, ""}}
	if strings.TrimSpace(params["speaker"]) != "" {
		nodes, err := s.FindEntities(ctx, params["speaker"])
		if err != nil {
			return r, fmt.Errorf("finding speaker: %w", err)
		}
		lists = lists[:0]
		for _, n := range uniqValues(nodes) {
			lists = append(lists, [2]string{byQuoteSpeak, n})
		}
	}
	return s.pageMerged(ctx, lists, "", nil, nil, false, r, lim)
}

// firstSaidPage pages first-said: without text, the quotations of
// repeatedPage; with it, the quotations matching it, oldest first
// appearance first. Each item's extra is the first appearance.
func (s *Store) firstSaidPage(ctx context.Context, params map[string]string, r ClaimPage, lim int) (ClaimPage, error) {
	if strings.TrimSpace(params["text"]) == "" {
		return s.repeatedPage(ctx, map[string]string{}, r, lim)
	}
	qs, err := s.quotationsWith(ctx, params["text"])
	if err != nil {
		return r, err
	}
	type first struct {
		q   string
		e   indexEntry
		key string
	}
	firsts := make([]first, 0, len(qs))
	for _, q := range qs {
		var f *first
		err := s.index.scan(ctx, byQuotation, q, "", func(e indexEntry) bool {
			f = &first{q: q, e: e, key: e.sortKey() + "\x01" + e.Claim}
			return false
		})
		if err != nil {
			return r, fmt.Errorf("reading the claim index: %w", err)
		}
		if f != nil {
			firsts = append(firsts, *f)
		}
	}
	sort.Slice(firsts, func(i, j int) bool {
		if firsts[i].key != firsts[j].key {
			return firsts[i].key < firsts[j].key
		}
		return firsts[i].q < firsts[j].q
	})
	for i := r.Offset; i < len(firsts) && i < r.Offset+lim; i++ {
		f := firsts[i]
		r.Claims, r.Dates = append(r.Claims, f.q), append(r.Dates, f.e.Date)
		r.Items = append(r.Items, Item{ID: f.q, Article: f.e.Article, Extra: f.e.Claim})
	}
	r.Total = len(firsts)
	return r, nil
}

// quoteHistoryPage pages every appearance of the quotations matching
// text, oldest first; each item's node is its quotation.
func (s *Store) quoteHistoryPage(ctx context.Context, params map[string]string, r ClaimPage, lim int) (ClaimPage, error) {
	qs, err := s.quotationsWith(ctx, params["text"])
	if err != nil {
		return r, err
	}
	lists := make([][2]string, len(qs))
	for i, q := range qs {
		lists[i] = [2]string{byQuotation, q}
	}
	return s.pageMerged(ctx, lists, "", nil, nil, false, r, lim)
}

// misattributedPage pages the appearances of misattributed quotations:
// the quotations by article count, most first, each one's appearances
// oldest first. Each item's extra is its quotation.
func (s *Store) misattributedPage(ctx context.Context, params map[string]string, r ClaimPage, lim int) (ClaimPage, error) {
	return s.pageMerged(ctx, [][2]string{{misattributed, ""}}, "", nil, nil, false, r, lim)
}

// quotationsWith returns the quotations (as <IRI>) some appearance of
// which has the words of text in a row: the quotations of the rarest
// indexed word, then those that have every other indexed word, then
// those whose founding text or one of whose appearances' texts has the
// run.
func (s *Store) quotationsWith(ctx context.Context, text string) ([]string, error) {
	return s.quotationsWithin(ctx, text, maxQuoteCandidates)
}

// quotationsWithin is quotationsWith checking at most bound quotations.
func (s *Store) quotationsWithin(ctx context.Context, text string, bound int) ([]string, error) {
	words := quotation.Parse(text).Words
	if len(words) == 0 {
		return nil, nil
	}
	run := " " + strings.Join(words, " ") + " "
	idx := quoteWords(text)
	if len(idx) == 0 {
		return nil, fmt.Errorf("%w: %q has only words too common to look up (the, of, will, …): give a less common word of the quote", ErrBadParam, text)
	}
	rarest, err := s.rarestWord(ctx, idx, bound)
	if err != nil {
		return nil, err
	}
	tooMany := fmt.Errorf("%w: the words of %q are in more than %d quotations: give more of the quote", ErrBadParam, text, bound)
	var cands []string
	err = s.index.words(ctx, rarest, func(q string) bool {
		cands = append(cands, q)
		return len(cands) <= bound*quoteListFactor
	})
	if err != nil {
		return nil, fmt.Errorf("reading the quotations' word index: %w", err)
	}
	if len(cands) > bound*quoteListFactor {
		return nil, tooMany
	}
	for _, w := range idx {
		if w == rarest || len(cands) == 0 {
			continue
		}
		has, err := s.index.hasWord(ctx, w, cands)
		if err != nil {
			return nil, fmt.Errorf("reading the quotations' word index: %w", err)
		}
		kept := cands[:0]
		for _, q := range cands {
			if has[q] {
				kept = append(kept, q)
			}
		}
		cands = kept
	}
	if len(cands) > bound {
		return nil, tooMany
	}
	var out []string
	for _, id := range cands {
		q := quoteIRI(id)
		ok, err := s.quotationHasRun(ctx, q, run)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, q)
		}
	}
	return out, nil
}

// rarestWord is the word of words in the fewest quotations, counting
// each only as far as the rarest so far, and past bound not at all.
func (s *Store) rarestWord(ctx context.Context, words []string, bound int) (string, error) {
	best, bestN := "", -1
	for _, w := range words {
		n := 0
		err := s.index.words(ctx, w, func(string) bool {
			n++
			return n <= bound && (bestN < 0 || n < bestN)
		})
		if err != nil {
			return "", fmt.Errorf("reading the quotations' word index: %w", err)
		}
		if bestN < 0 || n < bestN {
			best, bestN = w, n
		}
		if n == 0 {
			break // no quotation has every word
		}
	}
	return best, nil
}

// quotationHasRun reports whether the founding text of quotation q or
// the text of one of its appearances has run (normRun's form).
func (s *Store) quotationHasRun(ctx context.Context, q, run string) (bool, error) {
	t, err := s.textOf(ctx, q)
	if err != nil || strings.Contains(normRun(t), run) {
		return err == nil, err
	}
	var claims []string
	if err := s.index.scan(ctx, byQuotation, q, "", func(e indexEntry) bool {
		claims = append(claims, e.Claim)
		return true
	}); err != nil {
		return false, fmt.Errorf("reading the claim index: %w", err)
	}
	for _, c := range claims {
		t, err := s.textOf(ctx, c)
		if err != nil {
			return false, err
		}
		if strings.Contains(normRun(t), run) {
			return true, nil
		}
	}
	return false, nil
}

// textOf is the schema:text of a node given as <IRI>, or "".
func (s *Store) textOf(ctx context.Context, node string) (string, error) {
	ref, err := s.QS.ValueOf(quad.IRI(strings.TrimSuffix(strings.TrimPrefix(node, "<"), ">")))
	if err != nil || ref == nil {
		return "", err
	}
	pred, err := s.QS.ValueOf(schema.Text)
	if err != nil || pred == nil {
		return "", err
	}
	o, err := s.objectOf(ctx, ref, pred)
	if err != nil || o == nil {
		return "", err
	}
	v, err := s.QS.NameOf(o)
	if err != nil || v == nil {
		return "", err
	}
	return literal(v), nil
}

// uniqValues are the values' strings, each once.
func uniqValues(vs []quad.Value) []string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, v.String())
	}
	return uniqStrings(out)
}
