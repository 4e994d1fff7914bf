package attrib

import (
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// askedIntro reads "Asked about the strike, Feinstein said …": a question
// put to the speaker, whose content is what was asked; PolNeAR gives it no
// source of its own unless the asker is named ("Asked by X …").
func (x *ctx) askedIntro(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "ask", Cue: x.tok(i).Span}
	k := i + 1
	for k < s.Last && timeWords[x.lower[k]] {
		k++
	}
	k = x.askedBy(s, k, &a)
	k = x.pastQuestionAdjunct(s, k)
	e := k
	for e < s.Last && e-k < 40 && x.tok(e).Text != "," {
		e++
	}
	if e == k || e >= s.Last {
		return a, false
	}
	a.Content = x.trimEnd(doc.Span{Start: x.tok(k).Start, End: x.tok(e - 1).End})
	x.describe(&a, false)
	return a, true
}

// questionWords open what was asked: "asked about …", "asked whether …";
// grammar words.
var questionWords = set("about", "whether", "if", "what", "who", "how", "why", "when", "where", "which")

// pastQuestionAdjunct returns where what was asked starts when an
// adjunct of place or time opens at k ("Asked at a briefing Monday about
// the rota, …", "Asked on Fox News who leads …"): at the question word
// that follows it within twelve tokens, before a comma (train: 5 of 5
// such gold contents start there); else k.
func (x *ctx) pastQuestionAdjunct(s doc.Sentence, k int) int {
	if !x.is(k, "at", "on", "in", "during") {
		return k
	}
	for j := k + 1; j < s.Last && j-k <= 12 && x.tok(j).Text != ","; j++ {
		if x.tok(j).Kind == doc.Word && questionWords[x.lower[j]] {
			return j
		}
	}
	return k
}

// askedBy reads the asker of "Asked by Matt Lauer whether …" at k: the
// asker is the source (train: 9 of 9 such cues) and the content starts
// after the phrase and any date.
func (x *ctx) askedBy(s doc.Sentence, k int, a *doc.Attribution) int {
	if !x.is(k, "by") {
		return k
	}
	end := x.nounPhraseRight(s, k+1)
	if end == k+1 || end >= s.Last {
		return k
	}
	a.Speaker = doc.Span{Start: x.tok(k + 1).Start, End: x.tok(end - 1).End}
	return x.skipAdverbials(s, end, a)
}

// whenAsked reads "…, he said when asked about the deal": the question
// put to the speaker is an attribution of its own, with no source unless
// the asker is named, its content what was asked (after "about").
func (x *ctx) whenAsked(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "ask", Cue: x.tok(i).Span}
	k := i + 1
	for k < s.Last && (timeWords[x.lower[k]] || x.adverb(k)) {
		k++
	}
	if b := x.askedBy(s, k, &a); b > k {
		// ("When asked by Ingraham about …": PolNeAR's content
		// keeps the "about" after an asker.)
		k = b
	} else if x.is(k, "about") {
		k++
	}
	e := k
	for e < s.Last && e-k < 40 && x.tok(e).Text != "," && x.tok(e).Kind != doc.QuoteMark && !x.endsClause(s, e) {
		e++
	}
	if e == k {
		return a, false
	}
	a.Content = x.trimEnd(doc.Span{Start: x.tok(k).Start, End: x.tok(e - 1).End})
	x.describe(&a, false)
	return a, true
}
