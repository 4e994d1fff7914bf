package graph_test

import (
	"context"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	boltdb "github.com/boltdb/bolt"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/schema"
)

// quoted is an article of one publisher on one day with one claim.
func quoted(id, date, publisher, speaker, kind, text string) schema.Bundle {
	sp := &doc.EntityRef{ID: "person/" + strings.ToLower(strings.ReplaceAll(speaker, " ", "-")), Name: speaker, Type: "Person"}
	x := doc.Extraction{ID: id, Title: "About " + id, Published: date, Publisher: publisher, Text: text,
		Entities: []doc.OutEntity{{ID: sp.ID, Name: speaker, Type: "Person"}},
		Attributions: []doc.OutAttr{{
			Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: speaker}, Entity: sp},
			Cue:     doc.TextSpan{Text: "said"}, Kind: kind, Content: doc.TextSpan{Text: text, Start: 1, End: 1 + len(text)},
		}},
	}
	return schema.FromExtraction(x)
}

const plan = "There is no plan, there has never been a plan, and there will be no plan"

// links reads every claim's quotation as "article -> quotation".
func links(t *testing.T, st *graph.Store) map[string]string {
	t.Helper()
	rows, err := st.RunGizmo(context.Background(), `g.V().Tag("c").Out("<`+string(schema.QuotationOf)+`>").Tag("q").All();`, 1000, 0)
	require.NoError(t, err)
	out := map[string]string{}
	for _, r := range rows {
		m := r.(map[string]any)
		c := strings.Trim(m["c"].(string), "<>")
		out[c[strings.Index(c, "/article/")+9:strings.Index(c, "/claim/")]] = strings.Trim(m["q"].(string), "<>")
	}
	return out
}

func TestQuotationLinking(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{graph.Bolt, graph.Memstore} {
		t.Run(backend, func(t *testing.T) {
			st, err := graph.Open(ctx, graph.Config{Backend: backend, Address: filepath.Join(t.TempDir(), "q.bolt")})
			require.NoError(t, err)
			defer st.Close()
			write := func(bs ...schema.Bundle) {
				t.Helper()
				_, err := st.Write(ctx, bs)
				require.NoError(t, err)
			}
			// Two batches: the later articles find the quotation in the
			// store, not in their own batch.
			write(quoted("a", "2026-03-05", "Post", "Elena Varga", doc.Direct, "There has never been a plan, and there will be no plan"),
				quoted("b", "2026-03-04", "Wire", "Elena Varga", doc.Direct, "“"+strings.ToUpper(plan)+"”"))
			write(quoted("c", "2026-03-07", "Herald", "Marek Novak", doc.Direct, strings.Replace(plan, "plan, and", "plan and", 1)),
				quoted("d", "2026-03-08", "Herald", "Ann Lee", doc.Indirect, "the line would stay open"),
				quoted("e", "2026-03-09", "Post", "Ann Lee", doc.Direct, "We will not close the line"),
				quoted("f", "2026-03-10", "Post", "Bob Roe", doc.Indirect, "there has never been a plan, and there will be no plan"))
			l := links(t, st)
			require.NotEmpty(t, l["a"])
			for _, id := range []string{"b", "c", "f"} {
				require.Equal(t, l["a"], l[id], "article %s joins the quotation", id)
			}
			require.NotContains(t, l, "d", "an indirect claim founds no quotation")
			require.NotEqual(t, l["a"], l["e"])
			require.NoError(t, st.RefreshDerived(ctx))
			var got []string
			for _, d := range derived(t, st, "appearanceCount", "articleCount", "publisherCount", "firstPublished", "misattributed", "firstAppearance") {
				if strings.HasPrefix(d, "quotation/") {
					got = append(got, d)
				}
			}
			q := strings.TrimPrefix(l["a"], schema.ID)
			want := []string{
				q + " appearanceCount 4", q + " articleCount 4", q + " firstAppearance article/b/claim/1",
				q + " firstPublished 2026-03-04", q + " misattributed true", q + " publisherCount 3",
			}
			sort.Strings(got)
			require.Equal(t, want, got)

			// Re-loading moves nothing, even an article that founded a
			// quotation.
			before := exportSorted(t, st)
			res, err := st.Write(ctx, []schema.Bundle{
				quoted("a", "2026-03-05", "Post", "Elena Varga", doc.Direct, "There has never been a plan, and there will be no plan"),
				quoted("c", "2026-03-07", "Herald", "Marek Novak", doc.Direct, strings.Replace(plan, "plan, and", "plan and", 1))})
			require.NoError(t, err)
			for _, r := range res {
				require.Zero(t, r.Added+r.Removed, "%s", r.Article)
			}
			require.Equal(t, before, exportSorted(t, st))
		})
	}
}

// A store opened with NoQuotations writes no quotation.
func TestNoQuotations(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore, NoQuotations: true})
	require.NoError(t, err)
	defer st.Close()
	_, err = st.Write(ctx, []schema.Bundle{quoted("a", "2026-03-05", "Post", "Elena Varga", doc.Direct, plan)})
	require.NoError(t, err)
	require.Empty(t, links(t, st))
}

// A process that opens a store written by another reads the quotation
// keys from the store: a later article finds the quotation an earlier
// process founded, through a partial quote of it.
func TestQuotationLinkingAcrossOpens(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "q.bolt")
	for _, b := range []schema.Bundle{
		quoted("a", "2026-03-04", "Wire", "Elena Varga", doc.Direct, plan),
		quoted("b", "2026-03-05", "Post", "Elena Varga", doc.Direct, "there has never been a plan, and there will be no plan"),
	} {
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path})
		require.NoError(t, err)
		_, err = st.Write(ctx, []schema.Bundle{b})
		require.NoError(t, err)
		if b.Article == schema.ArticleIRI("b") {
			l := links(t, st)
			require.NotEmpty(t, l["a"])
			require.Equal(t, l["a"], l["b"])
		}
		require.NoError(t, st.Close())
	}
}

// The quotation keys live in the claim index, not in the graph, and a
// rebuild of the index (a store whose index is older, or one a crash cut
// short) puts them back from each quotation's wording: a later article
// still finds the quotation an earlier process founded.
func TestQuotationKeysRebuiltWithTheIndex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "q.bolt")
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path, NoSync: true})
	require.NoError(t, err)
	_, err = st.Write(ctx, []schema.Bundle{quoted("a", "2026-03-04", "Wire", "Elena Varga", doc.Direct, plan)})
	require.NoError(t, err)
	for _, l := range exportSorted(t, st) {
		require.NotContains(t, l, "quotationKey", "no index key is a quad")
	}
	require.NoError(t, st.Close())

	st = reopenAged(t, path, func(tx *boltdb.Tx) error {
		if err := tx.DeleteBucket([]byte("cg_claim_index_words")); err != nil {
			return err
		}
		return tx.Bucket([]byte("cg_claim_index_meta")).Put([]byte("ready"), []byte("3"))
	})
	defer st.Close()
	_, err = st.Write(ctx, []schema.Bundle{quoted("b", "2026-03-05", "Post", "Elena Varga", doc.Direct,
		"there has never been a plan, and there will be no plan")})
	require.NoError(t, err)
	l := links(t, st)
	require.NotEmpty(t, l["a"])
	require.Equal(t, l["a"], l["b"])
}

// A quote that matches its own quotation word for word and, whole, a
// shorter quotation founded from a part of it (the part's shingles miss
// the long quotation's keys, so it founded its own) joins its own: the
// one with the most words in common, whichever IRI sorts first.
func TestQuotationPrefersTheFullerMatch(t *testing.T) {
	ctx := context.Background()
	const long = "The harbour board thanked the minister for her patience, which it said was the cornerstone of the whole agreement"
	for _, part := range []string{"the harbour board thanked the minister", "was the cornerstone of the whole"} {
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Memstore})
		require.NoError(t, err)
		for _, b := range []schema.Bundle{
			quoted("a", "2026-03-04", "Wire", "Ann Lee", doc.Direct, long),
			quoted("c", "2026-03-05", "Post", "Ann Lee", doc.Direct, part),
			quoted("b", "2026-03-06", "Herald", "Ann Lee", doc.Direct, long),
		} {
			_, err := st.Write(ctx, []schema.Bundle{b})
			require.NoError(t, err)
		}
		l := links(t, st)
		require.NotEqual(t, l["a"], l["c"], "%q founds its own quotation (else the test proves nothing)", part)
		require.Equal(t, l["a"], l["b"], "%q", part)
		require.NoError(t, st.Close())
	}
}
