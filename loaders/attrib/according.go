package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

func (x *ctx) accordingTo(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "according to",
		Cue: doc.Span{Start: x.tok(i).Start, End: x.tok(i + 1).End}}
	end := x.nounPhraseRight(s, i+2)
	if end < s.Last && end > i+2 && (x.is(end, "report", "statement") || dataSources[x.lower[end]]) {
		// "according to the TexAuto Facts report from InfoNation",
		// "according to a pool report": the reader stops at the
		// document's cue-like noun.
		end++
	}
	// "according to a statement by the group", "according to polls for
	// the Post and the network": keep the whole phrase.
	for end < s.Last && end-i < 20 && x.tok(end).Kind == doc.Word && x.is(end, "of", "for", "by", "from", "in", "at", "on", "with", "and") {
		e2 := x.nounPhraseRight(s, end+1)
		if e2 == end+1 {
			break
		}
		end = e2
	}
	if end > i+2 && strings.HasSuffix(x.lower[end-1], "ed") {
		// "according to a poll released Thursday": the participle's
		// date is the source's.
		if x.is(end, "last", "this", "on") && end+1 < s.Last && weekdays[x.lower[end+1]] {
			end += 2
		} else if end < s.Last && weekdays[x.lower[end]] {
			end++
		}
	}
	if end == i+2 {
		// "according to press reports", "according to him", "according
		// to some on Twitter", "according to “The Harbor Book”": the
		// noun-phrase reader stops at once on a cue-like noun, an object
		// pronoun or a quote; PolNeAR's source runs to the clause break.
		end = x.accordingBound(s, i+2)
		if end == i+2 {
			return a, false
		}
	}
	a.Speaker = doc.Span{Start: x.tok(i + 2).Start, End: x.tok(end - 1).End}
	direct := false
	switch {
	case i == s.First || i == s.First+1 && x.tok(s.First).Kind != doc.Word:
		// According to X, CLAUSE.
		k := end
		if x.is(k, ",") {
			k++
		}
		if k >= s.Last {
			return a, false
		}
		a.Content, direct = x.contentAfter(s, k)
	default:
		// CLAUSE, according to X.
		b := i - 1
		if !x.is(b, ",") && x.tok(b).Text != "\u2014" && x.tok(b).Kind != doc.QuoteMark {
			// "… rose 5 percent according to X": still the clause before.
			b = i
		}
		if b == i {
			a.Content = x.trimEnd(doc.Span{Start: x.tok(s.First).Start, End: x.tok(i - 1).End})
		} else {
			c, dir, ok := x.contentBefore(s, b)
			if !ok {
				return a, false
			}
			a.Content, direct = c, dir
		}
	}
	if a.Content.Empty() {
		return a, false
	}
	x.describe(&a, direct)
	return a, true
}

// accordingBound returns the end of the source after "according to" at
// k: the first comma, semicolon, colon or sentence end outside a quote,
// within twelve tokens; k when there is none.
func (x *ctx) accordingBound(s doc.Sentence, k int) int {
	e := k
	for ; e < s.Last && e-k <= 12; e++ {
		t := x.tok(e)
		if x.inQuote[e] || t.Kind == doc.QuoteMark {
			continue
		}
		if t.Text == "," || t.Text == ";" || t.Text == ":" || t.Text == "." || t.Text == "?" || t.Text == "!" || isDash(t.Text) {
			break
		}
	}
	if e-k > 12 || e == k {
		return k
	}
	if e == s.Last {
		for e > k && x.tok(e-1).Kind != doc.Word && x.tok(e-1).Kind != doc.Number && x.tok(e-1).Kind != doc.QuoteMark {
			e--
		}
	}
	return e
}
