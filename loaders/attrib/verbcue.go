package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

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
			} else if pi := x.d.View.Para[k]; pi < len(x.d.Paragraphs) && pi > s.Para && x.d.Paragraphs[pi].Start == x.tok(k).Start {
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

// controlVerbs take a cue verb as their infinitive; PolNeAR's cue is the
// whole chain ("declined to define", "has to remind").
var controlVerbs = set("declined", "declines", "refused", "refuses", "wants", "wanted", "want", "plans", "planned", "began",
	"begins", "continues", "continued", "tried", "tries", "likes", "like", "hopes", "hoped", "vowed", "promised", "decided",
	"went", "has", "have", "had", "needs", "needed", "chose", "sought", "seeks", "moved", "rushed", "appeared", "seemed",
	"threatened", "agreed", "failed", "used", "came")
