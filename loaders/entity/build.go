package entity

import (
	"cmp"
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// generational are the suffixes after a surname.
var generational = set(`Jr Sr II III IV`)

// resolveSingles decides what each one-word name means, now that the whole
// article has been read: an acronym or alias defined anywhere, a person's
// surname or given name (the nearest such person before it, of the
// honorific's gender when it has one), a well-known surname, or else a
// surname-only person ID.
func (r *recognizer) resolveSingles() {
	parts, alias := r.nameParts()
	r.headAliases(alias)
	// "Reagan" after "President Reagan": a titled one-word person
	// lends its reading to the same word untitled.
	titledSingles := map[string]bool{}
	for _, p := range r.ms {
		if p.single && (p.titled || p.fallback == doc.Person) {
			titledSingles[p.name] = true
		}
	}
	for x := range r.ms {
		if p := &r.ms[x]; p.single {
			r.resolveSingle(p, parts, alias, titledSingles[p.name])
		}
	}
	r.sameReading()
}

// nameParts indexes the first and last words of the people's full names
// (parts) and the aliases of everything else, acronyms defined in the text
// included (alias).
func (r *recognizer) nameParts() (parts map[string][]int, alias map[string]int) {
	k := r.kept
	if k.parts == nil {
		k.parts, k.alias = map[string][]int{}, map[string]int{}
	}
	clear(k.parts)
	clear(k.alias)
	parts, alias = k.parts, k.alias
	pairs := k.partPairs[:0]
	for x, p := range r.ms {
		if p.single || p.key == "" {
			continue
		}
		if p.typ != doc.Person {
			if _, ok := alias[p.alias]; !ok {
				alias[p.alias] = x
			}
			continue
		}
		var wb [8]string
		w := doc.AppendFields(wb[:0], p.name)
		for len(w) > 2 && generational[strings.TrimSuffix(w[len(w)-1], ".")] {
			// "James P. Kennedy Jr." is Kennedy.
			w = w[:len(w)-1]
		}
		if len(w) > 1 {
			pairs = append(pairs, namePart{w[len(w)-1], x})
			if !nameTitles[w[0]] {
				pairs = append(pairs, namePart{w[0], x})
			}
		}
	}
	k.partPairs = pairs
	k.partFlat = listParts(parts, pairs, k.partFlat)
	for a, x := range r.acr {
		alias[a] = x
	}
	return parts, alias
}

// namePart is one word of a person's name and the pending mention's
// index.
type namePart struct {
	word string
	x    int
}

// listParts fills parts with the mentions of each word of pairs, in the
// order of pairs, as appending them one by one would, but cut from one
// array (flat's storage, returned for the next article) instead of a
// list grown per word: each list is capped at its length, so that an
// append to it copies it out.
func listParts(parts map[string][]int, pairs []namePart, flat []int) []int {
	slices.SortStableFunc(pairs, func(a, b namePart) int { return strings.Compare(a.word, b.word) })
	flat = slices.Grow(flat[:0], len(pairs))
	for i := 0; i < len(pairs); {
		j, start := i, len(flat)
		for ; j < len(pairs) && pairs[j].word == pairs[i].word; j++ {
			flat = append(flat, pairs[j].x)
		}
		parts[pairs[i].word] = flat[start:len(flat):len(flat)]
		i = j
	}
	return flat
}

// headAliases adds to alias "Bank" after "Bank of England" and "Reuters"
// after "Thomson Reuters": a one-word name that is the first or last word
// of exactly one organization named here.
func (r *recognizer) headAliases(alias map[string]int) {
	heads := map[string]int{}
	for x, p := range r.ms {
		if p.single || p.key == "" || p.typ == doc.Person || p.typ == doc.Place {
			continue
		}
		var wb [8]string
		w := doc.AppendFields(wb[:0], p.name)
		if len(w) < 2 {
			continue
		}
		for _, h := range [2]string{w[0], w[len(w)-1]} {
			if orgHeads[h] && h != "Bank" && h != "Ministry" && h != "Treasury" || gaz.demonyms[h] != nil || functionWords[h] {
				continue
			}
			if y, ok := heads[h]; ok && (y < 0 || r.ms[y].key != p.key) {
				heads[h] = -1
			} else if !ok {
				heads[h] = x
			}
		}
	}
	for h, x := range heads {
		if _, ok := alias[h]; !ok && x >= 0 {
			alias[h] = x
		}
	}
	r.initialAliases(alias)
}

// initialAliases adds to alias "GE" after "General Electric" and "BA"
// after "British Airways": the initials of exactly one organization's
// name of two or more capitalised words, which news writes without ever
// defining ("GE said orders rose").
func (r *recognizer) initialAliases(alias map[string]int) {
	inits := map[string]int{}
	for x, p := range r.ms {
		if p.single || p.key == "" || p.typ != doc.Organization {
			continue
		}
		a, ok := initialsOf(p.name)
		if !ok {
			continue
		}
		if y, seen := inits[a]; seen && (y < 0 || r.ms[y].key != p.key) {
			inits[a] = -1
		} else if !seen {
			inits[a] = x
		}
	}
	for a, x := range inits {
		_, taken := alias[a]
		_, place := gaz.places[a]
		if !taken && !place && gaz.orgs[a] == nil && x >= 0 {
			alias[a] = x
		}
	}
}

// initialsOf gives the capitals that begin the words of name, skipping
// "of", "and" and "the"; ok is false unless two to five words give one
// each and every other word is one of those. A name with an acronym or a
// possessive in it ("BT Together", "Moody's Investors Service") has no
// initials that news would use.
func initialsOf(name string) (string, bool) {
	var wb [8]string
	var b [8]byte
	out := b[:0]
	for _, w := range doc.AppendFields(wb[:0], name) {
		switch {
		case w == "of" || w == "and" || w == "the" || w == "&":
		case w[0] >= 'A' && w[0] <= 'Z' && len(out) < 5 && !isAcronym(w) && !strings.ContainsAny(w, "'’"):
			out = append(out, w[0])
		default:
			return "", false
		}
	}
	return string(out), len(out) >= 2
}

// resolveSingle reads one one-word name p (see resolveSingles); titled
// says the same word is titled somewhere in the article.
func (r *recognizer) resolveSingle(p *pending, parts map[string][]int, alias map[string]int, titled bool) {
	if a, ok := alias[p.name]; ok && !p.titled && !r.modifiesBody(p.tok+1) {
		q := r.ms[a]
		p.key, p.typ, p.name, p.country = q.key, q.typ, q.name, q.country
		return
	}
	if titled && p.fallback != doc.Person {
		p.fallback, p.titled = doc.Person, true
	}
	c := r.nearestPerson(parts[p.name], p)
	if c < 0 && p.titled {
		c = r.misspelt(parts, p)
	}
	if c >= 0 {
		q := r.ms[c]
		p.key, p.typ, p.name, p.gender = q.key, doc.Person, q.name, q.gender
		return
	}
	if f, ok := gaz.people[p.name]; ok && (p.titled || p.fallback == doc.Person || p.fallback == doc.Organization && !isAcronym(p.name)) {
		if p.gender == 0 || f.Gender == 0 || p.gender == f.Gender {
			p.key, p.typ, p.name, p.gender = idFor(doc.Person, f.Name), doc.Person, f.Name, f.Gender
			return
		}
	}
	switch {
	case p.titled || p.fallback == doc.Person:
		p.typ = doc.Person
		p.key = prefixed(prefixPerson+"~", p.name)
	case p.fallback == "":
		p.drop = true
	default:
		p.typ = p.fallback
		p.key = idFor(p.typ, p.name)
	}
}

// sameReading reads a bare word read one way with evidence ("Umbro
// said") the same way where the evidence is missing ("Umbro, which …,
// said") or weaker ("to Umbro" as a place).
func (r *recognizer) sameReading() {
	read := map[string]int{}
	for x, p := range r.ms {
		if p.single && !p.drop && p.key != "" && p.typ != doc.Place {
			if _, ok := read[p.alias]; !ok {
				read[p.alias] = x
			}
		}
	}
	for x := range r.ms {
		p := &r.ms[x]
		if !p.single || !(p.drop || p.typ == doc.Place && p.fallback == doc.Place) {
			continue
		}
		if y, ok := read[p.alias]; ok {
			q := r.ms[y]
			p.key, p.typ, p.name, p.drop = q.key, q.typ, q.name, false
		}
	}
}

// oneReading gives a name the article reads both as an organization and
// as a person ("Shares in Delta Mills fell … Delta Mills has closed") the
// organization's reading wherever the person's rests on no evidence: no
// title, no role ("Delta" is a given name too).
func (r *recognizer) oneReading() {
	org := map[string]int{}
	for x, p := range r.ms {
		if !p.drop && p.key != "" && p.typ == doc.Organization && strings.Contains(p.name, " ") {
			org[p.name] = x
		}
	}
	for x := range r.ms {
		p := &r.ms[x]
		o, ok := org[p.name]
		if !ok || p.typ != doc.Person || p.titled || p.role != "" || p.peer {
			continue
		}
		q := r.ms[o]
		p.key, p.typ, p.gender = q.key, q.typ, 0
	}
}

// nearestPerson picks, among the persons at cands, the one whose mention
// comes last before p (else first after it), skipping a wrong gender.
func (r *recognizer) nearestPerson(cands []int, p *pending) int {
	best, after := -1, -1
	keys := map[string]bool{}
	for _, c := range cands {
		q := r.ms[c]
		keys[q.key] = true
		if p.gender != 0 && q.gender != 0 && p.gender != q.gender {
			continue
		}
		if q.tok < p.tok {
			if best < 0 || q.tok > r.ms[best].tok {
				best = c
			}
		} else if after < 0 {
			after = c
		}
	}
	if best >= 0 {
		return best
	}
	return after
}

// rulingGroups finds groups that the article says rule their country
// ("since the Afghan Taliban returned to power", "Afghanistan ruled by the
// Taliban") and makes that country's government, in this article, the
// group: "Afghan officials" and "Kabul" speaking are then the Taliban.
func (r *recognizer) rulingGroups() {
	ruling := map[string]string{}
	names := map[string]string{}
	for x, p := range r.ms {
		if p.typ != doc.Organization || p.drop || p.key == "" {
			continue
		}
		cn := p.country
		if cn == "" {
			var wb [8]string
			if w := doc.AppendFields(wb[:0], p.name); len(w) > 1 {
				if c, ok := gaz.demonyms[w[0]]; ok {
					cn = c.Name
				}
			}
		}
		// "X ruled by the Taliban": the country is the place before.
		k := p.tok - 1
		if r.lower(k) == "the" {
			k--
		}
		ruledBy := r.lower(k) == "by" && r.lower(k-1) == "ruled"
		if ruledBy && x > 0 && r.ms[x-1].country != "" && r.ms[x-1].tok >= k-3 {
			cn = r.ms[x-1].country
		}
		if cn == "" {
			continue
		}
		end := p.tok + fieldCount(p.alias)
		v := r.verbAfter(end, len(r.toks))
		power := false
		if powerVerbs[v] {
			for y := end; y < end+7 && y < len(r.toks); y++ {
				if r.lower(y) == "power" {
					power = true
					break
				}
				if r.toks[y].Kind == doc.Punct {
					break
				}
			}
		}
		if power || ruledBy {
			c := gaz.byName[cn]
			if c == nil {
				continue
			}
			ruling[govKey(c)] = p.key
			names[p.key] = p.name
		}
	}
	if len(ruling) == 0 {
		return
	}
	for x := range r.ms {
		p := &r.ms[x]
		if k, ok := ruling[p.key]; ok {
			p.key, p.typ, p.name = k, doc.Organization, names[k]
		}
		if k, ok := ruling[p.affKey]; ok {
			p.affKey = k
		}
	}
	r.ruling = ruling
}

// home returns the key of the article's own government: that of the
// country its first country or capital belongs to.
func (r *recognizer) home() string {
	for _, p := range r.ms {
		if p.drop || p.country == "" || gaz.byName[p.country] == nil {
			continue
		}
		if p.typ == doc.Government || p.typ == doc.Place && (p.name == p.country || gaz.byName[p.country] != nil && gaz.byName[p.country].Capital == p.name) {
			k := govKey(gaz.byName[p.country])
			if o, ok := r.ruling[k]; ok {
				return o
			}
			return k
		}
		if p.typ == doc.Organization {
			for _, o := range r.ruling {
				if o == p.key {
					return o
				}
			}
		}
	}
	return ""
}

// build turns pending mentions into d.Mentions and d.Entities.
func (r *recognizer) build() {
	slices.SortStableFunc(r.ms, func(a, b pending) int { return cmp.Compare(a.span.Start, b.span.Start) })
	index, byTok := r.addMentions()
	r.addAliases(index)
	r.affiliate(index, byTok)
}

// addMentions adds an entity per key and a mention per kept pending
// mention; it returns the entities by key and by the mention's token.
func (r *recognizer) addMentions() (index map[string]int, byTok map[int]int) {
	d := r.d
	index, byTok = r.entityMaps()
	// Counted first, so that the two lists are made at their size
	// rather than grown by doubling (an entity is a large struct).
	kept := 0
	for _, p := range r.ms {
		if p.drop || p.key == "" {
			continue
		}
		kept++
		if _, ok := index[p.key]; !ok {
			index[p.key] = len(d.Entities) + len(index)
		}
	}
	d.Entities = slices.Grow(d.Entities, len(index))
	d.Mentions = slices.Grow(d.Mentions, kept)
	base, first := len(d.Entities), len(d.Mentions)
	for _, p := range r.ms {
		if p.drop || p.key == "" {
			continue
		}
		e := index[p.key]
		if e == len(d.Entities) {
			d.Entities = append(d.Entities, doc.Entity{ID: p.key, Name: p.name, Type: p.typ, Affiliation: -1})
		}
		byTok[p.tok] = e
		d.Mentions = append(d.Mentions, doc.Mention{Span: p.span, Kind: p.kind, Entity: e})
		ent := &d.Entities[e]
		addAlias(ent, p.alias)
		if ent.Role == "" && p.role != "" {
			ent.Role = p.role
		}
	}
	listMentions(d, base, first)
	return index, byTok
}

// entityMaps returns addMentions' two maps, empty: the article
// before's when the recognizer has its storage, else made at the size of
// the mentions, an upper bound, instead of grown and rehashed.
func (r *recognizer) entityMaps() (index map[string]int, byTok map[int]int) {
	k := r.kept
	if k == nil {
		return make(map[string]int, len(r.ms)), make(map[int]int, len(r.ms))
	}
	if k.index == nil {
		k.index, k.byTok = make(map[string]int, len(r.ms)), make(map[int]int, len(r.ms))
	}
	clear(k.index)
	clear(k.byTok)
	return k.index, k.byTok
}

// listMentions fills the Mentions of the entities from base on with
// the mentions from first on, in order. The lists are cut from one
// array, each capped at its length so that a later stage's append
// copies it out, rather than grown one mention at a time.
func listMentions(d *doc.Document, base, first int) {
	n := len(d.Entities) - base
	at := make([]int, n+1) // at[i] is where entity base+i's list starts
	for _, m := range d.Mentions[first:] {
		at[m.Entity-base+1]++
	}
	for i := 1; i <= n; i++ {
		at[i] += at[i-1]
	}
	all := make([]int, len(d.Mentions)-first)
	for i := range n {
		d.Entities[base+i].Mentions = all[at[i]:at[i]:at[i+1]]
	}
	for mi := first; mi < len(d.Mentions); mi++ {
		e := &d.Entities[d.Mentions[mi].Entity]
		e.Mentions = append(e.Mentions, mi)
	}
}

// addAliases gives every named person their surname and every ruling
// organization its government's name.
func (r *recognizer) addAliases(index map[string]int) {
	d := r.d
	// A person is looked up by surname too ("what did Mujahid say?"), so
	// the surname is an alias even when this article never uses it alone.
	// It names, and never merges: the node stays keyed by the full name.
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type != doc.Person || strings.HasPrefix(e.ID, prefixPerson+"~") {
			continue
		}
		var wb [8]string
		if f := doc.AppendFields(wb[:0], e.Name); len(f) > 1 {
			addAlias(e, f[len(f)-1])
		}
	}
	for g, o := range r.ruling {
		if e, ok := index[o]; ok {
			if c := gaz.govs[g]; c != nil {
				addAlias(&d.Entities[e], "Government of "+c.Name)
			}
		}
	}
}

// affiliate sets each entity's affiliation from its first mention that
// names one: by key (the article's home government worked out once, on
// first need) or by the token of an affiliated mention, where a place
// stands for its country's government.
func (r *recognizer) affiliate(index map[string]int, byTok map[int]int) {
	d := r.d
	home, homeDone := "", false
	for _, p := range r.ms {
		if p.drop || p.key == "" {
			continue
		}
		e := index[p.key]
		if d.Entities[e].Affiliation >= 0 {
			continue
		}
		key := p.affKey
		if key == homeGov {
			if !homeDone {
				home, homeDone = r.home(), true
			}
			key = home
		}
		a := -1
		if key != "" {
			a = ensure(d, index, key)
		} else if x, ok := byTok[p.affTok]; ok && p.affTok >= 0 {
			a = r.affiliationOf(index, x)
		}
		if a >= 0 && a != e {
			d.Entities[e].Affiliation = a
		}
	}
}

// affiliationOf is the entity an affiliated mention stands for: itself,
// or for a place its country's government (or the organization ruling it).
func (r *recognizer) affiliationOf(index map[string]int, x int) int {
	ae := r.d.Entities[x]
	if ae.Type != doc.Place {
		return x
	}
	c, ok := gaz.countryOfPlace(ae.Name)
	if !ok || c == nil {
		return x
	}
	g := govKey(c)
	if o, ok := r.ruling[g]; ok {
		g = o
	}
	return ensure(r.d, index, g)
}

// ensure returns the entity with the given key, adding a government or an
// organization with no mentions when the article only implies it.
func ensure(d *doc.Document, index map[string]int, key string) int {
	if e, ok := index[key]; ok {
		return e
	}
	ent := doc.Entity{ID: key, Affiliation: -1}
	switch {
	case strings.HasPrefix(key, prefixGov):
		ent.Type = doc.Government
		if c := gaz.govs[key]; c != nil {
			ent.Name = c.Name
			ent.Aliases = []string{"Government of " + c.Name}
		}
	case strings.HasPrefix(key, prefixOrg):
		if o := gaz.orgIDs[key]; o != nil {
			ent.Name, ent.Type = o.Name, o.Type
		}
	}
	if ent.Name == "" {
		return -1
	}
	index[key] = len(d.Entities)
	d.Entities = append(d.Entities, ent)
	return len(d.Entities) - 1
}

func addAlias(e *doc.Entity, a string) {
	if a == "" || a == e.Name {
		return
	}
	for _, x := range e.Aliases {
		if x == a {
			return
		}
	}
	e.Aliases = append(e.Aliases, a)
}

// modifiesBody reports whether token k, right after a one-word name, is a
// lower-case noun for a public body or a group of people ("the Westbrook
// city council", "Eastmoor residents"): the name then says where, not
// who, and is not the short form of an organization that shares its first
// word ("Westbrook Medical Association").
func (r *recognizer) modifiesBody(k int) bool {
	w := r.word(k)
	if w == "" || w != r.lower(k) {
		return false
	}
	return bodyNouns[w] || orgHeads[strings.ToUpper(w[:1])+w[1:]]
}

var bodyNouns = set(`city town county village state district regional municipal council police government officials residents authorities hospital school board voters businesses`)

// misspelt returns the person a titled surname means when the article
// misspells it ("Mr Montieth" after "David Monteith"): the nearest person
// whose surname is one letter off (a transposition, a substitution, a
// letter too many or too few), for surnames of five letters or more; -1
// when none or more than one surname is that close.
func (r *recognizer) misspelt(parts map[string][]int, p *pending) int {
	if len(p.name) < 5 {
		return -1
	}
	match := ""
	for w := range parts {
		if w != p.name && len(w) >= 5 && oneEdit(w, p.name) {
			if match != "" && match != w {
				return -1
			}
			match = w
		}
	}
	if match == "" {
		return -1
	}
	return r.nearestPerson(parts[match], p)
}

// oneEdit reports whether a and b differ by one edit: one letter
// substituted, inserted or deleted, or two adjacent letters swapped.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch len(a) - len(b) {
	case 0:
		diff := []int{}
		for i := 0; i < len(a) && len(diff) <= 2; i++ {
			if a[i] != b[i] {
				diff = append(diff, i)
			}
		}
		return len(diff) == 1 || len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return a[i+1:] == b[i:]
	}
	return false
}
