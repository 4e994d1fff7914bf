package entity

import (
	"bufio"
	"embed"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// The gazetteers are small hand-written tables (see each file's header for
// its source). They are parsed once at init into read-only maps.
//
//go:embed data/*.tsv
var dataFS embed.FS

// country is one row of countries.tsv.
type country struct {
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
}

type gazetteer struct {
	places   map[string]placeRef // exact spelling → country or city
	demonyms map[string]*country // "Pakistani" → Pakistan
	orgs     map[string]*org     // exact spelling of name or alias → org
	titles   map[string]title    // "Prime Minister" → role
	people   map[string]famous   // surname → the one person it meant
	given    map[string]byte     // given name → gender
	// first maps the first word of every multiword gazetteer name to the
	// most words any name starting with it has, so that lookups only join
	// tokens when a name could start here.
	first    map[string]int
	byName   map[string]*country // canonical country name → country
	orgNames map[string]*org     // canonical org name → org
	govs     map[string]*country // "gov/pakistan" → Pakistan
	orgIDs   map[string]*org     // "org/labour-party" → Labour Party
}

var gaz = loadGazetteer()

func rows(name string) [][]string {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		// The files are embedded at build time; a missing one is a build
		// mistake that every test would show at once.
		panic("entity: missing gazetteer " + name)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Split(line, "\t"))
	}
	return out
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
	g := &gazetteer{
		places: map[string]placeRef{}, demonyms: map[string]*country{}, orgs: map[string]*org{},
		titles: map[string]title{}, people: map[string]famous{}, given: map[string]byte{},
		first: map[string]int{}, byName: map[string]*country{}, orgNames: map[string]*org{},
		govs: map[string]*country{}, orgIDs: map[string]*org{},
	}
	note := func(name string) {
		w := strings.Fields(name)
		if len(w) > g.first[w[0]] {
			g.first[w[0]] = len(w)
		}
	}
	for _, r := range rows("countries.tsv") {
		if col(r, 1) == "-" {
			// A region: a place, but no country with a government.
			c := &country{Name: col(r, 0)}
			g.places[c.Name] = placeRef{c: c, City: true, Region: true}
			note(c.Name)
			continue
		}
		c := &country{Name: col(r, 0), Capital: col(r, 1), Demonyms: list(col(r, 2))}
		g.byName[c.Name] = c
		g.govs[prefixGov+slug(c.Name)] = c
		g.places[c.Name] = placeRef{c: c}
		note(c.Name)
		for _, a := range list(col(r, 3)) {
			g.places[a] = placeRef{c: c}
			note(a)
		}
		if c.Capital != "" {
			if _, ok := g.places[c.Capital]; !ok {
				g.places[c.Capital] = placeRef{c: c, Capital: true}
				note(c.Capital)
			}
		}
		for _, a := range list(col(r, 4)) {
			if _, ok := g.places[a]; !ok {
				g.places[a] = placeRef{c: c, City: true}
				note(a)
			}
		}
		for _, dm := range c.Demonyms {
			if _, ok := g.demonyms[dm]; !ok {
				g.demonyms[dm] = c
			}
		}
	}
	for _, r := range rows("orgs.tsv") {
		o := &org{Name: col(r, 0), Type: doc.EntityType(col(r, 1)), Class: col(r, 2), Country: col(r, 4)}
		g.orgNames[o.Name] = o
		g.orgIDs[idFor(o.Type, o.Name)] = o
		g.orgs[o.Name] = o
		note(o.Name)
		for _, a := range list(col(r, 3)) {
			if _, ok := g.orgs[a]; !ok {
				g.orgs[a] = o
				note(a)
			}
		}
	}
	for _, r := range rows("titles.tsv") {
		t := title{Role: col(r, 2)}
		if gs := col(r, 1); gs != "" {
			t.Gender = gs[0]
		}
		g.titles[col(r, 0)] = t
	}
	for _, r := range rows("people.tsv") {
		f := famous{Name: col(r, 0)}
		if gs := col(r, 1); gs != "" {
			f.Gender = gs[0]
		}
		g.people[col(r, 2)] = f
	}
	for _, r := range rows("firstnames.tsv") {
		gs := col(r, 0)
		if gs == "" {
			continue
		}
		for _, n := range strings.Fields(col(r, 1)) {
			g.given[n] = gs[0]
		}
	}
	return g
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
