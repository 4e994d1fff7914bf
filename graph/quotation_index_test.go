package graph_test

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"sort"
	"testing"
	"time"

	boltdb "github.com/boltdb/bolt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

// Made-up words that make each generated quote its own: quote j says
// "the harbour plan <a> <b> will be ready", a and b from j.
var syllables = []string{"ka", "lo", "mi", "nu", "pe", "ri", "so", "tu", "va", "ze"}

func madeUpWord(n int) string {
	w := ""
	for i := 0; i < 3; i++ {
		w += syllables[n%10]
		n /= 10
	}
	return w
}

func generatedQuote(j int) string {
	return fmt.Sprintf("The harbour plan %s %s will be ready", madeUpWord(j), madeUpWord(j+500))
}

// quoteArticles is a generated store of 400 quotations in 1,200 articles
// over 1,200 days, loaded in shuffled order: quotation j appears in
// j%5+1 articles (appearance r of j in article 3j+r's… spread by a
// stride), said by Ada Prolific, except that when j%7 == 0 its last
// appearance is Ben Other's (misattributed when it has two or more).
func quoteArticles() (bs []schema.Bundle, appearances map[int]int) {
	start := time.Date(2012, 1, 1, 0, 0, 0, 0, time.UTC)
	type app struct{ j, r int }
	var apps []app
	appearances = map[int]int{}
	for j := 0; j < 400; j++ {
		n := j%5 + 1
		appearances[j] = n
		for r := 0; r < n; r++ {
			apps = append(apps, app{j, r})
		}
	}
	// 1,200 appearances, one per article; a stride spreads a quotation's
	// appearances over the days.
	for i := range apps {
		a := apps[(i*7)%len(apps)]
		x := doc.Extraction{ID: fmt.Sprintf("qgen-%04d", i), Title: fmt.Sprintf("Quote article %d", i),
			Published: start.AddDate(0, 0, i).Format("2006-01-02"), Publisher: fmt.Sprintf("Pub %d", i%3), Text: "generated"}
		sp := prolific
		if a.j%7 == 0 && a.r == appearances[a.j]-1 {
			sp = other
		}
		x.Entities = []doc.OutEntity{{ID: sp.ID, Name: sp.Name, Type: "Person"}}
		text := generatedQuote(a.j)
		x.Attributions = []doc.OutAttr{{Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: sp.Name}, Entity: sp},
			Cue: doc.TextSpan{Text: "said"}, Lemma: "say", Kind: doc.Direct, Content: doc.TextSpan{Text: text, Start: 1, End: 1 + len(text)}}}
		bs = append(bs, schema.FromExtraction(x))
	}
	if len(apps) != 1200 {
		panic("the generator's arithmetic")
	}
	rand.New(rand.NewSource(21)).Shuffle(len(bs), func(i, j int) { bs[i], bs[j] = bs[j], bs[i] })
	return bs, appearances
}

// quotationTotals are what the generated store's quotation lists hold.
type quotationTotals struct{ repeated, bySpeakerBen, misattributed, appearances int }

func wantTotals(apps map[int]int) quotationTotals {
	var w quotationTotals
	for j, n := range apps {
		w.appearances += n
		if n < 2 {
			continue
		}
		w.repeated++
		if j%7 == 0 {
			w.bySpeakerBen++
			w.misattributed += n
		}
	}
	return w
}

// testQuotationPaging pages every quotation list of the generated store:
// every row once, in order, the total right; then re-loads an article
// and pages again.
func testQuotationPaging(t *testing.T, st *graph.Store, rows bool) {
	ctx := context.Background()
	bs, apps := quoteArticles()
	writeAll(t, st, bs)
	require.NoError(t, st.RefreshDerived(ctx))
	w := wantTotals(apps)
	check := func(w quotationTotals) {
		t.Helper()
		for _, c := range []struct {
			kind   string
			params map[string]string
			total  int
		}{
			{"repeated", nil, w.repeated},
			{"repeated", map[string]string{"speaker": "Ben Other"}, w.bySpeakerBen},
			{"firstsaid", nil, w.repeated},
			{"misattributed", nil, w.misattributed},
			// "harbour" is in every quotation: every appearance, oldest first.
			{"quotehistory", map[string]string{"text": "Harbour"}, w.appearances},
			{"quotehistory", map[string]string{"text": "the HARBOUR plan"}, w.appearances},
			{"firstsaid", map[string]string{"text": "harbour plan"}, 400},
			{"quotehistory", map[string]string{"text": "plan the harbour"}, 0},
		} {
			claims, keys := pageAll(t, st, c.kind, c.params, 37)
			checkComplete(t, claims, keys, c.total)
		}
		for _, j := range []int{0, 3, 14, 399} {
			text := generatedQuote(j)
			claims, dates := pageAll(t, st, "quotehistory", map[string]string{"text": text[4:]}, 2)
			checkComplete(t, claims, dates, apps[j])
			// A run of two of its words, one of them common.
			claims, _ = pageAll(t, st, "quotehistory", map[string]string{"text": "plan " + madeUpWord(j)}, 100)
			assert.Len(t, claims, apps[j], "quotation %d", j)
		}
	}
	check(w)
	if rows {
		checkQuotationRows(t, st)
	}

	// Re-loading an article without its quote takes its appearance out
	// of every list: quotation 4 (five appearances) loses one.
	var art schema.Bundle
	for _, b := range bs {
		for _, q := range b.Owned {
			if q.Predicate == schema.Text && fmt.Sprint(q.Object) == fmt.Sprintf("%q", generatedQuote(4)) {
				art = b
			}
		}
	}
	require.NotEmpty(t, art.Article)
	id := string(art.Article)[len(schema.ID+"article/"):]
	x := doc.Extraction{ID: id, Title: "Replaced", Published: "2012-01-01", Text: "generated"}
	_, err := st.Write(ctx, []schema.Bundle{schema.FromExtraction(x)})
	require.NoError(t, err)
	require.NoError(t, st.RefreshDerived(ctx))
	apps[4]--
	claims, _ := pageAll(t, st, "quotehistory", map[string]string{"text": generatedQuote(4)}, 100)
	assert.Len(t, claims, 4)
	check(wantTotals(apps))
}

// checkQuotationRows checks the rows the four queries build from their
// pages.
func checkQuotationRows(t *testing.T, st *graph.Store) {
	t.Helper()
	set, err := queries.Load("")
	require.NoError(t, err)
	row := func(a graph.Answer, i int) map[string]any {
		t.Helper()
		require.Greater(t, len(a.Rows), i)
		return a.Rows[i].(map[string]any)
	}
	a := onePage(t, st, set, "most-repeated", nil, 0, 3)
	assert.Equal(t, 320, a.Total)
	assert.EqualValues(t, 5, row(a, 0)["articles"], "most articles first")
	a = onePage(t, st, set, "most-repeated", nil, 319, 20)
	require.Len(t, a.Rows, 1, "the last page")
	assert.EqualValues(t, 2, row(a, 0)["articles"])
	a = onePage(t, st, set, "first-said", map[string]string{"text": "harbour plan"}, 0, 2)
	assert.Equal(t, 400, a.Total)
	assert.Equal(t, "qgen-0000", row(a, 0)["article"], "the oldest first appearance first")
	assert.Equal(t, "qgen-0001", row(a, 1)["article"])
	a = onePage(t, st, set, "misattributed", nil, 0, 100)
	assert.Equal(t, 162, a.Total)
	assert.Equal(t, row(a, 0)["quotation"], row(a, 1)["quotation"], "a quotation's appearances together")
	assert.Contains(t, row(a, 0)["speakers"], "Ben Other (1)")
	a = onePage(t, st, set, "quote-history", map[string]string{"text": generatedQuote(3)}, 0, 50)
	require.Len(t, a.Rows, 4)
	for i := 1; i < 4; i++ {
		assert.Less(t, row(a, i-1)["published"], row(a, i)["published"], "oldest first")
	}
	assert.Equal(t, generatedQuote(3), row(a, 0)["content"])
	assert.NotEmpty(t, row(a, 0)["quotation"])
	// Words too common to look up are refused, not answered from a sample.
	_, err = st.RunStored(context.Background(), set, mustGet(t, set, "quote-history"), map[string]string{"text": "will be the"}, 100, time.Minute)
	assert.ErrorIs(t, err, graph.ErrBadParam)
}

func TestQuotationPagingBolt(t *testing.T) {
	testQuotationPaging(t, openBolt(t), true)
}

func TestQuotationPagingMemstore(t *testing.T) {
	testQuotationPaging(t, memStore(t), true)
}

func TestQuotationPagingPostgres(t *testing.T) {
	st, _ := openPostgres(t)
	testQuotationPaging(t, st, false)
}

// TestQuotationListsBuiltForOldStore: a bolt store whose claim index is
// of the second version (before the quotation lists) gets them when it
// is opened, the same as the writer and the recount wrote them.
func TestQuotationListsBuiltForOldStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.bolt")
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path, NoSync: true})
	require.NoError(t, err)
	bs, _ := quoteArticles()
	writeAll(t, st, bs[:300])
	require.NoError(t, st.RefreshDerived(ctx))
	cases := []pageCase{
		{"repeated", nil}, {"repeated", map[string]string{"speaker": "Ben Other"}}, {"firstsaid", nil},
		{"misattributed", nil}, {"quotehistory", map[string]string{"text": "harbour"}},
		{"firstsaid", map[string]string{"text": "harbour plan"}},
	}
	written := wholePages(t, st, cases)
	require.NoError(t, st.Close())

	// What a store written by the index's second version holds: no
	// quotation lists, no word index, version 2.
	st = reopenAged(t, path, func(tx *boltdb.Tx) error {
		if err := tx.DeleteBucket([]byte("cg_claim_index_words")); err != nil {
			return err
		}
		m := tx.Bucket([]byte("cg_claim_index"))
		var drop [][]byte
		c := m.Cursor()
		for k, _ := c.First(); k != nil; k, _ = c.Next() {
			if k[0] == 'q' || k[0] == 'R' || k[0] == 'r' || k[0] == 'X' {
				drop = append(drop, append([]byte(nil), k...))
			}
		}
		for _, k := range drop {
			if err := m.Delete(k); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte("cg_claim_index_meta")).Put([]byte("ready"), []byte("2"))
	})
	defer func() { st.Close() }()
	assert.Equal(t, written, wholePages(t, st, cases))
}

// TestRarestWordFirst: a search reads the rarest of its words' lists and
// checks the run on the few quotations that have every word.
func TestQuoteSearchTable(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	var bs []schema.Bundle
	for i, text := range []string{
		"The ferry timetable will change next spring",
		"The ferry will not run next spring, nor the timetable",
		"We will change the timetable of the ferry in spring",
		"Spring is when the ferry timetable changes, he said",
	} {
		bs = append(bs, quoted(fmt.Sprintf("s%d", i), fmt.Sprintf("2026-04-0%d", i+1), "Post", "Elena Varga", doc.Direct, text))
	}
	writeAll(t, st, bs)
	require.NoError(t, st.RefreshDerived(ctx))
	for _, c := range []struct {
		text string
		want []string // articles, oldest first
	}{
		{"ferry timetable", []string{"s0", "s3"}},
		{"FERRY — timetable!", []string{"s0", "s3"}},
		{"the timetable", []string{"s1", "s2"}},
		{"next spring", []string{"s0", "s1"}},
		{"spring", []string{"s0", "s1", "s2", "s3"}},
		{"timetable ferry", nil},
		{"hovercraft", nil},
		{"", nil},
	} {
		p, err := st.ClaimPage(ctx, "quotehistory", map[string]string{"text": c.text})
		require.NoError(t, err, c.text)
		var got []string
		for _, it := range p.Items {
			got = append(got, it.Article[len("<"+schema.ID+"article/"):len(it.Article)-1])
		}
		sort.Strings(got)
		assert.Equal(t, c.want, got, c.text)
		assert.Equal(t, len(c.want), p.Total, c.text)
	}
	_, err := st.ClaimPage(ctx, "quotehistory", map[string]string{"text": "will the"})
	assert.ErrorIs(t, err, graph.ErrBadParam, "stop words only")
}

// TestQuoteSearchBoundIsCompleteOrRefused: when the rarest word of a
// search is in more quotations than the search checks, its other words
// narrow the whole list, not its first part; a search they cannot narrow
// under the bound is refused rather than answered in part.
func TestQuoteSearchBoundIsCompleteOrRefused(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	var bs []schema.Bundle
	for i, text := range []string{
		"The lantern glowed at dusk", "A lantern hung by the door", "Her lantern was bright",
		"One lantern for each boat", "Lantern orchard paths at last",
		"The orchard was quiet", "An orchard of pears", "Orchard rows in winter", "The orchard gate creaked",
	} {
		bs = append(bs, quoted(fmt.Sprintf("b%d", i), fmt.Sprintf("2026-05-0%d", i+1), "Post", "Elena Varga", doc.Direct, text))
	}
	writeAll(t, st, bs)
	require.NoError(t, st.RefreshDerived(ctx))

	all, err := graph.QuotationsWithin(ctx, st, "lantern orchard", 100)
	require.NoError(t, err)
	require.Len(t, all, 1, "one quotation has both words")
	for bound := 1; bound <= 3; bound++ {
		// Each word is in five quotations, more than the bound: the
		// other word narrows all five to one.
		got, err := graph.QuotationsWithin(ctx, st, "lantern orchard", bound)
		require.NoError(t, err, "bound %d", bound)
		assert.Equal(t, all, got, "bound %d", bound)
	}
	_, err = graph.QuotationsWithin(ctx, st, "lantern", 3)
	assert.ErrorIs(t, err, graph.ErrBadParam, "five quotations with nothing to narrow them, bound 3")
	got, err := graph.QuotationsWithin(ctx, st, "lantern", 5)
	require.NoError(t, err)
	assert.Len(t, got, 5)
}
