package noncomment

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/vocab"
)

//go:embed refusals.txt
var tableData string

// role is what a word does in a refusal clause; a word may have several.
type role uint64

const (
	rWill role = 1 << iota
	rCan
	rMay
	rDid
	rDo
	rHave
	rBe
	rNeg
	rNever
	rAdv
	rRefuse
	rYet
	rUnable
	rAble
	rWant
	rChoose
	rFail
	rLight
	rNobody
	rRequest
	rReqMod
	rSeek
	rAsked
	rSpeech
	rTail
	rWhen
	rStop
	rNounMod
	rContact
	rBody
	rOf
	rVerb
	rLead
	rPerson
)

var roleNames = map[string]role{
	"will": rWill, "can": rCan, "may": rMay, "did": rDid, "do": rDo, "have": rHave, "be": rBe, "neg": rNeg,
	"never": rNever, "adv": rAdv, "refuse": rRefuse, "yet": rYet, "unable": rUnable, "able": rAble,
	"want": rWant, "choose": rChoose, "fail": rFail, "light": rLight, "nobody": rNobody,
	"request": rRequest, "reqmod": rReqMod, "seek": rSeek, "asked": rAsked, "speech": rSpeech,
	"tail": rTail, "when": rWhen, "stop": rStop, "nounmod": rNounMod, "contact": rContact,
	"body": rBody, "of": rOf, "verb": rVerb, "lead": rLead, "person": rPerson,
}

// aux are the roles of finite auxiliaries.
const aux = rWill | rCan | rMay | rDid | rDo | rHave | rBe

// catenative are the roles of words that take "to" and the head.
const catenative = rRefuse | rYet | rUnable | rAble | rWant | rChoose | rFail

// frame is the kind of refusal a verb group makes.
type frame uint16

const (
	fRefuse frame = 1 << iota // declined to, refused to
	fNotTo                    // preferred not to
	fYet                      // has yet to
	fUnable                   // cannot, could not, unable to, not able to
	fWill                     // would not, won't, did not want to
	fPast                     // did not, has not
	fNever                    // has never
	fCop                      // was not (available), unavailable
	fFail                     // failed to (with a request only)
	fNobody                   // the negation is in the subject
	fHabit                    // does not: a policy, never a refusal alone
)

var frameNames = map[string]frame{
	"refuse": fRefuse, "notto": fNotTo, "yet": fYet, "unable": fUnable, "will": fWill,
	"past": fPast, "never": fNever, "cop": fCop, "fail": fFail, "nobody": fNobody,
}

// family is one predicate family and what it admits.
type family struct {
	name   string
	frames frame
	// request: "to a request for comment" after the head is part of the
	// cue; needRequest: the head must take such an object.
	request, needRequest bool
	object, questions    bool
	forComment, party    bool
	contact, needTopic   bool
	spoken               bool
	wh                   bool
	preps                map[string]bool
}

// complements are the complement keywords of a family line and what each
// sets.
var complements = map[string]func(*family){
	"request":    func(f *family) { f.request = true },
	"request!":   func(f *family) { f.request, f.needRequest = true, true },
	"object":     func(f *family) { f.object = true },
	"questions":  func(f *family) { f.questions = true },
	"forcomment": func(f *family) { f.forComment = true },
	"party":      func(f *family) { f.party = true },
	"contact":    func(f *family) { f.contact = true },
	"topic!":     func(f *family) { f.needTopic = true },
	"spoken":     func(f *family) { f.spoken = true },
	"wh":         func(f *family) { f.wh = true },
}

// head is one form of a family's head: its words in order, and whether
// a form of "be" must govern it ("be reached").
type head struct {
	words []string
	fam   *family
	be    bool
	// negative forms carry their own negation ("unavailable").
	negative bool
}

// lexicon is the parsed table, built once at init and only read after.
type lexicon struct {
	roles map[string]role
	// multi maps the last word of a multi-word entry to its entries.
	multi map[string][]multiWord
	// heads maps the first word of a head form to its forms; headsBy
	// holds the same by vocabulary id (doc.View.Word).
	heads   map[string][]head
	headsBy vocab.Table[[]head]
}

type multiWord struct {
	words []string
	role  role
}

var lex = mustLexicon(tableData)

func mustLexicon(data string) *lexicon {
	l, err := parseLexicon(data)
	if err != nil {
		panic(fmt.Sprintf("noncomment: the embedded refusals.txt is broken: %v", err))
	}
	return l
}

func parseLexicon(data string) (*lexicon, error) {
	l := &lexicon{roles: map[string]role{}, multi: map[string][]multiWord{}, heads: map[string][]head{}}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		var err error
		if rest, ok := strings.CutPrefix(line, "family "); ok {
			err = l.addFamily(rest)
		} else {
			err = l.addRole(line)
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
	}
	l.headsBy = vocab.NewTable(l.heads)
	return l, nil
}

func (l *lexicon) addRole(line string) error {
	name, words, ok := strings.Cut(line, ":")
	r, known := roleNames[strings.TrimSpace(name)]
	if !ok || !known {
		return fmt.Errorf("%q is neither a family nor a known role", line)
	}
	for _, w := range strings.Fields(words) {
		if strings.Contains(w, "+") {
			ws := strings.Split(w, "+")
			last := ws[len(ws)-1]
			l.multi[last] = append(l.multi[last], multiWord{words: ws, role: r})
			continue
		}
		l.roles[w] |= r
	}
	return nil
}

func (l *lexicon) addFamily(line string) error {
	name, rest, ok := strings.Cut(line, ":")
	parts := strings.Split(rest, "|")
	if !ok || len(parts) != 3 {
		return fmt.Errorf("family %q needs heads | frames | complement", line)
	}
	f := &family{name: strings.TrimSpace(name), preps: map[string]bool{}}
	for _, fr := range strings.Fields(parts[1]) {
		v, known := frameNames[fr]
		if !known {
			return fmt.Errorf("family %s: unknown frame %q", f.name, fr)
		}
		f.frames |= v
	}
	for _, c := range strings.Fields(parts[2]) {
		if set, ok := complements[c]; ok {
			set(f)
			continue
		}
		p, ok := strings.CutPrefix(c, "prep=")
		if !ok {
			return fmt.Errorf("family %s: unknown complement %q", f.name, c)
		}
		for _, w := range strings.Split(p, ",") {
			f.preps[w] = true
		}
	}
	for _, form := range strings.Fields(parts[0]) {
		ws := strings.Split(form, "+")
		h := head{fam: f}
		if ws[0] == "be" && len(ws) > 1 {
			h.be = true
			ws = ws[1:]
		}
		h.words = ws
		h.negative = strings.HasPrefix(ws[0], "un") || ws[0] == "neither"
		l.heads[ws[0]] = append(l.heads[ws[0]], h)
	}
	return nil
}

// at reports whether the word at k has role r, alone or as the last word
// of a multi-word entry, and how many words that entry spans.
func (l *lexicon) at(low []string, first, k int, r role) int {
	if k < first || k >= len(low) {
		return 0
	}
	best := 0
	for _, m := range l.multi[low[k]] {
		if m.role&r == 0 || k-len(m.words)+1 < first {
			continue
		}
		ok := true
		for i, w := range m.words {
			if low[k-len(m.words)+1+i] != w {
				ok = false
				break
			}
		}
		if ok && len(m.words) > best {
			best = len(m.words)
		}
	}
	if best > 0 {
		return best
	}
	if l.roles[low[k]]&r != 0 {
		return 1
	}
	return 0
}

// forward is at for an entry that starts at k, reading rightwards.
func (l *lexicon) forward(low []string, k, last int, r role) int {
	best := 0
	for end := k; end < last && end < k+4; end++ {
		if n := l.at(low, k, end, r); n == end-k+1 && n > best {
			best = n
		}
	}
	return best
}

// has reports whether a single word has role r.
func (l *lexicon) has(w string, r role) bool { return l.roles[w]&r != 0 }

// VocabWords lists the first words of the head forms, for loaders/vocab's
// generator.
func VocabWords() []string {
	ws := make([]string, 0, len(lex.heads))
	for w := range lex.heads {
		ws = append(ws, w)
	}
	return ws
}
