package entity_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/event"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenPublished dates the test articles, so that times normalise.
const goldenPublished = "2026-03-10"

type goldenEntity struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Aliases     []string `json:"aliases,omitempty"`
	Role        string   `json:"role,omitempty"`
	Affiliation string   `json:"affiliation,omitempty"`
	Mentions    []string `json:"mentions"`
}

type goldenEvent struct {
	ID           string   `json:"id"`
	Type         string   `json:"type"`
	Name         string   `json:"name"`
	Mentions     []string `json:"mentions"`
	Participants []string `json:"participants,omitempty"`
	Places       []string `json:"places,omitempty"`
	Time         string   `json:"time,omitempty"`
	TimeText     string   `json:"time_text,omitempty"`
	Quantity     string   `json:"quantity,omitempty"`
}

type goldenSpeaker struct {
	Phrase string `json:"phrase"`
	Entity string `json:"entity"`
}

type golden struct {
	Entities []goldenEntity  `json:"entities"`
	Events   []goldenEvent   `json:"events"`
	Speakers []goldenSpeaker `json:"speakers"`
}

// TestGolden runs this package's stages over the articles under testdata/
// (written for these tests) and compares entities, events and the
// resolution of the speaker phrases listed in NAME.speakers (one per line:
// phrase, tab, occurrence) with NAME.golden.json. Speaker spans are set by
// hand so that the test does not depend on the attribution stage.
// Run with -update to rewrite the golden files after a deliberate change.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			require.NoError(t, err)
			text := string(raw)
			d := doc.New(doc.Article{ID: name, Text: text, BodyStart: bodyStart(text), Published: goldenPublished})
			segment.Segment(d)
			quotes.Find(d)
			entity.Recognize(d)
			var phrases []string
			if sp, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".speakers"); err == nil {
				for _, line := range strings.Split(strings.TrimSpace(string(sp)), "\n") {
					parts := strings.Split(line, "\t")
					nth := 1
					if len(parts) > 1 {
						nth, _ = strconv.Atoi(parts[1])
					}
					s := find(t, text, parts[0], nth)
					d.Attributions = append(d.Attributions, doc.Attribution{Speaker: s, SpeakerEntity: -1, Cue: doc.Span{Start: s.End, End: s.End}})
					phrases = append(phrases, line)
				}
			}
			entity.Resolve(d)
			event.Extract(d)
			entity.Link(d)
			got := toGolden(d, phrases)
			path := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
				return
			}
			b, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create %s", path)
			var want golden
			require.NoError(t, json.Unmarshal(b, &want))
			assert.Equal(t, want, got)
		})
	}
}

func bodyStart(text string) int {
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return 0
	}
	for nl < len(text) && text[nl] == '\n' {
		nl++
	}
	return nl
}

func toGolden(d *doc.Document, phrases []string) golden {
	id := func(e int) string {
		if e < 0 || e >= len(d.Entities) {
			return ""
		}
		return d.Entities[e].ID
	}
	var g golden
	for _, e := range d.Entities {
		ge := goldenEntity{ID: e.ID, Name: e.Name, Type: string(e.Type), Aliases: e.Aliases, Role: e.Role, Affiliation: id(e.Affiliation), Mentions: []string{}}
		for _, m := range e.Mentions {
			ge.Mentions = append(ge.Mentions, d.Slice(d.Mentions[m].Span))
		}
		g.Entities = append(g.Entities, ge)
	}
	for _, ev := range d.Events {
		ge := goldenEvent{ID: ev.ID, Type: ev.Type, Name: ev.Name, Time: ev.Time, TimeText: d.Slice(ev.TimeText), Quantity: ev.Quantity, Mentions: []string{}}
		for _, m := range ev.Mentions {
			ge.Mentions = append(ge.Mentions, d.Slice(m))
		}
		for _, p := range ev.Participants {
			ge.Participants = append(ge.Participants, id(p))
		}
		for _, p := range ev.Places {
			ge.Places = append(ge.Places, id(p))
		}
		g.Events = append(g.Events, ge)
	}
	for i, a := range d.Attributions {
		g.Speakers = append(g.Speakers, goldenSpeaker{Phrase: phrases[i], Entity: id(a.SpeakerEntity)})
	}
	return g
}
