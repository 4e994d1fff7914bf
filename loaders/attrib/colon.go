package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// headlineLabels open headlines that are no one's words ("Breaking:").
var headlineLabels = set("breaking", "latest", "exclusive", "bombshell", "byline", "update", "watch", "video", "paid", "notice", "email", "live", "analysis", "opinion", "editorial", "review", "poll", "report", "the", "in", "wades",
	// Editorial labels before a colon are the writer's, not a speaker
	// ("NOTE: Per share figures …" in wire earnings reports).
	"note", "notes", "nb", "correction", "corrections", "clarification", "footnote", "disclaimer", "disclosure", "addendum", "postscript",
	// Teasers and interjections ("BOOM:", "Wow:", "Just Leaked:"): on
	// train, 7 such headline colons and none a speaker.
	"wow", "look", "boom", "busted", "revealed", "leaked", "whoa", "shocking", "must-see", "listen")

// colonCue reads a headline "Sanders: Endorsements prove …": a short
// name, a colon, and what was said.
func (x *ctx) colonCue(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: ":", Cue: x.tok(i).Span}
	from := s.First
	// "EXCLUSIVE – Roger Stone: …"
	for k := s.First; k < i; k++ {
		if t := x.tok(k).Text; t == "\u2013" || t == "\u2014" || t == "-" || t == "--" {
			from = k + 1
		}
	}
	if from >= i || i-from > 4 {
		return a, false
	}
	for k := from; k < i; k++ {
		t := x.tok(k)
		if t.Kind != doc.Word && t.Kind != doc.Number || k == from && !capitalized(t.Text) || cueForms[x.lower[k]].lemma != "" && !capitalized(t.Text) || headlineLabels[x.lower[k]] {
			return a, false
		}
	}
	// In a headline; in a body only a transcript's speaker label
	// ("TAPPER: …" opening a paragraph) or a name before a quote
	// ("… - Carl Bialik: “…”"): other body "Name: …" are mostly
	// tallies and lists.
	if i+1 >= s.Last || x.tok(i+1).Kind == doc.Number {
		return a, false
	}
	if s.Para != 0 && !x.isOpenQuote(i+1) && !(x.transcriptLabel(from, i) && s.Para < len(x.d.Paragraphs) && x.d.Paragraphs[s.Para].Start == x.tok(from).Start) {
		return a, false
	}
	a.Speaker = doc.Span{Start: x.tok(from).Start, End: x.tok(i - 1).End}
	c, direct := x.contentAfter(s, i+1)
	a.Content = c
	if a.Content.Empty() {
		return a, false
	}
	x.describe(&a, direct)
	return a, true
}

// transcriptLabel reports whether tokens from..i-1 are an upper-case
// speaker label ("JAKE TAPPER").
func (x *ctx) transcriptLabel(from, i int) bool {
	for k := from; k < i; k++ {
		t := x.tok(k).Text
		if len(t) < 2 || strings.ToUpper(t) != t || strings.ToLower(t) == t {
			return false
		}
	}
	return true
}
