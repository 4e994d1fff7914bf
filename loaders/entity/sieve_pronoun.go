package entity

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

var pronouns = set(`he she him his her they them their it its we i`)

// pronounSieve resolves a lone pronoun.
func (rs *resolver) pronounSieve(sp doc.Span, words []string, _ int) (int, doc.Mention, bool) {
	if len(words) != 1 || !pronouns[words[0]] {
		return -1, doc.Mention{}, false
	}
	m := doc.Mention{Span: sp, Entity: -1}
	e := rs.pronoun(words[0], sp)
	if e >= 0 {
		m = rs.record(sp, doc.PronounMention, e)
	}
	return e, m, true
}

func (rs *resolver) pronoun(w string, sp doc.Span) int {
	d := rs.d
	switch w {
	case "he", "she", "him", "his", "her", "i":
		want := byte('m')
		if w == "she" || w == "her" {
			want = 'f'
		}
		if w == "i" {
			want = 0
		}
		person := func(e int) bool {
			ent := d.Entities[e]
			if ent.Type != doc.Person {
				return false
			}
			g := genderOf(ent)
			return want == 0 || g == 0 || g == want
		}
		// A person named earlier in the same sentence, outside quotes
		// and not inside a prepositional phrase ("Describing the meeting
		// at King's Cross, he said").
		sent := rs.sentenceOf(sp.Start)
		if e := rs.back(sp.Start, func(e int) bool { return person(e) }); e >= 0 {
			if rs.mentionedIn(e, doc.Span{Start: sent.Start, End: sp.Start}) && !rs.inPhrase(e, sent.Start, sp.Start) {
				return e
			}
		}
		// A spokesperson who spoke in this sentence or the one before
		// ("A BBC spokeswoman said … She said"), for whom the body
		// speaks.
		if e := rs.spokesperson1(sp.Start, want); e >= 0 {
			return e
		}
		// The subject or speaker of the sentence before ("But Morrison
		// is determined … He said:"), then the last speaker.
		if e := rs.recentSubject(sp.Start, person); e >= 0 {
			return e
		}
		if e := rs.lastSpeaker(sp.Start, person); e >= 0 {
			return e
		}
		return rs.back(sp.Start, person)
	case "they", "them", "their", "it", "its", "we":
		if (w == "they" || w == "them" || w == "their") && rs.pluralSourceBefore(sp.Start) {
			return -1
		}
		if e := rs.lastSpeaker(sp.Start, rs.isBody); e >= 0 {
			return e
		}
		return rs.backSubject(sp.Start, rs.isBody)
	}
	return -1
}

// recentSubject returns the entity that ok accepts and that was the
// subject or a resolved speaker of pos's sentence (before pos) or of the
// sentence before it, nearest first; -1 when there is none.
func (rs *resolver) recentSubject(pos int, ok func(e int) bool) int {
	cur := rs.sentenceOf(pos).Start
	sents := 0
	found := -1
	rs.walk(pos, func(m doc.Mention, spoken bool) bool {
		if s := rs.sentenceOf(m.Start).Start; s != cur {
			cur = s
			if sents++; sents > 1 {
				return false
			}
		}
		if ok(m.Entity) && (spoken || rs.sentenceInitial(m.Span)) {
			found = m.Entity
			return false
		}
		return true
	})
	return found
}

// spokesperson1 returns the entity of the last speaker before pos when it
// is an unnamed spokesperson of the gender wanted (0: any) who spoke in
// pos's sentence or in one of the two before it, counted from the start
// of the quotation the pronoun closes ("A Harlow Foods spokesman told
// reporters … Sales fell again. "We will hold our prices …," he said"):
// the sentences inside that quotation are the spokesperson's own. No
// person may be named between the spokesperson and the quotation, except
// inside a quotation or an attribution's content.
func (rs *resolver) spokesperson1(pos int, want byte) int {
	anchor := rs.quoteClosedAt(pos)
	near := rs.sentenceBefore(anchor).Start
	far := rs.sentenceBefore(near).Start
	for s := len(rs.spoken) - 1; s >= 0; s-- {
		m := rs.spoken[s]
		if m.Start >= pos {
			continue
		}
		if m.Start < far || m.Entity < 0 || rs.personNamed(m.End, anchor) {
			return -1
		}
		if rs.phraseHas(m.Span, func(w string) bool {
			g, ok := spokesGender[w]
			return ok && (want == 0 || g == 0 || g == want)
		}) {
			return m.Entity
		}
		return -1
	}
	return -1
}

// quoteClosedAt returns the start of the quotation that closes right
// before pos in pos's sentence ("…,” he said: the mark, a comma and a
// space), or pos when there is none.
func (rs *resolver) quoteClosedAt(pos int) int {
	k := sort.Search(len(rs.quotes), func(i int) bool { return rs.quotes[i].End > pos }) - 1
	if k < 0 || rs.quotes[k].End > pos || utf8.RuneCountInString(rs.d.Text[rs.quotes[k].End:pos]) > 4 {
		return pos
	}
	return rs.quotes[k].Start
}

// personNamed reports a person named in [from, to) outside quotations and
// outside the contents of attributions (a name a spokesperson's own words
// mention speaks no quotation).
func (rs *resolver) personNamed(from, to int) bool {
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= from })
	for ; k < len(rs.named) && rs.named[k].Start < to; k++ {
		m := rs.named[k]
		if m.Entity >= 0 && rs.d.Entities[m.Entity].Type == doc.Person && !rs.inQuote(m.Span) && !rs.inContent(m.Span) {
			return true
		}
	}
	return false
}

// inContent reports whether sp lies inside an attribution's content.
func (rs *resolver) inContent(sp doc.Span) bool {
	for _, a := range rs.d.Attributions {
		if a.Content.Start <= sp.Start && sp.End <= a.Content.End {
			return true
		}
	}
	return false
}

// inPhrase reports whether every mention of e in [from, to) sits in a
// prepositional phrase: a preposition before it, past at most a
// determiner and possessive or capitalised words.
func (rs *resolver) inPhrase(e, from, to int) bool {
	d := rs.d
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= from })
	if last := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= to }); last-k > lookBackMentions {
		// (A sentence runs on for pages only in hostile input; the
		// mentions nearest the pronoun decide.)
		k = last - lookBackMentions
	}
	for ; k < len(rs.named) && rs.named[k].Start < to; k++ {
		m := rs.named[k]
		if m.Entity != e {
			continue
		}
		words := strings.Fields(d.Text[max(from, m.Start-80):m.Start])
		in := false
		for i := len(words) - 1; i >= 0 && i >= len(words)-4; i-- {
			w := strings.ToLower(strings.Trim(words[i], ",;:"))
			if prepositionWords[w] {
				in = true
				break
			}
			if w != "the" && w != "a" && w != "an" && !capitalized(words[i]) {
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

func genderOf(e doc.Entity) byte {
	if e.Type != doc.Person {
		return 0
	}
	var wb [8]string
	w := doc.AppendFields(wb[:0], e.Name)
	if len(w) == 0 {
		return 0
	}
	if f, ok := gaz.people[w[len(w)-1]]; ok && f.Name == e.Name {
		return f.Gender
	}
	return gaz.given[w[0]]
}

// pluralSourceBefore reports an unresolved plural speaker ("Analysts",
// "officials") in the sentence before pos or the one before that.
func (rs *resolver) pluralSourceBefore(pos int) bool {
	prev := rs.sentenceBefore(pos)
	for s := len(rs.spoken) - 1; s >= 0; s-- {
		m := rs.spoken[s]
		if m.Start >= pos {
			continue
		}
		if m.Start < prev.Start {
			return false
		}
		text := strings.TrimRight(rs.d.Slice(m.Span), " ,")
		return m.Entity < 0 && strings.HasSuffix(text, "s") && !strings.HasSuffix(strings.ToLower(text), "'s")
	}
	return false
}

var spokesGender = map[string]byte{"spokesman": 'm', "spokeswoman": 'f', "spokesperson": 0}

func capitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
