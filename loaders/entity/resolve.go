package entity

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// lookBackParas bounds how far back a pronoun or a nominal may reach.
const lookBackParas = 3

// lookBackMentions bounds the mentions a pronoun or a nominal inspects.
const lookBackMentions = 80

type resolver struct {
	d      *doc.Document
	named  []doc.Mention // name mentions from Recognize, by start
	quotes []doc.Span
	// spoken are the speaker mentions resolved so far, in text order.
	spoken []spoke
	// words is resolve's storage for a phrase's words, kept from call
	// to call; nil while a call holds it.
	words []string
}

type spoke struct {
	doc.Mention
	attr int
}

// Resolve links attribution speakers and non-comment subjects (names,
// pronouns, nominals such as "the group") to entities, and adds the
// pronoun and nominal mentions it resolves to d.Mentions.
func Resolve(d *doc.Document) {
	rs := newResolver(d)
	spoken := doc.ScratchSlice[spoke](&d.Scratch, spokenKey{})
	rs.spoken = *spoken
	defer func() { *spoken = rs.spoken }()
	order := make([]int, len(d.Attributions))
	for i := range order {
		order[i] = i
	}
	pos := func(a doc.Attribution) int {
		if !a.Speaker.Empty() {
			return a.Speaker.Start
		}
		return a.Cue.Start
	}
	slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(pos(d.Attributions[x]), pos(d.Attributions[y])) })
	type result struct {
		e    int
		rule string
	}
	// A follow-on quotation shares its speaker phrase with the
	// attribution it continues, and so its entity.
	done := doc.ScratchMap[doc.Span, result](&d.Scratch, doneKey{})
	for _, i := range order {
		a := &d.Attributions[i]
		a.SpeakerEntity = -1
		if a.Speaker.Empty() {
			continue
		}
		if r, ok := done[a.Speaker]; ok {
			a.SpeakerEntity, a.Resolution = r.e, r.rule
			continue
		}
		e, m, rule := rs.resolve(a.Speaker, i)
		if a.Anonymous && m.Kind != doc.NameMention {
			e = -1
		}
		a.SpeakerEntity, a.Resolution = e, rule
		done[a.Speaker] = result{e, rule}
		// Unresolved speakers are kept too (Entity -1): "Analysts said …
		// They …" must not jump past the analysts to a company.
		rs.spoken = append(rs.spoken, spoke{Mention: doc.Mention{Span: a.Speaker, Kind: m.Kind, Entity: e}, attr: i})
		if e >= 0 {
			rs.roleFromSpeaker(a, e)
		}
	}
	w := rs.newWho()
	for i := range d.NonComments {
		w.nonComment(&d.NonComments[i])
	}
}

// Keys of Resolve's storage in doc.Scratch.
type (
	namedKey      struct{}
	quoteSpansKey struct{}
	spokenKey     struct{}
	doneKey       struct{}
)

func newResolver(d *doc.Document) *resolver {
	rs := &resolver{d: d}
	// The copy's storage goes from article to article (doc.Scratch).
	kept := doc.ScratchSlice[doc.Mention](&d.Scratch, namedKey{})
	*kept = append(*kept, d.Mentions...)
	rs.named = *kept
	slices.SortStableFunc(rs.named, byStart)
	rs.quotes = quoteSpans(d)
	return rs
}

// quoteSpans returns the inner spans of quotations, from the quotes stage
// or, when it has not run, from the marks.
func quoteSpans(d *doc.Document) []doc.Span {
	// The list's storage goes from article to article (doc.Scratch).
	kept := doc.ScratchSlice[doc.Span](&d.Scratch, quoteSpansKey{})
	out := *kept
	defer func() { *kept = out }()
	if len(d.Quotes) > 0 {
		for _, q := range d.Quotes {
			out = append(out, q.Inner)
		}
		slices.SortFunc(out, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
		return out
	}
	mask := quoteMask(d)
	for i := 0; i < len(mask); i++ {
		if !mask[i] {
			continue
		}
		j := i
		for j+1 < len(mask) && mask[j+1] {
			j++
		}
		out = append(out, doc.Span{Start: d.Tokens[i].Start, End: d.Tokens[j].End})
		i = j
	}
	return out
}

func (rs *resolver) inQuote(s doc.Span) bool {
	k := sort.Search(len(rs.quotes), func(i int) bool { return rs.quotes[i].End > s.Start })
	return k < len(rs.quotes) && rs.quotes[k].Start <= s.Start
}

func (rs *resolver) para(pos int) int {
	ps := rs.d.Paragraphs
	k := sort.Search(len(ps), func(i int) bool { return ps[i].End > pos })
	if k >= len(ps) {
		return len(ps) - 1
	}
	return k
}

// sentenceBefore returns the sentence before the one holding pos (that
// sentence itself when it is the first).
func (rs *resolver) sentenceBefore(pos int) doc.Span {
	ss := rs.d.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	if k > 0 {
		k--
	}
	if k >= len(ss) {
		return doc.Span{Start: pos, End: pos}
	}
	return ss[k].Span
}

func (rs *resolver) sentenceOf(pos int) doc.Span {
	ss := rs.d.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	if k < len(ss) && ss[k].Start <= pos {
		return ss[k].Span
	}
	return doc.Span{Start: pos, End: pos}
}

// named1 returns the entity named inside sp: a person if there is one,
// else the first non-place name, else the first place.
func (rs *resolver) named1(sp doc.Span) (int, doc.Mention, bool) {
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End > sp.Start })
	best := -1
	rank := 0
	for ; k < len(rs.named) && rs.named[k].Start < sp.End; k++ {
		m := rs.named[k]
		if m.Entity < 0 || m.Entity >= len(rs.d.Entities) {
			continue
		}
		r := 1
		switch rs.d.Entities[m.Entity].Type {
		case doc.Person:
			r = 3
		case doc.Place:
			r = 1
		default:
			r = 2
		}
		if r > rank {
			best, rank = k, r
		}
	}
	if best < 0 {
		return -1, doc.Mention{}, false
	}
	return rs.named[best].Entity, rs.named[best], true
}

// speaking turns a country or a capital that speaks into its government.
func (rs *resolver) speaking(e int) int {
	d := rs.d
	ent := d.Entities[e]
	if ent.Type != doc.Place {
		return e
	}
	c, gov := gaz.countryOfPlace(ent.Name)
	if c == nil || !gov {
		return e
	}
	return rs.government(c)
}

// government returns the entity for a country's government, adding it if
// the article has not named it; a group the article says rules the country
// carries the alias "Government of X".
func (rs *resolver) government(c *country) int {
	d := rs.d
	key := govKey(c)
	alias := "Government of " + c.Name
	for i, e := range d.Entities {
		if e.ID == key {
			return i
		}
		for _, a := range e.Aliases {
			if a == alias {
				return i
			}
		}
	}
	d.Entities = append(d.Entities, doc.Entity{ID: key, Name: c.Name, Type: doc.Government, Aliases: []string{alias}, Affiliation: -1})
	return len(d.Entities) - 1
}

func (rs *resolver) record(sp doc.Span, kind doc.MentionKind, e int) doc.Mention {
	m := doc.Mention{Span: sp, Kind: kind, Entity: e}
	rs.d.Mentions = append(rs.d.Mentions, m)
	rs.d.Entities[e].Mentions = append(rs.d.Entities[e].Mentions, len(rs.d.Mentions)-1)
	return m
}

// back returns the nearest entity before pos that ok accepts, among name
// mentions outside quotations and resolved speakers, within the look-back
// bounds.
func (rs *resolver) back(pos int, ok func(e int) bool) int {
	found := -1
	rs.walk(pos, func(m doc.Mention, _ bool) bool {
		if ok(m.Entity) {
			found = m.Entity
			return false
		}
		return true
	})
	return found
}

// lastSpeaker returns the entity of the nearest resolved speaker before
// pos within two paragraphs that ok accepts, or -1.
func (rs *resolver) lastSpeaker(pos int, ok func(e int) bool) int {
	p := rs.para(pos)
	for s := len(rs.spoken) - 1; s >= 0; s-- {
		m := rs.spoken[s]
		if m.Start >= pos {
			continue
		}
		if rs.para(m.Start) < p-2 {
			break
		}
		if m.Entity >= 0 && ok(m.Entity) {
			return m.Entity
		}
		return -1
	}
	return -1
}

// backSubject is back, but prefers an entity that was the subject of one
// of the last two sentences ("Umbro said it had signed with Rangers. It
// …" is Umbro) over one named more recently inside a sentence.
func (rs *resolver) backSubject(pos int, ok func(e int) bool) int {
	first := -1
	sents := 0
	cur := rs.sentenceOf(pos).Start
	found := -1
	rs.walk(pos, func(m doc.Mention, spoken bool) bool {
		if s := rs.sentenceOf(m.Start).Start; s != cur {
			cur = s
			sents++
			if sents > 2 {
				return false
			}
		}
		if !ok(m.Entity) {
			return true
		}
		if first < 0 {
			first = m.Entity
		}
		if spoken || rs.sentenceInitial(m.Span) {
			found = m.Entity
			return false
		}
		return true
	})
	if found >= 0 {
		return found
	}
	if first >= 0 {
		return first
	}
	return rs.back(pos, ok)
}

var leadWords = set(`the but and however meanwhile yet so`)

// sentenceInitial reports a mention that opens its sentence, after at
// most a conjunction and an article.
func (rs *resolver) sentenceInitial(m doc.Span) bool {
	s := rs.sentenceOf(m.Start)
	if s.Empty() {
		return false
	}
	var wb [8]string
	words := doc.AppendFields(wb[:0], rs.d.Text[s.Start:m.Start])
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !leadWords[strings.ToLower(strings.Trim(w, ",\"“‘'"))] {
			return false
		}
	}
	return true
}

// walk calls f on the name mentions outside quotations and the resolved
// speakers before pos, nearest first, within the look-back bounds, until
// f returns false.
func (rs *resolver) walk(pos int, f func(m doc.Mention, spoken bool) bool) {
	minPara := rs.para(pos) - lookBackParas
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= pos }) - 1
	s := len(rs.spoken) - 1
	for s >= 0 && rs.spoken[s].Start >= pos {
		s--
	}
	for n := 0; n < lookBackMentions && (k >= 0 || s >= 0); n++ {
		var m doc.Mention
		spoken := false
		if s >= 0 && (k < 0 || rs.spoken[s].Start >= rs.named[k].Start) {
			m, spoken = rs.spoken[s].Mention, true
			s--
		} else {
			m = rs.named[k]
			k--
			if rs.inQuote(m.Span) {
				continue
			}
		}
		if rs.para(m.Start) < minPara {
			return
		}
		if m.Entity >= 0 && m.Entity < len(rs.d.Entities) && !f(m, spoken) {
			return
		}
	}
}

func (rs *resolver) mentionedIn(e int, s doc.Span) bool {
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End > s.Start })
	for ; k < len(rs.named) && rs.named[k].Start < s.End; k++ {
		if rs.named[k].Entity == e && !rs.inQuote(rs.named[k].Span) {
			return true
		}
	}
	for _, m := range rs.spoken {
		if m.Entity == e && s.Contains(m.Span) {
			return true
		}
	}
	return false
}

// class is what kind of organization an entity is, from the gazetteer or
// from its name's head word.
func class(e doc.Entity) string {
	if o := gaz.orgIDs[e.ID]; o != nil {
		return o.Class
	}
	if e.Type == doc.NewsAgency {
		return "agency"
	}
	if e.Type == doc.Government {
		return "gov"
	}
	var wb [8]string
	w := doc.AppendFields(wb[:0], e.Name)
	if len(w) == 0 {
		return ""
	}
	switch w[len(w)-1] {
	case "Party":
		return "party"
	case "Ministry", "Department", "Office":
		return "ministry"
	case "Bank":
		return "bank"
	case "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "plc", "PLC", "Co", "Co.", "Company", "Airways", "Airlines", "Motors", "Holdings":
		return "company"
	case "Club", "United", "City", "Rovers", "Wanderers", "Athletic":
		return "club"
	case "Times", "Post", "Journal", "Telegraph", "Herald", "Tribune", "Gazette", "Guardian", "Magazine", "Mail", "Mirror", "Observer":
		return "media"
	}
	if w[0] == "Ministry" || w[0] == "Department" {
		return "ministry"
	}
	if companyHeads[w[len(w)-1]] {
		return "company"
	}
	return ""
}

func ruling(e doc.Entity) bool {
	for _, a := range e.Aliases {
		if strings.HasPrefix(a, "Government of ") {
			return true
		}
	}
	return false
}

// statementSpeaker returns who made "the statement": the speaker of the
// nearest earlier attribution whose sentence mentions a statement, else of
// the attribution just before.
func (rs *resolver) statementSpeaker(pos, attr int) int {
	d := rs.d
	prev := -1
	for s := len(rs.spoken) - 1; s >= 0; s-- {
		m := rs.spoken[s]
		if m.Start >= pos || m.attr == attr {
			continue
		}
		if rs.para(m.Start) < rs.para(pos)-lookBackParas {
			break
		}
		if m.Entity < 0 {
			continue
		}
		if prev < 0 {
			prev = m.Entity
		}
		if m.attr >= 0 && m.attr < len(d.Attributions) {
			a := d.Attributions[m.attr]
			sent := rs.sentenceOf(a.Cue.Start)
			if strings.Contains(strings.ToLower(d.Slice(sent)), "statement") || strings.Contains(strings.ToLower(a.Channel), "statement") {
				return m.Entity
			}
		}
	}
	return prev
}

// roleFromSpeaker copies a role written in the speaker phrase
// ("government spokesman Zabihullah Mujahid") onto the entity.
func (rs *resolver) roleFromSpeaker(a *doc.Attribution, e int) {
	d := rs.d
	ent := &d.Entities[e]
	if ent.Type != doc.Person || ent.Role != "" && ent.Affiliation >= 0 {
		return
	}
	_, m, ok := rs.named1(a.Speaker)
	if !ok || m.Start <= a.Speaker.Start {
		return
	}
	var wb [8]string
	pre := doc.AppendFields(wb[:0], d.Text[a.Speaker.Start:m.Start])
	for len(pre) > 0 && (strings.EqualFold(pre[0], "the") || strings.EqualFold(pre[0], "a") || strings.EqualFold(pre[0], "an")) {
		pre = pre[1:]
	}
	if len(pre) > 0 && (roleNouns[strings.ToLower(pre[len(pre)-1])] || nouns.person(strings.ToLower(pre[len(pre)-1]))) {
		if ent.Role == "" {
			ent.Role = strings.Join(pre, " ")
		}
		// "BT chief executive Ben Verwaayen": the name before the role
		// is the affiliation.
		if ent.Affiliation < 0 {
			if a, am, ok := rs.named1(doc.Span{Start: a.Speaker.Start, End: m.Start}); ok && am.End <= m.Start && a != e {
				if d.Entities[a].Type == doc.Place {
					a = rs.speaking(a)
				}
				ent = &d.Entities[e]
				ent.Affiliation = a
			}
		}
	}
}

// Government returns, for a country or a capital, the entity of its
// government (adding it when the article has not named it); for any other
// entity it returns e. The event stage uses it for participants such as
// "talks between Kabul and Islamabad".
func Government(d *doc.Document, e int) int {
	if e < 0 || e >= len(d.Entities) {
		return e
	}
	return (&resolver{d: d}).speaking(e)
}

// GovernmentOfDemonym returns the government that a demonym such as
// "Pakistani" stands for ("a Pakistani airstrike"), or -1.
func GovernmentOfDemonym(d *doc.Document, word string) int {
	c, ok := gaz.demonyms[word]
	if !ok {
		return -1
	}
	return (&resolver{d: d}).government(c)
}

// move re-points a name mention from entity from to entity to: a capital
// that turns out to speak is a mention of the government, not the city.
func (rs *resolver) move(m doc.Mention, from, to int) {
	d := rs.d
	for i := range d.Mentions {
		if d.Mentions[i] != m {
			continue
		}
		d.Mentions[i].Entity = to
		ms := d.Entities[from].Mentions
		for k, x := range ms {
			if x == i {
				d.Entities[from].Mentions = append(ms[:k:k], ms[k+1:]...)
				break
			}
		}
		d.Entities[to].Mentions = append(d.Entities[to].Mentions, i)
		addAlias(&d.Entities[to], d.Slice(m.Span))
	}
	for i := range rs.named {
		if rs.named[i] == m {
			rs.named[i].Entity = to
		}
	}
}

// homeGovernment is the government "the government" means when none was
// named nearby: that of the first country the article names, or of the
// first government it names.
func (rs *resolver) homeGovernment() int {
	d := rs.d
	for _, m := range rs.named {
		if m.Entity < 0 || m.Entity >= len(d.Entities) {
			continue
		}
		ent := d.Entities[m.Entity]
		if ent.Type == doc.Government || ruling(ent) {
			return m.Entity
		}
		if ent.Type == doc.Place {
			if c, gov := gaz.countryOfPlace(ent.Name); c != nil && gov {
				return rs.government(c)
			}
		}
	}
	return -1
}

// determinerOnly reports whether the words before a name in a speaker
// phrase only name it ("the", "the town of"), so the place is the head.
func determinerOnly(before string) bool {
	for _, w := range strings.Fields(strings.ToLower(before)) {
		if w != "the" && w != "a" && w != "an" && w != "of" && !placeNouns[w] {
			return false
		}
	}
	return true
}
