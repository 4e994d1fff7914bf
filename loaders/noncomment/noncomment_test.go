package noncomment_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/noncomment"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

func run(text string) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	noncomment.Extract(d)
	return d
}

type nc struct{ Who, Cue, Topic string }

func TestExtract(t *testing.T) {
	tests := []struct {
		text string
		want []nc
	}{
		{"The company declined to comment on the lawsuit.", []nc{{"The company", "declined to comment", "the lawsuit"}}},
		{"A spokesman declined comment.", []nc{{"A spokesman", "declined comment", ""}}},
		{"The ministry did not immediately comment.", []nc{{"The ministry", "did not immediately comment", ""}}},
		{"The ministry didn’t comment on the report.", []nc{{"The ministry", "didn’t comment", "the report"}}},
		{"Officials have yet to comment on the strike.", []nc{{"Officials", "have yet to comment", "the strike"}}},
		{"The mayor has yet to comment.", []nc{{"The mayor", "has yet to comment", ""}}},
		{"The coach would not comment on the transfer.", []nc{{"The coach", "would not comment", "the transfer"}}},
		{"The bank refused to comment.", []nc{{"The bank", "refused to comment", ""}}},
		{"Smith could not be reached for comment.", []nc{{"Smith", "could not be reached for comment", ""}}},
		{"Smith could not be reached.", []nc{{"Smith", "could not be reached", ""}}},
		{"The firm did not respond to a request for comment.", []nc{{"The firm", "did not respond to a request for comment", ""}}},
		{"The firm did not respond to requests for comment on the deal.", []nc{{"The firm", "did not respond to requests for comment", "the deal"}}},
		{"The agency was not immediately available for comment.", []nc{{"The agency", "was not immediately available for comment", ""}}},
		{"The White House had no comment.", []nc{{"The White House", "had no comment", ""}}},
		{"Pakistan did not comment on the strike but urged calm.", []nc{{"Pakistan", "did not comment", "the strike"}}},
		{"Cook declined to say whether it broke the rules.", []nc{{"Cook", "declined to say", "whether it broke the rules"}}},
		{"The court did not say when it would rule.", []nc{{"The court", "did not say", "when it would rule"}}},
		{"The White House kept mum about the timing.", []nc{{"The White House", "kept mum", "the timing"}}},
		{"The guard, who declined to be identified, waved us in.", []nc{{"who", "declined to be identified", ""}}},
		{"Trump has not yet responded to the remarks.", []nc{{"Trump", "has not yet responded to", "the remarks"}}},
		{"He commented that the plan was sound.", nil},
		{"She declined the invitation.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := run(tt.text)
			var got []nc
			for _, n := range d.NonComments {
				got = append(got, nc{d.Slice(n.Who), d.Slice(n.Cue), d.Slice(n.Topic)})
				assert.Equal(t, -1, n.Entity)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestHostileInput(t *testing.T) {
	for _, text := range []string{"", "\xff\xfe", strings.Repeat("declined to ", 200000), strings.Repeat("did not ", 200000) + "comment"} {
		start := time.Now()
		run(text)
		assert.Less(t, time.Since(start), 10*time.Second)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "X declined to comment on it.", "did not", "has yet to", "\xffhad no comment"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := run(s)
		for _, n := range d.NonComments {
			for _, sp := range []doc.Span{n.Who, n.Cue, n.Topic} {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("bad span %+v in %q", sp, s)
				}
			}
		}
	})
}
