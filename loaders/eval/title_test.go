package eval

import (
	"strings"
	"testing"
)

// A follow-on quotation that reads as a title (a show, a slogan, a
// campaign's name) is not folded into the content of the attribution
// whose cue it shares; a quotation of someone's words is.
func TestTitleLike(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"“Harbour Nights,”", true},
		{"“Fish & Chips Today”", true},
		{"“The Voice of the Pier.”", true},
		{"\"Tides 2030\"", true},
		{"“We will stay out,”", false},
		{"“unfair”", false},
		{"“It Is Not Over Until The Last Ferry Has Sailed Tonight”", false},
		{"“”", false},
		{"''Harbour Nights,''", true},
	}
	for _, tt := range tests {
		if got := titleLike(tt.q); got != tt.want {
			t.Errorf("titleLike(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// A follow-on quotation in a later paragraph, with other text between,
// is not folded into the attribution's content; one right after it is.
func TestFarPiece(t *testing.T) {
	text := []rune("“The pier is safe,” the harbor master said. “We checked it.”\n\nThe ferry company has run boats from the pier since the spring of last year.\n\n“It will open on Monday.”")
	s := string(text)
	at := func(sub string) [2]int { return runeSpan(s, sub) }
	a := Attr{Cue: &Role{Spans: [][2]int{at("said")}}, Content: &Role{Spans: [][2]int{at("“The pier is safe,”")}}}
	if farPiece(text, a, at("“We checked it.”")) {
		t.Errorf("a quotation right after the cue's sentence is far")
	}
	if !farPiece(text, a, at("“It will open on Monday.”")) {
		t.Errorf("a quotation two paragraphs on is not far")
	}
}

// A follow-on quotation that opens inside a later sentence is not folded
// into the attribution's content; one that opens a sentence, or goes on
// the attribution's own sentence after its cue, is.
func TestQuotedInLaterSentence(t *testing.T) {
	tests := []struct {
		name, text, cue, content, piece string
		want                            bool
	}{
		{"inside a later sentence", "The mayor said the pier was safe. The council called it “a fair deal.”", "said", "the pier was safe", "a fair deal.", true},
		{"opens a sentence", "The mayor said the pier was safe. “We checked it.”", "said", "the pier was safe", "We checked it.", false},
		{"same sentence", "“The pier is safe,” the mayor said of the ferry, “because we checked it.”", "said", "The pier is safe,", "because we checked it.", false},
		{"after a quoted sentence end", "“The pier is safe,” she said. “It is,” he added, “quite sound.”", "said", "The pier is safe,", "quite sound.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := []rune(tt.text)
			at := func(sub string) [2]int { return runeSpan(tt.text, sub) }
			a := Attr{Cue: &Role{Spans: [][2]int{at(tt.cue)}}, Content: &Role{Spans: [][2]int{at(tt.content)}}}
			if got := quotedInLaterSentence(text, a, at(tt.piece)); got != tt.want {
				t.Errorf("quotedInLaterSentence = %v, want %v", got, tt.want)
			}
		})
	}
}

// A pre-cue content read after a post-posed cue (“…,” he said aboard the
// ferry) is dropped once the quotation before the cue is folded in; a
// quotation that ends its own sentence leaves the content alone.
func TestDropAfterPostposedCue(t *testing.T) {
	tests := []struct {
		name, text, src, cue, piece string
		want                        bool
	}{
		{"comma before the source", "“The pier is safe,” the mayor said aboard the ferry.", "the mayor", "said", "The pier is safe,", true},
		{"question", "“Is the pier safe?” the mayor asked the crowd.", "the mayor", "asked", "Is the pier safe?", true},
		{"a sentence of its own", "“The pier is safe.” The mayor said that the ferries would sail.", "The mayor", "said", "The pier is safe.", false},
		{"inside a sentence", "Citing “the tides,” the mayor said that the ferries would wait.", "the mayor", "said", "the tides,", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := []rune(tt.text)
			at := func(sub string) [2]int { return runeSpan(tt.text, sub) }
			a := Attr{Cue: &Role{Spans: [][2]int{at(tt.cue)}}, Source: &Role{Spans: [][2]int{at(tt.src)}}}
			if got := quoteClosesBefore(text, a, at(tt.piece)); got != tt.want {
				t.Errorf("quoteClosesBefore = %v, want %v", got, tt.want)
			}
		})
	}
	text := []rune("“The pier is safe,” the mayor said aboard the ferry. “It is.”")
	s := string(text)
	at := func(sub string) [2]int { return runeSpan(s, sub) }
	a := Attr{Cue: &Role{Spans: [][2]int{at("said")}}, Content: &Role{Spans: [][2]int{at("aboard the ferry"), at("“It is.”")}}}
	if got := dropAfterCue(text, a); len(got) != 1 || got[0] != at("“It is.”") {
		t.Errorf("dropAfterCue = %v, want only the quotation", got)
	}
}

// runeSpan returns the code-point span of sub's first occurrence in s, as
// the corpus counts offsets.
func runeSpan(s, sub string) [2]int {
	i := len([]rune(s[:strings.Index(s, sub)]))
	return [2]int{i, i + len([]rune(sub))}
}
