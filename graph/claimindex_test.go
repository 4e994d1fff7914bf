package graph_test

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
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

var (
	prolific = &doc.EntityRef{ID: "person/ada-prolific", Name: "Ada Prolific", Type: "Person"}
	other    = &doc.EntityRef{ID: "person/ben-other", Name: "Ben Other", Type: "Person"}
	topic    = &doc.EntityRef{ID: "org/harbour-board", Name: "Harbour Board", Type: "Organization"}
)

// manyClaims is a generated store's articles: Ada Prolific makes 5,000
// speech claims and 300 beliefs in 3,000 articles over 3,000 dates (two
// claims in the first 2,000 articles, one in the rest, and a belief in
// every tenth), each about the Harbour Board, with Ben Other speaking in
// every article too. The articles come in a shuffled order, so that load
// order is not date order.
func manyClaims() []schema.Bundle {
	start := time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	bs := make([]schema.Bundle, 0, 3000)
	for i := 0; i < 3000; i++ {
		x := doc.Extraction{ID: fmt.Sprintf("gen-%04d", i), Title: fmt.Sprintf("Article %d", i),
			Published: start.AddDate(0, 0, i*3).Format("2006-01-02"), Text: "generated"}
		x.Entities = []doc.OutEntity{{ID: prolific.ID, Name: prolific.Name, Type: "Person"}, {ID: other.ID, Name: other.Name, Type: "Person"},
			{ID: topic.ID, Name: topic.Name, Type: "Organization"}}
		say := func(sp *doc.EntityRef, act, what string) {
			x.Attributions = append(x.Attributions, doc.OutAttr{
				Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: sp.Name}, Entity: sp}, Act: act,
				Cue: doc.TextSpan{Text: "said"}, Kind: doc.Indirect, Content: doc.TextSpan{Text: what},
				AboutEntities: []string{topic.ID},
			})
		}
		say(other, "speech", "other "+x.ID)
		say(prolific, "speech", "first "+x.ID)
		if i < 2000 {
			say(prolific, "speech", "second "+x.ID)
		}
		if i%10 == 0 {
			say(prolific, "belief", "belief "+x.ID)
		}
		bs = append(bs, schema.FromExtraction(x))
	}
	rand.New(rand.NewSource(19)).Shuffle(len(bs), func(i, j int) { bs[i], bs[j] = bs[j], bs[i] })
	return bs
}

// pageAll reads every page of a query and checks the pages against the
// answer's total, returning the rows in page order.
func pageAll(t *testing.T, st *graph.Store, set *queries.Set, name string, params map[string]string, limit int) []map[string]any {
	t.Helper()
	q, ok := set.Get(name)
	require.True(t, ok)
	var all []map[string]any
	for off := 0; ; off += limit {
		p := map[string]string{"limit": fmt.Sprint(limit), "offset": fmt.Sprint(off)}
		for k, v := range params {
			p[k] = v
		}
		ans, err := st.RunStored(context.Background(), set, q, p, 100000, time.Minute)
		require.NoError(t, err)
		require.True(t, ans.Paged)
		require.False(t, ans.AtLeast)
		for _, r := range ans.Rows {
			all = append(all, r.(map[string]any))
		}
		if len(ans.Rows) < limit {
			require.Equal(t, ans.Total, len(all), "%s: the total is the rows the pages reach", name)
			return all
		}
		require.Len(t, ans.Rows, limit)
	}
}

// checkComplete asserts that rows are every one of want claims, each
// once, in date order.
func checkComplete(t *testing.T, rows []map[string]any, want int) {
	t.Helper()
	require.Len(t, rows, want)
	seen := map[string]bool{}
	last := ""
	for i, r := range rows {
		key := fmt.Sprint(r["article"], "/", r["content"])
		require.False(t, seen[key], "row %d (%s) came twice", i, key)
		seen[key] = true
		d := fmt.Sprint(r["published"])
		require.GreaterOrEqual(t, d, last, "row %d is out of date order", i)
		last = d
	}
}

func testCompletePaging(t *testing.T, st *graph.Store) {
	ctx := context.Background()
	t0 := time.Now()
	writeAll(t, st, manyClaims())
	require.NoError(t, st.RefreshDerived(ctx))
	t.Logf("wrote 3,000 articles in %s", time.Since(t0))
	t0 = time.Now()
	defer func() { t.Logf("queries took %s", time.Since(t0)) }()
	set, err := queries.Load("")
	require.NoError(t, err)

	rows := pageAll(t, st, set, "timeline", map[string]string{"speaker": "Ada Prolific"}, 97)
	checkComplete(t, rows, 5000)
	assert.Equal(t, "2010-01-01", rows[0]["published"])
	assert.Equal(t, "first gen-0000", rows[0]["content"], "same article: in the article's order")
	assert.Equal(t, "second gen-0000", rows[1]["content"])
	// The other listings: their totals, and the last page.
	for _, c := range []struct {
		name   string
		params map[string]string
		total  int
	}{
		{"what-did-X-say", map[string]string{"speaker": "Ada Prolific", "act": "all"}, 5300},
		{"who-said-what", map[string]string{"speaker": "ada prolific", "act": "belief"}, 300},
		{"who-said-what", map[string]string{"act": "speech,belief"}, 8300},
		{"claims-about", map[string]string{"entity": "Harbour Board"}, 8000},
		{"timeline", map[string]string{"speaker": "Ada Prolific", "from": "2030-01-01", "to": "2030-12-31"}, 122},
	} {
		ans := onePage(t, st, set, c.name, c.params, c.total-3, 10)
		assert.Equal(t, c.total, ans.Total, "%s %v", c.name, c.params)
		assert.Len(t, ans.Rows, 3, "%s %v: the last page", c.name, c.params)
	}
	for _, r := range onePage(t, st, set, "timeline", map[string]string{"speaker": "Ada Prolific", "from": "2030-01-01", "to": "2030-12-31"}, 0, 500).Rows {
		assert.Contains(t, r.(map[string]any)["published"], "2030-")
	}

	// The counts entities and top-speakers give are the rows reached.
	ents, err := st.RunStored(ctx, set, mustGet(t, set, "entities"), map[string]string{"search": "Ada Prolific"}, 10, time.Minute)
	require.NoError(t, err)
	require.Len(t, ents.Rows, 1)
	assert.EqualValues(t, 5000, ents.Rows[0].(map[string]any)["claims"])
	top, err := st.RunStored(ctx, set, mustGet(t, set, "top-speakers"), nil, 10, time.Minute)
	require.NoError(t, err)
	assert.EqualValues(t, 5000, top.Rows[0].(map[string]any)["claims"])

	// Re-loading an article replaces its entries: Ada's claims in the
	// first article become Ben's.
	x := doc.Extraction{ID: "gen-0000", Title: "Article 0", Published: "2010-01-01", Text: "generated",
		Entities: []doc.OutEntity{{ID: other.ID, Name: other.Name, Type: "Person"}},
		Attributions: []doc.OutAttr{{Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: "Ben"}, Entity: other},
			Cue: doc.TextSpan{Text: "said"}, Kind: doc.Indirect, Content: doc.TextSpan{Text: "replaced"}}}}
	_, err = st.Write(ctx, []schema.Bundle{schema.FromExtraction(x)})
	require.NoError(t, err)
	ada := onePage(t, st, set, "timeline", map[string]string{"speaker": "Ada Prolific"}, 0, 1)
	assert.Equal(t, 4998, ada.Total)
	assert.Equal(t, "2010-01-04", ada.Rows[0].(map[string]any)["published"])
	ben := onePage(t, st, set, "timeline", map[string]string{"speaker": "Ben Other"}, 0, 1)
	assert.Equal(t, 3000, ben.Total)
	assert.Equal(t, "replaced", ben.Rows[0].(map[string]any)["content"])
}

// onePage runs one page of a stored query.
func onePage(t *testing.T, st *graph.Store, set *queries.Set, name string, params map[string]string, offset, limit int) graph.Answer {
	t.Helper()
	p := map[string]string{"limit": fmt.Sprint(limit), "offset": fmt.Sprint(offset)}
	for k, v := range params {
		p[k] = v
	}
	ans, err := st.RunStored(context.Background(), set, mustGet(t, set, name), p, 100000, time.Minute)
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
	testCompletePaging(t, openBolt(t))
}

// TestCompletePagingPostgres is the same on PostgreSQL.
func TestCompletePagingPostgres(t *testing.T) {
	st, _ := openPostgres(t)
	testCompletePaging(t, st)
}

// TestIndexBuiltForOldStore: a bolt store written before the claim index
// (here: the index's buckets removed) gets it when it is opened.
func TestIndexBuiltForOldStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.bolt")
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path, NoSync: true})
	require.NoError(t, err)
	writeAll(t, st, manyClaims()[:300])
	require.NoError(t, st.Close())

	db, err := boltdb.Open(path, 0o644, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(func(tx *boltdb.Tx) error {
		for _, b := range []string{"cg_claim_index", "cg_claim_index_articles", "cg_claim_index_meta"} {
			if err := tx.DeleteBucket([]byte(b)); err != nil {
				return err
			}
		}
		return nil
	}))
	require.NoError(t, db.Close())

	var said testWriter
	st, err = graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path, NoSync: true, Progress: &said})
	require.NoError(t, err)
	defer st.Close()
	assert.Contains(t, string(said), "building the claim index")
	set, err := queries.Load("")
	require.NoError(t, err)
	rows := pageAll(t, st, set, "timeline", map[string]string{"speaker": "Ben Other"}, 100)
	checkComplete(t, rows, 300)
}

type testWriter []byte

func (w *testWriter) Write(p []byte) (int, error) { *w = append(*w, p...); return len(p), nil }
