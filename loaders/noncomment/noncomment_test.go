package noncomment_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/noncomment"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// TestHostileInput: long runs of refusal words, verb groups, quote marks
// and refusals stay linear, in this stage and in resolving who declined.
// (The attribution stage is left out: it has its own such test.)
func TestHostileInput(t *testing.T) {
	for _, text := range []string{
		"", "\xff\xfe",
		strings.Repeat("declined to ", 200000),
		strings.Repeat("did not ", 200000) + "comment",
		strings.Repeat("Acme and Borel declined to comment ", 30000),
		strings.Repeat("\"We cannot comment,\" he said, ", 30000),
		strings.Repeat("“no comment” ", 30000),
		strings.Repeat("asked whether it would not comment on ", 30000),
		strings.Repeat("Acme said it could not comment. He declined to comment. A spokesman for the firm was unavailable. ", 10000),
	} {
		start := time.Now()
		d := doc.New(doc.Article{Text: text})
		segment.Segment(d)
		quotes.Find(d)
		entity.Recognize(d)
		noncomment.Extract(d)
		entity.Resolve(d)
		assert.Less(t, time.Since(start), 10*time.Second, "%.40q", text)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "X declined to comment on it.", "did not", "has yet to", "\xffhad no comment",
		"Neither A nor B would comment.", "\"I can't comment,\" he said.", "Fiat <F.MI> declined to\ncomment."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := run(s)
		for _, n := range d.NonComments {
			for _, sp := range []doc.Span{n.Who, n.Cue, n.Topic, n.Subject, n.Spokesperson} {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("bad span %+v in %q", sp, s)
				}
			}
			if n.Cue.Empty() || n.Who.Empty() {
				t.Fatalf("non-comment without a cue or a subject in %q", s)
			}
		}
	})
}
