package graph_test

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	boltdb "github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

var (
	prolific = &doc.EntityRef{ID: "person/ada-prolific", Name: "Ada Prolific", Type: "Person"}
	other    = &doc.EntityRef{ID: "person/ben-other", Name: "Ben Other", Type: "Person"}
	topic    = &doc.EntityRef{ID: "org/harbour-board", Name: "Harbour Board", Type: "Organization"}
	quiet    = &doc.EntityRef{ID: "org/quiet-council", Name: "Quiet Council", Type: "Organization"}
	pier     = &doc.EntityRef{ID: "thing/pier-project", Name: "Pier Project", Type: "Thing"}
	cara     = &doc.EntityRef{ID: "person/cara-third", Name: "Cara Third", Type: "Person"}
	dan      = &doc.EntityRef{ID: "person/dan-denier", Name: "Dan Denier", Type: "Person"}
)

// manyClaims is a generated store's articles: Ada Prolific makes 5,000
// speech claims, 300 beliefs and 30 negated claims in 3,000 articles over
// 3,000 dates (two claims in the first 2,000 articles, one in the rest, a
// belief in every tenth and a negated one in every hundredth), each about the Harbour Board, with Ben Other speaking in
// every article too. The articles come in a shuffled order, so that load
// order is not date order.
//
// For the other paged queries: every article gives Ada the Harbour Board
// as her affiliation, and a third of Ben's claims give it as his;
// every article mentions the Quiet Council, which declines to comment in
// every fourth (on "the strike" in every eighth) and is otherwise quoted
// nowhere; in every twentieth Ben's claim is about an agreement ("the
// pact"); Cara Third says something about the Pier Project in every
// hundredth article and Dan Denier denies something about it in every
// five-hundredth.
func manyClaims() []schema.Bundle {
	start := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	bs := make([]schema.Bundle, 0, 3000)
	for i := 0; i < 3000; i++ {
		x := doc.Extraction{ID: fmt.Sprintf("gen-%04d", i), Title: fmt.Sprintf("Article %d", i),
			Published: start.AddDate(0, 0, i*3).Format("2006-01-02"), Text: "generated"}
		x.Entities = []doc.OutEntity{{ID: prolific.ID, Name: prolific.Name, Type: "Person", Affiliation: topic}, {ID: other.ID, Name: other.Name, Type: "Person"},
			{ID: topic.ID, Name: topic.Name, Type: "Organization"}, {ID: quiet.ID, Name: quiet.Name, Type: "Organization"}}
		say := func(sp *doc.EntityRef, act, what string) {
			x.Attributions = append(x.Attributions, doc.OutAttr{
				Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: sp.Name}, Entity: sp}, Act: act,
				Cue: doc.TextSpan{Text: "said"}, Lemma: "say", Kind: doc.Indirect, Content: doc.TextSpan{Text: what},
				AboutEntities: []string{topic.ID},
			})
		}
		say(other, "speech", "other "+x.ID)
		if i%3 == 0 {
			x.Attributions[0].Affiliation = topic
		}
		if i%20 == 0 {
			x.Events = []doc.OutEvent{{ID: "e1", Name: "the pact", Type: "agreement", Trigger: doc.TextSpan{Text: "pact"}}}
			x.Attributions[0].AboutEvents = []string{"e1"}
		}
		if i%4 == 0 {
			nc := doc.OutNonComment{EntityMention: doc.TextSpan{Text: quiet.Name}, Entity: quiet, Cue: doc.TextSpan{Text: "declined to comment"}}
			if i%8 == 0 {
				nc.Topic = &doc.TextSpan{Text: "the strike"}
			}
			x.NonComments = append(x.NonComments, nc)
		}
		say(prolific, "speech", "first "+x.ID)
		if i < 2000 {
			say(prolific, "speech", "second "+x.ID)
		}
		if i%10 == 0 {
			say(prolific, "belief", "belief "+x.ID)
		}
		if i%100 == 0 {
			// "Ada Prolific did not say …": a negated cue, no claim of speech.
			say(prolific, "speech", "negated "+x.ID)
			x.Attributions[len(x.Attributions)-1].Negated = true
		}
		if i%100 == 0 {
			x.Entities = append(x.Entities, doc.OutEntity{ID: cara.ID, Name: cara.Name, Type: "Person"}, doc.OutEntity{ID: pier.ID, Name: pier.Name, Type: "Thing"})
			say(cara, "speech", "the pier "+x.ID)
			x.Attributions[len(x.Attributions)-1].AboutEntities = []string{pier.ID}
		}
		if i%500 == 0 {
			x.Entities = append(x.Entities, doc.OutEntity{ID: dan.ID, Name: dan.Name, Type: "Person"})
			say(dan, "speech", "no pier "+x.ID)
			a := &x.Attributions[len(x.Attributions)-1]
			a.AboutEntities, a.Cue.Text, a.Lemma = []string{pier.ID}, "denied", "deny"
		}
		bs = append(bs, schema.FromExtraction(x))
	}
	rand.New(rand.NewSource(19)).Shuffle(len(bs), func(i, j int) { bs[i], bs[j] = bs[j], bs[i] })
	return bs
}

// pageAll reads every page of a claim list from the index, as the
// stored queries get them, and checks each against the total; it
// returns the claims and their dates in page order.
func pageAll(t *testing.T, st *graph.Store, kind string, params map[string]string, limit int) (claims, dates []string) {
	t.Helper()
	for off := 0; ; off += limit {
		p, err := st.ClaimPage(context.Background(), kind, withPage(params, off, limit))
		require.NoError(t, err)
		require.False(t, p.AtLeast)
		if kind == "silent" {
			// The same entity in many articles: a row is the pair.
			for i, it := range p.Items {
				p.Claims[i] = it.ID + " " + it.Article
			}
		}
		claims, dates = append(claims, p.Claims...), append(dates, p.Dates...)
		if len(p.Claims) < limit {
			require.Equal(t, p.Total, len(claims), "the total is the claims the pages reach")
			return claims, dates
		}
		require.Len(t, p.Claims, limit)
	}
}

func withPage(params map[string]string, offset, limit int) map[string]string {
	p := map[string]string{"limit": fmt.Sprint(limit), "offset": fmt.Sprint(offset)}
	for k, v := range params {
		p[k] = v
	}
	return p
}

// checkComplete asserts that claims are want claims, each once, in date
// order.
func checkComplete(t *testing.T, claims, dates []string, want int) {
	t.Helper()
	require.Len(t, claims, want)
	seen := map[string]bool{}
	for i, c := range claims {
		require.False(t, seen[c], "claim %d (%s) came twice", i, c)
		seen[c] = true
		if i > 0 {
			require.GreaterOrEqual(t, dates[i], dates[i-1], "claim %d is out of date order", i)
		}
	}
}

// testCompletePaging checks the claim index's pages on a generated store,
// and with rows, the queries' rows built from them (Gizmo on Cayley's
// SQL backend reads a claim's quads by scanning the quads table, minutes
// for this store on a busy machine; the rows are the same code on every
// backend).
func testCompletePaging(t *testing.T, st *graph.Store, rows bool) {
	ctx := context.Background()
	t0 := time.Now()
	writeAll(t, st, manyClaims())
	require.NoError(t, st.RefreshDerived(ctx))
	t.Logf("wrote 3,000 articles in %s", time.Since(t0))
	t0 = time.Now()
	defer func() { t.Logf("queries took %s", time.Since(t0)) }()
	set, err := queries.Load("")
	require.NoError(t, err)

	claims, dates := pageAll(t, st, "speaker", map[string]string{"speaker": "Ada Prolific"}, 97)
	checkComplete(t, claims, dates, 5000)
	if rows {
		checkRows(t, st, set)
	}

	// The other listings: every page of each, and their totals.
	for _, c := range []struct {
		kind   string
		params map[string]string
		total  int
	}{
		{"speaker", map[string]string{"speaker": "Ada Prolific", "act": "all"}, 5330},
		{"speaker", map[string]string{"speaker": "Ada Prolific", "act": "negated"}, 30},
		{"speaker", map[string]string{"speaker": "ada prolific", "act": "belief"}, 300},
		{"speaker", map[string]string{"act": "speech,belief"}, 8336},
		{"about", map[string]string{"entity": "Harbour Board"}, 8000},
		// Events by type and by name: one list.
		{"about", map[string]string{"event": "agreement"}, 150},
		{"about", map[string]string{"event": "The Pact"}, 150},
		// Ada's speech (a member in every article) and Ben's claims
		// affiliated with the board.
		{"organization", map[string]string{"organization": "Harbour Board"}, 6000},
		{"organization", map[string]string{"organization": "Harbour Board", "act": "all"}, 6330},
		{"noncomment", nil, 750},
		{"noncomment", map[string]string{"entity": "Quiet Council"}, 750},
		{"noncomment", map[string]string{"topic": "STRIKE"}, 375},
		{"noncomment", map[string]string{"from": "2030-01-01", "to": "2030-12-31"}, 31},
		// The Quiet Council where it does not decline, and the Pier
		// Project, which Cara speaks about but nobody speaks for.
		{"silent", nil, 2280},
		{"silent", map[string]string{"entity": "Quiet Council"}, 2250},
		{"speaker", map[string]string{"speaker": "Ada Prolific", "from": "2030-01-01", "to": "2030-12-31"}, 122},
	} {
		claims, dates := pageAll(t, st, c.kind, c.params, 1000)
		checkComplete(t, claims, dates, c.total)
		if c.params["from"] != "" {
			for _, d := range dates {
				assert.Contains(t, d, "2030-")
			}
		}
	}

	pairs := pageConflicts(t, st, map[string]string{"about": "Pier Project"}, 7)
	assert.Len(t, pairs, 180, "6 denials by Dan, each against Cara's 30 affirmations")
	assert.Equal(t, pairs, pageConflicts(t, st, nil, 11), "all denials are about the pier")
	if rows {
		checkListRows(t, st, set)
	}

	// The count entities and top-speakers read is the rows reached.
	assert.Equal(t, int64(5000), claimCount(t, st, prolific.ID))
	if rows {
		ents, err := st.RunStored(ctx, set, mustGet(t, set, "entities"), map[string]string{"search": "Ada Prolific"}, 10, time.Minute)
		require.NoError(t, err)
		require.Len(t, ents.Rows, 1)
		assert.EqualValues(t, 5000, ents.Rows[0].(map[string]any)["claims"])
		top, err := st.RunStored(ctx, set, mustGet(t, set, "top-speakers"), nil, 10, time.Minute)
		require.NoError(t, err)
		assert.EqualValues(t, 5000, top.Rows[0].(map[string]any)["claims"])
		// Every speaker: the count both queries give is the total of
		// their timeline, and the rows its pages reach.
		for _, r := range top.Rows {
			row := r.(map[string]any)
			claims, dates := pageAll(t, st, "speaker", map[string]string{"speaker": "id:" + row["id"].(string)}, 500)
			n, err := strconv.Atoi(fmt.Sprint(row["claims"]))
			require.NoError(t, err)
			checkComplete(t, claims, dates, n)
			ents, err := st.RunStored(ctx, set, mustGet(t, set, "entities"), map[string]string{"search": "id:" + row["id"].(string)}, 10, time.Minute)
			require.NoError(t, err)
			assert.EqualValues(t, row["claims"], ents.Rows[0].(map[string]any)["claims"], row["speaker"])
		}
		assert.GreaterOrEqual(t, len(top.Rows), 4, "Ada, Ben, Cara and Dan")
	}

	// Re-loading an article replaces its entries: Ada's claims in the
	// first article become Ben's.
	x := doc.Extraction{ID: "gen-0000", Title: "Article 0", Published: "2010-01-01", Text: "generated",
		Entities: []doc.OutEntity{{ID: other.ID, Name: other.Name, Type: "Person"}},
		Attributions: []doc.OutAttr{{Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: "Ben"}, Entity: other},
			Cue: doc.TextSpan{Text: "said"}, Kind: doc.Indirect, Content: doc.TextSpan{Text: "replaced"}}}}
	_, err = st.Write(ctx, []schema.Bundle{schema.FromExtraction(x)})
	require.NoError(t, err)
	claims, dates = pageAll(t, st, "speaker", map[string]string{"speaker": "Ada Prolific"}, 1000)
	checkComplete(t, claims, dates, 4998)
	assert.Equal(t, "2010-01-04", dates[0])
	claims, dates = pageAll(t, st, "speaker", map[string]string{"speaker": "Ben Other"}, 1000)
	checkComplete(t, claims, dates, 3000)
	assert.Equal(t, "<"+schema.ID+"article/gen-0000/claim/1>", claims[0])
	for _, c := range []struct {
		kind   string
		params map[string]string
		total  int
	}{
		{"organization", map[string]string{"organization": "Harbour Board"}, 5997},
		{"noncomment", nil, 749},
		{"silent", nil, 2279},
	} {
		claims, dates := pageAll(t, st, c.kind, c.params, 1000)
		checkComplete(t, claims, dates, c.total)
	}
	if rows {
		ben := onePage(t, st, set, "timeline", map[string]string{"speaker": "Ben Other"}, 0, 1)
		assert.Equal(t, "replaced", ben.Rows[0].(map[string]any)["content"])
	}
}

// checkRows checks the rows the queries build from the index's pages.
func checkRows(t *testing.T, st *graph.Store, set *queries.Set) {
	t.Helper()
	rows := onePage(t, st, set, "timeline", map[string]string{"speaker": "Ada Prolific"}, 0, 3).Rows
	require.Len(t, rows, 3)
	for i, want := range []string{"first gen-0000", "second gen-0000", "first gen-0001"} {
		assert.Equal(t, want, rows[i].(map[string]any)["content"], "row %d: by date, then in the article's order", i)
	}
	assert.Equal(t, "2010-01-01", rows[0].(map[string]any)["published"])
	ans := onePage(t, st, set, "timeline", map[string]string{"speaker": "Ada Prolific"}, 4997, 20)
	assert.Equal(t, 5000, ans.Total)
	require.Len(t, ans.Rows, 3, "the last page")
	assert.Equal(t, "first gen-2999", ans.Rows[2].(map[string]any)["content"])
}

// pageConflicts reads every page of conflicting's pairs and checks them:
// each once, denials oldest first, a denial's affirmations oldest first
// (the generated articles' ids sort by date).
func pageConflicts(t *testing.T, st *graph.Store, params map[string]string, limit int) [][3]string {
	t.Helper()
	var all [][3]string
	for off := 0; ; off += limit {
		p, err := st.ClaimPage(context.Background(), "conflict", withPage(params, off, limit))
		require.NoError(t, err)
		require.False(t, p.AtLeast)
		all = append(all, p.Pairs...)
		if len(p.Pairs) < limit {
			require.Equal(t, p.Total, len(all), "the total is the rows the pages reach")
			break
		}
	}
	seen := map[[3]string]bool{}
	for i, p := range all {
		require.False(t, seen[p], "pair %d came twice", i)
		seen[p] = true
		if i > 0 {
			q := all[i-1]
			require.True(t, q[1] < p[1] || (q[1] == p[1] && q[2] < p[2]), "pair %d is out of order", i)
		}
	}
	return all
}

// checkListRows checks the rows of speakers-of, no-comment,
// silent-mentioned, conflicting and claims-about event=.
func checkListRows(t *testing.T, st *graph.Store, set *queries.Set) {
	t.Helper()
	row := func(a graph.Answer, i int) map[string]any {
		require.Greater(t, len(a.Rows), i)
		return a.Rows[i].(map[string]any)
	}
	a := onePage(t, st, set, "speakers-of", map[string]string{"organization": "Harbour Board"}, 0, 3)
	assert.Equal(t, 6000, a.Total)
	assert.Equal(t, "Ben Other", row(a, 0)["person"], "oldest first: gen-0000's first claim is Ben's, affiliated with the board")
	assert.Equal(t, "first gen-0000", row(a, 1)["content"])
	a = onePage(t, st, set, "no-comment", map[string]string{"topic": "strike"}, 374, 20)
	assert.Equal(t, 375, a.Total)
	require.Len(t, a.Rows, 1)
	assert.Equal(t, "Quiet Council", row(a, 0)["who"])
	assert.Equal(t, "gen-2992", row(a, 0)["article"])
	a = onePage(t, st, set, "silent-mentioned", nil, 0, 2)
	assert.Equal(t, 2280, a.Total)
	assert.Equal(t, []any{"Pier Project", "gen-0000"}, []any{row(a, 0)["entity"], row(a, 0)["article"]})
	assert.Equal(t, []any{"Quiet Council", "gen-0001", "Organization"}, []any{row(a, 1)["entity"], row(a, 1)["article"], row(a, 1)["type"]})
	a = onePage(t, st, set, "silent-mentioned", map[string]string{"article": "gen-0001"}, 0, 20)
	assert.Equal(t, 1, a.Total)
	assert.Len(t, a.Rows, 1)
	a = onePage(t, st, set, "conflicting", map[string]string{"about": "Pier Project"}, 0, 1)
	assert.Equal(t, 180, a.Total)
	assert.Equal(t, []any{"Pier Project", "Cara Third", "Dan Denier", "gen-0000", "gen-0000"},
		[]any{row(a, 0)["about"], row(a, 0)["speaker"], row(a, 0)["other_speaker"], row(a, 0)["article"], row(a, 0)["other_article"]})
	a = onePage(t, st, set, "claims-about", map[string]string{"event": "agreement"}, 0, 1)
	assert.Equal(t, 150, a.Total)
	assert.Equal(t, "the pact", row(a, 0)["about"])
}

// claimCount is a node's derived cg:claimCount, read from the store.
func claimCount(t *testing.T, st *graph.Store, id string) int64 {
	t.Helper()
	ref, err := st.QS.ValueOf(quad.IRI(schema.ID + id))
	require.NoError(t, err)
	require.NotNil(t, ref)
	it := st.QS.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	for it.Next(context.Background()) {
		q, err := st.QS.Quad(it.Result())
		require.NoError(t, err)
		if q.Predicate == schema.Claims {
			n, _ := q.Object.(quad.Int)
			return int64(n)
		}
	}
	return -1
}

// onePage runs one page of a stored query.
func onePage(t *testing.T, st *graph.Store, set *queries.Set, name string, params map[string]string, offset, limit int) graph.Answer {
	t.Helper()
	ans, err := st.RunStored(context.Background(), set, mustGet(t, set, name), withPage(params, offset, limit), 100000, time.Minute)
	require.NoError(t, err)
	require.True(t, ans.Paged)
	return ans
}

func mustGet(t *testing.T, set *queries.Set, name string) queries.Query {
	q, ok := set.Get(name)
	require.True(t, ok, name)
	return q
}

// TestCompletePagingBolt: every page of a 5,000-claim speaker, in order,
// none twice, none missing, the total right (issue 19).
func TestCompletePagingBolt(t *testing.T) {
	testCompletePaging(t, openBolt(t), true)
}

// TestCompletePagingPostgres is the same on PostgreSQL.
func TestCompletePagingPostgres(t *testing.T) {
	st, _ := openPostgres(t)
	testCompletePaging(t, st, false)
}

// TestIndexBuiltForOldStore: a bolt store written before the claim index
// (here: the index's buckets removed) gets it when it is opened.
func TestIndexBuiltForOldStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.bolt")
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path, NoSync: true})
	require.NoError(t, err)
	writeAll(t, st, manyClaims()[:300])
	// The rebuilt index gives the pages the writer's did.
	cases := []pageCase{
		{"speaker", map[string]string{"act": "all"}}, {"about", map[string]string{"event": "agreement"}},
		{"organization", map[string]string{"organization": "Harbour Board", "act": "all"}},
		{"noncomment", nil}, {"silent", nil}, {"conflict", nil},
	}
	written := wholePages(t, st, cases)
	require.NoError(t, st.Close())

	st = reopenAged(t, path, func(tx *boltdb.Tx) error {
		for _, b := range []string{"cg_claim_index", "cg_claim_index_articles", "cg_claim_index_meta"} {
			if err := tx.DeleteBucket([]byte(b)); err != nil {
				return err
			}
		}
		return nil
	})
	defer func() { st.Close() }()
	assert.Equal(t, written, wholePages(t, st, cases))
	claims, dates := pageAll(t, st, "speaker", map[string]string{"speaker": "Ben Other"}, 100)
	checkComplete(t, claims, dates, 300)
	require.NoError(t, st.Close())

	// An index of the first version (claim lists only) is built again
	// with the lists of the other queries.
	st = reopenAged(t, path, func(tx *boltdb.Tx) error {
		return tx.Bucket([]byte("cg_claim_index_meta")).Put([]byte("ready"), []byte("1"))
	})
	p, err := st.ClaimPage(ctx, "noncomment", map[string]string{"entity": "Quiet Council", "limit": "1000"})
	require.NoError(t, err)
	want := 0
	for _, b := range manyClaims()[:300] {
		for _, q := range b.Owned {
			if q.Object == schema.NonComment {
				want++
			}
		}
	}
	assert.Equal(t, want, p.Total, "the non-comments of the 300 articles")
	require.NoError(t, st.Close())
	var said testWriter
	st, err = graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path, NoSync: true, Progress: &said})
	require.NoError(t, err)
	assert.NotContains(t, string(said), "building", "built once")
}

// pageCase is one list of the claim index, with its parameters.
type pageCase struct {
	kind   string
	params map[string]string
}

// wholePages reads each case's rows in one page, a line each, so that
// two stores' indexes can be compared.
func wholePages(t *testing.T, st *graph.Store, cases []pageCase) []string {
	t.Helper()
	var out []string
	for _, c := range cases {
		p, err := st.ClaimPage(context.Background(), c.kind, withPage(c.params, 0, 100000))
		require.NoError(t, err)
		out = append(out, fmt.Sprint(c.kind, p.Total, p.Claims, p.Items, p.Pairs))
	}
	return out
}

// reopenAged makes the closed bolt store at path look as an older
// version left it (age edits it), opens it again and checks that the
// claim index is built on opening.
func reopenAged(t *testing.T, path string, age func(tx *boltdb.Tx) error) *graph.Store {
	t.Helper()
	db, err := boltdb.Open(path, 0o644, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(age))
	require.NoError(t, db.Close())
	var said testWriter
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Address: path, NoSync: true, Progress: &said})
	require.NoError(t, err)
	assert.Contains(t, string(said), "building the claim index")
	return st
}

type testWriter []byte

func (w *testWriter) Write(p []byte) (int, error) { *w = append(*w, p...); return len(p), nil }

// TestCompletePagingMemstore is the same on the memstore, whose index
// is a map sorted per request.
func TestCompletePagingMemstore(t *testing.T) {
	testCompletePaging(t, memStore(t), true)
}
