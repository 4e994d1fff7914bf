package graph_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/schema"
)

// mixed is an article whose claims are of two acts, one negated,
// with a mentioned organisation and the quote (repeated across articles,
// so that quotations get derived values) said by the first speaker.
func mixed(id, date, quote string, speakers ...string) schema.Bundle {
	org := &doc.EntityRef{ID: "organization/harbour-board", Name: "Harbour Board", Type: "Organization"}
	x := doc.Extraction{ID: id, Title: "On " + id, Published: date, Publisher: "Tidewater Post", Text: quote,
		Entities: []doc.OutEntity{{ID: org.ID, Name: org.Name, Type: "Organization"}}}
	acts := []string{"speech", "writing", "speech"}
	for i, name := range speakers {
		sp := &doc.EntityRef{ID: "person/" + name, Name: name, Type: "Person"}
		x.Entities = append(x.Entities, doc.OutEntity{ID: sp.ID, Name: name, Type: "Person"})
		text, kind := "the ferry timetable changes in "+id, doc.Indirect
		if i == 0 {
			text, kind = quote, doc.Direct
		}
		x.Attributions = append(x.Attributions, doc.OutAttr{
			Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: name}, Entity: sp},
			Cue:     doc.TextSpan{Text: "said"}, Kind: kind, Act: acts[i%len(acts)], Negated: i == 2,
			Content: doc.TextSpan{Text: text, Start: 1, End: 1 + len(text)}, AboutEntities: []string{org.ID},
		})
	}
	return schema.FromExtraction(x)
}

// A load into an empty store counts the derived values from what its
// writer noted instead of scanning every quad; the store it leaves must
// be the one the scan leaves, byte for byte, whatever the load did. A
// load that removes quads, or that opens a store with quads, scans.
func TestRecountFromTallyMatchesScan(t *testing.T) {
	const ferry = "The last ferry of the night will leave at ten from now on"
	fresh := [][]schema.Bundle{
		{mixed("t1", "2026-03-01", ferry, "ann-lee", "bob-roe", "cy-doe")},
		{mixed("t2", "2026-03-02", ferry, "dee-poe", "ann-lee"), claimsBy("t3", "Ann Lee", "Eve Fox")},
		{mixed("t4", "2026-02-27", ferry, "bob-roe", "eve-fox", "ann-lee", "gus-hay")},
	}
	cases := []struct {
		name    string
		stages  [][][]schema.Bundle // each stage opens the stores again
		tallied []bool              // per stage: the recount used the tally
	}{
		{"new articles", [][][]schema.Bundle{fresh}, []bool{true}},
		{"an article loaded again, only gaining", [][][]schema.Bundle{append(fresh[:3:3],
			[]schema.Bundle{mixed("t2", "2026-03-02", ferry, "dee-poe", "ann-lee", "hal-ode", "ivy-orr")})}, []bool{true}},
		{"an article loaded again, losing quads", [][][]schema.Bundle{append(fresh[:3:3],
			[]schema.Bundle{mixed("t4", "2026-02-27", ferry, "bob-roe")})}, []bool{false}},
		{"a second load into the same store", [][][]schema.Bundle{fresh[:2], fresh[2:]}, []bool{true, false}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			dir := t.TempDir()
			paths := [2]string{filepath.Join(dir, "scan.bolt"), filepath.Join(dir, "tally.bolt")}
			for i, stage := range c.stages {
				var sts [2]*graph.Store
				for k := range sts {
					st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: paths[k], NoBloom: true, Purpose: "load"})
					require.NoError(t, err)
					if k == 0 {
						st.NoTally()
					} else {
						st.SetOpened(sts[0].Opened()) // the same pending marks
					}
					sts[k] = st
				}
				for _, batch := range stage {
					for _, st := range sts {
						_, err := st.Write(ctx, batch)
						require.NoError(t, err)
					}
				}
				require.False(t, sts[0].Tallying())
				require.Equal(t, c.tallied[i], sts[1].Tallying(), "stage %d", i)
				for _, st := range sts {
					require.NoError(t, st.RefreshDerived(ctx))
					require.False(t, st.Tallying(), "a tally serves one recount")
				}
				require.NotEmpty(t, derived(t, sts[1], "firstAppearance", "mentionCount", "claimCount"))
				require.Equal(t, exportSorted(t, sts[0]), exportSorted(t, sts[1]))
				require.Equal(t, storedAnswers(t, sts[0]), storedAnswers(t, sts[1]))
				for _, st := range sts {
					require.NoError(t, st.Close())
				}
				require.Equal(t, boltContents(t, paths[0]), boltContents(t, paths[1]), "stage %d", i)
			}
		})
	}
}
