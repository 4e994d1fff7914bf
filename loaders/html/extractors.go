package html

import (
	"errors"
	nurl "net/url"
	"sort"
	"time"

	readeck "codeberg.org/readeck/go-readability/v2"
	shiori "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
	xhtml "golang.org/x/net/html"
)

// Extractor names a body extraction library.
type Extractor string

// The extractors we can compare; htmlbench measures them on our data.
const (
	// Trafilatura is go-trafilatura alone. On our pages it scores as well
	// as with its fallbacks, at twice the speed.
	Trafilatura Extractor = "trafilatura"
	// TrafilaturaFallback is go-trafilatura with its fallback extractors
	// (a readability port and DOM distiller), as in its published
	// benchmark run.
	TrafilaturaFallback Extractor = "trafilatura-fallback"
	// Readeck is codeberg.org/readeck/go-readability/v2.
	Readeck Extractor = "readeck"
	// Shiori is github.com/go-shiori/go-readability.
	Shiori Extractor = "shiori"
)

// DefaultExtractor is the one ReadPage uses.
const DefaultExtractor = Trafilatura

// result is what every extractor hands back: plain text in our paragraph
// shape and whatever metadata the library found.
type result struct {
	text                            string
	title, author, site, date, lang string
}

type extractFunc func(root *xhtml.Node, u *nurl.URL) (result, error)

var extractors = map[Extractor]extractFunc{
	Trafilatura:         func(r *xhtml.Node, u *nurl.URL) (result, error) { return runTrafilatura(r, u, false) },
	TrafilaturaFallback: func(r *xhtml.Node, u *nurl.URL) (result, error) { return runTrafilatura(r, u, true) },
	Readeck:             runReadeck,
	Shiori:              runShiori,
}

// ExtractorNames lists the known extractors.
func ExtractorNames() []string {
	var names []string
	for k := range extractors {
		names = append(names, string(k))
	}
	sort.Strings(names)
	return names
}

func runTrafilatura(root *xhtml.Node, u *nurl.URL, fallback bool) (result, error) {
	res, err := trafilatura.ExtractDocument(root, trafilatura.Options{
		OriginalURL:     u,
		EnableFallback:  fallback,
		ExcludeComments: true,
	})
	if err != nil {
		return result{}, err
	}
	if res == nil || res.ContentNode == nil {
		return result{}, errors.New("the extractor returned no content")
	}
	m := res.Metadata
	out := result{
		text:   trimmedNodeText(res.ContentNode),
		title:  m.Title,
		author: m.Author,
		site:   m.Sitename,
		lang:   m.Language,
	}
	if !m.Date.IsZero() {
		out.date = formatLibDate(m.Date)
	}
	return out, nil
}

func runReadeck(root *xhtml.Node, u *nurl.URL) (result, error) {
	art, err := readeck.FromDocument(root, u)
	if err != nil {
		return result{}, err
	}
	if art.Node == nil {
		return result{}, errors.New("the extractor returned no content")
	}
	out := result{
		text:   nodeText(art.Node),
		title:  art.Title(),
		author: art.Byline(),
		site:   art.SiteName(),
		lang:   art.Language(),
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		out.date = formatLibDate(t)
	}
	return out, nil
}

func runShiori(root *xhtml.Node, u *nurl.URL) (result, error) {
	art, err := shiori.FromDocument(root, u)
	if err != nil {
		return result{}, err
	}
	if art.Node == nil {
		return result{}, errors.New("the extractor returned no content")
	}
	out := result{
		text:   nodeText(art.Node),
		title:  art.Title,
		author: art.Byline,
		site:   art.SiteName,
		lang:   art.Language,
	}
	if art.PublishedTime != nil && !art.PublishedTime.IsZero() {
		out.date = formatLibDate(*art.PublishedTime)
	}
	return out, nil
}

// formatLibDate keeps a bare date when the library found no time of day,
// since a midnight UTC stamp would claim more than the page said.
func formatLibDate(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Location() == time.UTC {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}
