package attrib

import (
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// reportedly reads the adverb "reportedly" as a cue with no source: "The
// club is reportedly spending $1.5 million …" reports someone's report,
// and PolNeAR annotates it so (14 of 29 on train, most of the rest in
// headlines or quotes); the content is its clause from the subject on.
// Before a cue verb ("reportedly said") the verb is the cue.
func (x *ctx) reportedly(s doc.Sentence, i int) (doc.Attribution, bool) {
	if i+1 >= s.Last || i == s.First || s.Para == 0 {
		return doc.Attribution{}, false
	}
	if _, isCue := cueForms[x.lower[i+1]]; isCue {
		return doc.Attribution{}, false
	}
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "reportedly", Cue: x.tok(i).Span}
	a, ok := x.passive(s, i, i-1, a)
	a.Lemma = "reportedly"
	return a, ok
}

// passiveAux returns the token before participle i once negation and
// adverbs are skipped ("is not expected", "was widely seen").
func (x *ctx) passiveAux(s doc.Sentence, i int) int {
	k := i - 1
	for n := 0; k > s.First && n < 2 && x.tok(k).Kind == doc.Word && (x.is(k, "not", "also", "now", "still", "already", "first") || x.adverb(k)); k, n = k-1, n+1 {
	}
	return k
}

// passive reads "Trump is expected to win" and "companies have been
// criticized for …": a report with no source in the text, whose content
// is the subject with the rest of the clause.
func (x *ctx) passive(s doc.Sentence, i, j int, a doc.Attribution) (doc.Attribution, bool) {
	// The subject ends before the auxiliaries.
	j = i - 1
	for j >= s.First && (x.is(j, "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "will", "would", "not", "also", "widely", "long", "often") || x.skippableLeft(j)) {
		j--
	}
	if j < s.First {
		return a, false
	}
	subj, _ := x.nounPhraseLeft(s, j)
	if subj.Empty() && x.is(j, ",") {
		// "John Oliver, who hosts …, appeared to lose his temper":
		// the subject stands before its relative clause or appositive.
		if np, _, _, ok := x.relativeSource(s, j); ok {
			subj = np
		}
	}
	if subj.Empty() && x.is(j, "which", "that", "who") {
		// "a tournament, which is expected to draw …": the relative
		// pronoun opens the content.
		subj = x.tok(j).Span
	}
	if subj.Empty() || i+1 >= s.Last {
		return a, false
	}
	a.Content = x.trimEnd(doc.Span{Start: subj.Start, End: x.tok(s.Last - 1).End})
	if x.is(i, "asked") {
		// "The mayor was asked whether the pier was safe": the subject
		// is whom the question went to, not what was asked (train: 16
		// contents made exact, 4 unmade).
		a.Content.Start = x.tok(i + 1).Start
	}
	if a.Content.End <= a.Cue.End {
		return a, false
	}
	a.Lemma = a.Lemma + " (passive)"
	x.describe(&a, false)
	return a, true
}
