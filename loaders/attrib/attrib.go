// Package attrib owns the attribution stage: who asserted what, with which
// cue, as a direct, indirect or mixed quote.
//
// Rules find the candidates; a small learned filter (filter.go, trained on
// PolNeAR's training split) then drops the unlikely ones. The rules are an
// ordered registry (rules.go), in the manner of the sieves of Stanford
// CoreNLP's quote attributor: each rule is a small named reader of one
// pattern, labelled with it, and each attribution records the rule that
// made it (doc.Attribution.Rule). One dispatcher (sentence, dispatch)
// chooses which rule reads each token outside a quotation, and the rules
// share cursor helpers over the document's token view (ctx.go), as the
// construct functions of Go's text/template lexer do.
//
// A cue is a reporting or belief verb from the embedded lexicon (cues.txt)
// or a phrase cue (phrase.go), "according to", "Asked about …," or a
// headline colon; around each cue the rules find the source phrase (the
// noun phrase before the cue, after it when inverted as in “…,” said X, or
// the clause's subject for "…, saying …") and the content: the clause
// after the cue, or, when the cue and its source close the sentence (“…,”
// he said / CLAUSE, X said.), the quote or clause before them. The
// cue-verb rule runs as named steps over one frame (verbcue.go). Each
// attribution says what its source did (Act: speech, belief, intention,
// evidence, action), from the lexicon's act column and the cue's frame
// (act.go). Speaker spans are left unresolved (SpeakerEntity = -1): the
// entity stage maps them to entities.
package attrib

import (
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Extract fills d.Attributions with the candidates the learned filter
// keeps. It looks at each token a bounded number of times, so it runs in
// time linear in the text.
func Extract(d *doc.Document) {
	x := extract(d)
	for i := range d.Attributions {
		x.endLearned(contentEnd, &d.Attributions[i])
		clampContent(&d.Attributions[i], d.Text)
	}
}

// maxContent bounds a content's length in bytes. News contents are far
// shorter (the longest of the BBC and Reuters corpora is under 700
// characters, PolNeAR train's gold under 2,100 but for one of 6,828), but
// in one endless sentence every cue's content runs back over the whole of
// it, and the output grew with the square of its length (a 330 KB
// sentence wrote 796 MB).
const maxContent = 8 << 10

// clampContent keeps at most maxContent bytes of a's content, the part
// nearest its cue, cut at a character boundary.
func clampContent(a *doc.Attribution, text string) {
	c := a.Content
	if c.End-c.Start <= maxContent || c.Start < 0 || c.End > len(text) {
		return
	}
	if c.End <= a.Cue.Start {
		s := c.End - maxContent
		for s < c.End && !utf8.RuneStart(text[s]) {
			s++
		}
		a.Content.Start = s
		return
	}
	e := c.Start + maxContent
	for e > c.Start && !utf8.RuneStart(text[e]) {
		e--
	}
	a.Content.End = e
}

// extract is Extract but the learned ending of contents (contentend.go).
func extract(d *doc.Document) *ctx {
	x := newCtx(d)
	var keep []bool
	x.candidates(func(s doc.Sentence, first, k int) {
		keep = append(keep, filter.keepScored(x, s, first, k))
	})
	n := 0
	for k, a := range d.Attributions {
		if keep[k] {
			d.Attributions[n] = a
			n++
		}
	}
	d.Attributions = d.Attributions[:n]
	for i := range d.Attributions {
		x.endBeforeCoordinatedCue(&d.Attributions[i])
		x.endAtClauseBreak(&d.Attributions[i])
		x.endInFrontedClause(&d.Attributions[i])
		x.startAfterObject(&d.Attributions[i])
		x.startAfterTopic(&d.Attributions[i])
		x.startAtFeelingThat(&d.Attributions[i])
		x.startAtInterruptedSubject(&d.Attributions[i])
		x.startAfterDateline(&d.Attributions[i])
		x.startAfterParenthetical(&d.Attributions[i])
		x.startAtThatAfterAdjunct(&d.Attributions[i])
		x.runToQuoteEnd(&d.Attributions[i])
	}
	d.Attributions = x.endBeforeNested(d.Attributions)
	return x
}

// Candidate is an attribution as the rules found it, before the learned
// filter (filter.go) drops the unlikely ones, with the features the filter
// scores.
type Candidate struct {
	doc.Attribution
	Features []string
}

// Candidates runs the rules alone: it fills d.Attributions with every
// candidate and returns them with their features. Training the filter
// uses it; Extract scores the same features without naming them.
func Candidates(d *doc.Document) []Candidate {
	x := newCtx(d)
	var out []Candidate
	x.candidates(func(s doc.Sentence, first, k int) {
		out = append(out, Candidate{d.Attributions[k], x.features(s, first, k)})
	})
	return out
}

// candidates fills d.Attributions with every candidate of the body's
// sentences and calls each for each, once its sentence is read (the
// filter's features look at the sentence's other candidates).
func (x *ctx) candidates(each func(s doc.Sentence, first, k int)) {
	d := x.d
	if cap(d.Attributions) < len(d.Sentences) {
		// News text has fewer candidates than sentences: one allocation
		// instead of a doubling series of large structs.
		d.Attributions = make([]doc.Attribution, 0, len(d.Sentences))
	}
	d.Attributions = d.Attributions[:0]
	for si := range d.Sentences {
		s := d.Sentences[si]
		if d.BodyStart > 0 && s.End <= d.BodyStart || s.Start >= d.BodyEnd {
			continue
		}
		first := len(d.Attributions)
		x.sentence(si)
		for k := first; k < len(d.Attributions); k++ {
			each(s, first, k)
		}
	}
}

// sentence finds the attributions whose cue lies in sentence si: each
// token outside a quotation goes to the dispatcher, which chooses the
// rule that reads it.
func (x *ctx) sentence(si int) {
	s := x.d.Sentences[si]
	x.first = len(x.d.Attributions)
	x.title = x.titleCase(s)
	for i := s.First; i < s.Last; i++ {
		if x.inQuote[i] {
			continue
		}
		i += x.dispatch(s, i)
	}
}

// dispatch is the one place that chooses which rule runs on token i: the
// first rule of the registry (rules.go) whose trigger holds reads the
// token. Its attribution, if any, records the rule's name; a rule that
// finds nothing ends the search unless it lets later rules try. Its act
// is the rule's, unless the rule read one. It
// returns how many tokens after i the attribution consumed.
func (x *ctx) dispatch(s doc.Sentence, i int) int {
	mask := x.rulesAt(i)
	if mask == 0 {
		return 0
	}
	for ri, r := range rules {
		if ri < 64 && mask&(1<<ri) == 0 || !r.trigger(x, s, i) {
			continue
		}
		c, ok := r.read(x, s, i)
		if ok {
			if c.Rule == "" {
				c.Rule = r.name
			}
			if c.Act == "" {
				c.Act = x.actOf(r.acts, c.Attribution)
			}
			c.Negated = x.negatedCue(c.Cue)
			x.d.Attributions = append(x.d.Attributions, c.Attribution)
			x.weak = append(x.weak, c.weak)
			return r.skip
		}
		if !r.fallThrough {
			return 0
		}
	}
	return 0
}
