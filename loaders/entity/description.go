package entity

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

//go:generate go run ./internal/genwordnet -out data/nouns.tsv

// nominalClasses maps a nominal's head noun to the organizations it may
// mean, in order of preference ("" is an organization of no known class).
var nominalClasses = map[string][]string{
	"group": {"group", "", "company"}, "movement": {"group", ""}, "militants": {"group", ""},
	"organisation": {"group", "", "ngo", "intl"}, "organization": {"group", "", "ngo", "intl"},
	"outfit": {"group", ""}, "rebels": {"group", ""}, "insurgents": {"group", ""}, "faction": {"group", "party"},
	"company": {"company", ""}, "firm": {"company", ""}, "carrier": {"company", ""}, "airline": {"company"},
	"retailer": {"company", ""}, "giant": {"company", ""}, "maker": {"company", ""}, "manufacturer": {"company", ""},
	"insurer": {"company", ""}, "bank": {"bank", "company"}, "lender": {"bank", "company"},
	"ministry": {"ministry"}, "department": {"ministry"}, "office": {"ministry"},
	"party": {"party"}, "agency": {"agency", "agency-gov"}, "club": {"club"}, "team": {"club"},
	"union": {"", "intl"}, "council": {""}, "commission": {"", "intl"}, "committee": {""},
	"body": {"", "intl", "ngo", "league"}, "watchdog": {"", "agency-gov", "ngo"}, "regulator": {"", "agency-gov"},
	"charity": {"ngo", ""}, "broadcaster": {"media"}, "channel": {"media"}, "newspaper": {"media", ""}, "paper": {"media"},
	"corporation": {"media", "company", ""},
}

var govHeads = set(`government administration authorities regime cabinet`)
var statementHeads = set(`statement report communique communiqué announcement release letter document
message post tweet note declaration spokesman's`)

// personHeads are role nouns that the noun table may read otherwise
// ("head", "general", "official"), checked before it.
var personHeads = set(`spokesman spokeswoman spokesperson minister president leader chancellor secretary
premier chairman chairwoman chief executive head boss manager coach director governor mayor senator
official ambassador envoy commander general prosecutor judge mp`)

// description resolves a description ("the group", "a spokesman for the
// ministry", "the prime minister").
func (rs *resolver) description(sp doc.Span, words []string, attr int) (int, doc.Mention, bool) {
	e, m := rs.nominal(words, sp, attr)
	return e, m, e >= 0
}

// describes returns a description's determiner and head noun: the last
// word before a prepositional phrase ("the chairman of the working
// party" → chairman), else the last word.
func describes(words []string) (det, head string) {
	det = words[0]
	head = words[len(words)-1]
	for i := 1; i < len(words); i++ {
		if prepositionWords[words[i]] {
			head = words[i-1]
			break
		}
	}
	if h, _, ok := strings.Cut(head, "-of-"); ok && h != "" {
		// "the mother-of-nine", "a father-of-two": the noun before "of".
		head = h
	}
	return det, head
}

// nominal resolves a definite description: "the statement" to who made
// it, "the government" to the government, "the group" or "the
// corporation" to an organization of that kind, and "the prime
// minister", "the giant winger" or "the 29-year-old" to a person.
func (rs *resolver) nominal(words []string, sp doc.Span, attr int) (int, doc.Mention) {
	none := doc.Mention{Span: sp, Entity: -1}
	det, head := describes(words)
	if det != "the" && det != "this" && det != "that" && det != "its" && det != "their" {
		return -1, none
	}
	e := -1
	switch {
	case statementHeads[head]:
		e = rs.statementSpeaker(sp.Start, attr)
	case govHeads[head]:
		e = rs.back(sp.Start, func(x int) bool {
			return rs.d.Entities[x].Type == doc.Government || ruling(rs.d.Entities[x])
		})
		if e < 0 && head == "government" {
			e = rs.homeGovernment()
		}
	case nominalClasses[head] != nil:
		e = rs.organization(sp.Start, head, nominalClasses[head])
	case plural(head) || pluralGroup(head):
		// "the MPs", "the analysts": a group of people the article
		// does not name as one.
		return -1, none
	case personHeads[head] || nouns.person(head) || strings.HasSuffix(head, "-year-old"):
		e = rs.described(sp, head)
	case nouns.group(head):
		e = rs.organization(sp.Start, head, []string{"", "company", "group", "media", "ngo", "intl", "agency-gov", "league", "club", "party", "bank", "ministry", "agency"})
	}
	if e < 0 {
		return -1, none
	}
	return e, rs.record(sp, doc.NominalMention, e)
}

// pluralGroup reports a plural of an organization noun ("the unions",
// "the companies"): several bodies, none of which speaks for the rest.
func pluralGroup(head string) bool {
	if _, singular := nouns[head]; singular || nominalClasses[head] != nil {
		return false
	}
	for _, s := range singulars(head) {
		if nominalClasses[s] != nil || nouns.group(s) {
			return true
		}
	}
	return false
}

// plural reports a plural person noun ("analysts", "MPs", "spokesmen").
func plural(head string) bool {
	if _, singular := nouns[head]; singular || personHeads[head] {
		return false
	}
	return nouns.person(head)
}

// organization returns the organization, of one of the classes in turn,
// that is the subject or speaker of a recent sentence, else the nearest.
// "The group" is a militant group named a while back before it is the
// company just named.
func (rs *resolver) organization(pos int, head string, classes []string) int {
	d := rs.d
	if e := rs.nounAfterName(pos, head); e >= 0 {
		return e
	}
	for _, want := range classes {
		e := rs.backSubject(pos, func(x int) bool {
			ent := d.Entities[x]
			if ent.Type != doc.Organization && ent.Type != doc.NewsAgency && !(head == "ministry" && ent.Type == doc.Government) {
				return false
			}
			if ruling(ent) && (head == "group" || head == "movement" || head == "militants" || head == "rebels") {
				return false
			}
			return class(ent) == want
		})
		if e >= 0 {
			return e
		}
	}
	return rs.leadOrganization(pos, classes)
}

// leadOrganization returns the organization that the article's first
// sentence names first, when it is of one of the classes and no other
// organization of that class is named before pos: the subject of a news
// story ("Bethlehem Steel Corp said …") is "the company" all through it,
// however far back the look-back bounds of the other readings reach. An
// organization of no known class is no evidence ("a union spokesman" in
// a story that leads with a mine).
func (rs *resolver) leadOrganization(pos int, classes []string) int {
	d := rs.d
	k := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start >= d.BodyStart })
	if k == len(d.Sentences) {
		return -1
	}
	lead := d.Sentences[k].Span
	first := -1
	for _, m := range rs.named {
		if m.Start >= pos {
			break
		}
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Organization || !knownClass(classes, class(d.Entities[m.Entity])) {
			continue
		}
		switch {
		case first < 0 && m.Start >= lead.Start && m.End <= lead.End:
			first = m.Entity
		case first < 0 || m.Entity != first:
			return -1
		}
	}
	return first
}

// nounAfterName returns the entity an earlier name gave the head noun to:
// "the council" after "Ashford council", "the union" after "the GMB
// union", "the ministry" after "the Defence ministry"; -1 when none of the
// nearest names is followed by the noun.
func (rs *resolver) nounAfterName(pos int, head string) int {
	d := rs.d
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= pos }) - 1
	for stop := k - lookBackMentions; k >= 0 && k > stop; k-- {
		m := rs.named[k]
		if m.Entity < 0 || m.Entity >= len(d.Entities) || d.Entities[m.Entity].Type == doc.Person {
			continue
		}
		rest := d.Text[m.End:min(len(d.Text), m.End+len(head)+2)]
		if len(rest) > len(head) && rest[0] == ' ' && strings.EqualFold(rest[1:len(head)+1], head) &&
			(len(rest) == len(head)+1 || !isLetter(rest[len(head)+1])) {
			return m.Entity
		}
	}
	return -1
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// described resolves a person description: the person whose role the
// head names ("the mayor" → the person introduced as mayor), else the
// person of that age ("the 29-year-old" → "Agassi, 29,"), else (an age
// the article never gave, too) the most
// salient person: the subject or speaker of a recent sentence, the last
// speaker, or the person the article has named most.
func (rs *resolver) described(sp doc.Span, head string) int {
	d := rs.d
	person := func(x int) bool { return d.Entities[x].Type == doc.Person }
	if e := rs.back(sp.Start, func(x int) bool {
		return person(x) && d.Entities[x].Role != "" && roleNamed(d.Entities[x].Role, head)
	}); e >= 0 {
		return e
	}
	if strings.HasSuffix(head, "-year-old") {
		if e := rs.aged(sp.Start, strings.TrimSuffix(head, "-year-old")); e >= 0 {
			return e
		}
	}
	if head == "spokesman" || head == "spokeswoman" || head == "spokesperson" {
		return rs.lastSpeaker(sp.Start, person)
	}
	// An office ("the local MP", "the mayor") is held by nobody the
	// article gave another role; an occupation ("the giant winger")
	// may describe anyone salient.
	fits := func(x int) bool {
		r := d.Entities[x].Role
		return person(x) && (!personHeads[head] || r == "" || roleNamed(r, head))
	}
	if e := rs.recentSubject(sp.Start, fits); e >= 0 {
		return e
	}
	if e := rs.lastSpeaker(sp.Start, fits); e >= 0 {
		return e
	}
	return rs.mostNamed(sp.Start, fits)
}

// roleNamed reports whether a role ("Labour MP", "chief executive")
// ends with or holds the head noun, and is not a deputy's or a former
// holder's ("the mayor" is not the deputy mayor).
func roleNamed(role, head string) bool {
	r := strings.ToLower(role)
	for _, w := range strings.Fields(r) {
		if lesserRoles[w] {
			return false
		}
	}
	return r == head || strings.HasSuffix(r, " "+head) || strings.Contains(r, head+" ")
}

var lesserRoles = set(`deputy vice assistant acting former ex- interim shadow junior`)

// aged returns the person named before pos, among the lookBackMentions
// nearest, with the age given right after the name ("Agassi, 34," or
// "Agassi (34)"), or -1.
func (rs *resolver) aged(pos int, age string) int {
	d := rs.d
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= pos }) - 1
	for stop := k - lookBackMentions; k >= 0 && k > stop; k-- {
		m := rs.named[k]
		if m.Entity < 0 || d.Entities[m.Entity].Type != doc.Person {
			continue
		}
		rest := d.Text[m.End:min(len(d.Text), m.End+len(age)+3)]
		if rest == ", "+age+"," || rest == " ("+age+")" {
			return m.Entity
		}
	}
	return -1
}

// maxSalienceMentions bounds the mentions that salience counts: an
// article's main people are named in its first pages, and the bound
// keeps resolution linear on a book-length input.
const maxSalienceMentions = 2000

// mostNamed returns the entity that ok accepts and that the article names
// most often before pos, the first named on a tie; -1 when none.
func (rs *resolver) mostNamed(pos int, ok func(e int) bool) int {
	count := map[int]int{}
	best := -1
	for n, m := range rs.named {
		if m.Start >= pos || n >= maxSalienceMentions {
			break
		}
		if m.Entity < 0 || m.Entity >= len(rs.d.Entities) || !ok(m.Entity) {
			continue
		}
		count[m.Entity]++
		if best < 0 || count[m.Entity] > count[best] {
			best = m.Entity
		}
	}
	return best
}

// knownClass reports whether c is a class and one of classes.
func knownClass(classes []string, c string) bool { return c != "" && slices.Contains(classes, c) }
