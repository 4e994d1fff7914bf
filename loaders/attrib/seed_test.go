package attrib_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/noncomment"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

type goldSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type seedGold struct {
	NotAttributions []struct {
		Text string `json:"text"`
	} `json:"not_attributions"`
	Attributions []struct {
		SpeakerMention goldSpan `json:"speaker_mention"`
		Cue            goldSpan `json:"cue"`
		Content        goldSpan `json:"content"`
		Kind           string   `json:"kind"`
		Channel        string   `json:"channel"`
		Addressee      string   `json:"addressee"`
		Anonymous      bool     `json:"anonymous"`
		Role           string   `json:"role"`
	} `json:"attributions"`
	NonComments []struct {
		EntityMention goldSpan `json:"entity_mention"`
		Cue           goldSpan `json:"cue"`
		Topic         goldSpan `json:"topic"`
	} `json:"non_comments"`
}

func runSeed(t *testing.T) (doc.Extraction, seedGold) {
	raw, err := os.ReadFile(sharedtest.Path(t, "fixtures", "kabul-talks.txt"))
	require.NoError(t, err)
	var g seedGold
	gb, err := os.ReadFile(sharedtest.Path(t, "fixtures", "kabul-talks.gold.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(gb, &g))
	text := string(raw)
	body := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			body = i + 1
			for body < len(text) && text[body] == '\n' {
				body++
			}
			break
		}
	}
	d := doc.New(doc.Article{ID: "kabul-talks", Text: text, BodyStart: body})
	segment.Segment(d)
	quotes.Find(d)
	attrib.Extract(d)
	noncomment.Extract(d)
	return d.Extraction(), g
}

// TestSeedFixture checks the spans, kinds and details of the seed article
// against its hand annotation, exactly.
func TestSeedFixture(t *testing.T) {
	x, g := runSeed(t)
	for _, a := range x.Attributions {
		sp := ""
		if a.Speaker != nil {
			sp = a.Speaker.Text
		}
		t.Logf("got %q | %q | %q | %s ch=%q to=%q anon=%v role=%q", sp, a.Cue.Text, a.Content.Text, a.Kind, a.Channel, a.Addressee, a.Anonymous, a.Role)
	}
	matched := 0
	for _, ga := range g.Attributions {
		found := false
		for _, a := range x.Attributions {
			if a.Cue.Start != ga.Cue.Start {
				continue
			}
			found = true
			matched++
			assert.Equal(t, ga.Cue.End, a.Cue.End, "cue %q", ga.Cue.Text)
			// The seed annotation marks a claim's words; the content
			// span adds the quotation marks and "that" around them.
			assert.Equal(t, ga.Content.Text, a.Claim.Text, "claim of %q", ga.Cue.Text)
			assert.Equal(t, ga.Content.Start, a.Claim.Start, "claim start of %q", ga.Cue.Text)
			assert.True(t, a.Content.Start <= a.Claim.Start && a.Claim.End <= a.Content.End, "content of %q holds its claim", ga.Cue.Text)
			assert.Equal(t, ga.Kind, a.Kind, "kind of %q %q", ga.Cue.Text, ga.Content.Text)
			require.NotNil(t, a.Speaker, "speaker of %q", ga.Content.Text)
			// The gold's "he" mention offset points into "The"; its text is right.
			assert.Equal(t, ga.SpeakerMention.Text, a.Speaker.Text, "speaker of %q", ga.Content.Text)
			if ga.Channel != "" {
				assert.Equal(t, ga.Channel, a.Channel, "channel of %q", ga.Content.Text)
			}
			if ga.Addressee != "" {
				assert.Equal(t, ga.Addressee, a.Addressee)
			}
			if ga.Role != "" {
				assert.Equal(t, ga.Role, a.Role)
			}
			assert.Equal(t, ga.Anonymous, a.Anonymous, "anonymous %q", ga.SpeakerMention.Text)
		}
		assert.True(t, found, "missed %q %q", ga.Cue.Text, ga.Content.Text)
	}
	assert.LessOrEqual(t, len(x.Attributions)-matched, 1, "spurious attributions")
	for _, na := range g.NotAttributions {
		for _, a := range x.Attributions {
			assert.NotContains(t, na.Text, a.Content.Text, "the writer's own analysis is not an attribution")
		}
	}
	require.Len(t, x.NonComments, len(g.NonComments))
	for i, gn := range g.NonComments {
		n := x.NonComments[i]
		assert.Equal(t, gn.EntityMention, goldSpan(n.EntityMention))
		assert.Equal(t, gn.Cue, goldSpan(n.Cue))
		require.NotNil(t, n.Topic)
		assert.Equal(t, gn.Topic, goldSpan(*n.Topic))
	}
}
