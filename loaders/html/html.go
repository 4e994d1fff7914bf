// Package html owns reading saved web pages and feeds: it finds the
// article body and its metadata and hands the pipeline plain text.
//
// Body extraction is delegated to a maintained library (go-trafilatura by
// default, chosen by measurement: see package htmlbench). This package
// owns what surrounds it: decoding the page to UTF-8, rejecting what is
// not a page, rendering the body as blank-line separated paragraphs, and
// filling metadata the library missed from meta tags and JSON-LD.
package html

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	nurl "net/url"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
	xhtml "golang.org/x/net/html"
)

// ErrNoArticle means the page holds no article text.
var ErrNoArticle = errors.New("no article text found in the page")

// ErrNotHTML means the input is not a web page at all (an image, a PDF,
// an archive or other binary data).
var ErrNotHTML = errors.New("the file is not an HTML page")

// ErrTooLarge means the page is bigger than MaxPageBytes.
var ErrTooLarge = errors.New("the page is too large to extract")

// MaxPageBytes bounds the pages we extract from. Real article pages,
// inline images and all, stay well under it; past it extraction takes
// seconds and hundreds of megabytes, which one bad file should not cost.
const MaxPageBytes = 32 << 20

// ReadPage extracts one article from a saved HTML page; source names the
// file for errors and is kept as the article's Source.
func ReadPage(data []byte, source string) (doc.Article, error) {
	return ReadPageWith(data, source, Options{})
}

// Options tunes ReadPageWith; the zero value is what ReadPage uses.
type Options struct {
	// Extractor picks the body extraction library; empty means
	// DefaultExtractor.
	Extractor Extractor
	// RawMetadata turns off our metadata fallbacks, so that benchmarks can
	// show what the library finds on its own.
	RawMetadata bool
}

// ReadPageWith is ReadPage with a choice of extractor.
func ReadPageWith(data []byte, source string, opt Options) (a doc.Article, err error) {
	ex := opt.Extractor
	if ex == "" {
		ex = DefaultExtractor
	}
	run, ok := extractors[ex]
	if !ok {
		return doc.Article{}, fmt.Errorf("%s: unknown extractor %q (known: %s)", source, ex, strings.Join(ExtractorNames(), ", "))
	}
	data, err = unwrap(data, source)
	if err != nil {
		return doc.Article{}, err
	}
	text, _, err := toUTF8(data)
	if err != nil {
		return doc.Article{}, fmt.Errorf("%s: %w", source, err)
	}
	root, err := xhtml.Parse(strings.NewReader(text))
	if err != nil {
		return doc.Article{}, fmt.Errorf("%s: cannot parse the page as HTML: %w", source, err)
	}
	pm := scanPage(root)
	pageURL := pm.canonical
	if pageURL == "" {
		pageURL = pm.get("og:url")
	}
	u, _ := nurl.Parse(pageURL)
	if u != nil && !u.IsAbs() {
		u = nil
	}
	// A library bug must not take the whole load down with it: one page
	// fails, with a message saying so, and the caller moves on.
	defer func() {
		if r := recover(); r != nil {
			a, err = doc.Article{}, fmt.Errorf("%s: the %s extractor crashed on this page (%v); please report it with the file", source, ex, r)
		}
	}()
	res, err := run(root, u)
	if err != nil {
		return doc.Article{}, fmt.Errorf("%s: %w: %v", source, ErrNoArticle, err)
	}
	if strings.TrimSpace(res.text) == "" {
		return doc.Article{}, fmt.Errorf("%s: %w: the extractor found no body text", source, ErrNoArticle)
	}
	a = doc.Article{Source: source, Text: res.text, URL: pageURL}
	if opt.RawMetadata {
		a.Title, a.Author, a.Publisher, a.Published = res.title, res.author, res.site, res.date
		a.Lang = primaryTag(res.lang)
		return a, nil
	}
	fillMetadata(&a, res, pm)
	return a, nil
}

// unwrap undoes gzip (saved benchmark pages often are) and rejects what is
// empty, too large or not text.
func unwrap(data []byte, source string) ([]byte, error) {
	if len(data) == 0 {
		return nil, fmt.Errorf("%s: %w: the file is empty", source, ErrNoArticle)
	}
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: the file looks gzip-compressed but cannot be opened: %w", source, err)
		}
		out, err := io.ReadAll(io.LimitReader(zr, MaxPageBytes+1))
		if err != nil {
			return nil, fmt.Errorf("%s: the file is gzip-compressed but damaged: %w", source, err)
		}
		data = out
	}
	if len(data) > MaxPageBytes {
		return nil, fmt.Errorf("%s: %w: it has more than %d MiB; save the article page alone or strip inline images", source, ErrTooLarge, MaxPageBytes>>20)
	}
	ct := http.DetectContentType(data)
	if !strings.HasPrefix(ct, "text/") && !strings.Contains(ct, "xml") {
		return nil, fmt.Errorf("%s: %w: its content looks like %s", source, ErrNotHTML, ct)
	}
	return data, nil
}

// fillMetadata merges what the library found with what the page declares.
// The orders below were set by measurement on the readability test pages
// (htmlbench): explicit publication metadata beats heuristics.
func fillMetadata(a *doc.Article, res result, pm pageMeta) {
	first := func(vals ...string) string {
		for _, v := range vals {
			if v = collapse(v); v != "" {
				return v
			}
		}
		return ""
	}
	a.Title = first(res.title, pm.get("og:title", "twitter:title"), pm.ld.headline, pm.title)
	a.Author = first(res.author, pm.ld.author, pm.get("author", "article:author", "dc.creator", "byl"))
	a.Publisher = first(cleanSiteName(pm.get("og:site_name")), cleanSiteName(pm.ld.publisher),
		cleanSiteName(pm.ld.siteName), cleanSiteName(res.site), cleanSiteName(pm.get("application-name")))
	a.Published = first(
		normDate(pm.ld.datePublished),
		normDate(pm.get("article:published_time", "datepublished", "og:published_time",
			"publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created",
			"sailthru.date", "parsely-pub-date", "article.published", "publish-date")),
		res.date,
		normDate(pm.timeTag),
	)
	if a.URL == "" {
		a.URL = pm.ld.url
	}
	declared := first(pm.htmlLang, pm.get("content-language", "og:locale", "language"), pm.ld.lang)
	a.Lang = detectLang(a.Text, declared)
}
