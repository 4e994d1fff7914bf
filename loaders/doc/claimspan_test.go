package doc

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimSpan(t *testing.T) {
	span := func(text, s string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s)}
	}
	for _, tt := range []struct {
		name, text, speaker, cue, content, want string
	}{
		{"an interrupting source and cue leave the words after them",
			`An economic downturn, he said, “could be severe for the region.”`, "he", "said",
			`An economic downturn, he said, “could be severe for the region`, "could be severe for the region"},
		{"a content after its cue is its own claim",
			`She said the talks failed.`, "She", "said", "the talks failed", "the talks failed"},
		{"a content before its cue is its own claim",
			`The talks failed, she said.`, "she", "said", "The talks failed", "The talks failed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Attribution{Speaker: span(tt.text, tt.speaker), Cue: span(tt.text, tt.cue), Content: span(tt.text, tt.content)}
			got := claimSpan(a, tt.text)
			assert.Equal(t, tt.want, tt.text[got.Start:got.End])
		})
	}
}
