// Package attrib owns the attribution stage: who asserted what, with which
// cue, as a direct, indirect or mixed quote.
//
// Rules find the candidates; a small learned filter (filter.go, trained on
// PolNeAR's training split) then drops the unlikely ones. A cue is a
// reporting or belief verb from the embedded lexicon (cues.txt), "according
// to", "Asked about …," or a headline colon; around each cue the rules find the
// source phrase (the noun phrase before the cue, after it when inverted as
// in “…,” said X, or the clause's subject for "…, saying …") and the
// content: the clause after the cue, or, when the cue and its source close
// the sentence (“…,” he said / CLAUSE, X said.), the quote or clause before
// them. Speaker spans are left unresolved (SpeakerEntity = -1): the entity
// stage maps them to entities.
package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Extract fills d.Attributions. It looks at each token a bounded number of
// times, so it runs in time linear in the text.
func Extract(d *doc.Document) {
	cands := Candidates(d)
	d.Attributions = d.Attributions[:0]
	for _, c := range cands {
		if filter.keep(c.Features) {
			d.Attributions = append(d.Attributions, c.Attribution)
		}
	}
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
// uses it; Extract filters its output.
func Candidates(d *doc.Document) []Candidate {
	d.Attributions = d.Attributions[:0]
	x := newCtx(d)
	var out []Candidate
	for si := range d.Sentences {
		s := d.Sentences[si]
		if d.BodyStart > 0 && s.End <= d.BodyStart || s.Start >= d.BodyEnd {
			continue
		}
		first := len(d.Attributions)
		x.sentence(si)
		for k := first; k < len(d.Attributions); k++ {
			out = append(out, Candidate{d.Attributions[k], x.features(s, first, k)})
		}
	}
	return out
}

// ctx carries per-document lookups shared by the sentence rules.
type ctx struct {
	d     *doc.Document
	lower []string // lower-cased token texts
	// inQuote[i] is true when token i lies inside a quotation, where a
	// cue reports nested speech that PolNeAR and we do not annotate.
	inQuote []bool
	// quoteAt maps a closing or opening mark's byte offset to its quote.
	quoteEnd   map[int]int
	quoteStart map[int]int
	// weak marks the candidates (by index in d.Attributions) that a
	// stricter rule would have dropped, with the rule's name, for the
	// filter to weigh; weakCue carries it out of verbCue.
	weak    map[int]string
	weakCue string
	// ingComma[i] is the first comma (or closing mark after a comma) at
	// or after token i that a participle cue follows ("…, saying"), or
	// -1; computed once so that cutting contents at it stays linear on a
	// 10 MB sentence.
	ingComma []int
}

func newCtx(d *doc.Document) *ctx {
	x := &ctx{d: d, lower: make([]string, len(d.Tokens)), inQuote: make([]bool, len(d.Tokens)),
		quoteEnd: map[int]int{}, quoteStart: map[int]int{}, weak: map[int]string{}}
	for i, t := range d.Tokens {
		x.lower[i] = lower(t.Text)
	}
	ti := 0
	for qi, q := range d.Quotes {
		x.quoteStart[q.Start] = qi
		if q.Closed {
			x.quoteEnd[q.End] = qi
		}
		if q.Nested {
			continue
		}
		for ti < len(d.Tokens) && d.Tokens[ti].Start < q.Inner.Start {
			ti++
		}
		for k := ti; k < len(d.Tokens) && d.Tokens[k].End <= q.Inner.End; k++ {
			x.inQuote[k] = true
		}
	}
	x.ingComma = make([]int, len(d.Tokens))
	next := -1
	for i := len(d.Tokens) - 1; i >= 0; i-- {
		if i+1 < len(d.Tokens) && cueForms[x.lower[i+1]].ing && (d.Tokens[i].Text == "," && !x.inQuote[i] || i > 0 && d.Tokens[i-1].Text == "," && x.isCloseQuote(i)) {
			// (“… a chance,” adding …: the comma inside the marks.)
			next = i
		}
		x.ingComma[i] = next
	}
	return x
}

func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

func (x *ctx) tok(i int) doc.Token { return x.d.Tokens[i] }

func (x *ctx) is(i int, words ...string) bool {
	if i < 0 || i >= len(x.lower) {
		return false
	}
	for _, w := range words {
		if x.lower[i] == w {
			return true
		}
	}
	return false
}

func (x *ctx) isOpenQuote(i int) bool {
	if i < 0 || i >= len(x.d.Tokens) || x.d.Tokens[i].Kind != doc.QuoteMark {
		return false
	}
	_, ok := x.quoteStart[x.d.Tokens[i].Start]
	return ok
}

func (x *ctx) isCloseQuote(i int) bool {
	if i < 0 || i >= len(x.d.Tokens) || x.d.Tokens[i].Kind != doc.QuoteMark {
		return false
	}
	_, ok := x.quoteEnd[x.d.Tokens[i].End]
	return ok
}

// afterQuote reports whether token k closes a quote, or is the comma
// right after one (“…,” X said / “…”, X said).
func (x *ctx) afterQuote(k int) bool {
	return x.isCloseQuote(k) || x.is(k, ",") && x.isCloseQuote(k-1)
}

// openerOf returns the token that opens the quote whose closing mark is
// token j, or -1.
func (x *ctx) openerOf(j int) int {
	if !x.isCloseQuote(j) {
		return -1
	}
	return tokenAt(x.d, x.d.Quotes[x.quoteEnd[x.tok(j).End]].Start)
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// sentence finds the attributions whose cue lies in sentence si.
func (x *ctx) sentence(si int) {
	s := x.d.Sentences[si]
	firstInSentence := len(x.d.Attributions)
	title := x.titleCase(s)
	for i := s.First; i < s.Last; i++ {
		if x.inQuote[i] {
			continue
		}
		t := x.tok(i)
		if t.Text == ":" && i > s.First && i-s.First <= 7 && i+1 < s.Last {
			if a, ok := x.colonCue(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if t.Kind != doc.Word {
			continue
		}
		if x.lower[i] == "asked" && (i == s.First || i == s.First+1 && x.is(s.First, "when", "if")) {
			if a, ok := x.askedIntro(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if x.lower[i] == "asked" && i-1 > s.First && x.is(i-1, "when") {
			if a, ok := x.whenAsked(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if i == s.First && (x.lower[i] == "said" || x.lower[i] == "says" || x.lower[i] == "added") {
			if a, ok := x.saidIntro(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
				continue
			}
		}
		if x.lower[i] == "according" && x.is(i+1, "to") {
			if a, ok := x.accordingTo(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
				i++
			}
			continue
		}
		if x.lower[i] == "to" && (i == s.First || i == s.First+1 && x.is(s.First, "but", "and")) && s.Para > 0 {
			if a, ok := x.toViewpoint(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if x.lower[i] == "reportedly" {
			if a, ok := x.reportedly(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if x.lower[i] == "in" {
			if a, ok := x.inPoll(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		c, ok := x.phraseCue(s, i)
		if !ok {
			c, ok = cueForms[x.lower[i]]
		}
		x.weakCue = ""
		if !ok && x.lower[i] == "reports" && i > s.First && x.tok(i-1).Kind == doc.Word && capitalized(x.tok(i-1).Text) && !title {
			// "reports" is mostly a noun, but after a name it is the
			// verb: "CBS News reports that …", "…, the Chicago Tribune
			// reports." (12 of 18 on train).
			c, ok, x.weakCue = reportsCue, true, "named"
		}
		if !ok || !startsLowerOrFirst(t.Text, i == s.First || title) {
			continue
		}
		if a, ok := x.verbCue(s, i, c, firstInSentence); ok {
			if x.weakCue != "" {
				x.weak[len(x.d.Attributions)] = x.weakCue
			}
			x.d.Attributions = append(x.d.Attributions, a)
		}
	}
}

// reportsCue is the third-person "reports", which the lexicon drops as a
// noun; sentence takes it after a name.
var reportsCue = cue{lemma: "report", class: clauseClass, nouny: true}

// particleVerbs and particleCues are reporting phrasal verbs, whose
// particles PolNeAR's cue takes in ("shot back", "weighed in on",
// "lashed out at"); the verbs alone report nothing. Longer patterns come
// first; "a|b" is either word.
var particleVerbs = map[string]struct {
	lemma     string
	past, ing bool
}{
	"shot": {"shoot", true, false}, "shoots": {"shoot", false, false}, "shooting": {"shoot", false, true},
	"fired": {"fire", true, false}, "fires": {"fire", false, false}, "firing": {"fire", false, true},
	"hit": {"hit", true, false}, "hits": {"hit", false, false}, "hitting": {"hit", false, true},
	"weighed": {"weigh", true, false}, "weighs": {"weigh", false, false}, "weighing": {"weigh", false, true},
	"lashed": {"lash", true, false}, "lashes": {"lash", false, false}, "lashing": {"lash", false, true},
	"spoke": {"speak", true, false}, "speaks": {"speak", false, false}, "speaking": {"speak", false, true},
	"doubled": {"double", true, false}, "doubles": {"double", false, false}, "doubling": {"double", false, true},
	"rail": {"rail", false, false}, "railed": {"rail", true, false}, "rails": {"rail", false, false}, "railing": {"rail", false, true},
}

var particleCues = map[string][]struct {
	parts []string
	class class
}{
	"shoot":  {{[]string{"back"}, clauseClass}},
	"fire":   {{[]string{"back", "at"}, objectClass}, {[]string{"back"}, clauseClass}},
	"hit":    {{[]string{"back", "at"}, objectClass}, {[]string{"back"}, clauseClass}},
	"weigh":  {{[]string{"in", "on"}, objectClass}},
	"lash":   {{[]string{"out", "at|against"}, objectClass}},
	"speak":  {{[]string{"out", "against|about|on"}, objectClass}},
	"double": {{[]string{"down", "on"}, objectClass}},
	// Every "rail" cue on train has its particle; "the national rail
	// operator" is a noun.
	"rail": {{[]string{"against|at|about"}, objectClass}},
}

// makeForms are the forms of "make", which heads the light-verb cues
// "made it clear" and "make the case"; "make" alone reports nothing.
var makeForms = map[string]cue{"make": {}, "makes": {}, "made": {past: true}, "making": {ing: true}}

// phraseCue reads a cue of several words that starts at token i: a light
// verb whose object carries the reporting ("he made it clear that …",
// "she made the case for …", "took issue with …") or "put it" after its
// content ("…, as one voter put it."). PolNeAR's cue is the whole phrase;
// the lexicon, which knows single words, would miss it.
func (x *ctx) phraseCue(s doc.Sentence, i int) (cue, bool) {
	if i+2 >= s.Last {
		return cue{}, false
	}
	w := x.lower[i]
	if f, ok := makeForms[w]; ok {
		switch {
		case x.is(i+1, "it") && x.is(i+2, "clear"):
			f.extra = 2
		case x.is(i+1, "clear") && x.is(i+2, "that", "how", "what", "why", "whether"):
			// (Without "it", only a clause makes it a report: "the signs
			// make clear the way" is not one.)
			f.extra = 1
		case x.is(i+1, "the", "a") && x.is(i+2, "case") && (x.is(i+3, "for", "that", "against") || x.tok(i+3).Kind == doc.Word && i+3 < s.Last && x.is(i+3, "to")):
			f.extra = 2
			f.lemma, f.class = "make the case", clauseClass
			return f, true
		default:
			return cue{}, false
		}
		f.lemma, f.class = "make clear", clauseClass
		return f, true
	}
	if v, ok := particleVerbs[w]; ok {
		for _, pc := range particleCues[v.lemma] {
			n := len(pc.parts)
			if i+n >= s.Last {
				continue
			}
			match := true
			for p, part := range pc.parts {
				if !x.is(i+1+p, strings.Split(part, "|")...) {
					match = false
					break
				}
			}
			if match {
				return cue{lemma: v.lemma + " " + pc.parts[0], class: pc.class, past: v.past, ing: v.ing, extra: n}, true
			}
		}
	}
	if (w == "took" || w == "take" || w == "takes" || w == "taking") && x.is(i+1, "issue") && x.is(i+2, "with") && i+3 < s.Last {
		return cue{lemma: "take issue", class: objectClass, past: w == "took", ing: w == "taking", extra: 2}, true
	}
	if (w == "put" || w == "puts") && x.is(i+1, "it") && i > s.First && !x.is(i-1, "to") {
		// Only where it closes its clause or opens a quote with a
		// colon ("as Smith put it: “…”"): "put it on the table" is no
		// report.
		if k := x.skipPutManner(s, i+2); x.endsClause(s, k) || x.is(k, ":") {
			return cue{lemma: "put it", class: postClass, extra: 1}, true
		}
	}
	return cue{}, false
}

// skipPutManner skips the manner words after "put it" ("put it
// bluntly", "put it this way") that still belong to the clause.
func (x *ctx) skipPutManner(s doc.Sentence, k int) int {
	if x.is(k, "this", "that") && x.is(k+1, "way") {
		return k + 2
	}
	if k < s.Last && strings.HasSuffix(x.lower[k], "ly") && len(x.lower[k]) > 4 {
		return k + 1
	}
	return k
}

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

// titleCase reports whether s is a title-case headline ("Former Clinton
// Pollster Says Clinton Is In Trouble"), where a cue verb is capitalized
// too: at least five words, nearly all capitalized.
func (x *ctx) titleCase(s doc.Sentence) bool {
	if s.Para != 0 {
		return false
	}
	words, caps := 0, 0
	for k := s.First; k < s.Last; k++ {
		if x.tok(k).Kind != doc.Word {
			continue
		}
		words++
		if capitalized(x.tok(k).Text) {
			caps++
		}
	}
	return words >= 5 && caps*10 >= words*8
}

func startsLowerOrFirst(w string, first bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) || first
}

// determiners and possessives before a cue form make it a noun or an
// adjective ("the reported deal", "his claims").
var determiners = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no", "any", "some", "such", "every", "each", "another")

// standalone determiners can be a whole source: "another said".
var standalone = set("that", "another", "some", "each", "both", "any")

// leftSkip are auxiliaries and adverbs between a source and its cue.
var leftSkip = set("also", "however", "though", "here", "too", "has", "have", "had", "'s", "’s", "'ve", "’ve", "would", "will", "could", "may", "might", "should", "must", "did", "does", "do", "never", "later", "previously", "once", "now", "then", "just", "already", "often", "long", "since", "still", "even", "again", "further", "first", "earlier", "since", "not", "always", "ultimately", "all", "both", "too", "in", "turn", "at", "least", "personally", "himself", "herself", "themselves", "itself")

// progressive are the copulas of a progressive cue ("is saying").
var progressive = set("is", "are", "was", "were", "am", "be", "been", "’s", "'s", "’re", "'re", "’m", "'m")

// negatedAux are the contracted negative auxiliaries between a source
// and its cue ("He doesn't believe …", "the mayor didn't say whether …").
var negatedAux = set("didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "haven't", "haven’t",
	"hadn't", "hadn’t", "won't", "won’t", "wouldn't", "wouldn’t", "can't", "can’t", "cannot", "couldn't", "couldn’t",
	"shouldn't", "shouldn’t", "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "weren't", "weren’t")

// notAdverbs end in -ly but are nouns that head a source ("the family").
var notAdverbs = set("family", "ally", "rally", "assembly", "supply", "reply", "italy", "july", "anomaly", "monopoly", "bully", "daily", "weekly", "monthly", "quarterly", "fly")

func (x *ctx) skippableLeft(i int) bool {
	w := x.lower[i]
	if leftSkip[w] || negatedAux[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w] && !capitalized(x.tok(i).Text)
}

// verbCue builds the attribution around cue verb i.
func (x *ctx) verbCue(s doc.Sentence, i int, c cue, firstInSentence int) (doc.Attribution, bool) {
	// r is the cue's last token: a phrase cue ("made it clear", "put it")
	// runs past the verb.
	r := i + c.extra
	a := doc.Attribution{SpeakerEntity: -1, Lemma: c.lemma, Cue: doc.Span{Start: x.tok(i).Start, End: x.tok(r).End}}
	// Left of the cue: skip auxiliaries and adverbs to the source, and a
	// verb that takes the cue as its infinitive ("declined to define").
	j := i - 1
	control := false
	infinitive := false
	if x.is(j, "to") && j-1 >= s.First && controlVerbs[x.lower[j-1]] {
		j -= 2
		control = true
	} else if x.is(j, "to") && !c.past {
		// "companies are taking pains to say", "Trump went on to
		// name": the subject before the chain is the source.
		if k, ok := x.infinitiveChain(s, j-1); ok {
			j, infinitive = k, true
		}
	}
	for j >= s.First && x.d.Tokens[j].Kind == doc.Word && (x.skippableLeft(j) || c.ing && progressive[x.lower[j]]) {
		// ("Cruz is protesting …", "the group was urging …": a
		// progressive's copula stands between the source and the cue.)
		j--
	}
	if j >= s.First && determiners[x.lower[j]] && !standalone[x.lower[j]] {
		return a, false
	}
	if c.nouny && !x.verbalLeft(s, i, j) {
		// A form that is mostly a noun here ("the claims", "GOP
		// support"): a weak candidate, which the filter weighs.
		if j < s.First || determiners[x.lower[j]] || possessive(x.lower[j]) || !strings.HasSuffix(x.lower[j], "s") || j > s.First && determiners[x.lower[j-1]] {
			// (Only a plural noun may be its subject: "union members
			// support", not "the most support".)
			return a, false
		}
		x.weakCue = "nouny"
	}
	if c.lemma == "seem" || c.lemma == "appear" {
		// "Trump seemed to overstay his welcome", "the team appeared
		// paralyzed": the writer's impression, with no source; PolNeAR
		// takes the subject into the content (on train 158 of 181
		// such cues have no source). "appeared on Fox News" and
		// "appeared at a rally" report nothing.
		if r+1 < s.Last && prepositions[x.lower[r+1]] && !x.is(r+1, "to", "like") {
			return a, false
		}
		return x.passive(s, i, j, a)
	}
	if i-1 >= s.First && ((!c.ing || x.lower[i-1] != "by") && prepositions[x.lower[i-1]] && x.lower[i-1] != "to" || determiners[x.lower[i-1]] && !(standalone[x.lower[i-1]] && !c.ing && (!c.past || x.subjectStart(s, i-1))) || possessive(x.lower[i-1])) {
		// "of pledged delegates", "the reported deal"
		return a, false
	}
	if x.is(i-1, "to") && !control && !infinitive || x.is(x.passiveAux(s, i), "be", "been", "being", "is", "are", "was", "were") && c.past {
		// "expected to say", "was reported": infinitives and passives
		// are someone else's report; the passive with "by" is handled
		// below.
		if !(x.is(r+1, "by")) {
			if x.is(i-1, "to") {
				return a, false
			}
			return x.passive(s, i, j, a)
		}
	}
	// Right of the cue: the content, unless the cue is post-posed.
	k := r + 1
	titleComma := false // the addressee's closing mark holds the clause's comma
	if c.class == tellClass {
		if end, ok := x.quotedTitle(s, k); ok && (x.is(end-2, ",") || x.closesAfter(s, end, &a)) {
			// “…,” the nominee told “Fox and Friends” after …, and
			// told “Fox and Friends,” reminding …
			a.Addressee = x.d.Slice(doc.Span{Start: x.tok(k).Start, End: x.tok(end - 1).End})
			k = end
			titleComma = x.is(end-2, ",")
		} else if end, ok := x.addressee(s, k); ok {
			a.Addressee = x.d.Slice(doc.Span{Start: x.tok(k).Start, End: x.tok(end - 1).End})
			k = end
		} else if end := x.nounPhraseRight(s, k); end > k && x.closesAfter(s, end, &a) {
			// “…,” Trump told ABC's This Week.
			a.Addressee = x.d.Slice(doc.Span{Start: x.tok(k).Start, End: x.tok(end - 1).End})
			k = end
		} else if end := x.nounPhraseRight(s, k); c.lemma == "tell" && end > k && end < s.Last && x.tok(end).Kind == doc.Word {
			// "told The Star-Ledger last week she would rather …"
			a.Addressee = x.d.Slice(doc.Span{Start: x.tok(k).Start, End: x.tok(end - 1).End})
			k = end
		} else if c.lemma == "tell" && !x.endsClause(s, k) {
			return a, false
		}
	}
	if c.lemma == "complain" && x.is(k, "of", "about") || c.lemma == "warn" && x.is(k, "of", "against") ||
		c.lemma == "refer" && x.is(k, "to") || c.lemma == "point" && x.is(k, "to", "out") || c.lemma == "talk" && x.is(k, "about") ||
		c.lemma == "respond" && x.is(k, "to") || c.lemma == "make the case" && x.is(k, "for", "against") || c.lemma == "call" && x.is(k, "on", "upon") && !x.endsClause(s, k+1) ||
		(c.lemma == "speak" && x.is(k, "about", "of") || c.lemma == "agree" && x.is(k, "with") || c.lemma == "vote" && x.is(k, "for", "against")) && !x.endsClause(s, k+1) {
		k++
	}
	k = x.skipAdverbials(s, k, &a)
	if k > r+1 && !x.is(k-1, "that") {
		if end, ok := x.quotedTitle(s, k); ok && x.titleWords(k+1, end-1) && x.endsClause(s, end) {
			// "said in May on the podcast “Here’s the Thing.”": the
			// quote names the programme.
			k = end
		}
	}
	postposed, isDirect := false, false
	var right doc.Span
	if x.endsClause(s, k) || titleComma {
		postposed = true
	} else if x.is(k, "by") && x.is(i-1, "be", "been", "is", "are", "was", "were") {
		// Passive: "it was announced by X that ..."
		end := x.nounPhraseRight(s, k+1)
		if end > k+1 {
			right = doc.Span{Start: x.tok(k + 1).Start, End: x.tok(end - 1).End}
			k = x.skipAdverbials(s, end, &a)
			if x.endsClause(s, k) {
				postposed = true
			}
		}
	}
	// The source.
	var left doc.Span
	lb := j // token before the left source, or the source's right end
	if j >= s.First {
		left, lb = x.nounPhraseLeft(s, j)
	}
	inverted := false
	if left.Empty() && right.Empty() && (j < s.First || x.is(j, ",") || x.isCloseQuote(j) || isDash(x.tok(j).Text)) {
		if np, before, ok := x.citingSource(s, j); ok {
			left, lb = np, before
		} else if rel, role, before, ok := x.relativeSource(s, j); ok {
			left, a.Role, lb = rel, role, before
		} else if np, before, ok := x.dashAppositive(s, j); ok {
			left, lb = np, before
		} else if end := x.nounPhraseRight(s, r+1); end > r+1 && !c.ing {
			// “…,” said X.
			k2 := x.skipAdverbials(s, end, &a)
			afterQuote := x.afterQuote(j)
			if x.endsClause(s, k2) || x.adjunctToEnd(s, k2) || x.is(k2, ",") && (x.isOpenQuote(k2+1) || afterQuote) || afterQuote && x.is(k2, "who", "whose") {
				// (“…,” said X, angered that …; “…,” said one source
				// who …: after a quote the cue is post-posed.)
				right = doc.Span{Start: x.tok(r + 1).Start, End: x.tok(end - 1).End}
				k, inverted, postposed = k2, true, true
			}
		}
	}
	if left.Empty() && right.Empty() && !postposed && !c.ing && j >= s.First && x.is(j, "who", "which", "that") && !(j == s.First && x.is(j, "that")) {
		// "voters who care most about health care", "a law that
		// allows …": PolNeAR's source is the relative pronoun itself.
		left, lb = x.tok(j).Span, j-1
	}
	if !postposed && !left.Empty() && (lb < s.First || x.is(lb, ",") || x.isCloseQuote(lb)) && x.adjunctToEnd(s, k) &&
		!(x.is(k, "to") && (c.class == objectClass || infinitiveTakers[c.lemma])) {
		// ("Clinton wants to bring back …" and "Jolly hopes to work …"
		// take an infinitive, not an adjunct.)
		// “…,” she said of her talk with him.
		postposed = true
	}
	if !postposed && right.Empty() && !left.Empty() && lb >= s.First && x.afterQuote(lb) &&
		k < s.Last && (prepositions[x.lower[k]] || x.is(k, "as", "while", "before", "after", "during")) {
		// “…,” Sanders said in an interview with CNN's Gloria Borger
		// aired Monday: after a quote, a cue followed by a prepositional
		// frame that runs on reports the quote, not the frame.
		postposed = true
	}
	if !postposed && (lb >= s.First && x.isCloseQuote(lb) || inverted) && x.is(k, ",") && x.isOpenQuote(k+1) {
		// “We are not afraid,” the activist said, “and we will
		// return.”: the first quote is the content.
		postposed = true
	}
	if postposed && x.d.Slice(left) != "" && relativePronoun(x.d.Slice(left)) {
		// "The spokesman, who spoke from Geneva, said …": a relative
		// clause has no content before it.
		return a, false
	}
	if c.ing && !left.Empty() && (lb >= s.First && !x.is(lb, ",", "with", "and", "but") && !x.isCloseQuote(lb) || x.documentAct(i)) {
		// "Carr released a statement saying …": the phrase before a
		// participle is the verb's object; the subject speaks. (The
		// noun-phrase reader runs on through "The company issued a
		// statement", so the document's verb decides too.)
		left = doc.Span{}
	}
	if left.Empty() && right.Empty() && (c.ing || x.is(j, "and", "but") || x.is(j, ",")) {
		// "…, saying …", "did not comment but urged …": the subject of
		// the clause, or of the sentence's previous attribution.
		if n := len(x.d.Attributions); n > firstInSentence && !x.d.Attributions[n-1].Speaker.Empty() {
			left = x.d.Attributions[n-1].Speaker
		} else {
			left = x.SubjectOf(s)
		}
		lb = -1
	}
	a.Speaker = left
	if !right.Empty() {
		a.Speaker = right
	}
	if a.Speaker.Empty() && !postposed {
		return a, false
	}
	if c.class == strictClause && !postposed && !(x.is(k, "that") || x.is(k, ":") || x.isOpenQuote(k)) && (k >= s.Last || x.tok(k).Kind != doc.Word || prepositions[x.lower[k]]) && !(findings[c.lemma] && j >= s.First && evidenceNouns[x.lower[j]]) {
		// A bare object is the content ("voters know the risks",
		// "she mentioned the deal": PolNeAR annotates them), but a
		// tally or an adverbial is not ("voted 7-2 on Tuesday"). A
		// preposition may still open the content: a weak candidate.
		if !(k < s.Last && prepositions[x.lower[k]] && !x.is(k, "on", "in", "at", "by", "during", "than")) {
			return a, false
		}
		x.weakCue = "strict"
	}
	if postposed && !inverted && right.Empty() && (lb < s.First && (left.Empty() || left.Start == x.tok(s.First).Start) || lb >= s.First && x.is(lb, "but", "and", "so") && !x.isCloseQuote(k-1)) && x.is(k, ",") && k+1 < s.Last && !x.isOpenQuote(k+1) {
		// "Rubio says, win or lose, he's staying", "Comey described,
		// in blistering terms, a set of …": nothing comes before the
		// source, so the content follows the comma.
		postposed = false
		k++
	}
	if c.class == objectClass && postposed && c.lemma != "ask" && c.lemma != "respond" && !(c.lemma == "point" && x.is(r+1, "out")) {
		// ("“…,” he points out": the particle leaves the verb no object.)
		return a, false
	}
	if c.class == postClass && !postposed && !(x.is(k, ":", "that") || x.is(k, ",") && x.isOpenQuote(k+1) || x.isOpenQuote(k)) {
		// "He continued: “…”" and "She continued, “…”" open their quote.
		return a, false
	}
	if c.ing && postposed && !inverted && right.Empty() && x.is(k, ",") && x.isOpenQuote(k+1) {
		// "… “doesn't have a chance,” adding, “Kasich's problem is
		// …”": a participle's quote follows its comma.
		postposed = false
		k++
	}
	if c.ing && postposed {
		return a, false
	}
	if postposed && lb >= s.First && x.is(lb, "as") && right.Empty() && !inverted {
		// "as Comey noted, people involved …" and "…, as Comey
		// noted.": the rest of the sentence, or what came before.
		if x.is(k, ",") && k+1 < s.Last {
			a.Content, isDirect = x.contentAfter(s, k+1)
		} else if b := lb - 1; b > s.First {
			if x.is(b, ",") {
				b--
			}
			a.Content = x.trimEnd(doc.Span{Start: x.tok(s.First).Start, End: x.tok(b).End})
		}
		if a.Content.Empty() {
			return a, false
		}
	} else if postposed {
		before := lb
		if inverted || !right.Empty() && left.Empty() {
			before = j
			if !right.Empty() && !inverted {
				before = lb
			}
		}
		content, direct, ok := x.contentBefore(s, before)
		if !ok {
			return a, false
		}
		a.Content, isDirect = content, direct
	} else {
		if adjuncts[x.lower[k]] {
			// "said Sunday in Madison, Wisconsin, that …": the content
			// starts after the adjunct's "that".
			for f := k + 1; f < s.Last && f-k <= 12 && x.tok(f).Kind != doc.QuoteMark; f++ {
				if x.is(f, "that") && x.is(f-1, ",") {
					k = f
					break
				}
			}
		}
		if x.is(k, "that") && !x.is(k+1, "is", "was", "has", "had", "would", "will", "can", "could", "does", "did", "might", "should", "'s", "’s", "may", "must", "seems", "makes", "means") {
			k++
		}
		colon := x.is(k, ":")
		if colon || x.is(k, ",") && x.isOpenQuote(k+1) {
			k++
		}
		if k >= s.Last {
			// "Breitbart News responded:" closing a paragraph: the
			// quote that opens the next one.
			if !colon || k >= len(x.d.Tokens) {
				return a, false
			}
			if x.isOpenQuote(k) {
				q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
				a.Content, isDirect = x.trimEnd(q.Inner), true
			} else if pi := x.paraOf(x.tok(k).Start); pi < len(x.d.Paragraphs) && pi > s.Para && x.d.Paragraphs[pi].Start == x.tok(k).Start {
				// "In a speech last July, he said:" and a block quote
				// without marks as the next paragraph.
				a.Content, isDirect = x.trimEnd(x.d.Paragraphs[pi]), true
			} else {
				return a, false
			}
		} else {
			a.Content, isDirect = x.contentAfter(s, k)
			a.Content = x.closeRelative(s, a.Speaker, a.Content)
			if c.ing && x.isOpenQuote(k) {
				// "Lowe, citing “the ferry’s record,” said …": the
				// participle's object is the quote; the main verb
				// after it has a content of its own.
				q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
				if e := tokenAt(x.d, q.Inner.End); q.Closed && e >= 0 && e+1 < s.Last && cueForms[x.lower[e+1]].lemma != "" {
					a.Content, isDirect = x.trimEnd(q.Inner), true
				}
			}
		}
	}
	if a.Content.Empty() || (c.lemma == "decline" || c.lemma == "refuse") && x.refusalToSpeak(k) || (c.lemma == "respond" || c.lemma == "reply" || c.lemma == "answer" || c.lemma == "return") && commentRequest(x.d.Slice(a.Content)) {
		// "did not respond to a request for comment" says nothing;
		// PolNeAR leaves it out.
		return a, false
	}
	x.prefixChannel(s, &a)
	x.describe(&a, isDirect)
	return a, true
}

// closeRelative ends the content of a cue inside a non-restrictive
// relative clause at the clause's closing comma: in "Shah, who had
// opposed the plan, said the budget was fair", what follows the comma is
// the main clause's, not the relative's.
func (x *ctx) closeRelative(s doc.Sentence, speaker, content doc.Span) doc.Span {
	w := tokenAt(x.d, speaker.Start)
	if w <= s.First || speaker.End != x.tok(w).End || !x.is(w, "who", "which") || !x.is(w-1, ",") {
		return content
	}
	for k := tokenAt(x.d, content.Start); k >= 0 && k < s.Last && x.tok(k).Start < content.End; k++ {
		if x.isOpenQuote(k) {
			// A comma inside a quotation does not close the clause.
			q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
			for k+1 < s.Last && x.tok(k+1).Start < q.End {
				k++
			}
			// …unless it ends the quotation: “late, but welcome,” said.
			if q.Closed && strings.HasSuffix(strings.TrimSpace(x.d.Slice(q.Inner)), ",") && k+1 < s.Last && x.tok(k+1).Kind == doc.Word && q.End <= content.End {
				return doc.Span{Start: content.Start, End: q.End}
			}
			continue
		}
		if x.is(k, ",") && k+1 < s.Last && x.tok(k+1).Kind == doc.Word {
			return x.trimEnd(doc.Span{Start: content.Start, End: x.tok(k).Start})
		}
	}
	return content
}

// infinitiveTakers are the clause-taking cues whose "to" after them opens
// an infinitive content, not an adjunct ("hopes to win" against "said to
// reporters").
var infinitiveTakers = set("hope", "promise", "pledge", "vow", "agree", "threaten", "claim", "plan", "intend", "aim",
	"expect", "want", "decide", "decline", "refuse", "offer", "seek", "try", "prefer", "wish", "urge", "vote", "swear")

// infinitiveChain walks left from k over the few lower-case words between
// a subject and "to" ("are generally more likely", "went on", "started")
// and returns the token that ends the subject.
func (x *ctx) infinitiveChain(s doc.Sentence, k int) (int, bool) {
	n := 0
	for ; k >= s.First && n < 4; k, n = k-1, n+1 {
		t := x.tok(k)
		w := x.lower[k]
		if t.Kind != doc.Word || capitalized(t.Text) || subjectPronouns[w] || determiners[w] || possessive(w) ||
			prepositions[w] && w != "on" || boundary[w] && !chainAux[w] {
			break
		}
	}
	if n == 0 || k < s.First || x.tok(k).Kind != doc.Word {
		return 0, false
	}
	if np, _ := x.nounPhraseLeft(s, k); np.Empty() {
		return 0, false
	}
	return k, true
}

// chainAux are the boundary words a chain before an infinitive may hold.
var chainAux = set("is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would", "can",
	"could", "should", "may", "might", "must", "not", "also", "even", "then", "once", "do", "does", "did", "on")

// endsClause reports whether token k ends the clause that holds a cue: the
// sentence ends, or a comma follows (“…,” he said, “…”).
func (x *ctx) endsClause(s doc.Sentence, k int) bool {
	if k >= s.Last {
		return true
	}
	t := x.tok(k)
	if t.Kind == doc.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ";") {
		return true
	}
	if t.Text == "," {
		// "…, X said, adding …" and "…, he said, “…”" close the clause;
		// "X said, however, that …" does not.
		return !(x.is(k+1, "however", "though") || x.is(k+2, "that") && !x.isIng(k+1) || x.isOpenQuote(k+1))
	}
	return false
}

// addressee returns the end of the addressee phrase that starts at k, for
// "told AFP that …", "told reporters: …", "told him …".
func (x *ctx) addressee(s doc.Sentence, k int) (int, bool) {
	if k >= s.Last || x.tok(k).Kind != doc.Word || x.is(k, "that") {
		return 0, false
	}
	for e := k + 1; e < s.Last && e <= k+10; e++ {
		t := x.tok(e)
		if t.Text == "(" && e+2 < s.Last && x.tok(e+2).Text == ")" {
			// "told the Associated Press (AP), “…”"
			e += 2
			continue
		}
		if x.is(e, "that") || t.Text == ":" || x.isOpenQuote(e) || x.is(e, "to") && e > k {
			return e, true
		}
		if t.Text == "," && (x.isOpenQuote(e+1) || x.is(e+1, "that")) {
			return e, true
		}
		if t.Kind != doc.Word && t.Kind != doc.Number {
			break
		}
		if isPronoun(x.lower[k]) && e == k+1 {
			// "told him the plan was dead": the pronoun is the addressee.
			return e, true
		}
		if subjectPronouns[x.lower[e]] && x.lower[e] != "it" && x.lower[e] != "you" && x.lower[e] != "who" {
			// "told POLITICO he’ll work full-time to …": a subject
			// pronoun opens the content.
			return e, true
		}
		if e > k+1 && (possessive(x.lower[e]) && !capitalized(t.Text) || x.is(e, "the", "a", "an")) && capitalized(x.tok(e-1).Text) {
			// "told the AP her group never …": a new noun phrase opens
			// the content. ("told BBC Radio Four’s Any Questions": a
			// capitalized possessive goes on with the name.)
			return e, true
		}
		if cueForms[x.lower[e]].lemma != "" && !capitalized(t.Text) || boundary[x.lower[e]] {
			// ("told The Huffington Post: …": a name, not a cue.)
			break
		}
	}
	if x.tok(k).Kind == doc.Word && (isPronoun(x.lower[k]) || x.is(k, "reporters", "journalists")) {
		return k + 1, true
	}
	return 0, false
}

// closesAfter reports whether the clause ends after the phrase that ends
// at k, past any date or channel ("told ABC's This Week on Sunday.").
func (x *ctx) closesAfter(s doc.Sentence, k int, a *doc.Attribution) bool {
	k = x.skipAdverbials(s, k, a)
	return x.endsClause(s, k) || x.adjunctToEnd(s, k)
}

// quotedTitle returns the end of a short quoted title that opens at k, a
// programme or a paper ("told “Fox and Friends”"): at most six words, the
// first capitalized, with the closing mark in the sentence.
func (x *ctx) quotedTitle(s doc.Sentence, k int) (int, bool) {
	if k+1 >= s.Last || !x.isOpenQuote(k) || x.tok(k+1).Kind != doc.Word || !capitalized(x.tok(k+1).Text) {
		return 0, false
	}
	for e := k + 1; e < s.Last && e <= k+7; e++ {
		if x.isCloseQuote(e) {
			return e + 1, e > k+1
		}
		if t := x.tok(e); t.Kind != doc.Word && t.Kind != doc.Number && t.Text != "&" && !(strings.ContainsAny(t.Text, ".,!?") && x.isCloseQuote(e+1)) {
			// (American style puts the stop inside the marks.)
			break
		}
	}
	return 0, false
}

// titleWords reports whether tokens [from, to) read as a title: every
// word of four letters or more is capitalized ("Here’s the Thing").
func (x *ctx) titleWords(from, to int) bool {
	for k := from; k < to; k++ {
		if t := x.tok(k); t.Kind == doc.Word && len(x.lower[k]) > 3 && !capitalized(t.Text) {
			return false
		}
	}
	return to > from
}

func isPronoun(w string) bool {
	switch w {
	case "him", "her", "them", "me", "us", "you", "reporters":
		return true
	}
	return false
}

// weekdays and time words that sit between a cue and its content.
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "earlier", "later", "recently", "again", "also", "privately", "publicly", "repeatedly", "flatly", "simply", "bluntly", "separately", "instead", "too", "then", "previously", "afterward", "afterwards")

// channels are the media a claim is made through.
var channels = map[string]string{
	"twitter": "Twitter", "facebook": "Facebook", "instagram": "Instagram", "statement": "statement",
	"interview": "interview", "tweet": "Twitter", "post": "post", "letter": "letter", "speech": "speech",
	"radio": "radio", "television": "television", "tv": "television", "email": "email", "e-mail": "email",
	"op-ed": "op-ed", "blog": "blog", "telegram": "Telegram", "youtube": "YouTube", "video": "video",
	"briefing": "briefing", "conference": "press conference", "memo": "memo", "report": "report",
}

// skipAdverbials steps over time words and channel phrases after a cue
// ("said Wednesday", "said on Twitter", "said in a statement that"),
// noting the channel.
func (x *ctx) skipAdverbials(s doc.Sentence, k int, a *doc.Attribution) int {
	for k < s.Last {
		switch {
		case timeWords[x.lower[k]]:
			k++
			// "said Wednesday night that …": the part of the day
			// belongs to the date, not to the content.
			if k < s.Last && (weekdays[x.lower[k-1]] || x.is(k-1, "yesterday")) && x.is(k, "night", "morning", "evening", "afternoon") {
				k++
			}
		case x.is(k, "in", "since", "until") && k+1 < s.Last && months[x.lower[k+1]] && capitalized(x.tok(k+1).Text):
			// "said in May on the podcast …"
			k += 2
		case x.is(k, "last", "this", "next", "on", "late", "early") && k+1 < s.Last && (timeWords[x.lower[k+1]] || x.is(k+1, "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend")):
			k += 2
		case x.is(k, "in", "on", "at", "during", "via", "through", "over") && k+1 < s.Last:
			end, ch, ok := x.channelPhrase(s, k)
			if !ok {
				return k
			}
			if ch != "" && a.Channel == "" {
				a.Channel = ch
			}
			k = end
		default:
			return k
		}
	}
	return k
}

// channelPhrase reads a prepositional phrase at k of up to eight tokens
// that names a medium ("on Twitter", "in a statement to AFP") or ends
// right before "that", a colon, a quote, or the clause's end.
func (x *ctx) channelPhrase(s doc.Sentence, k int) (end int, channel string, ok bool) {
	for e := k + 1; e < s.Last && e <= k+8; e++ {
		t := x.tok(e)
		if ch, found := channels[x.lower[e]]; found && channel == "" {
			channel = ch
		}
		if t.Kind == doc.Word || t.Kind == doc.Number || t.Text == "-" || t.Text == "’s" || t.Text == "'s" {
			if x.is(e, "that") {
				return e, channel, true
			}
			continue
		}
		if t.Text == ":" || x.isOpenQuote(e) || x.endsClause(s, e) {
			return e, channel, channel != "" || t.Text != ","
		}
		break
	}
	if channel != "" {
		// "said on Twitter the talks …": stop after the medium.
		for e := k + 1; e < s.Last && e <= k+8; e++ {
			if _, found := channels[x.lower[e]]; found {
				return e + 1, channel, true
			}
		}
	}
	return 0, "", false
}

// prefixChannel reads a channel from a sentence-initial "In a statement,".
func (x *ctx) prefixChannel(s doc.Sentence, a *doc.Attribution) {
	if a.Channel != "" || !x.is(s.First, "in", "on") {
		return
	}
	for e := s.First + 1; e < s.Last && e <= s.First+6; e++ {
		if x.is(e, ",") {
			for f := s.First + 1; f < e; f++ {
				if ch, ok := channels[x.lower[f]]; ok {
					a.Channel = ch
					return
				}
			}
			return
		}
	}
}

// boundary words end a source phrase read leftwards from its cue.
var boundary = set("wouldn't", "wouldn’t", "didn't", "didn’t", "doesn't", "doesn’t", "isn't", "isn’t", "won't", "won’t",
	"can't", "can’t", "couldn't", "couldn’t", "hasn't", "hasn’t", "haven't", "haven’t", "wasn't", "wasn’t", "aren't", "aren’t", "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "as", "but", "if",
	"since", "after", "before", "so", "than", "though", "although", "until", "unless", "whether", "what", "how", "why",
	"and", "or", "nor", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
	"did", "will", "would", "can", "could", "should", "may", "might", "must", "not", "to", "there", "him",
	"them", "me", "us", "also", "yet", "however", "even", "said", "says", "say", "told", "once", "then", "with",
	"into", "about", "against", "than", "like", "without", "over", "under", "during", "through", "by", "at", "on", "in")

// subjectPronouns are whole sources on their own.
var subjectPronouns = set("he", "she", "they", "we", "i", "it", "you", "who",
	"he's", "he’s", "she's", "she’s", "they've", "they’ve", "we've", "we’ve", "i've", "i’ve", "it's", "it’s",
	"he'd", "he’d", "she'd", "she’d", "they'd", "they’d", "we'd", "we’d", "i'd", "i’d", "they're", "they’re", "we're", "we’re",
	"he'll", "he’ll", "she'll", "she’ll", "they'll", "they’ll", "we'll", "we’ll", "i'll", "i’ll", "i'm", "i’m")

// nounPhraseLeft reads the source phrase that ends at token j, leftwards.
// It returns the span and the index of the token before it.
func (x *ctx) nounPhraseLeft(s doc.Sentence, j int) (doc.Span, int) {
	start := j + 1
	for k := j; k >= s.First && j-k < 14; k-- {
		t := x.tok(k)
		w := x.lower[k]
		if k < j && strings.Contains(x.d.Text[t.End:x.tok(k+1).Start], "\n") {
			// A line break inside a paragraph ends a headline or a
			// caption, never a source phrase.
			break
		}
		if t.Kind == doc.Punct && (t.Text == ")" || t.Text == "]") {
			// "Sen. Ted Cruz (R-Texas) said"
			o := k - 1
			for o >= s.First && k-o < 8 && x.tok(o).Text != "(" && x.tok(o).Text != "[" {
				o--
			}
			if o < s.First || k-o >= 8 {
				break
			}
			k = o
			start = o
			continue
		}
		if t.Kind == doc.Punct && (t.Text == "-" && x.touching(k) || t.Text == "&" || t.Text == "%" || t.Text == "/") {
			start = k
			continue
		}
		if t.Kind == doc.QuoteMark && (t.Text == "\u2019" || t.Text == "'") && k > s.First && start <= j && !x.isCloseQuote(k) && strings.HasSuffix(x.lower[k-1], "s") {
			// "Sanders’ campaign"
			start = k
			continue
		}
		if k == j && (w == "them" || w == "us" || w == "those") && k-2 >= s.First && x.is(k-1, "of") && (quantifiers[x.lower[k-2]] || x.tok(k-2).Kind == doc.Number || numberWords[x.lower[k-2]]) {
			// "most of them said", "two of those said"
			start = k - 2
			k -= 2
			continue
		}
		if w == "with" && k > s.First && x.is(k-1, "familiar") && start <= j {
			// "a person familiar with the talks said"
			start = k
			continue
		}
		if t.Kind != doc.Word && t.Kind != doc.Number {
			break
		}
		if (w == "about" || w == "nearly" || w == "almost" || w == "roughly" || w == "around" || w == "over") && start <= j && (x.tok(start).Kind == doc.Number || numberWords[x.lower[start]]) {
			// "About two-thirds of voters said"
			start = k
			continue
		}
		if !capitalized(t.Text) && k > s.First && start <= j && (capitalized(x.tok(k-1).Text) || subjectPronouns[x.lower[k-1]]) && (pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")) {
			// "Limbaugh began criticizing …": a verb after a name.
			break
		}
		if k == j && (w == "that" || w == "this") && x.subjectStart(s, k) {
			// "That suggests a lack of confidence …"
			start = k
			break
		}
		if subjectPronouns[w] {
			if start == j+1 || x.is(k+1, "and", "or") {
				// "he said", "she and another reporter said"
				start = k
			}
			break
		}
		if w == "and" || w == "or" {
			// "Smith and Jones said", "he and other challengers said":
			// only after a name or a pronoun.
			// ("teachers and union officials said": a bare plural
			// that opens the clause joins too.)
			bare := k-1 >= s.First && strings.HasSuffix(x.lower[k-1], "s") && !possessive(x.lower[k-1]) && (k-1 == s.First || x.is(k-2, ","))
			if start <= j && k > s.First && (capitalized(x.tok(k-1).Text) || subjectPronouns[x.lower[k-1]] || bare) && x.tok(k-1).Kind == doc.Word {
				start = k
				continue
			}
			break
		}
		if boundary[w] && !(k > s.First && (w == "on" || w == "in" || w == "at") && start <= j && !x.prepStartsSource(k, s)) {
			break
		}
		if _, isCue := cueForms[w]; isCue && !capitalized(t.Text) && !(k > s.First && (determiners[x.lower[k-1]] || possessive(x.lower[k-1]) || cueForms[w].lemma == w && capitalized(x.tok(k-1).Text))) && !(evidenceNouns[w] && k > s.First && x.tok(k-1).Kind == doc.Word && !boundary[x.lower[k-1]]) {
			// ("The IG report cited …": a noun inside the phrase.)
			break
		}
		start = k
	}
	if start > j {
		return doc.Span{}, j
	}
	// A source does not start with a preposition or a conjunction
	// ("In Kabul, officials said" is cut at the comma already).
	for start <= j && (leadingJunk[x.lower[start]] || x.tok(start).Kind == doc.Punct) {
		start++
	}
	if start > j {
		return doc.Span{}, j
	}
	// A lone determiner is no source.
	if start == j && determiners[x.lower[start]] && !standalone[x.lower[start]] {
		return doc.Span{}, j
	}
	return doc.Span{Start: x.tok(start).Start, End: x.tok(j).End}, start - 1
}

// prepStartsSource tells "officials in Kabul said" (the preposition is
// inside the source) from "on Monday the senator said" (it is not).
func (x *ctx) prepStartsSource(k int, s doc.Sentence) bool {
	return k == s.First || x.is(k-1, ",")
}

var leadingJunk = set("but", "and", "so", "then", "now", "also", "yet", "still", "however", "meanwhile", "instead", "later", "in", "on", "at", "for", "of", "or", "while", "though", "today", "yesterday")

// nounPhraseRight returns the end (exclusive) of the source phrase that
// starts at k, for inverted “…,” said X.
func (x *ctx) nounPhraseRight(s doc.Sentence, k int) int {
	e := k
	for ; e < s.Last && e-k < 14; e++ {
		t := x.tok(e)
		w := x.lower[e]
		if t.Kind == doc.Punct && (t.Text == "-" && x.touching(e) || t.Text == "&") && e > k {
			continue
		}
		if t.Text == "(" && e > k {
			// "said Sen. Bernie Sanders (I-Vt.)"
			c := e + 1
			for c < s.Last && c-e < 8 && x.tok(c).Text != ")" {
				c++
			}
			if c < s.Last && x.tok(c).Text == ")" {
				e = c
				continue
			}
			break
		}
		if t.Kind == doc.QuoteMark && (t.Text == "\u2019" || t.Text == "'") && e > k && !x.isCloseQuote(e) && strings.HasSuffix(x.lower[e-1], "s") {
			// "the victims’ families"
			continue
		}
		if t.Kind != doc.Word && t.Kind != doc.Number {
			break
		}
		if e > k && subjectPronouns[w] && w != "it" {
			// "told AP he was working …": the pronoun starts a clause.
			break
		}
		if (boundary[w] && !(w == "of" || w == "for") || timeWords[w] && e > k) && !x.nameWord(e, s) {
			if e == k && (w == "it" || w == "who") {
				break
			}
			break
		}
		if _, isCue := cueForms[w]; isCue && e > k && !capitalized(t.Text) && !determiners[x.lower[e-1]] {
			// ("he told the show": a noun after a determiner.)
			break
		}
		if e == k && !(capitalized(t.Text) || determiners[w] || subjectPronouns[w]) {
			if _, isCue := cueForms[w]; isCue {
				return k
			}
		}
	}
	if e > k && determiners[x.lower[e-1]] {
		e--
	}
	return e
}

// relativeSource reads "X, who …, said" and "X, a spokesman for Y, said"
// back from the comma at j. It returns the source X and the role from an
// appositive.
func (x *ctx) relativeSource(s doc.Sentence, j int) (doc.Span, string, int, bool) {
	from := j - 1
	if o := x.openerOf(j); o >= 0 && x.is(j-1, ",") {
		// "Humphrey, who calls Trump a “sociopath,” said": the clause's
		// comma sits inside the marks. Commas inside the quote are the
		// quote's own, so the search starts before its opening mark, and
		// a quote that opens the sentence is the content, not a clause.
		if o <= s.First+1 {
			return doc.Span{}, "", 0, false
		}
		j, from = j-1, o-1
	}
	if !x.is(j, ",") {
		return doc.Span{}, "", 0, false
	}
	commas := 0
	for p := from; p > s.First && j-p < 30; p-- {
		t := x.tok(p)
		if t.Kind == doc.QuoteMark && (t.Text == "\u2019" || t.Text == "'") && !x.isCloseQuote(p) && p > s.First && strings.HasSuffix(x.lower[p-1], "s") {
			// "Sanders’ campaign manager": an apostrophe.
			continue
		}
		if t.Kind == doc.QuoteMark && (p+1 >= j || !x.isOpenQuote(p) && !x.isCloseQuote(p)) {
			// A quote inside the appositive ("X, citing “…,” said")
			// is fine; a stray mark is not.
			return doc.Span{}, "", 0, false
		}
		if t.Text != "," || p+1 < len(x.d.Tokens) && x.tok(p+1).Kind == doc.QuoteMark {
			continue
		}
		rel := x.is(p+1, "who", "which")
		appos := !rel
		np, before := x.nounPhraseLeft(s, p-1)
		if x.is(p+1, "like", "including") && !np.Empty() {
			// "the field's biggest hawks, like Rubio and Bush, say":
			// examples after a common noun.
			return np, "", before, true
		}
		if appos && !np.Empty() && !capitalized(x.d.Slice(np)) && x.nameBetween(p+1, j) {
			// "“…,” the agency spokesman, Josh Earnest, said": a role
			// and then the name; the source is both, as when a clause
			// follows the cue ("The city spokesman, Josh Earnest, said
			// the plan …").
			role := x.d.Slice(np)
			if w, rest, ok := strings.Cut(role, " "); ok && determiners[lower(w)] {
				role = rest
			}
			return doc.Span{Start: np.Start, End: x.tok(j - 1).End}, role, before, true
		}
		if np.Empty() || !capitalized(x.d.Slice(np)) && !(capitalized(x.tok(p-1).Text) && x.tok(p-1).Kind == doc.Word) && appos {
			// "Marvin Teske, 53, a security guard, said": look past
			// the age to the name.
			if commas++; commas < 3 && p-1 >= s.First && x.tok(p-1).Kind == doc.Number {
				continue
			}
			return doc.Span{}, "", 0, false
		}
		role := ""
		if appos && !x.isIng(p+1) && !strings.HasSuffix(x.lower[p+1], "ing") {
			from := p + 1
			if x.is(from, "a", "an", "the") {
				from++
			}
			if from < j {
				role = x.d.Slice(doc.Span{Start: x.tok(from).Start, End: x.tok(j - 1).End})
			}
		}
		return np, role, before, true
	}
	return doc.Span{}, "", 0, false
}

// citingSource reads "Mr. Lowe, citing “the ferry’s record,” said …"
// back from the closing mark at j: a participle's quoted object sits
// between the source and its cue, with the source's comma inside the
// marks.
func (x *ctx) citingSource(s doc.Sentence, j int) (doc.Span, int, bool) {
	o := x.openerOf(j)
	if j-1 <= s.First || o < 0 || !x.is(j-1, ",") {
		return doc.Span{}, 0, false
	}
	if o-2 < s.First || o >= j || !x.is(o-2, ",") || !x.isIng(o-1) {
		return doc.Span{}, 0, false
	}
	np, before := x.nounPhraseLeft(s, o-3)
	if np.Empty() {
		return doc.Span{}, 0, false
	}
	return np, before, true
}

// nameBetween reports whether tokens from to to hold a short name: one to
// five capitalized words, initials included ("James B. Comey").
func (x *ctx) nameBetween(from, to int) bool {
	if to-from < 1 || to-from > 6 {
		return false
	}
	words := 0
	for k := from; k < to; k++ {
		t := x.tok(k)
		switch {
		case t.Kind == doc.Word && capitalized(t.Text) && !subjectPronouns[x.lower[k]] && !determiners[x.lower[k]]:
			words++
		case t.Text == "." && k > from:
		default:
			return false
		}
	}
	return words >= 1 && words <= 5
}

// dashAppositive reads "Jason Sims — a teacher from Mount Pleasant —
// says" back from the dash at j: the name before the opening dash.
func (x *ctx) dashAppositive(s doc.Sentence, j int) (doc.Span, int, bool) {
	spaced := func(k int) bool { return (isDash(x.tok(k).Text) || x.tok(k).Text == "-") && !x.touching(k) }
	if j < s.First || !spaced(j) {
		return doc.Span{}, 0, false
	}
	// The appositive may hold commas ("— including Muslims, Christians,
	// Catholics, Jews —"), not a quote or a clause break.
	for p := j - 2; p > s.First && j-p < 30; p-- {
		t := x.tok(p)
		if t.Kind == doc.QuoteMark || t.Text == ";" || t.Text == ":" {
			return doc.Span{}, 0, false
		}
		if spaced(p) {
			np, before := x.nounPhraseLeft(s, p-1)
			if np.Empty() {
				return doc.Span{}, 0, false
			}
			return np, before, true
		}
	}
	return doc.Span{}, 0, false
}

func isDash(t string) bool { return t == "\u2014" || t == "\u2013" || t == "--" }

// SubjectOf returns the subject phrase that opens sentence s, after an
// introductory phrase closed by a comma: the source of "…, saying …" and
// of a second verb ("did not comment but urged …").
func (x *ctx) SubjectOf(s doc.Sentence) doc.Span {
	first := s.First
	// "But other advisers … have been urging …, saying …": a leading
	// conjunction is skipped alone, not up to the first comma.
	if x.is(first, "but", "and", "so", "yet", "or") {
		if first++; x.is(first, ",") {
			first++
		}
	}
	lead := first
	for k := lead; k < s.Last && k < lead+12; k++ {
		// ("In an interview with The Wall Street Journal, Trump …": a
		// leading prepositional phrase up to its comma.)
		if x.is(k, ",") && (leadingJunk[x.lower[lead]] || x.is(lead, "by", "with", "from", "despite", "amid", "unlike", "like", "last", "after", "before", "since", "during", "earlier", "when", "while", "as", "there", "here", "still", "instead", "now", "then", "meanwhile", "however", "also", "yet",
			"in", "at", "on", "for", "following", "through", "throughout", "over", "under", "without", "within", "speaking", "asked", "writing")) {
			first = k + 1
			break
		}
	}
	// A dateline: "MYRTLE BEACH, S.C. - Sen. Ted Cruz …".
	for k := first; k < s.Last && k < first+12; k++ {
		if t := x.tok(k).Text; (t == "-" || t == "\u2014" || t == "\u2013" || t == "--") && !x.touching(k) {
			first = k + 1
			break
		}
	}
	e := first
	for ; e < s.Last && e < first+8; e++ {
		t := x.tok(e)
		w := x.lower[e]
		if t.Kind != doc.Word && t.Kind != doc.Number && t.Text != "-" {
			break
		}
		if boundary[w] || leftSkip[w] && !(e == first && quantifiers[w]) {
			// ("Both parents stiffened …, saying …": a quantifier may
			// open the subject; "they both" skips it elsewhere.)
			break
		}
		if _, isCue := cueForms[w]; isCue && e > first {
			break
		}
		if subjectPronouns[w] {
			e++
			break
		}
		if e > first && !capitalized(t.Text) && (capitalized(x.tok(e-1).Text) || e > first+1 && x.tok(e-1).Kind == doc.Word && !determiners[x.lower[e-1]] && !x.adverb(e-1)) && (pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")) {
			// ("The mayor reversed himself and …": after a noun too.)
			// "Ohio Gov. John Kasich suspended his campaign, saying …"
			break
		}
	}
	if e == first {
		return doc.Span{}
	}
	return doc.Span{Start: x.tok(first).Start, End: x.tok(e - 1).End}
}

// contentBefore returns the content of a post-posed cue whose source
// starts after token before: the quote closing there, or the clause from
// the sentence start.
func (x *ctx) contentBefore(s doc.Sentence, before int) (doc.Span, bool, bool) {
	if before < s.First {
		// “Why now?” | she said.: the quote ended the previous sentence.
		if p := s.First - 1; p >= 0 && x.isCloseQuote(p) && x.paraOf(x.tok(p).Start) == x.paraOf(s.Start) {
			q := x.d.Quotes[x.quoteEnd[x.tok(p).End]]
			inner := q.Inner
			inner.Start = x.continuedFrom(q)
			return x.trimEnd(inner), true, true
		}
		// Why now? Hadley asked.
		if si := x.sentenceBefore(s); si >= 0 && x.tok(s.First-1).Text == "?" && s.Last-s.First <= 6 {
			p := x.d.Sentences[si]
			return x.trimEnd(p.Span), false, true
		}
		return doc.Span{}, false, false
	}
	end := before
	// “…,” he said: the quote, which may start sentences or paragraphs
	// earlier.
	if x.isCloseQuote(end) {
		q := x.d.Quotes[x.quoteEnd[x.tok(end).End]]
		inner := q.Inner
		start := x.continuedFrom(q)
		inner.Start = start
		return x.trimEnd(inner), true, true
	}
	if x.is(end, ",") || x.tok(end).Text == "\u2014" {
		if x.isCloseQuote(end - 1) {
			q := x.d.Quotes[x.quoteEnd[x.tok(end-1).End]]
			inner := q.Inner
			inner.Start = x.continuedFrom(q)
			if q.Start <= s.Start || x.onlyPunctBetween(s.First, q.Start) {
				return x.trimEnd(inner), true, true
			}
		}
		if end-1 < s.First {
			return doc.Span{}, false, false
		}
		start := s.First
		for start < end && (x.tok(start).Kind == doc.Punct) {
			start++
		}
		if start >= end {
			return doc.Span{}, false, false
		}
		return x.trimEnd(doc.Span{Start: x.tok(start).Start, End: x.tok(end - 1).End}), false, true
	}
	return doc.Span{}, false, false
}

func (x *ctx) onlyPunctBetween(from int, at int) bool {
	for k := from; k < len(x.d.Tokens) && x.tok(k).Start < at; k++ {
		if x.tok(k).Kind == doc.Word || x.tok(k).Kind == doc.Number || k-from > 4 {
			return false
		}
	}
	return true
}

// continuedFrom returns where a quote really starts: a quote that opens a
// paragraph continues an unclosed quote of the paragraph before.
func (x *ctx) continuedFrom(q doc.Quote) int {
	start := q.Inner.Start
	for n := 0; n < 20; n++ {
		// Find the quote that ends the previous paragraph, unclosed.
		qi, ok := x.quoteStart[q.Start]
		if !ok || qi == 0 {
			return start
		}
		pi := x.paraOf(q.Start)
		if pi <= 0 || x.d.Paragraphs[pi].Start != q.Start {
			return start
		}
		prev := -1
		for k := qi - 1; k >= 0 && qi-k < 8; k-- {
			if !x.d.Quotes[k].Nested && !x.d.Quotes[k].Closed && x.d.Quotes[k].End == x.d.Paragraphs[pi-1].End {
				prev = k
				break
			}
		}
		if prev < 0 {
			return start
		}
		q = x.d.Quotes[prev]
		start = q.Inner.Start
	}
	return start
}

func (x *ctx) paraOf(b int) int {
	lo, hi := 0, len(x.d.Paragraphs)
	for lo < hi {
		m := (lo + hi) / 2
		if x.d.Paragraphs[m].End < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// contentAfter returns the content that starts at token k: to the
// sentence's end, or the whole quote when it opens there and runs on past
// the sentence.
func (x *ctx) contentAfter(s doc.Sentence, k int) (doc.Span, bool) {
	start := x.tok(k).Start
	end := x.tok(s.Last - 1).End
	if x.isOpenQuote(k) {
		q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
		if q.End > end || !q.Closed && q.End >= end {
			end = q.End
		}
		// X said: “Q.” is direct: the quote's inside is the content.
		if q.End >= x.trimEnd(doc.Span{Start: start, End: end}).End {
			return x.trimEnd(q.Inner), true
		}
	}
	// "endorsed Clinton, saying …", "said the talks failed, adding
	// …": a participle cue after a comma opens its own content (train:
	// 139 gold contents end at that comma, 9 run on).
	if k+1 < len(x.ingComma) {
		if e := x.ingComma[k+1]; e >= 0 && e+1 < s.Last {
			end = x.tok(e).Start
		}
	}
	return x.trimEnd(doc.Span{Start: start, End: end}), false
}

// trimEnd drops spaces and clause punctuation from the end of a content
// span, but keeps a closing quote mark.
func (x *ctx) trimEnd(sp doc.Span) doc.Span {
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(x.d.Text[sp.Start:sp.End])
		if unicode.IsSpace(r) || r == ',' || r == '.' || r == ';' || r == ':' || r == '\u2014' || r == '-' {
			sp.End -= size
			continue
		}
		break
	}
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(x.d.Text[sp.Start:sp.End])
		if unicode.IsSpace(r) {
			sp.Start += size
			continue
		}
		break
	}
	return sp
}

// describe fills Kind, Role and Anonymous from the spans.
func (x *ctx) describe(a *doc.Attribution, direct bool) {
	a.Kind = doc.Indirect
	if direct {
		a.Kind = doc.Direct
	} else if x.hasQuote(a.Content) {
		a.Kind = doc.Mixed
	}
	if a.Speaker.Empty() {
		return
	}
	sp := x.d.Slice(a.Speaker)
	words := strings.Fields(sp)
	if a.Role == "" {
		a.Role = roleOf(words)
	}
	a.Anonymous = anonymous(words)
}

// hasQuote reports whether a quote's marks lie inside c.
func (x *ctx) hasQuote(c doc.Span) bool {
	lo, hi := 0, len(x.d.Quotes)
	for lo < hi {
		m := (lo + hi) / 2
		if x.d.Quotes[m].Start < c.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for ; lo < len(x.d.Quotes) && x.d.Quotes[lo].Start < c.End; lo++ {
		if !x.d.Quotes[lo].Nested {
			return true
		}
	}
	return false
}

// roleOf splits "government spokesman Zabihullah Mujahid" into the role
// before the name.
func roleOf(words []string) string {
	last := -1
	for i, w := range words {
		if !capitalized(w) {
			last = i
		}
	}
	if last < 0 || last == len(words)-1 {
		return ""
	}
	if lw := strings.ToLower(words[last]); determiners[lw] || prepositions[lw] || lw == "and" {
		// "a survey by the Mill District Association" has no role.
		return ""
	}
	from := 0
	for from <= last && (determiners[strings.ToLower(words[from])]) {
		from++
	}
	if from > last {
		return ""
	}
	return strings.Join(words[from:last+1], " ")
}

// headlineLabels open headlines that are no one's words ("Breaking:").
var headlineLabels = set("breaking", "latest", "exclusive", "bombshell", "byline", "update", "watch", "video", "paid", "notice", "email", "live", "analysis", "opinion", "editorial", "review", "poll", "report", "the", "in", "wades",
	// Editorial labels before a colon are the writer's, not a speaker
	// ("NOTE: Per share figures …" in wire earnings reports).
	"note", "notes", "nb", "correction", "corrections", "clarification", "footnote", "disclaimer", "disclosure", "addendum", "postscript",
	// Teasers and interjections ("BOOM:", "Wow:", "Just Leaked:"): on
	// train, 7 such headline colons and none a speaker.
	"wow", "look", "boom", "busted", "revealed", "leaked", "whoa", "shocking", "must-see", "listen")

var anonNouns = set("source", "sources", "insider", "insiders")
var anonHeads = set("official", "officials", "aide", "aides", "diplomat", "diplomats", "person", "people", "member", "members", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers")

// anonymous tells unnamed sources ("an activist source", "a senior
// official") from named ones.
func anonymous(words []string) bool {
	for i, w := range words {
		if prepositions[strings.ToLower(w)] {
			words = words[:i]
			break
		}
	}
	named := false
	for i, w := range words {
		if i > 0 && capitalized(w) {
			named = true
		}
	}
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ",."))
		if anonNouns[lw] {
			return true
		}
	}
	if named || len(words) == 0 {
		return false
	}
	if len(words) == 0 {
		return false
	}
	first := strings.ToLower(words[0])
	head := strings.ToLower(words[len(words)-1])
	return (first == "a" || first == "an" || first == "one" || first == "two" || first == "several" || first == "some" || first == "another") && anonHeads[head]
}

func (x *ctx) accordingTo(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "according to",
		Cue: doc.Span{Start: x.tok(i).Start, End: x.tok(i + 1).End}}
	end := x.nounPhraseRight(s, i+2)
	// "according to a statement by the group": keep the whole phrase.
	for end < s.Last && end-i < 20 && x.tok(end).Kind == doc.Word && x.is(end, "of", "for", "by", "from", "in", "at", "on", "with") {
		e2 := x.nounPhraseRight(s, end+1)
		if e2 == end+1 {
			break
		}
		end = e2
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

// toViewpoint reads a sentence-initial "To Ms. Gil, skateboarding
// represents a cry of dissent": the opinion of the person named, which
// PolNeAR annotates with "To" as its cue (5 of 6 such sentences with a
// capitalized name on train; after a lower-case phrase, "To date," or
// "To them,", 3 of 48). A relative clause after the name ("To Sexton,
// who has studied Trump rallies, Tuesday marked …") is skipped.
func (x *ctx) toViewpoint(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "to (viewpoint)", Cue: x.tok(i).Span}
	if i+1 >= s.Last || x.tok(i+1).Kind != doc.Word || !capitalized(x.tok(i+1).Text) {
		return a, false
	}
	end := x.nounPhraseRight(s, i+1)
	if end == i+1 || !x.is(end, ",") {
		return a, false
	}
	a.Speaker = doc.Span{Start: x.tok(i + 1).Start, End: x.tok(end - 1).End}
	k := end + 1
	if x.is(k, "who", "whose") {
		for k++; k < s.Last && !(x.is(k, ",") && !x.inQuote[k] || x.isCloseQuote(k) && x.is(k-1, ",")); k++ {
			// (The clause's own comma, which may sit inside a closing
			// mark, and not one inside a quote.)
		}
		k++
	}
	if k >= s.Last {
		return a, false
	}
	c, direct := x.contentAfter(s, k)
	a.Content = c
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

// inPoll reads a poll as the source of the finding it reports: "In a
// CBS News poll released Monday, 50 percent chose …" and "… fell to 10
// percent in the latest CNN poll". PolNeAR's cue is the bare "in". A
// respondent phrase before it ("voters in a new poll said …") is a
// source of its own, and a poll's own parts ("in the poll's margin")
// report nothing.
func (x *ctx) inPoll(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "in (poll)", Cue: x.tok(i).Span}
	if i > s.First && respondents[x.lower[i-1]] {
		return a, false
	}
	head := -1
	for k := i + 1; k < s.Last && k-i <= 10; k++ {
		t := x.tok(k)
		if t.Kind == doc.Word && x.is(k, "poll", "survey", "polls", "surveys") {
			head = k
			break
		}
		if k > i+1 && x.is(k, "of") && !x.is(k-1, "percent") {
			// "in the RealClearPolitics average of recent polls"
			continue
		}
		if t.Kind == doc.Word && (boundary[x.lower[k]] || prepositions[x.lower[k]]) || t.Kind == doc.Punct && t.Text != "/" && t.Text != "-" && t.Text != "&" && t.Text != "." ||
			t.Kind == doc.QuoteMark && !(t.Text == "’" || t.Text == "'") {
			return a, false
		}
	}
	if head < 0 || x.is(head+1, "of", "by", "results", "numbers", "data", "respondents", "question", "questions", "’s", "'s") {
		return a, false
	}
	end := head + 1
	if x.is(end, "released", "conducted", "taken", "published") && end+1 < s.Last && x.tok(end+1).Kind == doc.Word && !boundary[x.lower[end+1]] {
		end += 2
	} else if x.is(end, "last", "this") && end+1 < s.Last && x.tok(end+1).Kind == doc.Word {
		end += 2
	}
	a.Speaker = doc.Span{Start: x.tok(i + 1).Start, End: x.tok(end - 1).End}
	if i == s.First {
		// In a poll …, CLAUSE.
		k := end
		for k < s.Last && k-end < 12 && !x.is(k, ",") {
			k++
		}
		if !x.is(k, ",") || k+1 >= s.Last {
			return a, false
		}
		a.Content, _ = x.contentAfter(s, k+1)
	} else {
		// CLAUSE in a poll.
		b := i - 1
		if x.is(b, ",") {
			b--
		}
		if b < s.First || b-s.First < 2 {
			return a, false
		}
		a.Content = x.trimEnd(doc.Span{Start: x.tok(s.First).Start, End: x.tok(b).End})
	}
	if a.Content.Empty() {
		return a, false
	}
	x.describe(&a, false)
	a.Role = "" // a poll has no role, whatever its name's words say
	return a, true
}

// respondents are the words before "in a poll" that make the poll part of
// a source phrase, not a source ("voters in a new poll said").
var respondents = set("people", "voters", "respondents", "surveyed", "polled", "americans", "republicans", "democrats",
	"independents", "adults", "those", "participants", "likely", "registered", "one", "many", "most")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// verbalLeft reports whether the word before a noun-like cue form (i) is
// one a verb follows: a subject pronoun, a name, a plural noun, an
// auxiliary or an adverb. "38 states", "his support" and "for support"
// fail; "they support", "Trump claims" and "officials fear" pass.
func (x *ctx) verbalLeft(s doc.Sentence, i, j int) bool {
	if i-1 < s.First {
		return false
	}
	if i-1 != j {
		// An auxiliary or adverb stood between: "would support".
		return true
	}
	t := x.tok(j)
	w := x.lower[j]
	if t.Kind != doc.Word {
		// "Ryan, a policy-focused conservative, insists": the
		// appositive's comma; the source is read back past it. After a
		// quote the cue is post-posed: “…,” read the email.
		return t.Text == "," || x.isCloseQuote(j)
	}
	if subjectPronouns[w] || evidenceNouns[w] || quantifiers[w] && !(j > s.First && determiners[x.lower[j-1]]) {
		// "a poll shows", "the report finds": singular nouns that
		// PolNeAR takes as sources of their findings.
		return true
	}
	if prepositions[w] || determiners[w] || boundary[w] {
		return false
	}
	if capitalized(t.Text) {
		return j > s.First || !determiners[w]
	}
	if strings.HasSuffix(x.lower[i], "s") && !pluralNouns[x.lower[i]] && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") {
		// A third-person form after a singular noun is a verb more
		// often than a compound ("the team thinks", "polling shows");
		// the filter weighs the rest ("TV shows").
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s")
}

// pluralNouns are -s forms of cue verbs that after a noun are mostly
// plural nouns themselves ("the official talks", "insurance claims").
var pluralNouns = set("talks", "states", "calls", "reports", "plans", "views", "claims", "supports", "comments", "posts",
	"tweets", "answers", "replies", "remarks", "notes", "reads", "counts", "questions", "attacks", "votes", "points")

// nameWord reports whether token e is a capitalized word inside a name
// ("said Will Doyle", "May Chen"), not the boundary word it spells.
func (x *ctx) nameWord(e int, s doc.Sentence) bool {
	return capitalized(x.tok(e).Text) && e > s.First && e+1 < s.Last && x.tok(e+1).Kind == doc.Word && capitalized(x.tok(e+1).Text)
}

// subjectStart reports whether token k opens a clause ("Some said …",
// "…, and another said …"), where a lone determiner is a subject.
func (x *ctx) subjectStart(s doc.Sentence, k int) bool {
	return k == s.First || x.is(k-1, ",", "and", "but", ";")
}

// quantifiers stand alone as subjects ("Some view …", "Many fear …").
var quantifiers = set("some", "many", "most", "few", "several", "others", "both", "all", "neither", "either", "none")

// evidenceNouns are singular sources whose findings PolNeAR annotates ("a
// June poll found Trump receiving …"); before a noun-like cue form they
// make it a verb, and they let a strict-clause verb take a bare object.
var evidenceNouns = set("poll", "survey", "study", "report", "analysis", "research", "data", "article", "story", "memo",
	"review", "audit", "investigation", "census", "forecast", "tally", "count", "evidence", "record", "filing", "document",
	"ruling", "court", "committee", "panel", "board", "council", "campaign", "administration", "government", "agency",
	"department", "office", "website", "paper", "newspaper", "editorial", "column",
	"book", "letter", "statement", "ad", "video", "footage", "index", "model", "probe", "inquiry", "assessment", "estimate",
	"projection", "exam", "test", "experiment", "release")

// findings are the verbs whose bare object is the content when a poll or a
// report is the subject ("the survey found Trump ahead").
var findings = set("find", "show", "reveal", "suggest", "indicate", "conclude", "see")

var prepositions = set("of", "for", "in", "on", "at", "to", "with", "by", "from", "about", "without", "against", "into", "over", "under", "than", "like", "among", "between", "per", "across", "through")

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
		if a.Lemma == "according to" && ti >= 1 {
			// "That’s according to X": PolNeAR's cue takes the copula.
			if w := lower(d.Tokens[ti-1].Text); w == "that’s" || w == "that's" || w == "it’s" || w == "it's" {
				n := len("'s")
				if strings.HasSuffix(w, "’s") {
					n = len("’s")
				}
				return doc.Span{Start: d.Tokens[ti-1].End - n, End: a.Cue.End}
			}
		}
		return a.Cue
	}
	out := a.Cue
	if start, ok := documentVerb(d, ti); ok {
		// "issued a statement saying …": PolNeAR's cue is the whole
		// act (19 to 1 on train).
		out.Start = start
		return out
	}
	if ti >= 1 {
		if n := contractionLen(d.Tokens[ti-1].Text); n > 0 && subjectPronouns[lower(d.Tokens[ti-1].Text)] {
			out.Start = d.Tokens[ti-1].End - n
			return out
		}
	}
	refusal := false
	if ti >= 2 && lower(d.Tokens[ti-1].Text) == "to" && controlVerbs[lower(d.Tokens[ti-2].Text)] {
		out.Start = d.Tokens[ti-2].Start
		ti -= 2
		// "declined to say whether …": PolNeAR's cue is the refusal
		// alone, and "to say …" its content (90 to 38 on train).
		refusal = refusals[lower(d.Tokens[ti].Text)]
		if refusal {
			out.End = d.Tokens[ti].End
		}
	}
	infinitive := ti >= 1 && lower(d.Tokens[ti-1].Text) == "to" && out.Start == a.Cue.Start
	if infinitive {
		// "went on to name", "are more likely to say": PolNeAR's cue
		// is the chain between the source and the infinitive.
		out.Start = d.Tokens[ti-1].Start
		for k := ti - 2; k >= 0 && ti-k <= 6; k-- {
			t := d.Tokens[k]
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
		if !(cueAux[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w] && !capitalized(t.Text)) {
			break
		}
		out.Start = t.Start
	}
	if refusal {
		return out
	}
	last := ti
	for last+1 < len(d.Tokens) && d.Tokens[last+1].End <= a.Cue.End {
		last++
	}
	next := func(n int) string {
		if last+n < len(d.Tokens) {
			return lower(d.Tokens[last+n].Text)
		}
		return ""
	}
	// PolNeAR's cue runs through a time word and the preposition that
	// introduces a content after it ("called Wednesday for", "was asked
	// about", "focuses on"), in about nine cases out of ten on train.
	at := 1
	for at < 3 && (weekdays[next(at)] || len(next(at)) > 4 && strings.HasSuffix(next(at), "ly") && !notAdverbs[next(at)]) {
		at++
	}
	passive := strings.HasSuffix(a.Lemma, " (passive)")
	if w := next(at); (w == "about" || w == "as") && last+at+1 < len(d.Tokens) {
		// "predicted about one-third of the vote …", "show as many
		// as 30 percent": the word reads a quantity, not the cue's
		// particle.
		if q := d.Tokens[last+at+1]; q.Kind == doc.Number || numberWords[lower(q.Text)] && lower(q.Text) != "a" || lower(q.Text) == "many" || lower(q.Text) == "much" || strings.HasPrefix(lower(q.Text), "one-") {
			return out
		}
	}
	pre := a.Content.Start >= a.Cue.End
	p, ok := cueParticles[a.Lemma]
	if ok && next(at) != "" && strings.Contains(" "+p+" ", " "+next(at)+" ") && (d.Tokens[last+at].Start < a.Content.Start+1 || next(at) == "out" && a.Content.End <= a.Cue.Start) {
		// ("“…,” she points out": the particle closes the clause.)
		out.End = d.Tokens[last+at].End
	} else if w := next(at); !ok && !plainSpeech[a.Lemma] && (pre && (contentParticles[w] || w == "as" && a.Lemma != "describe") && !(w == "on" || w == "at") || passive && w == "about" && a.Content.End > d.Tokens[last+at].End) {
		// The content may start at the particle ("laid out his
		// vision"): the particle still belongs to the cue.
		out.End = d.Tokens[last+at].End
	} else if a.Lemma == "say" && next(1) == "in" && (next(2) == "a" || next(2) == "an") && next(3) == "statement" {
		out.End = d.Tokens[last+3].End
	} else if socialCue[a.Lemma] && next(1) == "on" && socialMedia[next(2)] {
		// "wrote on Facebook", "posted on Twitter": PolNeAR's cue takes
		// the network in (8 to 1 on train); after "said" it mostly
		// does not (3 to 5).
		out.End = d.Tokens[last+2].End
	} else if weekdays[next(1)] && (last+2 >= len(d.Tokens) || d.Tokens[last+2].Kind == doc.Punct) {
		// "…, he said Tuesday." takes the day in (19 to 10 on train);
		// "said Tuesday that …" leaves it out (21 to 32).
		out.End = d.Tokens[last+1].End
	} else if w := next(1); len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w] && !notMannerAdverbs[w] && !capitalized(d.Tokens[last+1].Text) && !a.Content.Contains(d.Tokens[last+1].Span) {
		// "has said repeatedly", "wrote recently", "said sarcastically":
		// an adverb right after the verb belongs to the cue (21 to 4
		// on train).
		out.End = d.Tokens[last+1].End
	}
	return out
}

// documentVerb finds the act that a participle cue at ti describes in
// "issued a statement saying", "sent a letter to Zucker asking": it
// returns the start of the verb that produced the document.
func documentVerb(d *doc.Document, ti int) (int, bool) {
	if ti < 3 || !strings.HasSuffix(lower(d.Tokens[ti].Text), "ing") {
		return 0, false
	}
	k := ti - 1
	if d.Tokens[k].Text == "," {
		k--
	}
	// "a letter to Zucker asking": a short addressee after the noun.
	for n := 0; n < 3 && k > 1 && !documents[lower(d.Tokens[k].Text)] && d.Tokens[k].Kind == doc.Word; n++ {
		k--
	}
	if k < 2 || !documents[lower(d.Tokens[k].Text)] {
		return 0, false
	}
	for n := 0; n < 3 && k > 0; n++ {
		k--
		w := lower(d.Tokens[k].Text)
		if determiners[w] || possessive(w) {
			if k >= 1 && documentVerbs[lower(d.Tokens[k-1].Text)] {
				return d.Tokens[k-1].Start, true
			}
			if k >= 2 && lower(d.Tokens[k-1].Text) == "out" && lower(d.Tokens[k-2].Text) == "put" {
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
	"decline": "", "refuse": "", "agree": "with", "vote": "for against", "respond": "to", "point": "to out", "refer": "to", "talk": "about",
	"defend": "", "say": "of about", "speak": "of about", "threaten": "",
	"plan": "",
}

// tokenAt returns the index of the token that starts at byte b, or -1.
func tokenAt(d *doc.Document, b int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].Start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Tokens) && d.Tokens[lo].Start == b {
		return lo
	}
	return -1
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
	e := ti
	for e+1 < len(d.Tokens) && d.Tokens[e+1].End <= sp.End {
		e++
	}
	if e+2 >= len(d.Tokens) || d.Tokens[e+1].Text != "," {
		return sp
	}
	if nx := lower(d.Tokens[e+2].Text); nonAppositive[nx] || strings.HasSuffix(nx, "ing") || strings.HasSuffix(nx, "ly") {
		// "Cruz, meanwhile, said", "Trump, speaking at a rally, said"
		return sp
	}
	if sp.End <= a.Cue.Start {
		// X, appositive, said: extend to the comma that closes the
		// appositive, when only auxiliaries and adverbs follow it.
		closing := -1
		k := e + 2
		for ; k < len(d.Tokens) && d.Tokens[k].End <= a.Cue.Start && k-e < 40; k++ {
			if d.Tokens[k].Kind == doc.QuoteMark {
				return sp
			}
			if d.Tokens[k].Text == "," {
				closing = k
				break
			}
		}
		if closing < 0 {
			return sp
		}
		for k = closing + 1; k < len(d.Tokens) && d.Tokens[k].End <= a.Cue.Start; k++ {
			w := lower(d.Tokens[k].Text)
			if !(cueAux[w] || leftSkip[w] || len(w) > 4 && strings.HasSuffix(w, "ly") || controlVerbs[w] || w == "to") {
				return sp
			}
		}
		sp.End = d.Tokens[closing-1].End
		return sp
	}
	if a.Content.Start >= sp.End {
		// "According to her plan, firms must repay …": the comma
		// closes the source and the content follows it.
		return sp
	}
	// “…,” said X, a professor at Y. — to the clause's end.
	k := e + 2
	for ; k < len(d.Tokens) && k-e < 30; k++ {
		t := d.Tokens[k]
		if t.Kind == doc.QuoteMark || t.Text == "." || t.Text == ";" || t.Text == "?" || t.Text == "!" || t.Text == "," && k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == doc.QuoteMark {
			break
		}
		if _, isCue := cueForms[lower(t.Text)]; isCue && t.Kind == doc.Word && !capitalized(t.Text) && lower(t.Text) != "who" {
			// “…,” said X, adding …: the participle starts a new clause.
			if cueForms[lower(t.Text)].ing {
				break
			}
		}
	}
	if k > e+2 {
		sp.End = d.Tokens[k-1].End
	}
	return sp
}

func (x *ctx) isIng(k int) bool {
	if k < 0 || k >= len(x.lower) {
		return false
	}
	c, ok := cueForms[x.lower[k]]
	return ok && c.ing
}

// adjuncts open a phrase that can close a post-posed cue: "she said of
// her talk", "Sanders said while campaigning in Iowa".
var adjuncts = set("of", "about", "while", "when", "after", "before", "during", "as", "at", "in", "on", "to", "from", "with", "before", "outside", "via", "through", "afterward", "recently", "later", "earlier")

// adjunctToEnd reports whether an adjunct phrase runs from k to the end of
// the sentence with no quote or clause of its own.
func (x *ctx) adjunctToEnd(s doc.Sentence, k int) bool {
	if k >= s.Last || !adjuncts[x.lower[k]] {
		return false
	}
	for e := k + 1; e < s.Last; e++ {
		if e-k > 40 {
			// A phrase this long is a clause of its own.
			return false
		}
		t := x.tok(e)
		if t.Kind == doc.QuoteMark || x.lower[e] == "that" || t.Text == ":" {
			return false
		}
		if finiteAux[x.lower[e]] && !capitalized(t.Text) && !x.is(e-1, "who", "which", "where", "when") {
			// (Not "at a rally in May".)
			// "said about half of the adjustment was due to …": a
			// finite verb makes the phrase a clause, the content.
			return false
		}
		if x.endsClause(s, e) {
			// "said Sunday in Madison, Wisconsin, that …": a "that"
			// after the phrase's commas still opens the content.
			for f := e + 1; f < s.Last && f-e <= 6; f++ {
				if x.is(f, "that") && x.is(f-1, ",") {
					return false
				}
			}
			return true
		}
	}
	return true
}

var finiteAux = set("is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "does", "did", "should", "may", "might", "must")

// saidIntro reads a sentence that opens with its cue, the speaker and a
// quote: "Said Ms. Poynter, who grew up nearby, “We were proud.”" The
// speaker may carry an appositive or a relative clause up to the comma or
// colon that opens the quote.
func (x *ctx) saidIntro(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: cueForms[x.lower[i]].lemma, Cue: x.tok(i).Span}
	end := x.nounPhraseRight(s, i+1)
	if end == i+1 || !capitalized(x.tok(i+1).Text) && !determiners[x.lower[i+1]] {
		return a, false
	}
	for k := end; k < s.Last && k-end <= 30; k++ {
		if !x.isOpenQuote(k) {
			continue
		}
		if k != end && !x.is(k-1, ",", ":") {
			return a, false
		}
		q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
		a.Speaker = doc.Span{Start: x.tok(i + 1).Start, End: x.tok(end - 1).End}
		a.Content = x.trimEnd(q.Inner)
		if a.Content.Empty() {
			return a, false
		}
		x.describe(&a, true)
		return a, true
	}
	return a, false
}

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

func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my" || w == "your"
}

// sentenceBefore returns the index of the sentence before s in the same
// paragraph, or -1.
func (x *ctx) sentenceBefore(s doc.Sentence) int {
	lo, hi := 0, len(x.d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if x.d.Sentences[m].Start < s.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 || x.d.Sentences[lo-1].Para != s.Para {
		return -1
	}
	return lo - 1
}

var numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "a", "dozens", "hundreds", "thousands")

// pastVerbs are common irregular verbs that end a source read leftwards
// when they follow a name ("Sanders went on to say").
var pastVerbs = set("began", "went", "took", "made", "came", "held", "gave", "got", "kept", "left", "met", "ran", "sent",
	"set", "put", "seek", "seeks", "tried", "tries", "goes", "went", "continued", "wants", "needs")

var nonAppositive = set("meanwhile", "however", "though", "too", "as", "in", "on", "at", "for", "after", "before", "when", "while", "himself", "herself", "themselves", "itself", "then", "now", "also", "still", "again", "so", "if", "because", "though", "although", "once", "like", "unlike", "citing", "by", "with", "during", "through", "not", "only", "in")

var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// controlVerbs take a cue verb as their infinitive; PolNeAR's cue is the
// whole chain ("declined to define", "has to remind").
// refusals are the control verbs whose cue phrase stops at themselves.
var refusals = set("declined", "declines", "refused", "refuses")

var controlVerbs = set("declined", "declines", "refused", "refuses", "wants", "wanted", "want", "plans", "planned", "began",
	"begins", "continues", "continued", "tried", "tries", "likes", "like", "hopes", "hoped", "vowed", "promised", "decided",
	"went", "has", "have", "had", "needs", "needed", "chose", "sought", "seeks", "moved", "rushed", "appeared", "seemed",
	"threatened", "agreed", "failed", "used", "came")

// passive reads "Trump is expected to win" and "companies have been
// criticized for …": a report with no source in the text, whose content
// is the subject with the rest of the clause.
// passiveAux returns the token before participle i once negation and
// adverbs are skipped ("is not expected", "was widely seen").
func (x *ctx) passiveAux(s doc.Sentence, i int) int {
	k := i - 1
	for n := 0; k > s.First && n < 2 && x.tok(k).Kind == doc.Word && (x.is(k, "not", "also", "now", "still", "already") || x.adverb(k)); k, n = k-1, n+1 {
	}
	return k
}

// adverb reports whether token k is a lower-case -ly adverb.
func (x *ctx) adverb(k int) bool {
	w := x.lower[k]
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w] && !capitalized(x.tok(k).Text)
}

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
	if a.Content.End <= a.Cue.End {
		return a, false
	}
	a.Lemma = a.Lemma + " (passive)"
	x.describe(&a, false)
	return a, true
}

func relativePronoun(s string) bool {
	switch strings.ToLower(s) {
	case "who", "which", "that", "whom":
		return true
	}
	return false
}

// touching reports whether token k has no space on either side, like the
// hyphen in "R-Texas" and unlike the dash in "Emanuel - who".
func (x *ctx) touching(k int) bool {
	return k > 0 && k+1 < len(x.d.Tokens) && x.d.Tokens[k-1].End == x.d.Tokens[k].Start && x.d.Tokens[k].End == x.d.Tokens[k+1].Start
}

// contractionLen returns the byte length of an auxiliary contracted onto a
// pronoun ("’s" in "He’s"), or 0.
func contractionLen(w string) int {
	if !subjectPronouns[lower(w)] {
		return 0
	}
	for _, c := range []string{"’s", "'s", "’ve", "'ve", "’d", "'d", "’re", "'re", "’ll", "'ll", "’m", "'m"} {
		if strings.HasSuffix(w, c) {
			return len(c)
		}
	}
	return 0
}
