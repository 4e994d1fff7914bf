package entity

import (
	"embed"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// The gazetteers are embedded tables, parsed once at init into read-only
// maps. Countries, cities, first-level regions, given names and common
// words are generated from maintained data sets by `go generate` (see
// internal/gengaz; each file's header names its sources and licenses);
// orgs, people and titles are small hand-written tables, since no
// maintained data set lists them in the form news text uses.
//
//go:generate go run ./internal/gengaz -out data
//go:embed data/*.tsv
var dataFS embed.FS

// country is one row of countries.tsv.
type country struct {
	Code     string
	Name     string
	Capital  string
	Demonyms []string
}

// org is one row of orgs.tsv.
type org struct {
	Name    string
	Type    doc.EntityType
	Class   string
	Country string
}

// title is one row of titles.tsv.
type title struct {
	Gender byte
	Role   string
	// NeedsName: a title only right before a given name ("DL", "CEO").
	NeedsName bool
}

// famous is one row of people.tsv.
type famous struct {
	Name   string
	Gender byte
}

// placeRef is what a place name in the gazetteer stands for.
type placeRef struct {
	c *country
	// Capital is true for the capital, whose name can stand for the
	// government; City is true for any other city.
	Capital, City bool
	// Region is a place such as "Europe", which no government speaks for.
	Region bool
	// Gen marks a city or a subdivision from the generated tables, which
	// is read as a place only where the text bears it out (placeOK).
	Gen bool
	// Word: the name is also a common lower-case word ("Reading").
	Word bool
	// Known: a well-known city (population ≥ bigCity thousand) or a
	// subdivision that news names bare ("Ohio").
	Known bool
	// Sub marks a first-level subdivision ("Ohio", "Punjab").
	Sub bool
	// Pop is a generated city's population in thousands.
	Pop int32
}

type gazetteer struct {
	places   map[string]placeRef // exact spelling → country or city
	demonyms map[string]*country // "Pakistani" → Pakistan
	orgs     map[string]*org     // exact spelling of name or alias → org
	titles   map[string]title    // "Prime Minister" → role
	// titleWords maps the first word of every title to the most words a
	// title starting with it has, so that titleAt joins tokens only
	// where a title could start.
	titleWords map[string]int
	people     map[string]famous // surname → the one person it meant
	given      map[string]byte   // given name → gender
	unisex     map[string]bool   // given names of either gender
	// wordNames are given names that are also common words ("Will",
	// "Chancellor"): they carry a gender but are no sign of a person.
	wordNames map[string]bool
	// commonNames are the given names of the Moby lists, common in
	// English-speaking countries ("John", not "Harlow").
	commonNames map[string]bool
	common      map[string]bool // the most common lower-case English words
	// first maps the first word of every multiword gazetteer name to the
	// most words any name starting with it has, so that lookups only join
	// tokens when a name could start here; one-word names are not in it.
	first map[string]int
	// starts is what gazMatch asks of a token first, in one lookup:
	// first[w] for the first word of a multiword name, 1 for a one-word
	// place or organization, absent when no name starts with w.
	starts map[string]int
	// startBits holds one bit per hash of each key of starts (startHash),
	// so that gazMatch turns most tokens away without the map: at 26k
	// keys the map misses the cache, and most capitalised tokens start
	// no name.
	startBits *[startBitsLen]uint64
	// givenSet and nameSet hold the keys of given and unisex, and of
	// places and orgs, for anyGiven and gazMatch to turn most words away
	// before the maps.
	givenSet, nameSet nameSet
	byName            map[string]*country // canonical country name → country
	byCode            map[string]*country // ISO code → country
	orgNames          map[string]*org     // canonical org name → org
	govs              map[string]*country // "gov/pakistan" → Pakistan
	orgIDs            map[string]*org     // "org/labour-party" → Labour Party
}

// bigCity is the population, in thousands, from which a generated city
// is read as a place with no preposition before it; from hugeCity on, it
// is one even when it starts a sentence or is also a given name
// ("Sydney", "Houston").
const (
	bigCity  = 100
	hugeCity = 500
)

var gaz = loadGazetteer()

// eachRow calls fn with the tab-separated cells of each row of an
// embedded table, skipping comments and blank lines. The cells share the
// table's one string, and the slice is reused from row to row.
func eachRow(name string, fn func(r []string)) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		// The files are embedded at build time; a missing one is a build
		// mistake that every test would show at once.
		panic("entity: missing gazetteer " + name)
	}
	text := string(b)
	cells := make([]string, 0, 8)
	for text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		cells = cells[:0]
		for {
			c, more, ok := strings.Cut(line, "\t")
			cells = append(cells, c)
			if !ok {
				break
			}
			line = more
		}
		fn(cells)
	}
}

func col(r []string, i int) string {
	if i < len(r) {
		return strings.TrimSpace(r[i])
	}
	return ""
}

func list(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func loadGazetteer() *gazetteer {
	// Sized for the generated tables, so that the maps never grow.
	g := &gazetteer{
		places: make(map[string]placeRef, 40000), demonyms: map[string]*country{}, orgs: map[string]*org{},
		titles: map[string]title{}, titleWords: map[string]int{}, people: map[string]famous{}, given: make(map[string]byte, 40000),
		unisex: map[string]bool{}, wordNames: make(map[string]bool, 1000), commonNames: make(map[string]bool, 10000), common: make(map[string]bool, 5000),
		first: make(map[string]int, 8000), byName: map[string]*country{}, byCode: map[string]*country{},
		orgNames: map[string]*org{}, govs: map[string]*country{}, orgIDs: map[string]*org{},
	}
	g.loadCountries()
	g.loadCities()
	g.loadRegions()
	g.loadOrgs()
	eachRow("titles.tsv", func(r []string) {
		t := title{Role: col(r, 2), NeedsName: col(r, 3) == "n"}
		if gs := col(r, 1); gs != "" {
			t.Gender = gs[0]
		}
		name := col(r, 0)
		g.titles[name] = t
		w, _, _ := strings.Cut(name, " ")
		g.titleWords[w] = max(g.titleWords[w], strings.Count(name, " ")+1)
	})
	eachRow("people.tsv", func(r []string) {
		f := famous{Name: col(r, 0)}
		if gs := col(r, 1); gs != "" {
			f.Gender = gs[0]
		}
		g.people[col(r, 2)] = f
	})
	eachRow("givennames.tsv", func(r []string) {
		gs, kind := col(r, 0), col(r, 1)
		if gs == "" {
			return
		}
		for _, n := range strings.Fields(col(r, 2)) {
			if gs == "-" {
				g.unisex[n] = true
			} else {
				g.given[n] = gs[0]
			}
			switch kind {
			case "word":
				g.wordNames[n] = true
			case "common":
				g.commonNames[n] = true
			}
		}
	})
	eachRow("commonwords.tsv", func(r []string) {
		for _, w := range strings.Fields(col(r, 0)) {
			g.common[w] = true
		}
	})
	g.indexStarts()
	g.indexSets()
	return g
}

// indexSets fills givenSet and nameSet.
func (g *gazetteer) indexSets() {
	g.givenSet = newNameSet(len(g.given) + len(g.unisex))
	for n := range g.given {
		g.givenSet.add(n)
	}
	for n := range g.unisex {
		g.givenSet.add(n)
	}
	g.nameSet = newNameSet(len(g.places) + len(g.orgs))
	for n := range g.places {
		g.nameSet.add(n)
	}
	for n := range g.orgs {
		g.nameSet.add(n)
	}
}

// indexStarts fills starts from first, places and orgs. A name with a
// space is left out of the one-word entries: no token holds a space.
func (g *gazetteer) indexStarts() {
	g.starts = make(map[string]int, len(g.first)+len(g.places)/2)
	for w, n := range g.first {
		g.starts[w] = n
	}
	for name := range g.places {
		if g.starts[name] == 0 && !strings.Contains(name, " ") {
			g.starts[name] = 1
		}
	}
	for name, o := range g.orgs {
		if o != nil && g.starts[name] == 0 && !strings.Contains(name, " ") {
			g.starts[name] = 1
		}
	}
	g.startBits = new([startBitsLen]uint64)
	for w := range g.starts {
		h := startHash(w)
		g.startBits[h/64] |= 1 << (h % 64)
	}
}

// startBitsLen is startBits' length in words: 2^18 bits, 32 KB, so
// that about one bit in ten is set.
const startBitsLen = 1 << 12

// startHash is w's bit in startBits: FNV-1a, whose top bits barely
// see the last bytes, mixed by a Fibonacci multiplication before its top
// 18 bits are taken.
func startHash(w string) uint32 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	h ^= h >> 29
	return uint32((h * 0x9E3779B97F4A7C15) >> 46)
}

// mayStart reports whether starts may hold w: false means it does not.
func (g *gazetteer) mayStart(w string) bool {
	h := startHash(w)
	return g.startBits[h/64]&(1<<(h%64)) != 0
}

// note records a multiword name's length under its first word.
func (g *gazetteer) note(name string) {
	w, _, multi := strings.Cut(name, " ")
	if !multi {
		// One-word names are looked up directly (see gazMatch).
		return
	}
	if n := strings.Count(name, " ") + 1; n > g.first[w] {
		g.first[w] = n
	}
}

// addPlace records a name unless an earlier table claimed it: countries
// and capitals come first, then cities, then subdivisions.
func (g *gazetteer) addPlace(name string, p placeRef) {
	if _, ok := g.places[name]; !ok {
		g.places[name] = p
		g.note(name)
	}
}

func (g *gazetteer) loadCountries() {
	eachRow("countries.tsv", func(r []string) {
		if col(r, 2) == "-" {
			// A region: a place, but no country with a government.
			c := &country{Name: col(r, 1)}
			g.addPlace(c.Name, placeRef{c: c, City: true, Region: true})
			return
		}
		c := &country{Code: col(r, 0), Name: col(r, 1), Capital: col(r, 2), Demonyms: list(col(r, 3))}
		g.byName[c.Name] = c
		g.byCode[c.Code] = c
		g.govs[prefixed(prefixGov, c.Name)] = c
		g.places[c.Name] = placeRef{c: c}
		g.note(c.Name)
		for _, a := range list(col(r, 4)) {
			g.addPlace(a, placeRef{c: c})
		}
		if c.Capital != "" {
			g.addPlace(c.Capital, placeRef{c: c, Capital: true})
		}
		for _, dm := range c.Demonyms {
			if _, ok := g.demonyms[dm]; !ok {
				g.demonyms[dm] = c
			}
		}
	})
}

func (g *gazetteer) loadCities() {
	eachRow("cities.tsv", func(r []string) {
		c := g.byCode[col(r, 1)]
		if c == nil {
			return
		}
		pop, _ := strconv.Atoi(col(r, 3))
		g.addPlace(col(r, 0), placeRef{c: c, City: true, Gen: true, Word: strings.Contains(col(r, 4), "w"),
			Known: pop >= bigCity, Pop: int32(pop)})
	})
}

func (g *gazetteer) loadRegions() {
	eachRow("regions.tsv", func(r []string) {
		if c := g.byCode[col(r, 1)]; c != nil {
			g.addPlace(col(r, 0), placeRef{c: c, City: true, Gen: true, Sub: true, Known: strings.Contains(col(r, 3), "k")})
		}
	})
}

func (g *gazetteer) loadOrgs() {
	eachRow("orgs.tsv", func(r []string) {
		o := &org{Name: col(r, 0), Type: doc.EntityType(col(r, 1)), Class: col(r, 2), Country: col(r, 4)}
		g.orgNames[o.Name] = o
		g.orgIDs[idFor(o.Type, o.Name)] = o
		g.orgs[o.Name] = o
		g.note(o.Name)
		for _, a := range list(col(r, 3)) {
			if _, ok := g.orgs[a]; !ok {
				g.orgs[a] = o
				g.note(a)
			}
		}
	})
}

// fixedPlace reports a country, capital or region: a place name that
// needs no context to be read as one.
func (g *gazetteer) fixedPlace(name string) bool {
	p, ok := g.places[name]
	return ok && !p.Gen
}

// isGiven reports a given name that alone marks a person ("Anna"), as
// against one that is also a common word ("Will", "Grace").
func (g *gazetteer) isGiven(name string) bool {
	return g.anyGiven(name) && !g.wordNames[name]
}

// anyGiven reports any given name, even one that is also a word.
func (g *gazetteer) anyGiven(name string) bool {
	return mayHold(&g.givenSet, name) && (g.given[name] != 0 || g.unisex[name])
}

// startsPersonName reports a given name first in a run of words, which
// makes the run a person. A name that is also a common word ("Frank"),
// a country, a capital or a well-known city ("Chad", "London", "Austin")
// counts only before plain surname-like words, and a place's name only
// before words that are no common words: "Frank Brown", "Chad Thomas",
// not "Early HSDPA", "London HQ", "Sydney Olympic", "London Bridge".
func (g *gazetteer) startsPersonName(words []doc.Token) bool {
	w := words[0].Text
	if !g.anyGiven(w) {
		return false
	}
	p, isPlace := g.places[w]
	isPlace = isPlace && (!p.Gen || p.Known)
	if !isPlace && !g.wordNames[w] {
		return true
	}
	if len(words) == 1 || !plainName(words[1:]) {
		return false
	}
	if !isPlace {
		return true
	}
	for _, t := range words[1:] {
		if g.common[strings.ToLower(t.Text)] {
			return false
		}
	}
	return true
}

// GivenNameGender returns the gender a given name most often marks, 'm'
// or 'f', from the generated given-name table, or 0 when the name is not
// in it or marks either ("Tony", "Nicky": the Moby lists give both).
// Case matters: "Anna", not "anna".
func GivenNameGender(name string) byte {
	return gaz.given[name]
}

// countryOfPlace returns the country a place name belongs to and whether
// the name can stand for that country's government (the country itself
// or its capital).
func (g *gazetteer) countryOfPlace(name string) (*country, bool) {
	p, ok := g.places[name]
	if !ok {
		return nil, false
	}
	return p.c, !p.City
}

// Role returns the role that the words before a person's name give, and
// whether they are one: a title from titles.tsv ("DL" → "defensive
// lineman", "CEO" → "chief executive") or role modifiers ending in a role
// noun ("chief executive", "head coach", "former Labour minister" is not
// one: "Labour" is a name). Words are as written; modifiers match in
// lower case.
func Role(words []string) (string, bool) {
	if len(words) == 0 {
		return "", false
	}
	if t, ok := gaz.titles[strings.Join(words, " ")]; ok && t.Role != "" {
		return t.Role, true
	}
	lw := make([]string, len(words))
	for i, w := range words {
		lw[i] = strings.ToLower(w)
		if i < len(words)-1 && !roleMods[lw[i]] && !roleNouns[lw[i]] {
			return "", false
		}
	}
	if !roleNouns[lw[len(lw)-1]] {
		return "", false
	}
	return strings.Join(lw, " "), true
}
