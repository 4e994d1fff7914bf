package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// strictStep holds class-C verbs ("post", "know", "mention") to a
// content that opens with "that", a colon or a quote, or a bare object
// ("voters know the risks", "she mentioned the deal": PolNeAR annotates
// them), not a tally or an adverbial ("voted 7-2 on Tuesday"). A
// preposition may still open the content: a weak candidate. A poll or a
// report finds a bare object ("the survey found Trump ahead").
func (x *ctx) strictStep(f *frame) verdict {
	s, k, j, c := f.s, f.k, f.j, f.c
	if c.class != strictClause || f.postposed || x.is(k, "that") || x.is(k, ":") || x.isOpenQuote(k) {
		return next
	}
	if !(k >= s.Last || x.tok(k).Kind != doc.Word || prepositions[x.lower[k]]) || findings[c.lemma] && j >= s.First && evidenceNouns[x.lower[j]] {
		return next
	}
	if !(k < s.Last && prepositions[x.lower[k]] && !x.is(k, "on", "in", "at", "by", "during", "than")) {
		return reject
	}
	f.weak = "strict"
	return next
}

// classStep applies what each verb class allows on either side of the
// cue: an object verb has no content before it, a class-P verb
// ("continued") none after it but a quote or a colon, a participle none
// before it; and when nothing stands before the source the content
// follows the comma after the cue ("Rubio says, win or lose, he's
// staying", "adding, “Kasich's problem is …”").
func (x *ctx) classStep(f *frame) verdict {
	s, c, lb := f.s, f.c, f.lb
	if f.postposed && !f.inverted && f.right.Empty() && (lb < s.First && (f.left.Empty() || f.left.Start == x.tok(s.First).Start) || lb >= s.First && x.is(lb, "but", "and", "so") && !x.isCloseQuote(f.k-1)) && x.is(f.k, ",") && f.k+1 < s.Last && !x.isOpenQuote(f.k+1) {
		f.postposed = false
		f.k++
	}
	k := f.k
	if c.class == objectClass && f.postposed && c.lemma != "ask" && c.lemma != "respond" && !(c.lemma == "point" && x.is(f.r+1, "out")) {
		// ("“…,” he points out": the particle leaves the verb no object.)
		return reject
	}
	if c.class == postClass && !f.postposed && !(x.is(k, ":", "that") || x.is(k, ",") && x.isOpenQuote(k+1) || x.isOpenQuote(k)) {
		// "He continued: “…”" and "She continued, “…”" open their quote.
		return reject
	}
	if c.ing && f.postposed && !f.inverted && f.right.Empty() && x.is(k, ",") && x.isOpenQuote(k+1) {
		f.postposed = false
		f.k++
	}
	if c.ing && f.postposed {
		return reject
	}
	return next
}

// contentStep reads the content: after "as X noted", before a post-posed
// cue, or after the cue.
func (x *ctx) contentStep(f *frame) verdict {
	switch {
	case f.postposed && f.lb >= f.s.First && x.is(f.lb, "as") && f.right.Empty() && !f.inverted:
		return x.asContent(f)
	case f.postposed && f.rightBy == "by-agent":
		return x.passiveSubjectContent(f)
	case f.postposed:
		return x.contentBeforeCue(f)
	}
	return x.contentAfterCue(f)
}

// asContent reads "as Comey noted, people involved …" and "…, as Comey
// noted.": the rest of the sentence, or what came before.
func (x *ctx) asContent(f *frame) verdict {
	s, k := f.s, f.k
	if x.is(k, ",") && k+1 < s.Last {
		f.a.Content, f.direct = x.contentAfter(s, k+1)
	} else if b := f.lb - 1; b > s.First {
		if x.is(b, ",") {
			b--
		}
		f.a.Content = x.trimEnd(doc.Span{Start: x.tok(s.First).Start, End: x.tok(b).End})
	}
	if f.a.Content.Empty() {
		return reject
	}
	f.pattern = "as-cue"
	return next
}

// passiveSubjectContent reads the content of a passive cue with its
// agent and nothing after it ("The meeting was first reported by the
// Gazette."): the passive's subject is what was reported.
func (x *ctx) passiveSubjectContent(f *frame) verdict {
	s := f.s
	j := x.passiveAux(s, f.i)
	for j > s.First && x.is(j, "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "will", "would") {
		j--
	}
	if np, _ := x.nounPhraseLeft(s, j); !np.Empty() && np.End <= f.a.Cue.Start {
		f.a.Content = np
	}
	if f.a.Content.Empty() {
		return reject
	}
	f.pattern = "by-passive"
	return next
}

// contentBeforeCue reads the content of a post-posed cue: the quote or
// the clause before the source (before the cue when inverted).
func (x *ctx) contentBeforeCue(f *frame) verdict {
	before := f.lb
	if f.inverted || !f.right.Empty() && f.left.Empty() {
		before = f.j
		if !f.right.Empty() && !f.inverted {
			before = f.lb
		}
	}
	content, direct, ok := x.contentBefore(f.s, before)
	if !ok {
		return reject
	}
	f.a.Content, f.direct = content, direct
	f.pattern = "post-cue"
	return next
}

// contentAfterCue reads the content after the cue's frame: the clause to
// the sentence's end, or the quote that opens there; "Lowe, citing “the
// ferry’s record,” said …": a participle's object is the quote, and the
// main verb after it has a content of its own.
func (x *ctx) contentAfterCue(f *frame) verdict {
	s, k := f.s, x.contentStart(f)
	colon := x.is(k, ":")
	if colon || x.is(k, ",") && x.isOpenQuote(k+1) {
		k++
	}
	f.k = k
	if k >= s.Last {
		if !colon {
			return reject
		}
		return x.nextParagraphContent(f)
	}
	f.a.Content, f.direct = x.contentAfter(s, k)
	f.a.Content = x.closeRelative(s, f.a.Speaker, f.a.Content)
	if f.c.ing && x.isOpenQuote(k) {
		q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
		if e := tokenAt(x.d, q.Inner.End); q.Closed && e >= 0 && e+1 < s.Last && cueForms[x.lower[e+1]].lemma != "" {
			f.a.Content, f.direct = x.trimEnd(q.Inner), true
		}
	}
	f.pattern = "pre-cue"
	return next
}

// contentStart skips an adjunct up to its "that" ("said Sunday in
// Madison, Wisconsin, that …") and the complementizer itself, unless it
// is the content's subject ("said that is wrong").
func (x *ctx) contentStart(f *frame) int {
	s, k := f.s, f.k
	if adjuncts[x.lower[k]] {
		for e := k + 1; e < s.Last && e-k <= 12 && x.tok(e).Kind != doc.QuoteMark; e++ {
			if x.is(e, "that") && x.is(e-1, ",") {
				k = e
				break
			}
		}
	}
	if x.is(k, "that") && !x.is(k+1, "is", "was", "has", "had", "would", "will", "can", "could", "does", "did", "might", "should", "'s", "’s", "may", "must", "seems", "makes", "means") {
		k++
		if x.is(k, ",") && k+1 < s.Last {
			// "said that, if the vote fails, …": the comma opens a
			// fronted adjunct that belongs to the content (the
			// complementizer is taken back by doc's widening).
			k++
		}
	}
	return k
}

// nextParagraphContent reads "Breitbart News responded:" closing a
// paragraph: the quote that opens the next one, or the next paragraph
// as a block quote without marks ("In a speech last July, he said:").
func (x *ctx) nextParagraphContent(f *frame) verdict {
	k := f.k
	if k >= len(x.d.Tokens) {
		return reject
	}
	if x.isOpenQuote(k) {
		q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
		f.a.Content, f.direct = x.trimEnd(q.Inner), true
	} else if pi := int(x.d.View.Para[k]); pi < len(x.d.Paragraphs) && pi > f.s.Para && x.d.Paragraphs[pi].Start == x.tok(k).Start {
		f.a.Content, f.direct = x.trimEnd(x.d.Paragraphs[pi]), true
	} else {
		return reject
	}
	f.pattern = "pre-cue-next-paragraph"
	return next
}

// finishStep drops what says nothing ("did not respond to a request for
// comment", "declined to comment": the non-comment stage reads those;
// PolNeAR leaves them out) and fills the channel, kind and role.
func (x *ctx) finishStep(f *frame) verdict {
	c, a := f.c, &f.a
	if a.Content.Empty() || (c.lemma == "decline" || c.lemma == "refuse") && x.refusalToSpeak(f.k) || (c.lemma == "respond" || c.lemma == "reply" || c.lemma == "answer" || c.lemma == "return") && commentRequest(x.d.Slice(a.Content)) {
		return reject
	}
	x.prefixChannel(f.s, a)
	x.describe(a, f.direct)
	return accept
}

// refusalToSpeak reports whether token k opens "to comment", "to say", …:
// a refusal, which the non-comment stage reads.
func (x *ctx) refusalToSpeak(k int) bool {
	return x.is(k, "to") && x.is(k+1, "comment", "say", "discuss", "answer", "elaborate", "respond", "speak", "specify", "reply", "be", "provide", "give", "release", "address", "confirm", "disclose", "identify", "name")
}

// commentRequest reports whether content is only a journalist's request
// ("requests for comment", "a message seeking comment", "emailed
// questions").
func commentRequest(content string) bool {
	w := strings.Fields(strings.ToLower(content))
	if len(w) > 8 {
		return false
	}
	for _, f := range w {
		switch strings.Trim(f, ".,;:") {
		case "comment", "interview", "questions", "inquiries", "inquiry", "messages", "message", "calls", "emails", "email", "request", "requests":
			return true
		}
	}
	return false
}
