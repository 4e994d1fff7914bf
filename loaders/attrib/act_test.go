package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Each attribution says what its source did: speech, a belief, an
// intention, or no claim at all (what data or footage shows, a deed), from
// the cue's act in the lexicon and its frame.
func TestActs(t *testing.T) {
	tests := []struct {
		text, cue, act string
	}{
		{"The minister said the border would reopen.", "said", doc.Speech},
		{"SoftBank agreed to inject $1bn into the firm.", "agreed", doc.Intention},
		{"The unions agreed that the offer was fair.", "agreed", doc.Speech},
		{"Jose Mourinho agreed a deal to replace the manager.", "agreed", doc.Action},
		{"Jose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager until the end of the 2022/23 season.", "agreed", doc.Action},
		{"The Nasdaq added 20.72 points to close at 8,570.", "added", doc.Action},
		{"The minister added that the border would reopen.", "added", doc.Speech},
		{"The council plans to close the pier.", "plans", doc.Intention},
		{"The mayor wants a new ferry.", "wants", doc.Intention},
		{"She believes the pier is safe.", "believes", doc.Belief},
		{"Residents fear the pier will close.", "fear", doc.Belief},
		{"He thinks the vote was rigged.", "thinks", doc.Belief},
		{"The coach hopes the team will win.", "hopes", doc.Belief},
		{"The coach hopes to win the cup.", "hopes", doc.Intention},
		{"The union declined to attend the talks.", "declined", doc.Intention},
		{"Footage shows police beating protesters.", "shows", doc.Evidence},
		{"A new poll found that most voters back the plan.", "found", doc.Evidence},
		{"Investigators found that the ferry was overloaded.", "found", doc.Speech},
		{"Demonstrators blocked roads in the capital.", "blocked", doc.Action},
		{"The talks are expected to resume on Monday.", "expected", doc.Belief},
		{"The mayor appeared to lose his temper.", "appeared", doc.Belief},
		{"He made it clear that the ferry would run.", "made it clear", doc.Speech},
		{"According to a survey by the harbour trust, most residents back the plan.", "According to", doc.Evidence},
		{"According to the coroner, the victim died at noon.", "According to", doc.Speech},
		{"Intro.\n\nTo Ms. Gil, the new pier is a cry of dissent.", "To", doc.Belief},
		{"In a new Harbor Times poll, 50 percent chose the ferry.", "In", doc.Evidence},
		{"Mayor Lee: Ferry Strike Ends After Three Weeks", ":", doc.Speech},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.act, cueCandidate(t, tt.text, tt.cue).Act)
		})
	}
}

// A negated cue keeps its attribution (PolNeAR annotates them) but says
// the source did not make the claim.
func TestNegatedCue(t *testing.T) {
	tests := []struct {
		text, cue string
		negated   bool
	}{
		{"It did not reveal the crash location.", "reveal", true},
		{"The agency didn't estimate how many people were there.", "estimate", true},
		{"The ministry has never said the plant was unsafe.", "said", true},
		{"The firm did not immediately say when the plant would close.", "say", true},
		{"The ministry said the plant was unsafe.", "said", false},
		{"The firm has repeatedly said the plant is safe.", "said", false},
		{"Nobody disputed it, and the ministry also said the plant was safe.", "said", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.negated, cueCandidate(t, tt.text, tt.cue).Negated)
		})
	}
}

// cueCandidate is the one candidate of text whose cue reads cue.
func cueCandidate(t *testing.T, text, cue string) attrib.Candidate {
	t.Helper()
	d, cs := candidates(text)
	var found []attrib.Candidate
	for _, c := range cs {
		if d.Slice(c.Cue) == cue {
			found = append(found, c)
		}
	}
	require.Len(t, found, 1, "one candidate with cue %q", cue)
	return found[0]
}
