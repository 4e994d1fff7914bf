package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// tmpl is a feature template: the name before the first '=' of a
// feature ("prev|lemma" in "prev|lemma=the=say").
type tmpl uint8

// The templates, in no particular order (the order of a candidate's
// features is the order nameFeatures adds them).
const (
	fLemma tmpl = iota
	fForm
	fWeak
	fWeakLemma
	fWeakPrev
	fPrev
	fPrevLemma
	fNext
	fNextLemma
	fPos
	fPosLemma
	fKind
	fKindPos
	fSrc
	fSrcLemma
	fSrcW
	fSrcFirst
	fSrcLast
	fSrcLen
	fSrcLastLemma
	fClen
	fClenLemma
	fNested
	fNestedLemma
	fSentStart
	fPrev2Lemma
	fThatClause
	fCFirst
	fCFirstLemma
	fHeadline
	fTitleCueLemma
	nTemplates
)

// templates gives each template its name, how many values it takes, and
// which of two values is a free word that may itself hold '=' (a
// punctuation token): 1 the first, 2 the second, 0 neither. The other
// value of a pair comes from a closed set (a lemma, a position, a kind)
// with no '=', so a stored feature splits into its values one way only.
var templates = [nTemplates]struct {
	name  string
	arity int
	free  int
}{
	fLemma:         {"lemma", 1, 0},
	fForm:          {"form", 1, 0},
	fWeak:          {"weak", 1, 0},
	fWeakLemma:     {"weak|lemma", 2, 0},
	fWeakPrev:      {"weak|prev", 2, 2},
	fPrev:          {"prev", 1, 0},
	fPrevLemma:     {"prev|lemma", 2, 1},
	fNext:          {"next", 1, 0},
	fNextLemma:     {"next|lemma", 2, 1},
	fPos:           {"pos", 1, 0},
	fPosLemma:      {"pos|lemma", 2, 0},
	fKind:          {"kind", 1, 0},
	fKindPos:       {"kind|pos", 2, 0},
	fSrc:           {"src", 1, 0},
	fSrcLemma:      {"src|lemma", 2, 0},
	fSrcW:          {"srcw", 1, 0},
	fSrcFirst:      {"srcfirst", 1, 0},
	fSrcLast:       {"srclast", 1, 0},
	fSrcLen:        {"srclen", 1, 0},
	fSrcLastLemma:  {"srclast|lemma", 2, 1},
	fClen:          {"clen", 1, 0},
	fClenLemma:     {"clen|lemma", 2, 0},
	fNested:        {"nested", 0, 0},
	fNestedLemma:   {"nested|lemma", 1, 0},
	fSentStart:     {"sentstart", 0, 0},
	fPrev2Lemma:    {"prev2|lemma", 2, 1},
	fThatClause:    {"thatclause", 0, 0},
	fCFirst:        {"cfirst", 1, 0},
	fCFirstLemma:   {"cfirst|lemma", 2, 1},
	fHeadline:      {"headline", 0, 0},
	fTitleCueLemma: {"titlecue|lemma", 1, 0},
}

// constValues are the values the features take from a closed set,
// interned once at load (cid) rather than looked up per candidate.
var constValues = [...]string{"pre", "post", "none", "pron", "name", "noun", "after",
	"xs", "s", "m", "l", "xl", "1", "2", "3", "4", "5"}

// Indexes of constValues.
const (
	cPre = iota
	cPost
	cNone
	cPron
	cName
	cNoun
	cAfter
	cXS
	cS
	cM
	cL
	cXL
	cLen1
)

// value is one value of a feature: its text, for naming, and its id in
// the model's vocabulary, for scoring (-1 when no weight has it).
type value struct {
	s  string
	id int32
}

// featureSet collects feature names, "name=value=value", or, with a
// model, sums their weights.
type featureSet struct {
	f []string
	m *model
	z float64
	// buf is lower's scratch space.
	buf []byte
}

// str is the value s: with a model, one lookup of its id.
func (fs *featureSet) str(s string) value {
	if fs.m == nil {
		return value{s: s}
	}
	return value{s: s, id: fs.m.wordID(vocab.ID(s), s)}
}

// wordID is the id of the value w, whose vocabulary id is v, or -1: a
// word of the vocabulary is an index, the others are hashed.
func (m *model) wordID(v int32, w string) int32 {
	return m.byWord.Get(v, w) - 1
}

// filterWord is fs.str(x.lower[i]), with the filter's own model looked
// up once per token and document: a cue's neighbours are read by each of
// its candidates, and the word after it is often its content's first.
func (x *ctx) filterWord(fs *featureSet, i int) value {
	if fs.m != &filter {
		return fs.str(x.lower[i])
	}
	if c := x.filterIDs[i]; c != 0 {
		return value{s: x.lower[i], id: c - 2}
	}
	v := value{s: x.lower[i], id: fs.m.wordID(x.word[i], x.lower[i])}
	x.filterIDs[i] = v.id + 2
	return v
}

// lower is str(strings.ToLower(s)); with a model, the lower-cased text
// is looked up from a scratch buffer, and no string is made.
func (fs *featureSet) lower(s string) value {
	if fs.m == nil {
		return value{s: strings.ToLower(s)}
	}
	fs.buf = doc.AppendLower(fs.buf[:0], s)
	id, ok := fs.m.ids[string(fs.buf)]
	if !ok {
		return value{id: -1}
	}
	return value{id: id}
}

// con is the constant value constValues[c].
func (fs *featureSet) con(c int) value {
	if fs.m == nil {
		return value{s: constValues[c]}
	}
	return value{s: constValues[c], id: fs.m.cid[c]}
}

// add names the feature of template t with these values, or adds its
// weight: none when a value is outside the vocabulary, since no weight
// then names it.
func (fs *featureSet) add(t tmpl, vals ...value) {
	if fs.m == nil {
		n := templates[t].name
		for _, v := range vals {
			n += "=" + v.s
		}
		fs.f = append(fs.f, n)
		return
	}
	var ids [2]int32
	for i, v := range vals {
		if v.id < 0 {
			return
		}
		ids[i] = v.id
	}
	fs.z += fs.m.wid.get(packFeature(t, ids[0], ids[1]))
}

func packFeature(t tmpl, a, b int32) uint64 {
	return uint64(t)<<56 | uint64(a)<<28 | uint64(b)
}

// internID returns s's id in ids, giving a new value the next id: the
// filter's and the learned ending's weight tables number their values so.
func internID(ids map[string]int32, s string) int32 {
	id, ok := ids[s]
	if !ok {
		id = int32(len(ids))
		ids[s] = id
	}
	return id
}

// index fills ids, wid and cid from w: each stored feature is split into
// its template and values, which get ids in the order first seen (a
// feature that no template makes is never scored, and is left out).
func (m *model) index() {
	m.ids = map[string]int32{}
	wid := make(map[uint64]float64, len(m.w))
	byName := make(map[string]tmpl, nTemplates)
	for t, tp := range templates {
		byName[tp.name] = tmpl(t)
	}
	intern := func(s string) int32 { return internID(m.ids, s) }
	for key, w := range m.w {
		name, rest, hasRest := strings.Cut(key, "=")
		t, ok := byName[name]
		if !ok || hasRest != (templates[t].arity > 0) {
			continue
		}
		var a, b int32
		switch templates[t].arity {
		case 1:
			a = intern(rest)
		case 2:
			i := strings.Index(rest, "=")
			if templates[t].free == 1 {
				i = strings.LastIndex(rest, "=")
			}
			if i < 0 {
				continue
			}
			a, b = intern(rest[:i]), intern(rest[i+1:])
		}
		wid[packFeature(t, a, b)] = w
	}
	m.wid = newWeightTable(wid)
	plusOne := make(map[string]int32, len(m.ids))
	for s, id := range m.ids {
		plusOne[s] = id + 1
	}
	m.byWord = vocab.NewTable(plusOne)
	for c, s := range constValues {
		m.cid[c] = -1
		if id, ok := m.ids[s]; ok {
			m.cid[c] = id
		}
	}
}

// fields is what the filter reads of strings.Fields(s): the first and
// last field and how many there are, found without making the slice.
type fields struct {
	first, last string
	n           int
	// firstTok and lastTok are the tokens that are exactly the first
	// and the last field, or -1 (fieldTokens).
	firstTok, lastTok int
}

// fieldTokens fills sp's tokens, sp being the fields of span's text:
// most sources are whole tokens, whose lower-cased words and filter ids
// the view and filterWord hold, so that no field is lower-cased and
// hashed again.
func (x *ctx) fieldTokens(span doc.Span, sp *fields) {
	sp.firstTok, sp.lastTok = -1, -1
	if sp.n == 0 {
		return
	}
	s := x.d.Slice(span)
	// Only spaces stand before the first field and after the last, so
	// the first match of the one and the last of the other are them.
	sp.firstTok = x.exactToken(span.Start+strings.Index(s, sp.first), len(sp.first))
	sp.lastTok = x.exactToken(span.Start+strings.LastIndex(s, sp.last), len(sp.last))
}

// exactToken is the token that spans the n bytes from start, or -1.
func (x *ctx) exactToken(start, n int) int {
	k := tokenAt(x.d, start)
	if k < 0 || x.tok(k).End != start+n {
		return -1
	}
	return k
}

// fieldWord is fs.lower(w) for a field w of a source, read from token k
// when w is exactly that token (k >= 0).
func (x *ctx) fieldWord(fs *featureSet, w string, k int) value {
	if k < 0 {
		return fs.lower(w)
	}
	return x.filterWord(fs, k)
}

// fieldLower is strings.ToLower(w), read from token k when w is
// exactly that token (k >= 0).
func (x *ctx) fieldLower(w string, k int) string {
	if k < 0 {
		return strings.ToLower(w)
	}
	return x.lower[k]
}

func fieldsOf(s string) fields {
	var f fields
	start := -1
	for i := 0; i <= len(s); {
		r, size := rune(' '), 1
		if i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				if f.n == 0 {
					f.first = s[start:i]
				}
				f.last = s[start:i]
				f.n++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	return f
}

// weightTable holds the weights by packed feature in one flat array with
// open addressing: a candidate's twenty-odd lookups each touch one cache
// line, where a Go map touches its control word and then its slot, and
// the garbage collector has no pointer in it to scan.
type weightTable struct {
	slots []weightSlot
	shift uint
}

// weightSlot holds a feature plus one (zero marks an empty slot, and
// the packed feature of template 0 with value ids 0 is itself zero).
type weightSlot struct {
	key uint64
	w   float64
}

// newWeightTable sizes the table to at most half full, so that a
// feature without a weight, the common case, stops after a probe or two.
func newWeightTable(ws map[uint64]float64) weightTable {
	bits := uint(4)
	for 1<<bits < 2*len(ws) {
		bits++
	}
	t := weightTable{slots: make([]weightSlot, 1<<bits), shift: 64 - bits}
	for k, w := range ws {
		i := t.home(k)
		for t.slots[i].key != 0 {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = weightSlot{key: k + 1, w: w}
	}
	return t
}

// home is feature k's first slot (Fibonacci hashing: the packed ids
// differ in their low bits, which the multiplication spreads upwards).
func (t weightTable) home(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

// get returns the weight of feature k, zero when it has none (as a
// missing map key gives).
func (t weightTable) get(k uint64) float64 {
	if len(t.slots) == 0 {
		return 0
	}
	for i := t.home(k); ; i = (i + 1) & (len(t.slots) - 1) {
		switch t.slots[i].key {
		case k + 1:
			return t.slots[i].w
		case 0:
			return 0
		}
	}
}
