package html

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself in <head>: meta tags,
// <link rel=canonical>, <html lang> and schema.org JSON-LD.
type pageMeta struct {
	// meta maps a lowercased meta name or property to its first value.
	meta      map[string]string
	canonical string
	htmlLang  string
	title     string // <title>
	ld        ldInfo
	timeTag   string // first <time datetime> inside an article
}

// ldInfo is the part of schema.org JSON-LD we use.
type ldInfo struct {
	headline, datePublished, author, publisher, siteName, url, lang string
}

func scanPage(root *xhtml.Node) pageMeta {
	pm := pageMeta{meta: map[string]string{}}
	var walk func(n *xhtml.Node, inArticle bool)
	walk = func(n *xhtml.Node, inArticle bool) {
		if n.Type == xhtml.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				if pm.htmlLang == "" {
					pm.htmlLang = attr(n, "lang")
					if pm.htmlLang == "" {
						pm.htmlLang = attr(n, "xml:lang")
					}
				}
			case atom.Title:
				if pm.title == "" && n.FirstChild != nil {
					pm.title = collapse(n.FirstChild.Data)
				}
			case atom.Meta:
				val := attr(n, "content")
				if val == "" {
					val = attr(n, "datetime")
				}
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && val != "" {
						if _, seen := pm.meta[key]; !seen {
							pm.meta[key] = strings.TrimSpace(val)
						}
					}
				}
			case atom.Link:
				if pm.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
					pm.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					pm.ld.merge(parseLD(n.FirstChild.Data))
				}
				return
			case atom.Article:
				inArticle = true
			case atom.Time:
				if inArticle && pm.timeTag == "" {
					pm.timeTag = strings.TrimSpace(attr(n, "datetime"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inArticle)
		}
	}
	walk(root, false)
	return pm
}

func (pm pageMeta) get(keys ...string) string {
	for _, k := range keys {
		if v := pm.meta[k]; v != "" {
			return v
		}
	}
	return ""
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// merge fills fields still empty, so the first article object wins.
func (l *ldInfo) merge(o ldInfo) {
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	set(&l.headline, o.headline)
	set(&l.datePublished, o.datePublished)
	set(&l.author, o.author)
	set(&l.publisher, o.publisher)
	set(&l.siteName, o.siteName)
	set(&l.url, o.url)
	set(&l.lang, o.lang)
}

// parseLD reads one JSON-LD script; broken JSON is common on real pages
// and just yields nothing.
func parseLD(text string) ldInfo {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(text)), &v); err != nil {
		return ldInfo{}
	}
	var out ldInfo
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, x := range t {
				visit(x, depth+1)
			}
		case map[string]any:
			if g, ok := t["@graph"]; ok {
				visit(g, depth+1)
			}
			typ := strings.ToLower(ldString(t["@type"]))
			switch {
			case strings.Contains(typ, "article") || strings.Contains(typ, "posting") ||
				strings.Contains(typ, "report") || typ == "webpage" && ldString(t["datePublished"]) != "":
				out.merge(ldInfo{
					headline:      ldString(t["headline"]),
					datePublished: ldString(t["datePublished"]),
					author:        ldName(t["author"]),
					publisher:     ldName(t["publisher"]),
					url:           ldString(t["url"]),
					lang:          ldString(t["inLanguage"]),
				})
				if m, ok := t["mainEntityOfPage"].(map[string]any); ok {
					visit(m, depth+1)
				}
			case typ == "website":
				out.merge(ldInfo{siteName: ldString(t["name"])})
			}
		}
	}
	visit(v, 0)
	return out
}

func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, x := range t {
			if s := ldString(x); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldName reads a person or organisation given as a string, an object with
// a name, or a list of either; several authors are joined with commas.
func ldName(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case map[string]any:
		return ldString(t["name"])
	case []any:
		var names []string
		for _, x := range t {
			if s := ldName(x); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

var leadingDateRE = regexp.MustCompile(`^(\d{4})[-/](\d{2})[-/](\d{2})`)

// normDate turns a machine-readable date into RFC 3339 when it carries a
// time zone, or YYYY-MM-DD when it does not: a time without a zone is not
// an instant, and the calendar date is all we can vouch for.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	if m := leadingDateRE.FindStringSubmatch(s); m != nil {
		d := m[1] + "-" + m[2] + "-" + m[3]
		if _, err := time.Parse("2006-01-02", d); err == nil {
			return d
		}
	}
	return ""
}

// cleanSiteName drops what is not a name: URLs and Twitter handles.
func cleanSiteName(s string) string {
	s = collapse(s)
	if strings.HasPrefix(s, "@") {
		return ""
	}
	return s
}

func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
