package queries_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

// The test graph: two articles about talks in Kabul.
//
// a1 (2021-08-01): Mujahid (Taliban) says the talks went well; Smith (State
// Department) denies it; the UN declined to comment; Kabul and Qatar are
// mentioned and nobody from them speaks.
// a2 (2021-09-01): Mujahid says the Taliban will attend; Smith confirms.
var (
	mujahid = &doc.EntityRef{ID: "person/zabihullah-mujahid", Name: "Zabihullah Mujahid", Type: "Person"}
	taliban = &doc.EntityRef{ID: "org/taliban", Name: "Taliban", Type: "Organization"}
	smith   = &doc.EntityRef{ID: "person/john-smith", Name: "John Smith", Type: "Person"}
	state   = &doc.EntityRef{ID: "org/state-department", Name: "State Department", Type: "Government"}
	un      = &doc.EntityRef{ID: "org/united-nations", Name: "United Nations", Type: "Organization"}
	kabul   = &doc.EntityRef{ID: "place/kabul", Name: "Kabul", Type: "Place"}
	qatar   = &doc.EntityRef{ID: "place/qatar", Name: "Qatar", Type: "Place"}
)

func ent(r *doc.EntityRef, aff *doc.EntityRef, role string, aliases ...string) doc.OutEntity {
	return doc.OutEntity{ID: r.ID, Name: r.Name, Type: r.Type, Aliases: aliases, Affiliation: aff, Role: role}
}

func attr(sp *doc.EntityRef, spText, cue, lemma, content string, start int, aff *doc.EntityRef, about []string, events []string) doc.OutAttr {
	return doc.OutAttr{
		Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: spText}, Entity: sp},
		Cue:     doc.TextSpan{Text: cue}, Lemma: lemma, Kind: doc.Direct,
		Content:     doc.TextSpan{Text: content, Start: start, End: start + len([]rune(content))},
		Affiliation: aff, AboutEntities: about, AboutEvents: events,
	}
}

// withRole gives an attribution the role its article names the speaker
// by ("the special envoy, John Smith, denied it").
func withRole(a doc.OutAttr, role string) doc.OutAttr {
	a.Role = role
	return a
}

func fixture() []doc.Extraction {
	a1 := doc.Extraction{
		ID: "a1", Title: "Talks in Kabul", Published: "2021-08-01", Text: "Mujahid said: “The talks went well.” Smith denied it.",
		Entities: []doc.OutEntity{
			ent(mujahid, taliban, "spokesman", "Mujahid"), ent(taliban, nil, ""), ent(smith, state, "envoy", "Smith"),
			ent(state, nil, ""), ent(un, nil, "", "UN"), ent(kabul, nil, ""), ent(qatar, nil, ""),
		},
		Events: []doc.OutEvent{{ID: "e1", Name: "Kabul talks", Type: "meeting", Places: []doc.EntityRef{*kabul}}},
		Attributions: []doc.OutAttr{
			attr(mujahid, "Mujahid", "said", "say", "The talks went well", 14, taliban, []string{"org/taliban"}, []string{"e1"}),
			withRole(attr(smith, "Smith", "denied", "deny", "it", 49, nil, nil, []string{"e1"}), "special envoy"),
		},
		NonComments: []doc.OutNonComment{{EntityMention: doc.TextSpan{Text: "the UN"}, Entity: un, Cue: doc.TextSpan{Text: "declined to comment"}, Topic: &doc.TextSpan{Text: "the strike talks"}}},
	}
	a2 := doc.Extraction{
		ID: "a2", Title: "Taliban to attend", Published: "2021-09-01", Text: "Mujahid said the Taliban will attend. Smith confirmed the Taliban will attend.",
		Entities: []doc.OutEntity{ent(mujahid, taliban, "spokesman", "Mujahid"), ent(taliban, nil, ""), ent(smith, state, "envoy", "Smith")},
		Attributions: []doc.OutAttr{
			attr(mujahid, "Mujahid", "said", "say", "the Taliban will attend", 13, nil, []string{"org/taliban"}, nil),
			attr(smith, "Smith", "confirmed", "confirm", "the Taliban will attend", 54, nil, []string{"org/taliban"}, nil),
		},
	}
	return []doc.Extraction{a1, a2}
}

func testStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	var bs []schema.Bundle
	for _, x := range fixture() {
		bs = append(bs, schema.FromExtraction(x))
	}
	_, err = st.Write(ctx, bs)
	require.NoError(t, err)
	require.NoError(t, st.RefreshDerived(ctx))
	return st
}

func run(t *testing.T, st *graph.Store, set *queries.Set, name string, params map[string]string) []map[string]any {
	t.Helper()
	q, ok := set.Get(name)
	require.True(t, ok, "query %s", name)
	ans, err := st.RunStored(context.Background(), set, q, params, 1000, 10*time.Second)
	require.NoError(t, err, name)
	out := make([]map[string]any, 0, len(ans.Rows))
	for _, r := range ans.Rows {
		m, ok := r.(map[string]any)
		require.True(t, ok)
		for _, c := range q.Columns {
			assert.Contains(t, m, c, "%s: column %s", name, c)
		}
		out = append(out, m)
	}
	return out
}

func col(rows []map[string]any, c string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, toString(r[c]))
	}
	return out
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil:
		return ""
	}
	return fmtAny(v)
}

func TestStoredQueries(t *testing.T) {
	st := testStore(t)
	set, err := queries.Load("")
	require.NoError(t, err)

	t.Run("who-said-what", func(t *testing.T) {
		rows := run(t, st, set, "who-said-what", nil)
		assert.Len(t, rows, 4)
		rows = run(t, st, set, "who-said-what", map[string]string{"speaker": "mujahid"})
		assert.Equal(t, []string{"The talks went well", "the Taliban will attend"}, col(rows, "content"))
	})
	t.Run("what-did-X-say", func(t *testing.T) {
		rows := run(t, st, set, "what-did-X-say", map[string]string{"speaker": "Mujahid"})
		assert.Equal(t, []string{"Zabihullah Mujahid", "Zabihullah Mujahid"}, col(rows, "speaker"))
		assert.Equal(t, []string{"a1", "a2"}, col(rows, "article"))
		assert.Equal(t, []string{"14", "13"}, col(rows, "start"))
		assert.Equal(t, []string{"Taliban; Kabul talks", "Taliban"}, col(rows, "about"))
		assert.Equal(t, []string{"Organization; Event", "Organization"}, col(rows, "about_types"))
		assert.Empty(t, run(t, st, set, "what-did-X-say", map[string]string{"speaker": "Nobody"}))
		// A name typed with a title, as articles write it, finds the
		// same person; a title alone finds nobody.
		for _, typed := range []string{"Mr Mujahid", "mr. zabihullah mujahid", "Mr. Zabihullah Mujahid"} {
			assert.Len(t, run(t, st, set, "what-did-X-say", map[string]string{"speaker": typed}), 2, typed)
		}
		assert.Empty(t, run(t, st, set, "what-did-X-say", map[string]string{"speaker": "Mr"}))
		// Pages of one row follow the date order.
		for i, art := range []string{"a1", "a2"} {
			rows = run(t, st, set, "what-did-X-say", map[string]string{"speaker": "Mujahid", "limit": "1", "offset": fmt.Sprint(i)})
			assert.Equal(t, []string{art}, col(rows, "article"), "offset %d", i)
		}
		assert.Empty(t, run(t, st, set, "what-did-X-say", map[string]string{"speaker": "Mujahid", "offset": "2"}))
	})
	t.Run("timeline", func(t *testing.T) {
		rows := run(t, st, set, "timeline", map[string]string{"speaker": "Smith"})
		assert.Equal(t, []string{"2021-08-01", "2021-09-01"}, col(rows, "published"))
		rows = run(t, st, set, "timeline", map[string]string{"speaker": "Smith", "from": "2021-08-15"})
		assert.Equal(t, []string{"confirmed"}, col(rows, "cue"))
	})
	t.Run("claims-about", func(t *testing.T) {
		rows := run(t, st, set, "claims-about", map[string]string{"entity": "Taliban"})
		assert.ElementsMatch(t, []string{"The talks went well", "the Taliban will attend", "the Taliban will attend"}, col(rows, "content"))
		rows = run(t, st, set, "claims-about", map[string]string{"event": "meeting"})
		assert.Equal(t, []string{"Kabul talks", "Kabul talks"}, col(rows, "about"))
		assert.ElementsMatch(t, []string{"said", "denied"}, col(rows, "cue"))
	})
	t.Run("no-comment", func(t *testing.T) {
		rows := run(t, st, set, "no-comment", nil)
		require.Len(t, rows, 1)
		assert.Equal(t, "United Nations", rows[0]["who"])
		assert.Len(t, run(t, st, set, "no-comment", map[string]string{"entity": "UN", "topic": "strike"}), 1)
		assert.Empty(t, run(t, st, set, "no-comment", map[string]string{"topic": "budget"}))
		assert.Empty(t, run(t, st, set, "no-comment", map[string]string{"from": "2021-08-02"}))
		assert.Len(t, run(t, st, set, "no-comment", map[string]string{"from": "2021-07-01", "to": "2021-08-01"}), 1)
	})
	t.Run("silent-mentioned", func(t *testing.T) {
		rows := run(t, st, set, "silent-mentioned", map[string]string{"article": "a1"})
		// Mujahid and Smith speak, Taliban through Mujahid, the State
		// Department through Smith, the UN declined.
		assert.Equal(t, []string{"Kabul", "Qatar"}, col(rows, "entity"))
		assert.Equal(t, []string{"Place", "Place"}, col(rows, "type"))
		rows = run(t, st, set, "silent-mentioned", map[string]string{"entity": "Qatar"})
		assert.Equal(t, []string{"a1"}, col(rows, "article"))
		assert.Empty(t, run(t, st, set, "silent-mentioned", map[string]string{"entity": "Taliban"}))
	})
	t.Run("speakers-of", func(t *testing.T) {
		rows := run(t, st, set, "speakers-of", map[string]string{"organization": "Taliban"})
		assert.Equal(t, []string{"Zabihullah Mujahid", "Zabihullah Mujahid"}, col(rows, "person"))
		assert.Equal(t, []string{"spokesman", "spokesman"}, col(rows, "role"))
		rows = run(t, st, set, "speakers-of", map[string]string{"organization": "State Department"})
		assert.Equal(t, []string{"denied", "confirmed"}, col(rows, "cue"))
	})
	t.Run("conflicting", func(t *testing.T) {
		rows := run(t, st, set, "conflicting", nil)
		require.Len(t, rows, 1)
		assert.Equal(t, "Kabul talks", rows[0]["about"])
		assert.Equal(t, "Zabihullah Mujahid", rows[0]["speaker"])
		assert.Equal(t, "John Smith", rows[0]["other_speaker"])
		assert.Equal(t, "denied", rows[0]["other_cue"])
		assert.Len(t, run(t, st, set, "conflicting", map[string]string{"about": "Kabul talks"}), 1)
		assert.Empty(t, run(t, st, set, "conflicting", map[string]string{"about": "Taliban"}))
	})
	t.Run("top-speakers", func(t *testing.T) {
		rows := run(t, st, set, "top-speakers", nil)
		assert.Equal(t, []string{"John Smith", "Zabihullah Mujahid"}, col(rows, "speaker"))
		assert.Equal(t, []string{"2", "2"}, col(rows, "claims"))
		assert.Equal(t, []string{"2", "2"}, col(rows, "articles"))
		assert.Empty(t, run(t, st, set, "top-speakers", map[string]string{"type": "Organization"}))
	})
	t.Run("sources-of-article", func(t *testing.T) {
		rows := run(t, st, set, "sources-of-article", map[string]string{"id": "a1"})
		assert.Equal(t, []string{"John Smith", "Zabihullah Mujahid", "United Nations"}, col(rows, "source"))
		assert.Equal(t, []string{"", "", "declined to comment"}, col(rows, "declined"))
		assert.Equal(t, []string{"Person", "Person", "Organization"}, col(rows, "type"))
		// The role this article gives beats the entity's job title.
		assert.Equal(t, []string{"special envoy", "spokesman", ""}, col(rows, "role"))
	})
	t.Run("article", func(t *testing.T) {
		rows := run(t, st, set, "article", map[string]string{"id": "a1"})
		assert.Contains(t, col(rows, "what"), "no-comment")
		assert.Contains(t, col(rows, "text"), "The talks went well")
	})
	t.Run("article-text", func(t *testing.T) {
		rows := run(t, st, set, "article-text", map[string]string{"id": "a2"})
		require.Len(t, rows, 1)
		assert.Equal(t, "Taliban to attend", rows[0]["title"])
		assert.Contains(t, rows[0]["body"], "Smith confirmed")
	})
	t.Run("entities", func(t *testing.T) {
		rows := run(t, st, set, "entities", map[string]string{"search": "mujahid"})
		require.Len(t, rows, 1)
		assert.Equal(t, "Zabihullah Mujahid", rows[0]["entity"])
		assert.Equal(t, "Mujahid", rows[0]["aliases"])
		assert.EqualValues(t, 2, rows[0]["mentions"])
		assert.EqualValues(t, 2, rows[0]["claims"])
		rows = run(t, st, set, "entities", map[string]string{"type": "place"})
		assert.ElementsMatch(t, []string{"Kabul", "Qatar"}, col(rows, "entity"))
		rows = run(t, st, set, "entities", map[string]string{"search": "Zab"})
		assert.Equal(t, []string{"Zabihullah Mujahid"}, col(rows, "entity"))
	})
}

func TestEveryBuiltinDocumentsItself(t *testing.T) {
	set, err := queries.Load("")
	require.NoError(t, err)
	names := map[string]bool{}
	for _, q := range set.List() {
		names[q.Name] = true
		assert.NotEmpty(t, q.Description, q.Name)
		assert.NotEmpty(t, q.Columns, q.Name)
	}
	for _, n := range []string{"who-said-what", "what-did-X-say", "claims-about", "no-comment", "silent-mentioned",
		"speakers-of", "timeline", "conflicting", "top-speakers", "sources-of-article", "entities", "article", "article-text",
		"quote-history", "first-said", "most-repeated", "misattributed"} {
		assert.True(t, names[n], n)
	}
}

func TestUserQueriesDir(t *testing.T) {
	dir := t.TempDir()
	src := "// name: mine\n// description: my own\n// param: who (required): a name\n// columns: name\n" +
		"g.Emit({name: params.who});\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mine.js"), []byte(src), 0o644))
	set, err := queries.Load(dir)
	require.NoError(t, err)
	q, ok := set.Get("mine")
	require.True(t, ok)
	assert.Equal(t, filepath.Join(dir, "mine.js"), q.Origin)
	_, err = set.Bind(q, nil)
	assert.ErrorContains(t, err, `needs the parameter "who"`)
	// Text that looks like code stays data.
	st := testStore(t)
	rows := run(t, st, set, "mine", map[string]string{"who": `"}); g.Emit({x: 1}); ({"`})
	require.Len(t, rows, 1)
	assert.Equal(t, `"}); g.Emit({x: 1}); ({"`, rows[0]["name"])

	_, err = queries.Load(filepath.Join(dir, "missing"))
	assert.ErrorContains(t, err, "queries_dir")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.js"), []byte("g.Emit(1)\n"), 0o644))
	_, err = queries.Load(dir)
	assert.ErrorContains(t, err, "no `// name:` line")
}

func fmtAny(v any) string { return fmt.Sprint(v) }
