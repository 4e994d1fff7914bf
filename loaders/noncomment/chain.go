package noncomment

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// group is the verb group read leftwards from a head: where it starts and
// the refusal frame it makes.
type group struct {
	start int // first token of the group (the cue's start)
	frame frame
	// needsNobody: the group makes a refusal only if its subject carries
	// the negation ("Neither X nor Y would comment", "No-one was
	// available").
	needsNobody bool
	// subjectAux is a contracted pronoun that opens the group ("I'm not
	// going to comment"): the pronoun is the subject.
	subjectAux bool
	// negs counts the negations; cat is the catenative nearest the head,
	// catWord its word.
	negs    int
	cat     role
	catWord string
	// passive: a form of "be" governs a participle head ("target zones
	// will not be discussed"): the subject is what is discussed.
	passive bool
	// presentWant: "does not want to discuss", a refusal only when the
	// speaker says it of himself ("I don't want to comment").
	presentWant bool
}

// readGroup reads the verb group that ends right before token h: adverbs,
// auxiliaries, negations, and catenatives with their "to" ("has so far
// been unable to", "did not want to", "preferred not to"). be tells a head
// that needs a form of "be" somewhere in the group; negative a head that
// negates itself ("unavailable").
func (m *matcher) readGroup(h int, be, negative bool) (group, bool) {
	low, first := m.low, m.s.First
	k := h - 1
	g := group{start: h}
	if negative {
		g.negs++
	}
	var auxes role // the leftmost finite auxiliary's roles
	notTo, sawBe, nearest, never := false, false, true, false
	for k >= first {
		if n := lex.at(low, first, k, rAdv|rNever|rNeg); n > 0 {
			w := low[k]
			if n == 1 && lex.has(w, rNeg|rNever) {
				g.negs++
				never = never || lex.has(w, rNever)
				if lex.has(w, aux) {
					auxes = lex.roles[w] & aux
					sawBe = sawBe || lex.has(w, rBe)
					nearest = false
				}
			}
			k -= n
			g.start = k + 1
			continue
		}
		if lyAdverb(m.d.Tokens[k].Text) {
			// "has repeatedly declined": inside the group only, so that
			// "The family declined" keeps its subject.
			k--
			continue
		}
		if n := lex.at(low, first, k, aux); n == 1 {
			auxes = lex.roles[low[k]] & aux
			sawBe = sawBe || lex.has(low[k], rBe)
			if nearest && lex.has(low[k], rBe) && !be && strings.HasSuffix(low[h], "ed") {
				g.passive = true
			}
			nearest = false
			k--
			g.start = k + 1
			continue
		}
		if r, ok := contractedAux(low[k]); ok {
			// "I'm", "we're", "he's", "I'd": the pronoun is the subject.
			auxes = r
			sawBe = sawBe || r&rBe != 0
			g.subjectAux = true
			g.start = k
			break
		}
		if low[k] != "to" {
			break
		}
		nearest = false
		j, n, nt := m.catenativeBefore(k)
		if n == 0 {
			// "asked to comment", "too early to comment": not a refusal.
			return g, false
		}
		if g.cat == 0 {
			g.cat, g.catWord, notTo = catenativeRole(low[j]), low[j], nt
		} else if nt {
			g.negs++
		}
		k = j - n
		g.start = k + 1
	}
	if be && !sawBe && !m.coordinatedBe(g.start) || g.passive {
		return g, false
	}
	g.presentWant = g.cat&rWant != 0 && auxes&rDo != 0
	// "The SEC never comments on …", "We never comment on …": a habit;
	// "has never commented", "never commented" are refusals.
	habit := never && auxes == 0 && g.cat == 0 && !strings.HasSuffix(low[h], "ed")
	g.frame, g.needsNobody = frameOf(g.cat, g.catWord, notTo, auxes, g.negs, strings.HasSuffix(low[h], "ing"), habit)
	return g, g.frame != 0
}

// catenativeBefore reads the catenative that governs the "to" at k, past
// a "not": "declined to", "preferred not to", "not in a position to". It
// returns the catenative's last token, its length in tokens (0 when there
// is none) and whether "not" stood between.
func (m *matcher) catenativeBefore(k int) (j, n int, notTo bool) {
	j = k - 1
	if j >= m.s.First && m.low[j] == "not" {
		notTo = true
		j--
	}
	return j, lex.at(m.low, m.s.First, j, catenative), notTo
}

// catenativeRole returns the catenative role of w ("position" for "in a
// position" is able).
func catenativeRole(w string) role {
	if r := lex.roles[w] & catenative; r != 0 {
		return r
	}
	return rAble
}

// frameOf names the frame of a verb group from its nearest catenative,
// its leftmost auxiliary and its count of negations. A group that would be
// a refusal with one more negation returns that frame with nobody set: it
// is a refusal if its subject is negative ("Neither X nor Y commented").
func frameOf(cat role, catWord string, notTo bool, auxes role, negs int, ing, habit bool) (frame, bool) {
	switch {
	case auxes&rMay != 0:
		// "may not want to answer", "should not comment": no refusal.
		return 0, false
	case cat&(rRefuse|rChoose) != 0 && auxes&rWill != 0:
		// "will refuse to answer": an intention, not a refusal made.
		return 0, false
	case cat&rWant != 0 && auxes&rDo != 0 && catWord != "want" && catWord != "wants" && catWord != "wish" && catWord != "wishes":
		// "they don't like to talk about it": a habit; "I don't want to
		// comment" is a refusal.
		return ifOne(negs, fHabit)
	case notTo:
		return ifNone(negs, fNotTo)
	case cat&rChoose != 0:
		return 0, false
	}
	for _, c := range catenativeFrames {
		switch {
		case cat&c.role == 0:
		case c.negated:
			return ifOne(negs, c.frame)
		default:
			return ifNone(negs, c.frame)
		}
	}
	var f frame
	switch {
	case auxes&rCan != 0:
		f = fUnable
	case auxes&rWill != 0:
		f = fWill
	case auxes&rDid != 0:
		f = fPast
	case auxes&rHave != 0:
		f = fPast
	case auxes&rDo != 0:
		f = fHabit
	case auxes&rBe != 0 && ing:
		// "is not commenting": a refusal now, not a habit.
		f = fWill
	case auxes&rBe != 0:
		f = fCop
	case habit:
		// "The SEC, as a matter of policy, never comments on …"
		f = fHabit
	default:
		// "never commented", or a bare past tense under "Neither … nor".
		f = fPast
	}
	return ifOne(negs, f)
}

// catenativeFrames name the frame each catenative makes: a refusal in
// itself ("declined to", "yet to", "unable to", "failed to"), or only
// when negated ("not able to", "did not want to").
var catenativeFrames = []struct {
	role    role
	frame   frame
	negated bool
}{
	{rRefuse, fRefuse, false}, {rYet, fYet, false}, {rUnable, fUnable, false}, {rFail, fFail, false},
	{rAble, fUnable, true}, {rWant, fWill, true},
}

// ifNone: a refusal verb makes its frame when nothing negates it ("did
// not decline to comment" is no refusal).
func ifNone(negs int, f frame) (frame, bool) {
	if negs == 0 {
		return f, false
	}
	return 0, false
}

// ifOne: a negated group makes its frame; an unnegated one makes it only
// under a negative subject.
func ifOne(negs int, f frame) (frame, bool) {
	switch negs {
	case 1:
		return f, false
	case 0:
		return f, true
	}
	return 0, false
}

// contractedAux reads "I'm", "we're", "he's", "I'd", "we've", "I'll": a
// personal pronoun fused with an auxiliary.
func contractedAux(w string) (role, bool) {
	w = strings.ReplaceAll(w, "’", "'")
	stem, suf, ok := strings.Cut(w, "'")
	if !ok || !personal[stem] {
		return 0, false
	}
	switch suf {
	case "m", "re":
		return rBe, true
	case "s":
		return rBe | rHave, true
	case "ve":
		return rHave, true
	case "d", "ll":
		return rWill, true
	}
	return 0, false
}

// lyAdverb reports a lower-case word in -ly ("repeatedly"); the caller
// keeps it only between other words of the group.
func lyAdverb(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ly") && w[0] >= 'a' && w[0] <= 'z'
}

// personal are the personal pronouns that may be a refusal's subject.
var personal = map[string]bool{"i": true, "we": true, "he": true, "she": true, "it": true, "they": true, "you": true}

// coordinatedBe reports a predicate joined to an earlier "was" ("Bell was
// out of town and unavailable for comment").
func (m *matcher) coordinatedBe(start int) bool {
	k := start - 1
	if k <= m.s.First || m.low[k] != "and" && m.low[k] != "or" {
		return false
	}
	for j := k - 1; j >= m.s.First && k-j < 8; j-- {
		if lex.has(m.low[j], rBe) {
			return true
		}
		if m.d.Tokens[j].Kind != doc.Word || lex.has(m.low[j], rVerb) {
			return false
		}
	}
	return false
}
