package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// CuePhrase returns a's cue widened to PolNeAR's convention, which takes in
// the auxiliaries, negation and adverbs between source and verb ("has
// repeatedly said"), a particle that the verb selects ("called for",
// "complained of") and a following "in a statement" or "in an
// interview". The stage itself keeps the bare verb, as the seed
// annotation does; the evaluation reports PolNeAR's spans.
func CuePhrase(d *doc.Document, a doc.Attribution) doc.Span {
	ti := tokenAt(d, a.Cue.Start)
	if ti < 0 || a.Lemma == "according to" || a.Lemma == "in (poll)" || a.Lemma == "reportedly" || a.Lemma == "to (viewpoint)" {
		// ("is reportedly spending": PolNeAR's cue is the adverb alone,
		// 14 to 1 on train.)
		return wordCuePhrase(d, a, ti)
	}
	out := a.Cue
	if start, ok := documentVerb(d, ti); ok {
		// "issued a statement saying …": PolNeAR's cue is the whole
		// act (19 to 1 on train).
		out.Start = start
		return out
	}
	if ti >= 1 {
		if n := contractionLen(d.Tokens[ti-1].Text); n > 0 && subjectPronouns[lowerAt(d, ti-1)] {
			out.Start = d.Tokens[ti-1].End - n
			return out
		}
	}
	out, ti, refusal := cuePhraseStart(d, a, ti)
	if refusal {
		return out
	}
	out.End = cuePhraseEnd(d, a, ti, out.End)
	return out
}

// wordCuePhrase is the cue phrase of the rules whose cue is a word or
// two ("according to", "in", "reportedly", "To"): the cue itself, and
// "That’s according to X" takes the copula.
func wordCuePhrase(d *doc.Document, a doc.Attribution, ti int) doc.Span {
	if a.Lemma == "according to" && ti >= 1 {
		if w := lowerAt(d, ti-1); w == "that’s" || w == "that's" || w == "it’s" || w == "it's" {
			n := len("'s")
			if strings.HasSuffix(w, "’s") {
				n = len("’s")
			}
			return doc.Span{Start: d.Tokens[ti-1].End - n, End: a.Cue.End}
		}
	}
	return a.Cue
}

// cuePhraseStart widens the cue leftwards over a control verb ("declined
// to say": the refusal alone, with "to say …" as the content, 90 to 38 on
// train), an infinitive's chain ("went on to name", "are more likely to
// say") or the auxiliaries and adverbs before it. It returns the phrase,
// the token the phrase's verb starts at, and whether it is a refusal.
func cuePhraseStart(d *doc.Document, a doc.Attribution, ti int) (doc.Span, int, bool) {
	out := a.Cue
	refusal := false
	if k, ok := discourseVerbBefore(d, ti); ok {
		// "began by saying", "followed up by asking": PolNeAR's cue
		// starts at the verb that places the remark in the talk
		// (train: 7 to 0).
		out.Start, ti = d.Tokens[k].Start, k
	}
	if ti >= 2 && lowerAt(d, ti-1) == "to" && controlVerbs[lowerAt(d, ti-2)] {
		out.Start = d.Tokens[ti-2].Start
		ti -= 2
		refusal = refusals[lowerAt(d, ti)]
		if refusal {
			out.End = d.Tokens[ti].End
		}
	}
	infinitive := ti >= 1 && lowerAt(d, ti-1) == "to" && out.Start == a.Cue.Start
	if infinitive {
		out.Start = d.Tokens[ti-1].Start
		for k := ti - 2; k >= 0 && ti-k <= 6; k-- {
			t := d.Tokens[k]
			if n := contractionLen(t.Text); n > 0 {
				// "She’s expected to argue": the auxiliary on the
				// pronoun, as for "He’s not saying" (train: 3 to 0).
				out.Start = t.End - n
				break
			}
			if t.Kind != doc.Word || capitalized(t.Text) || t.Start < a.Speaker.End && a.Speaker.End <= a.Cue.Start {
				break
			}
			out.Start = t.Start
		}
	}
	for k := ti - 1; k >= 0 && !infinitive && ti-k <= 4; k-- {
		t := d.Tokens[k]
		if n := contractionLen(t.Text); n > 0 && k < ti-1 {
			// "He’s not saying": the auxiliary on the pronoun too.
			out.Start = t.End - n
			break
		}
		if t.Kind != doc.Word || t.End <= a.Speaker.End && t.Start >= a.Speaker.Start {
			break
		}
		w := lower(t.Text)
		if !(cueAux[w] || cueFloaters[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w] && !capitalized(t.Text)) {
			break
		}
		out.Start = t.Start
	}
	return out, ti, refusal
}

// discourseVerbBefore finds the verb of "began by saying", "followed up
// by asking", "continued by first noting" before the participle cue at
// ti, and returns its token.
func discourseVerbBefore(d *doc.Document, ti int) (int, bool) {
	if ti < 2 || !strings.HasSuffix(lowerAt(d, ti), "ing") {
		return 0, false
	}
	k := ti - 1
	if strings.HasSuffix(lowerAt(d, k), "ly") || lowerAt(d, k) == "first" {
		k--
	}
	if k < 1 || lowerAt(d, k) != "by" {
		return 0, false
	}
	k--
	if w := lowerAt(d, k); (w == "up" || w == "off") && k > 0 {
		k--
	}
	return k, discourseVerbs[lowerAt(d, k)]
}

// discourseVerbs place a remark in the course of a talk.
var discourseVerbs = set("began", "begins", "begin", "opened", "opens", "continued", "continues", "followed", "follows", "concluded", "concludes",
	"ended", "ends", "closed", "closes", "started", "starts", "responded", "responds", "replied", "replies")

// cueFloaters stand between a subject and its verb and belong to
// PolNeAR's cue: a quantifier floated off the subject ("Ruiz and Lowe
// have both said", "the ministers all urged") and "always", "further"
// (train: 21 such cues take the word in, 5 leave it out). A "both" or
// "all" that is itself the source stays out with the source.
var cueFloaters = set("both", "all", "always", "further")

// cuePhraseEnd widens the cue rightwards from end, the phrase's end, past
// the cue verb at token ti: PolNeAR's cue runs through a time word and the
// preposition that introduces a content after it ("called Wednesday
// for", "was asked about", "focuses on"), in about nine cases out of ten
// on train, and through a few frames after the verb.
func cuePhraseEnd(d *doc.Document, a doc.Attribution, ti, end int) int {
	last := ti
	for last+1 < len(d.Tokens) && d.Tokens[last+1].End <= a.Cue.End {
		last++
	}
	next := func(n int) string {
		if last+n < len(d.Tokens) {
			return lowerAt(d, last+n)
		}
		return ""
	}
	at := 1
	for at < 3 && (weekdays[next(at)] || len(next(at)) > 4 && strings.HasSuffix(next(at), "ly") && !notAdverbs[next(at)]) {
		at++
	}
	if w := next(at); (w == "about" || w == "as") && last+at+1 < len(d.Tokens) {
		// "predicted about one-third of the vote …", "show as many
		// as 30 percent": the word reads a quantity, not the cue's
		// particle.
		if q := d.Tokens[last+at+1]; q.Kind == doc.Number || numberWords[lower(q.Text)] && lower(q.Text) != "a" || lower(q.Text) == "many" || lower(q.Text) == "much" || strings.HasPrefix(lower(q.Text), "one-") {
			return end
		}
	}
	passive := strings.HasSuffix(a.Lemma, " (passive)")
	pre := a.Content.Start >= a.Cue.End
	p, ok := cueParticles[a.Lemma]
	if ok && next(at) != "" && strings.Contains(" "+p+" ", " "+next(at)+" ") && (a.Content.Start >= d.Tokens[last+1].Start || next(at) == "out" && a.Content.End <= a.Cue.Start) {
		// ("“…,” she points out": the particle closes the clause.
		// "spoke favorably of …": the content read from the adverb
		// still leaves the adverb and the particle to the cue.)
		if next(at) == "out" && a.Lemma == "speak" {
			return speakOutEnd(d, last+at)
		}
		return d.Tokens[last+at].End
	}
	if w := next(at); !ok && !plainSpeech[a.Lemma] && (pre && (contentParticles[w] || w == "as" && a.Lemma != "describe") && !(w == "on" || w == "at") || passive && (w == "about" || passiveParticle(a.Lemma, w)) && a.Content.End > d.Tokens[last+at].End) {
		// The content may start at the particle ("laid out his
		// vision"): the particle still belongs to the cue.
		return d.Tokens[last+at].End
	}
	return cueTail(d, a, last, end, next)
}

// cueTail is the frame after the verb that PolNeAR's cue takes in: "said
// in a statement", "wrote on Facebook", "…, he said Tuesday.", "has said
// repeatedly".
func cueTail(d *doc.Document, a doc.Attribution, last, end int, next func(int) string) int {
	if e, ok := expressedObjectEnd(d, a, last, next); ok {
		return e
	}
	switch {
	case next(1) == "with" && (next(2) == "a" || next(2) == "an") && (mannerNouns[next(3)] || mannerNouns[next(4)]):
		// "said with a grin", "shot back with a wry smile": the
		// manner belongs to the cue (train: 6 to 0).
		if mannerNouns[next(3)] {
			return d.Tokens[last+3].End
		}
		return d.Tokens[last+4].End
	case (a.Lemma == "distance" || a.Lemma == "distanced") && reflexives[next(1)] && next(2) == "from":
		// "distanced himself from": the reflexive and its
		// preposition (train: 4 to 0).
		return d.Tokens[last+2].End
	case a.Lemma == "plead" && next(1) == "guilty":
		// "pleaded guilty to …" (train: 3 to 0; the "to" 1 to 2).
		return d.Tokens[last+1].End
	case a.Lemma == "say" && next(1) == "in" && (next(2) == "a" || next(2) == "an") && next(3) == "statement":
		return d.Tokens[last+3].End
	case socialCue[a.Lemma] && next(1) == "on" && socialMedia[next(2)]:
		// "posted on Twitter": the network (8 to 1 on train); after
		// "said" it mostly does not (3 to 5).
		return d.Tokens[last+2].End
	case weekdays[next(1)] && (last+2 >= len(d.Tokens) || d.Tokens[last+2].Kind == doc.Punct):
		// The day closing the clause (19 to 10 on train); "said
		// Tuesday that …" leaves it out (21 to 32).
		return d.Tokens[last+1].End
	}
	if w := next(1); len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w] && !notMannerAdverbs[w] && !capitalized(d.Tokens[last+1].Text) && !a.Content.Contains(d.Tokens[last+1].Span) {
		// "wrote recently", "said sarcastically": an adverb right
		// after the verb (21 to 4 on train).
		return d.Tokens[last+1].End
	}
	return end
}

// passiveParticle reports whether the passive cue of lemma takes w in:
// "is seen as", "was widely regarded as", "is known for" (train: 25
// such cues take the particle in, 8 leave it out); "was described as",
// "was listed as" and "was criticized for" leave it out.
func passiveParticle(lemma, w string) bool {
	p, ok := passiveParticles[strings.TrimSuffix(lemma, " (passive)")]
	return ok && strings.Contains(" "+p+" ", " "+w+" ")
}

var passiveParticles = map[string]string{
	"see": "as", "know": "as for", "regard": "as", "regarded": "as", "view": "as", "criticize": "as", "remember": "as for", "lambaste": "as",
}

// speakOutEnd is the end of "spoke out" at token k, the particle, and of
// the preposition after it that opens the content: "spoke out against",
// "has spoken out sharply against", "spoke out in favor of" (train: all
// 8 such cues take it in).
func speakOutEnd(d *doc.Document, k int) int {
	end := d.Tokens[k].End
	if k+1 < len(d.Tokens) && strings.HasSuffix(lowerAt(d, k+1), "ly") && !notAdverbs[lowerAt(d, k+1)] {
		k++
	}
	if k+3 < len(d.Tokens) && lowerAt(d, k+1) == "in" && lowerAt(d, k+2) == "favor" && lowerAt(d, k+3) == "of" {
		return d.Tokens[k+3].End
	}
	if k+1 < len(d.Tokens) && speakOutPrepositions[lowerAt(d, k+1)] {
		return d.Tokens[k+1].End
	}
	return end
}

var speakOutPrepositions = set("against", "for", "about", "on")

// expressedObjectEnd reads "expressed concern that …", "voiced support
// for …": PolNeAR's cue takes in the bare noun that the verb expresses
// when a "that" clause or a preposition opens the content after it, and
// the preposition too (train: 26 such cues to 7 that stop at the verb).
// With a determiner or an adjective before the noun ("expressed her
// support for", "expressed particular concern over") the noun phrase is
// the content (12 to 4), so the cue stays the verb.
func expressedObjectEnd(d *doc.Document, a doc.Attribution, last int, next func(int) string) (int, bool) {
	if !expressVerbs[a.Lemma] || last+2 >= len(d.Tokens) || a.Content.Start < d.Tokens[last+1].Start {
		return 0, false
	}
	noun := d.Tokens[last+1]
	if noun.Kind != doc.Word || capitalized(noun.Text) || determiners[next(1)] || strings.HasSuffix(next(1), "ly") || d.Tokens[last+2].End > a.Content.End {
		return 0, false
	}
	switch {
	case next(2) == "that":
		return noun.End, true
	case objectPrepositions[next(2)]:
		return d.Tokens[last+2].End, true
	}
	return 0, false
}

// expressVerbs name an attitude by a noun object ("expressed
// confidence", "voiced doubts").
var expressVerbs = set("express", "voice")

// objectPrepositions join an expressed noun to what it is about
// ("support for", "concern about", "dismay at").
var objectPrepositions = set("for", "about", "over", "with", "at", "against", "toward", "towards", "of")

// documentVerb finds the act that a participle cue at ti describes in
// "issued a statement saying", "sent a letter to Zucker asking": it
// returns the start of the verb that produced the document.
func documentVerb(d *doc.Document, ti int) (int, bool) {
	if ti < 3 || !strings.HasSuffix(lowerAt(d, ti), "ing") {
		return 0, false
	}
	k := ti - 1
	if d.Tokens[k].Text == "," {
		k--
	}
	// "a letter to Zucker asking": a short addressee after the noun.
	for n := 0; n < 3 && k > 1 && !documents[lowerAt(d, k)] && d.Tokens[k].Kind == doc.Word; n++ {
		k--
	}
	if k < 2 || !documents[lowerAt(d, k)] {
		return 0, false
	}
	for n := 0; n < 3 && k > 0; n++ {
		k--
		w := lowerAt(d, k)
		if determiners[w] || possessive(w) {
			if k >= 1 && documentVerbs[lowerAt(d, k-1)] {
				return d.Tokens[k-1].Start, true
			}
			if k >= 2 && lowerAt(d, k-1) == "out" && lowerAt(d, k-2) == "put" {
				return d.Tokens[k-2].Start, true
			}
			return 0, false
		}
		if d.Tokens[k].Kind != doc.Word {
			return 0, false
		}
	}
	return 0, false
}

func (x *ctx) documentAct(i int) bool {
	_, ok := documentVerb(x.d, i)
	return ok
}

var documents = set("statement", "letter", "tweet", "message", "email", "e-mail", "post", "video", "op-ed", "memo", "note", "release", "ad")

var documentVerbs = set("issued", "issues", "issue", "issuing", "released", "releases", "release", "releasing", "sent", "sends", "send", "sending",
	"posted", "posts", "post", "posting", "tweeted", "wrote", "writes", "write", "writing", "published", "publishes", "publish", "made", "makes", "make", "penned", "pens")

// notMannerAdverbs end in -ly but open the content or a comparison
// ("said only that …", "said likely voters …").
var notMannerAdverbs = set("only", "likely", "early", "nearly", "largely", "mostly", "roughly", "barely", "hardly", "merely", "simply", "exactly", "really", "truly", "certainly", "clearly", "surely", "probably", "possibly", "definitely", "obviously")

var reflexives = set("himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself")

// mannerNouns are the looks and sounds a speaker says something with.
var mannerNouns = set("laugh", "smile", "grin", "chuckle", "shrug", "sigh", "wink", "nod", "smirk")

// socialCue are the cues that a social network may follow ("wrote on
// Twitter"), and socialMedia the networks.
var socialCue = set("write", "post", "tweet")

var socialMedia = set("twitter", "facebook", "instagram")

var cueAux = set("has", "have", "had", "also", "would", "will", "could", "might", "may", "should", "must", "did", "does", "do",
	"not", "never", "later", "once", "now", "just", "already", "often", "still", "even", "again", "first", "earlier",
	"'s", "’s", "'ve", "’ve", "'d", "’d", "didn't", "didn’t", "doesn't", "doesn’t", "hasn't", "hasn’t", "won't", "won’t", "since", "long",
	// Copulas of passives and progressives ("is expected", "was
	// widely viewed", "are already confirming"): 440 in, 13 out on train.
	"is", "are", "was", "were", "be", "been", "being", "am", "’re", "'re", "’m", "'m",
	"can", "cannot", "can't", "can’t", "then", "only", "don't", "don’t", "isn't", "isn’t", "wasn't", "wasn’t", "aren't", "aren’t",
	"wouldn't", "wouldn’t", "couldn't", "couldn’t", "haven't", "haven’t", "hadn't", "hadn’t", "shouldn't", "shouldn’t")

// contentParticles follow a cue verb and open its content; PolNeAR's cue
// takes them in when the content comes after them.
var contentParticles = set("about", "against", "at", "for", "of", "off", "on", "out", "over", "up", "upon", "with", "into")

// plainSpeech verbs take adjuncts, not particles, after them ("has said
// for years", "asked at a rally").
var plainSpeech = set("say", "state", "tell", "write", "add", "ask", "tweet", "note")

var cueParticles = map[string]string{
	"call": "for on out upon", "complain": "of about", "warn": "of about against", "ask": "for about", "seek": "",
	"decline": "", "refuse": "", "agree": "with", "vote": "for against", "respond": "to", "point": "to out", "refer": "to", "talk": "about up through of",
	"defend": "", "say": "of about", "speak": "of about out", "threaten": "",
	"plan": "",
}

// SourcePhrase returns a's speaker widened to PolNeAR's convention, which
// keeps an appositive or relative clause with the name ("Brian Deese, the
// White House climate change adviser, said"; “…,” said X, a professor
// at Y). The stage keeps the bare name phrase for the entity stage.
func SourcePhrase(d *doc.Document, a doc.Attribution) doc.Span {
	sp := a.Speaker
	if sp.Empty() {
		return sp
	}
	if n := contractionLen(d.Slice(sp)); n > 0 && sp.End <= a.Cue.Start {
		// "He’s said": PolNeAR's source is "He", the cue "’s said".
		sp.End -= n
		return sp
	}
	ti := tokenAt(d, sp.Start)
	if ti < 0 {
		return sp
	}
	sp = nameBeforeSource(d, a, sp, ti)
	sp, ti = withoutRelativeHead(d, a, sp, ti)
	e := ti
	for e+1 < len(d.Tokens) && d.Tokens[e+1].End <= sp.End {
		e++
	}
	if e+2 < len(d.Tokens) && reflexives[lowerAt(d, e+1)] && d.Tokens[e+1].End <= a.Cue.Start && d.Tokens[e+2].Kind == doc.Word {
		// "Cruz himself said": the emphatic pronoun is the
		// source's (train: 6 to 2).
		sp.End = d.Tokens[e+1].End
		return sp
	}
	if e+2 < len(d.Tokens) && isDash(d.Tokens[e+1].Text) && sp.End <= a.Cue.Start {
		return dashAppositive(d, a, sp, e)
	}
	if e+2 >= len(d.Tokens) || d.Tokens[e+1].Text != "," {
		return sp
	}
	nx := lowerAt(d, e+2)
	if nx == "now" || nx == "then" {
		// "Lewandowski, now a paid commentator, said", but "Cruz,
		// then, said".
		if e+3 >= len(d.Tokens) || !determiners[lowerAt(d, e+3)] {
			return sp
		}
	} else if (nonAppositive[nx] || strings.HasSuffix(nx, "ing") || strings.HasSuffix(nx, "ly")) && !listAppositive[nx] {
		// "Cruz, meanwhile, said", "Trump, speaking at a rally, said"
		return sp
	}
	if sp.End <= a.Cue.Start {
		return appositiveBeforeCue(d, a, sp, e)
	}
	if a.Content.Start >= sp.End {
		// "According to her plan, firms must repay …": the comma
		// closes the source and the content follows it.
		return sp
	}
	if a.Lemma == "according to" && !appositiveOpens(d, e+2) {
		// "… 75 votes, according to a local tally, but his lead is
		// narrowing", "Since May, according to the Red Cross, troops
		// have …": after the comma the sentence goes on, and the
		// source is the phrase alone (train: 31 such sources end at
		// the comma, 12 take an appositive along).
		return sp
	}
	return clauseAfterCue(d, sp, e)
}

// nameBeforeSource widens a source before its cue that opens right
// after "Name, " at the start of its sentence, when the source reads as
// that name's appositive or the rest of a list with it ("Dean Ruiz, a
// salesman from Reno, says", "Ruiz, Lowe and Ota have said"): PolNeAR's
// source starts at the name (train: 34 sources made exact, 5 unmade). ti
// is the source's first token.
func nameBeforeSource(d *doc.Document, a doc.Attribution, sp doc.Span, ti int) doc.Span {
	if ti < 2 || sp.End > a.Cue.Start || d.Tokens[ti-1].Text != "," || !d.View.Indexed(len(d.Tokens)) {
		return sp
	}
	first := d.Sentences[d.View.Sentence[ti]].First
	if first < ti-2 && leadingConjunctions[lowerAt(d, first)] {
		// "But Tom Ruiz, the party's treasurer, said": the
		// conjunction stays out.
		first++
	}
	if first > ti-2 || ti-2-first >= 4 {
		return sp
	}
	for k := first; k < ti-1; k++ {
		t := d.Tokens[k]
		if t.Kind != doc.Word || !capitalized(t.Text) {
			return sp
		}
	}
	if w := lowerAt(d, first); leadingJunk[w] || openerPrepositions[w] || openerAdverbs[w] || loneAdverbs[w] || sentenceAdverbs[w] || timeWords[w] || months[w] || strings.HasSuffix(w, "ly") {
		return sp
	}
	if e := firstTokenFrom(d, a.Cue.End); e < len(d.Tokens) && d.Tokens[e].Text == "," {
		// "Ruiz, a top aide said, is confident": the cue is set off
		// inside the name's own clause.
		return sp
	}
	if !appositiveSource(d, ti, sp) {
		return sp
	}
	return doc.Span{Start: d.Tokens[first].Start, End: sp.End}
}

// withoutRelativeHead starts a source before its cue after the head of a
// relative clause that has no pronoun ("the moment Chris Lowe learned
// …", "a point Ruiz also made", "the kind of campaign Ota hoped to
// run"): the head is what the clause is about, and PolNeAR's source is
// the clause's subject (train: 20 sources made exact, none unmade). ti
// is the source's first token; the new first token is returned with
// the span.
func withoutRelativeHead(d *doc.Document, a doc.Attribution, sp doc.Span, ti int) (doc.Span, int) {
	if sp.End > a.Cue.Start || !determiners[lowerAt(d, ti)] && lowerAt(d, ti) != "one" {
		return sp, ti
	}
	for k := ti + 1; k < len(d.Tokens) && k <= ti+4 && d.Tokens[k].End < sp.End; k++ {
		t := d.Tokens[k]
		if t.Kind != doc.Word || capitalized(t.Text) {
			return sp, ti
		}
		w := lowerAt(d, k)
		if (w == "kind" || w == "sort" || w == "number") && lowerAt(d, k+1) == "of" {
			k += 2
			w = lowerAt(d, k)
		}
		if !relativeHeads[w] && !(k > ti+1 && (lowerAt(d, k-2) == "kind" || lowerAt(d, k-2) == "sort" || lowerAt(d, k-2) == "number")) {
			continue
		}
		n := k + 1
		if n < len(d.Tokens) && d.Tokens[n].End <= sp.End && (capitalized(d.Tokens[n].Text) && d.Tokens[n].Kind == doc.Word || subjectPronouns[lowerAt(d, n)]) {
			return doc.Span{Start: d.Tokens[n].Start, End: sp.End}, n
		}
		return sp, ti
	}
	return sp, ti
}

// relativeHeads are the nouns that most often head a relative clause
// without a pronoun in reporting: a time, a reason, a manner, a thing
// said or shown.
var relativeHeads = set("moment", "reason", "way", "thing", "things", "one", "ones", "point", "word", "words", "message", "tactic",
	"place", "time", "day", "days", "agenda", "photo", "argument", "case", "question", "issue", "story", "idea", "honor", "dynamic",
	"plan", "policy", "line", "remark", "comment", "comments", "claim", "approach", "strategy", "image", "video", "picture")

// leadingConjunctions open a sentence before its subject.
var leadingConjunctions = set("but", "and", "yet", "so")

// sentenceAdverbs open a sentence with a comma after them and are no
// name ("Rather, sources close to her say").
var sentenceAdverbs = set("rather", "sure", "already", "offstage", "onstage", "again", "yes", "no", "well", "so", "thus")

// appositiveSource reports whether the source sp, opening at token ti
// after a name and its comma, reads as an appositive (an indefinite or
// definite noun phrase, a bare title, an age) or as the rest of a list
// ("Lowe and Ota"), not as a relative pronoun or a new subject.
func appositiveSource(d *doc.Document, ti int, sp doc.Span) bool {
	t, w := d.Tokens[ti], lowerAt(d, ti)
	switch {
	case relativePronouns[w]:
		return false
	case t.Kind == doc.Number || appositiveOpens(d, ti):
		return true
	case w == "the" && ti+1 < len(d.Tokens) && !capitalized(d.Tokens[ti+1].Text):
		return true
	case t.Kind == doc.Word && !capitalized(t.Text) && !determiners[w] && !subjectPronouns[w]:
		return true
	}
	for k := ti + 1; k < len(d.Tokens) && d.Tokens[k].End <= sp.End; k++ {
		if lowerAt(d, k) == "and" {
			return true
		}
	}
	return false
}

// appositiveOpens reports whether token k, after the comma that follows
// a source, opens an appositive of that source: an indefinite noun
// phrase ("a pollster"), "one of …", a relative pronoun, a bare title
// before a preposition ("director of the survey center"), a list
// ("including …") or a party and state ("R-Ohio").
func appositiveOpens(d *doc.Document, k int) bool {
	if k >= len(d.Tokens) || d.Tokens[k].Kind != doc.Word {
		return false
	}
	w := lowerAt(d, k)
	switch {
	case appositiveWords[w] || listAppositive[w]:
		return true
	case len(w) > 2 && w[1] == '-' && strings.ContainsRune("rdi", rune(w[0])):
		return true
	}
	return !capitalized(d.Tokens[k].Text) && k+1 < len(d.Tokens) && titlePreps[lowerAt(d, k+1)]
}

// appositiveWords open an appositive noun phrase or relative clause.
var appositiveWords = set("a", "an", "one", "another", "who", "which", "whose")

// titlePreps follow a bare title in an appositive ("director of",
// "spokesman for", "analyst at").
var titlePreps = set("of", "for", "at")

// dashAppositive reads "X — appositive — said": PolNeAR's source takes
// the appositive between dashes along ("Many speakers at the service —
// including …— said"; train: 15 such sources made exact, none unmade), unless a
// clause opens it, when only
// auxiliaries and adverbs stand between the closing dash and the cue. e is
// the name's last token.
func dashAppositive(d *doc.Document, a doc.Attribution, sp doc.Span, e int) doc.Span {
	open := d.Tokens[e+1].Text
	if w := lowerAt(d, e+2); dashAsides[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
		// "Joyce — who is listed as an attorney — said", "Murphy —
		// after a knock on wood — said": an aside, not a name for the
		// source.
		return sp
	}
	for k := e + 2; k < len(d.Tokens) && d.Tokens[k].End <= a.Cue.Start && k-e < 40; k++ {
		if d.Tokens[k].Kind == doc.QuoteMark {
			return sp
		}
		if d.Tokens[k].Text != open {
			continue
		}
		for j := k + 1; j < len(d.Tokens) && d.Tokens[j].End <= a.Cue.Start; j++ {
			w := lowerAt(d, j)
			if !(cueAux[w] || leftSkip[w] || len(w) > 4 && strings.HasSuffix(w, "ly") || controlVerbs[w] || w == "to") {
				return sp
			}
		}
		sp.End = d.Tokens[k-1].End
		return sp
	}
	return sp
}

// dashAsides open a clause between dashes that PolNeAR leaves out of the
// source.
var dashAsides = set("who", "whose", "whom", "which", "after", "before", "now", "when", "while", "because", "since", "if",
	"although", "though", "as", "despite")

// appositiveBeforeCue reads "X, appositive, said": the source extends to
// the comma that closes the appositive, when only auxiliaries and
// adverbs follow it. e is the name's last token. The closing comma is
// the first one that only such words follow, so an appositive with
// commas of its own comes along whole ("X, 21, a student from Reno,
// said", "X, the port's lawyer, treasurer and strategist, said"; train:
// 27 sources made exact, 4 unmade).
func appositiveBeforeCue(d *doc.Document, a doc.Attribution, sp doc.Span, e int) doc.Span {
	for k := e + 2; k < len(d.Tokens) && d.Tokens[k].End <= a.Cue.Start && k-e < 40; k++ {
		if d.Tokens[k].Kind == doc.QuoteMark && !inWordMark(d, k) {
			return sp
		}
		if d.Tokens[k].Text != "," {
			continue
		}
		if closes, ok := closesAppositive(d, a, e, k); ok {
			if closes {
				sp.End = d.Tokens[k-1].End
			}
			return sp
		}
	}
	return sp
}

// closesAppositive reports whether the comma at token k closes the
// appositive after the name that ends at token e: only auxiliaries,
// adverbs and control verbs stand between it and the cue, or the verb of
// the name's own clause (verbAfterAppositive). ok is false when the
// words after the comma go on with the appositive, so that a later comma
// may close it.
func closesAppositive(d *doc.Document, a doc.Attribution, e, k int) (closes, ok bool) {
	for j := k + 1; j < len(d.Tokens) && d.Tokens[j].End <= a.Cue.Start; j++ {
		w := lowerAt(d, j)
		if cueAux[w] || leftSkip[w] || len(w) > 4 && strings.HasSuffix(w, "ly") || controlVerbs[w] || w == "to" || appositiveTime[w] || timeWords[w] || timeNouns[w] {
			continue
		}
		if verbAfterAppositive(d, j, a) {
			return !relativePronouns[lowerAt(d, e+2)], true
		}
		return false, false
	}
	return true, true
}

// appositiveTime are the grammar words of a time between an appositive
// and its cue ("X, the party chairman, this past week announced").
var appositiveTime = set("on", "this", "past", "last", "earlier")

// verbAfterAppositive reports whether word k, after "X, appositive," and
// before the cue, is the verb of X's clause: a participle or a second
// verb took X from that clause ("Ann Lowe, the port's director, toured
// the pier, saying …"), and its source is X with the appositive, as the
// clause's own cue has it. (A relative clause there stays out: train, 5
// such sources exact without it, 2 with it.)
func verbAfterAppositive(d *doc.Document, k int, a doc.Attribution) bool {
	if a.Rule != "pre-cue+previous" && a.Rule != "pre-cue+subject" || d.Tokens[k].Kind != doc.Word || capitalized(d.Tokens[k].Text) {
		return false
	}
	w := lowerAt(d, k)
	_, isCue := cueForms[w]
	return isCue || pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// relativePronouns open a relative clause.
var relativePronouns = set("who", "whose", "which", "whom")

// clauseAfterCue reads “…,” said X, a professor at Y.: the source runs
// to the clause's end, or to a participle that starts a new clause
// (“…,” said X, adding …). e is the name's last token.
func clauseAfterCue(d *doc.Document, sp doc.Span, e int) doc.Span {
	k := e + 2
	relative := false // a relative clause opened since the last comma
	for ; k < len(d.Tokens) && k-e < 30; k++ {
		t := d.Tokens[k]
		if inWordMark(d, k) {
			// "editor of Harbor.com", "Sen. Ann Lowe, R-N.H.", "head of
			// the skippers’ union": the mark is inside a word.
			continue
		}
		if t.Kind == doc.QuoteMark || t.Text == "." || t.Text == ";" || t.Text == "?" || t.Text == "!" || t.Text == "," && k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == doc.QuoteMark {
			break
		}
		lw := lowerAt(d, k)
		if t.Text == "," {
			relative = false
		} else if relativePronouns[lw] || lw == "that" {
			relative = true
		}
		if cf, isCue := cueForms[lw]; isCue && cf.ing && t.Kind == doc.Word && !capitalized(t.Text) && lw != "who" && !relative {
			// (A participle inside a relative clause is its verb's:
			// "a skipper who is now advising the port".)
			break
		}
		if t.Text == "," && k > e+2 && k+1 < len(d.Tokens) && clauseAfterComma(d.Tokens[k+1]) {
			// "…,” said Jim Lowe, a skipper, told the Gazette …", "…,
			// said Ann Ruiz, 59, after the vote": a verb, adjunct or
			// conjunction after a later comma ends the appositive.
			break
		}
	}
	if k > e+2 {
		sp.End = d.Tokens[k-1].End
	}
	return sp
}

// inWordMark reports whether the mark at token k lies inside a word: a
// full stop between letters with no space ("Harbor.com", "N.H."), or a
// plural's possessive apostrophe before a word ("the skippers’
// nominee").
func inWordMark(d *doc.Document, k int) bool {
	if k == 0 || k+1 >= len(d.Tokens) {
		return false
	}
	t, prev, next := d.Tokens[k], d.Tokens[k-1], d.Tokens[k+1]
	if prev.Kind != doc.Word || prev.End != t.Start {
		return false
	}
	switch t.Text {
	case ".":
		return next.Kind == doc.Word && next.Start == t.End
	case "\u2019", "'":
		return strings.HasSuffix(prev.Text, "s") && next.Kind == doc.Word && next.Start > t.End && !capitalized(next.Text)
	}
	return false
}

// clauseAfterComma reports whether token t, after a comma inside an
// appositive, opens something else: a verb (a cue form, an auxiliary, an
// -ed participle) or a subordinator.
func clauseAfterComma(t doc.Token) bool {
	if t.Kind != doc.Word || capitalized(t.Text) {
		return false
	}
	w := lower(t.Text)
	if w == "then" || w == "now" {
		// "Leon Panetta, then the C.I.A. director,"
		return false
	}
	_, isCue := cueForms[w]
	return isCue || cueAux[w] || appositiveEnders[w] || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// appositiveEnders open a clause or an adjunct after an appositive's
// comma. ("and", "or" and most prepositions go on inside it: "the former
// secretary of state, senator, and first lady".)
var appositiveEnders = set("is", "was", "are", "were", "doesn't", "doesn’t", "but", "after", "before", "without", "during",
	"while", "when", "since")

var nonAppositive = set("meanwhile", "however", "though", "too", "as", "in", "on", "at", "for", "after", "before", "when", "while", "himself", "herself", "themselves", "itself", "then", "now", "also", "still", "again", "so", "if", "because", "though", "although", "once", "like", "unlike", "citing", "by", "with", "during", "through", "not", "only", "in")

// listAppositive open an appositive that names members of the source
// ("Six papers, including the Harbor Gazette, said"): PolNeAR's source
// takes it along. ("Others, like the mayor, said" is 4 made exact
// against 1 unmade on train, too few to go against the examples test.)
var listAppositive = set("including")

// refusals are the control verbs whose cue phrase stops at themselves.
var refusals = set("declined", "declines", "refused", "refuses")

// tailStops open a clause after "…, X said," that is not the rest of the
// content: a preposition, a conjunction or a subordinator ("…, he said,
// according to …", "…, she said, while …").
var tailStops = set("according", "with", "without", "before", "though", "although", "not", "again", "after", "as",
	"when", "where", "who", "whom", "which", "from", "during", "than", "if", "and", "but", "or")

// ContentTail returns the rest of a sentence that a post-posed cue
// interrupts ("Talks with the pilots, the mayor said, would resume on
// Monday"): PolNeAR marks it as a second span of the content (train:
// 127 contents made exact, 10 unmade, of 209). A participle after the
// comma ("…, he said, adding …") opens another report, and a stop word
// (tailStops, leadingJunk) another clause.
func ContentTail(d *doc.Document, a doc.Attribution) (doc.Span, bool) {
	if a.Content.Empty() || a.Content.End > a.Cue.Start || !d.View.Indexed(len(d.Tokens)) || quotationBefore(d, a.Content.End) {
		return doc.Span{}, false
	}
	end := CuePhrase(d, a).End
	if sp := SourcePhrase(d, a); sp.End > end {
		end = sp.End
	}
	k := tokenAt(d, nextTokenStart(d, end))
	if k < 0 || k+1 >= len(d.Tokens) || d.Tokens[k].Text != "," || d.View.Sentence[k+1] != d.View.Sentence[k] {
		return doc.Span{}, false
	}
	w := d.View.Lower[k+1]
	if d.Tokens[k+1].Kind != doc.Word || tailStops[w] || leadingJunk[w] || strings.HasSuffix(w, "ing") {
		return doc.Span{}, false
	}
	s := d.Sentences[d.View.Sentence[k]]
	last := s.Last - 1
	for last > k+1 && d.Tokens[last].Kind == doc.Punct {
		last--
	}
	if last <= k+1 {
		return doc.Span{}, false
	}
	return doc.Span{Start: d.Tokens[k+1].Start, End: d.Tokens[last].End}, true
}

// quotationBefore reports whether a content ending at byte end is a
// quotation that closes there (“…,” he said, a hint of frustration in
// his voice.): what follows the cue is the writer's, not the rest of the
// content (train: 10 contents made exact, 3 unmade).
func quotationBefore(d *doc.Document, end int) bool {
	for k := firstTokenFrom(d, end); k < len(d.Tokens) && k-firstTokenFrom(d, end) < 3; k++ {
		switch t := d.Tokens[k]; {
		case t.Kind == doc.QuoteMark:
			return true
		case t.Text != "," && t.Text != "." && t.Text != "?" && t.Text != "!":
			return false
		}
	}
	return false
}

// nextTokenStart returns the start of the first token at or after byte
// b, or -1.
func nextTokenStart(d *doc.Document, b int) int {
	if k := firstTokenFrom(d, b); k < len(d.Tokens) {
		return d.Tokens[k].Start
	}
	return -1
}
