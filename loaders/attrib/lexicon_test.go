package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A lexicon line gives a lemma, its class, its act and its irregular
// forms; regular forms are generated, N marks noun-like forms, and "-"
// lines drop forms that are mostly nouns.
func TestBuildLexicon(t *testing.T) {
	lex, problems := buildLexicon("# comment\nsay S speech says said saying\nclaim S speech N\nadmit S speech admitted admitting\n" +
		"read C speech reads read reading N\nworry S belief\nagree S speech,to=intention N\nfind C speech,data=evidence finds found finding N\n- claims\n")
	assert.Empty(t, problems)
	speech, belief := acts{base: "speech"}, acts{base: "belief"}
	tests := []struct {
		form string
		want cue
		ok   bool
	}{
		{"say", cue{lemma: "say", class: clauseClass, acts: speech}, true},
		{"said", cue{lemma: "say", class: clauseClass, past: true, acts: speech}, true},
		{"saying", cue{lemma: "say", class: clauseClass, ing: true, acts: speech}, true},
		{"claim", cue{lemma: "claim", class: clauseClass, nouny: true, acts: speech}, true},
		{"claimed", cue{lemma: "claim", class: clauseClass, past: true, acts: speech}, true},
		{"claims", cue{}, false},
		{"admitted", cue{lemma: "admit", class: clauseClass, past: true, acts: speech}, true},
		{"read", cue{lemma: "read", class: strictClause, past: true, acts: speech}, true},
		{"worries", cue{lemma: "worry", class: clauseClass, acts: belief}, true},
		{"worried", cue{lemma: "worry", class: clauseClass, past: true, acts: belief}, true},
		{"agreed", cue{lemma: "agree", class: clauseClass, past: true, acts: acts{base: "speech", to: "intention"}}, true},
		{"found", cue{lemma: "find", class: strictClause, past: true, acts: acts{base: "speech", data: "evidence"}}, true},
		{"comment", cue{}, false},
	}
	for _, tt := range tests {
		got, ok := lex[tt.form]
		assert.Equal(t, tt.ok, ok, tt.form)
		assert.Equal(t, tt.want, got, tt.form)
	}
}

// Lines the reader cannot read are listed, not guessed at; the embedded
// lexicon has none.
func TestLexiconProblems(t *testing.T) {
	bad := []string{"say", "say S", "say X speech", "say S talk", "say S speech,to=talk", "say S speech,when=belief", "say S speech a b c d e"}
	for _, line := range bad {
		_, problems := buildLexicon(line)
		assert.Equal(t, []string{line}, problems, line)
	}
	assert.Empty(t, lexiconProblems, "cues.txt")
	assert.Greater(t, len(cueForms), 800)
}
