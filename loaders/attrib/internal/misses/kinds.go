package main

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/attrib/internal/polnear"
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// The kinds, in the order kindOf tries them: a miss goes to the first
// that fits.
const (
	noCue       = "no cue"
	punctCue    = "punctuation cue (headline colon, dash)"
	according   = "according to and kin (per, citing, based on)"
	document    = "poll or document as the source"
	passive     = "passive (is expected, was reported)"
	possNoun    = "possessive noun cue (X's decision to, his call for)"
	noun        = "noun cue (claims, criticism of, support for)"
	belief      = "belief or intention (believes, wants, plans)"
	infinitive  = "infinitive cue (to endorse, to discuss)"
	lexiconVerb = "lexicon cue, frame refused by the rules"
	otherCue    = "cue outside the lexicon (other verbs, phrases)"
)

var (
	auxiliaries = set("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could",
		"should", "can", "may", "might", "must", "do", "does", "did", "not", "also", "to", "the", "a", "an", "’s", "'s", "s")
	beForms       = set("is", "are", "was", "were", "be", "been", "being")
	documentNouns = set("poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis",
		"video", "ad", "ads", "email", "emails", "letter", "statement", "book", "article", "memo", "document", "documents",
		"records", "filing", "figures", "results", "research", "website", "tweet", "tweets", "headline", "bill", "law",
		"ruling", "platform", "spot", "transcript", "message", "release", "footage", "story", "editorial", "numbers")
	speechNouns = set("claim", "claims", "statement", "statements", "report", "criticism", "support", "decision", "view",
		"views", "call", "calls", "complaint", "complaints", "question", "questions", "opposition", "attack", "attacks",
		"comment", "comments", "remark", "remarks", "promise", "promises", "plan", "plans", "hope", "hopes", "fear", "fears",
		"belief", "argument", "warning", "announcement", "endorsement", "endorsements", "praise", "concern", "concerns",
		"message", "pledge", "vow", "proposal", "insistence", "demand", "demands", "request", "assertion", "allegation",
		"allegations", "accusation", "accusations", "threat", "suggestion", "estimate", "response", "position", "stance",
		"idea", "opinion", "push", "bid", "effort", "efforts", "goal", "prediction", "refusal", "denial", "focus", "backing",
		"approval", "perception", "debate", "rhetoric", "supporter", "supporters", "interview", "speech")
	beliefWords = set("believe", "believes", "believed", "think", "thinks", "thought", "want", "wants", "wanted", "plan",
		"plans", "planned", "planning", "hope", "hopes", "hoped", "hoping", "expect", "expects", "expected", "intend",
		"intends", "intended", "seek", "seeks", "sought", "seeking", "feel", "feels", "felt", "fear", "fears", "feared",
		"worry", "worries", "worried", "prefer", "prefers", "preferred", "favor", "favors", "favored", "like", "likes",
		"liked", "love", "loves", "hate", "know", "knows", "knew", "see", "sees", "saw", "view", "aim", "aims", "aimed",
		"wish", "wishes")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// kindOf returns the kind of a missed attribution and the head word of
// its cue (the first word that is no auxiliary or article).
func kindOf(text string, a polnear.Attr) (string, string) {
	cue := strings.Fields(strings.ToLower(spansText(text, a.Cue)))
	for i, w := range cue {
		cue[i] = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '’' && r != '\'' })
	}
	head, first := "", ""
	for _, w := range cue {
		if w != "" && first == "" {
			first = w
		}
		if w != "" && !auxiliaries[w] {
			head = w
			break
		}
	}
	if head == "" {
		// ("to", "has": a cue of auxiliaries alone.)
		head = first
	}
	src := strings.Fields(strings.ToLower(spansText(text, a.Source)))
	switch {
	case len(a.Cue) == 0:
		return noCue, ""
	case head == "":
		return punctCue, strings.Join(cue, " ")
	case head == "according" || head == "per" || head == "citing" || head == "based":
		return according, head
	case anyIn(src, documentNouns):
		return document, head
	case passiveCue(cue):
		return passive, head
	case speechNouns[head] && !verbLike(head) && len(src) > 0 && possessive(src[len(src)-1]):
		return possNoun, head
	case speechNouns[head] && !verbLike(head):
		return noun, head
	case beliefWords[head]:
		return belief, head
	case cue[0] == "to":
		return infinitive, head
	case anyLexicon(cue):
		return lexiconVerb, head
	}
	return otherCue, head
}

func spansText(text string, spans []doc.Span) string {
	var b strings.Builder
	for _, s := range spans {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			continue
		}
		b.WriteString(text[s.Start:s.End])
		b.WriteByte(' ')
	}
	return b.String()
}

func anyIn(ws []string, in map[string]bool) bool {
	for _, w := range ws {
		if in[strings.Trim(w, ",.;:")] {
			return true
		}
	}
	return false
}

// passiveCue reports a form of "be" before a participle in the cue.
func passiveCue(cue []string) bool {
	for i, w := range cue {
		if !beForms[w] {
			continue
		}
		for _, v := range cue[i+1:] {
			if strings.HasSuffix(v, "ed") || strings.HasSuffix(v, "en") || v == "known" || v == "seen" || v == "told" || v == "said" {
				return true
			}
		}
	}
	return false
}

// verbLike reports a noun-looking head that the lexicon reads as a verb
// form ("claims" after a name): it is counted with the lexicon's cues.
func verbLike(w string) bool {
	_, ok := attrib.CueLemma(w)
	return ok
}

func anyLexicon(cue []string) bool {
	for _, w := range cue {
		if _, ok := attrib.CueLemma(w); ok {
			return true
		}
	}
	return false
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’") ||
		w == "his" || w == "her" || w == "their" || w == "its"
}
