package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A lexicon line gives a lemma, its class and its irregular forms;
// regular forms are generated, N marks noun-like forms, and "-" lines drop
// forms that are mostly nouns.
func TestBuildLexicon(t *testing.T) {
	lex := buildLexicon("# comment\nsay S says said saying\nclaim S N\nadmit S admitted admitting\nread C reads read reading N\nworry S\n- claims\n")
	tests := []struct {
		form string
		want cue
		ok   bool
	}{
		{"say", cue{lemma: "say", class: clauseClass}, true},
		{"said", cue{lemma: "say", class: clauseClass, past: true}, true},
		{"saying", cue{lemma: "say", class: clauseClass, ing: true}, true},
		{"claim", cue{lemma: "claim", class: clauseClass, nouny: true}, true},
		{"claimed", cue{lemma: "claim", class: clauseClass, past: true}, true},
		{"claims", cue{}, false},
		{"admitted", cue{lemma: "admit", class: clauseClass, past: true}, true},
		{"read", cue{lemma: "read", class: strictClause, past: true}, true},
		{"worries", cue{lemma: "worry", class: clauseClass}, true},
		{"worried", cue{lemma: "worry", class: clauseClass, past: true}, true},
		{"comment", cue{}, false},
	}
	for _, tt := range tests {
		got, ok := lex[tt.form]
		assert.Equal(t, tt.ok, ok, tt.form)
		assert.Equal(t, tt.want, got, tt.form)
	}
}
