package entity_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

type seedGold struct {
	Attributions []struct {
		Speaker        string   `json:"speaker"`
		SpeakerAccepts []string `json:"speaker_accepts"`
		Cue            struct {
			Text  string `json:"text"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		} `json:"cue"`
		AffiliationAccepts []string `json:"affiliation_accepts"`
		Role               string   `json:"role"`
	} `json:"attributions"`
	NonComments []struct {
		EntityAccepts []string `json:"entity_accepts"`
		Cue           struct {
			Start int `json:"start"`
			End   int `json:"end"`
		} `json:"cue"`
	} `json:"non_comments"`
	Entities map[string][]struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
}

func norm(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "’", "'"))), " ")
}

func oneOf(s string, accepts []string) bool {
	for _, a := range accepts {
		if norm(a) == norm(s) {
			return true
		}
	}
	return false
}

// TestSeed runs the whole pipeline over the seed article and checks this
// package's part of it against the gold: the entities, every found
// attribution's speaker, the non-comments' subjects, and the events.
func TestSeed(t *testing.T) {
	txt := sharedtest.Path(t, "fixtures", "kabul-talks.txt")
	raw, err := os.ReadFile(txt)
	require.NoError(t, err)
	var gold seedGold
	gb, err := os.ReadFile(strings.TrimSuffix(txt, ".txt") + ".gold.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(gb, &gold))
	a, err := input.PlainText(raw)
	require.NoError(t, err)
	a.ID = "kabul-talks"
	d, err := pipeline.Default().Run(a)
	require.NoError(t, err)

	byName := map[string]doc.Entity{}
	for _, e := range d.Entities {
		byName[norm(e.Name)] = e
		for _, al := range e.Aliases {
			if _, ok := byName[norm(al)]; !ok {
				byName[norm(al)] = e
			}
		}
	}
	t.Run("entities", func(t *testing.T) {
		for _, typ := range []string{"Person", "Organization", "Place"} {
			for _, g := range gold.Entities[typ] {
				_, ok := byName[norm(g.Name)]
				assert.True(t, ok, "gold %s %q not found", typ, g.Name)
			}
		}
		ids := map[string]doc.Entity{}
		for _, e := range d.Entities {
			ids[e.ID] = e
		}
		for id, typ := range map[string]doc.EntityType{
			"person/zabihullah-mujahid":      doc.Person,
			"org/afghan-taliban":             doc.Organization,
			"org/tehreek-e-taliban-pakistan": doc.Organization,
			"gov/pakistan":                   doc.Government,
			"org/agence-france-presse":       doc.NewsAgency,
			"org/twitter":                    doc.Organization,
			"place/kabul":                    doc.Place,
			"place/islamabad":                doc.Place,
			"place/afghanistan":              doc.Place,
			"place/pakistan":                 doc.Place,
			"place/eastern-afghanistan":      doc.Place,
		} {
			if assert.Contains(t, ids, id) {
				assert.Equal(t, typ, ids[id].Type, id)
			}
		}
		assert.Contains(t, ids["org/tehreek-e-taliban-pakistan"].Aliases, "TTP")
		assert.Contains(t, ids["gov/pakistan"].Aliases, "Islamabad")
		m := ids["person/zabihullah-mujahid"]
		assert.Equal(t, "government spokesman", m.Role)
		if assert.GreaterOrEqual(t, m.Affiliation, 0) {
			assert.Equal(t, "org/afghan-taliban", d.Entities[m.Affiliation].ID)
		}
		for _, e := range d.Entities {
			for _, mi := range e.Mentions {
				text := d.Slice(d.Mentions[mi].Span)
				assert.False(t, strings.HasSuffix(text, "’s") || strings.HasSuffix(text, "'s") || strings.HasSuffix(text, "’"), "mention %q keeps a possessive", text)
			}
		}
	})
	ri := doc.NewRuneIndex(d.Text)
	t.Run("speakers", func(t *testing.T) {
		for _, g := range gold.Attributions {
			var found *doc.Attribution
			for i := range d.Attributions {
				c := d.Attributions[i].Cue
				if ri.Rune(c.Start) < g.Cue.End && g.Cue.Start < ri.Rune(c.End) {
					found = &d.Attributions[i]
					break
				}
			}
			if found == nil {
				t.Logf("attribution %q %q not found by the attribution stage", g.Speaker, g.Cue.Text)
				continue
			}
			name := d.Slice(found.Speaker)
			if found.SpeakerEntity >= 0 {
				name = d.Entities[found.SpeakerEntity].Name
			}
			assert.True(t, oneOf(name, g.SpeakerAccepts), "speaker of %q: got %q, want one of %q", g.Cue.Text, name, g.SpeakerAccepts)
			if len(g.AffiliationAccepts) > 0 && found.SpeakerEntity >= 0 {
				e := d.Entities[found.SpeakerEntity]
				if assert.GreaterOrEqual(t, e.Affiliation, 0) {
					assert.True(t, oneOf(d.Entities[e.Affiliation].Name, g.AffiliationAccepts))
				}
			}
		}
	})
	t.Run("non-comments", func(t *testing.T) {
		for _, g := range gold.NonComments {
			for _, n := range d.NonComments {
				if ri.Rune(n.Cue.Start) < g.Cue.End && g.Cue.Start < ri.Rune(n.Cue.End) {
					name := d.Slice(n.Who)
					if n.Entity >= 0 {
						name = d.Entities[n.Entity].Name
					}
					assert.True(t, oneOf(name, g.EntityAccepts), "non-comment subject %q", name)
				}
			}
		}
	})
	t.Run("events", func(t *testing.T) {
		type want struct {
			typ, timeText, quantity string
			parts, places           []string
			mentions                int
		}
		for _, w := range []want{
			{"talks", "", "", []string{"gov/pakistan", "org/tehreek-e-taliban-pakistan"}, []string{"place/kabul"}, 5},
			{"truce", "until May 30", "", []string{"gov/pakistan", "org/tehreek-e-taliban-pakistan"}, nil, 1},
			{"attack", "Last month", "47 killed", []string{"gov/pakistan"}, []string{"place/eastern-afghanistan"}, 3},
			{"talks", "Last year", "", []string{"gov/pakistan", "org/tehreek-e-taliban-pakistan"}, nil, 1},
			{"power", "last year", "", []string{"org/afghan-taliban"}, nil, 2},
		} {
			ok := false
			for _, ev := range d.Events {
				if ev.Type != w.typ || d.Slice(ev.TimeText) != w.timeText {
					continue
				}
				ok = true
				assert.Equal(t, w.quantity, ev.Quantity, "%s quantity", w.typ)
				assert.ElementsMatch(t, w.parts, ids(d, ev.Participants), "%s %s participants", w.typ, w.timeText)
				assert.ElementsMatch(t, w.places, ids(d, ev.Places), "%s places", w.typ)
				assert.GreaterOrEqual(t, len(ev.Mentions), w.mentions, "%s mentions", w.typ)
				assert.True(t, strings.HasPrefix(ev.ID, "kabul-talks#event-"), ev.ID)
			}
			assert.True(t, ok, "no %s event with time %q", w.typ, w.timeText)
		}
	})
}

func ids(d *doc.Document, es []int) []string {
	var out []string
	for _, e := range es {
		out = append(out, d.Entities[e].ID)
	}
	return out
}
