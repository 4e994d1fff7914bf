package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// actOf is the act of an attribution read with acts (the lexicon's act
// column for a cue verb, the rule's for the others): the frame's act when
// the content is a to-infinitive ("SoftBank agreed to inject …":
// intention) or the source names data rather than a speaker ("the survey
// found …": evidence), else the base act; speech when none is given.
func (x *ctx) actOf(ac acts, a doc.Attribution) string {
	switch {
	case ac.to != "" && x.opensInfinitive(a.Content):
		return ac.to
	case ac.data != "" && x.dataSource(a.Speaker):
		return ac.data
	case ac.num != "" && x.opensQuantity(a.Content):
		return ac.num
	case ac.obj != "" && x.opensObject(a.Content):
		return ac.obj
	case ac.base == "":
		return doc.Speech
	}
	return ac.base
}

// opensInfinitive reports whether content c starts with "to" and a verb.
func (x *ctx) opensInfinitive(c doc.Span) bool {
	k := tokenAt(x.d, c.Start)
	return k >= 0 && x.is(k, "to") && k+1 < len(x.d.Tokens) && x.d.Tokens[k+1].Kind == doc.Word
}

// opensQuantity reports whether content c starts with a number ("added
// 20.72 points", "added 3 percent").
func (x *ctx) opensQuantity(c doc.Span) bool {
	k := tokenAt(x.d, c.Start)
	return k >= 0 && x.d.Tokens[k].Kind == doc.Number
}

// opensObject reports whether content c is a short noun phrase with no
// verb of its own, after an article ("agreed a deal", "agreed terms"):
// what was done, not a clause that was said.
func (x *ctx) opensObject(c doc.Span) bool {
	k := tokenAt(x.d, c.Start)
	if k < 0 || !x.is(k, "a", "an", "the", "terms", "deal", "contract") {
		return false
	}
	n := 0
	for i := k; i < len(x.d.Tokens) && x.d.Tokens[i].End <= c.End; i++ {
		if i > k && x.is(i, "to") {
			// "a deal to replace the manager until 2023": what
			// follows the infinitive's "to" belongs to the noun.
			return true
		}
		if n++; n > 8 || x.is(i, "that", "is", "was", "will", "would", "has", "had", "are", "were") {
			return false
		}
	}
	return true
}

// dataSource reports whether source phrase sp names data, a record or
// footage: one of its words before a preposition ("a poll conducted by
// …", "FEC records compiled by …") is one of dataSources.
func (x *ctx) dataSource(sp doc.Span) bool {
	if sp.Empty() {
		return false
	}
	for k := tokenAt(x.d, sp.Start); k >= 0 && k < len(x.d.Tokens) && x.d.Tokens[k].End <= sp.End; k++ {
		w := x.lower[k]
		if prepositions[w] {
			break
		}
		if dataSources[strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")] {
			return true
		}
	}
	return false
}

// dataSources are the nouns that name data, records and footage: what
// they show is a finding, not someone's claim.
var dataSources = set("poll", "polls", "polling", "survey", "surveys", "study", "studies", "analysis", "research", "data",
	"figures", "statistics", "census", "record", "records", "footage", "video", "videos", "image", "images", "photo",
	"photos", "photograph", "photographs", "evidence", "tally", "count", "index", "model", "estimates", "projections",
	"results", "numbers", "audit", "documents", "filings", "study’s", "exit")

// negatedCue reports whether the words just before cue span c negate it
// ("did not reveal", "the agency didn't estimate", "has never said"),
// reading back over auxiliaries and adverbs ("did not immediately say").
func (x *ctx) negatedCue(c doc.Span) bool {
	k := tokenAt(x.d, c.Start)
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := x.lower[j]
		switch {
		case w == "not" || w == "never" || negatedAux[w]:
			return true
		case leftSkip[w] || progressive[w] || strings.HasSuffix(w, "ly") && !notAdverbs[w]:
			continue
		}
		return false
	}
	return false
}
