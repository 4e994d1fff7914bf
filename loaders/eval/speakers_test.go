package eval

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

func TestScoreSpeakers(t *testing.T) {
	var g SpeakerGold
	require.NoError(t, json.Unmarshal([]byte(`{"doc_id":"a","quotes":[
		{"quote":{"text":"q1","start":0,"end":10},"speaker_mention":{"text":"he","start":20,"end":22},"speaker":"Tom Reed"},
		{"quote":{"text":"q2","start":30,"end":40},"speaker_mention":{"text":"Mr Reed","start":41,"end":48},"speaker":"Tom Reed"},
		{"quote":{"text":"q3","start":50,"end":60},"speaker_mention":null,"speaker":"Tom Reed","continuation":true},
		{"quote":{"text":"q4","start":70,"end":80},"speaker_mention":{"text":"the mayor","start":81,"end":90},"speaker":"Ann Lee"},
		{"quote":{"text":"scare","start":95,"end":99},"speaker_mention":null,"speaker":null}]}`), &g))
	ref := func(name string) *doc.MentionRef {
		return &doc.MentionRef{TextSpan: doc.TextSpan{Text: "x"}, Entity: &doc.EntityRef{Name: name}}
	}
	x := doc.Extraction{ID: "a", Attributions: []doc.OutAttr{
		{Speaker: ref("Tom Reed"), Content: doc.TextSpan{Start: 2, End: 8}},
		// A one-word name sharing the last word is not enough.
		{Speaker: ref("Reed"), Content: doc.TextSpan{Start: 30, End: 40}},
		// A longer name sharing the last word is.
		{Speaker: ref("Thomas Reed"), Content: doc.TextSpan{Start: 55, End: 65}},
		// Only the first attribution over a quotation counts.
		{Speaker: ref("Bob Smith"), Content: doc.TextSpan{Start: 70, End: 80}},
		{Speaker: ref("Ann Lee"), Content: doc.TextSpan{Start: 70, End: 80}},
	}}
	tab := ScoreSpeakers([]SpeakerGold{g}, map[string]doc.Extraction{"a": x})
	assert.Equal(t, SpeakerRow{Kind: "all", Quotes: 4, Found: 4, Right: 2}, tab.Total)
	kinds := map[string]SpeakerRow{}
	for _, r := range tab.Rows {
		kinds[r.Kind] = r
	}
	assert.Equal(t, 1, kinds["pronoun"].Right)
	assert.Equal(t, 0, kinds["title and surname"].Right)
	assert.Equal(t, 1, kinds["none"].Right)
	assert.Equal(t, 0, kinds["description"].Right)
}
