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

// MaxElements bounds the number of HTML elements in a page. Article
// pages have a few thousand; go-trafilatura's pruning is quadratic in
// element count, taking seconds at 40,000 and hours at a million, so past
// the bound the page is refused instead of hanging the load.
const MaxElements = 50000

// minArticleWords is the least body text we call an article. What
// extractors return from login pages, galleries and error pages is a
// handful of menu words; the shortest news brief has several sentences.
const minArticleWords = 15

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
	// RawText turns off our clean-up of the library's body text
	// (headline, standfirst, share bars, related-story lists).
	RawText bool
}

// ReadPageWith is ReadPage with a choice of extractor.
func ReadPageWith(data []byte, source string, opt Options) (doc.Article, error) {
	steps := allCleanSteps
	if opt.RawText {
		steps = 0
	}
	return readPage(data, source, opt, steps)
}

func readPage(data []byte, source string, opt Options, steps cleanSteps) (a doc.Article, err error) {
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
	if n := countElements(root, MaxElements+1); n > MaxElements {
		return doc.Article{}, fmt.Errorf("%s: %w: it has more than %d HTML elements, which is not a single article page", source, ErrTooLarge, MaxElements)
	}
	pm := scanPage(root)
	pageURL, u := pageAddress(pm.canonical, pm.get("og:url"))
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
	if n := wordCount(res.text); n < minArticleWords {
		return doc.Article{}, fmt.Errorf("%s: %w: the extractor found only %d words of body text", source, ErrNoArticle, n)
	}
	title := res.title
	if title == "" {
		title = pm.get("og:title", "twitter:title")
	}
	body := cleanBody(res.text, title, pm.get("description", "og:description"), steps)
	a = doc.Article{Source: source, Text: body, URL: pageURL}
	if opt.RawMetadata {
		a.Title, a.Author, a.Publisher, a.Published = res.title, res.author, res.site, res.date
		a.Lang = primaryTag(res.lang)
		return a, nil
	}
	fillMetadata(&a, res, pm)
	return a, nil
}

// dedupeNames drops repeats from a "; "-joined author list, which
// go-trafilatura builds when a page names the author twice, in different
// case.
func dedupeNames(s string) string {
	if !strings.Contains(s, ";") {
		return s
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range strings.Split(s, ";") {
		n = strings.TrimSpace(n)
		if k := strings.ToLower(n); n != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return strings.Join(out, "; ")
}

// pageAddress picks the article's URL: the canonical link, made absolute
// against og:url when a site writes it relative, else og:url.
func pageAddress(canonical, ogURL string) (string, *nurl.URL) {
	og, _ := nurl.Parse(ogURL)
	if og != nil && !og.IsAbs() {
		og = nil
	}
	if c, err := nurl.Parse(canonical); err == nil && canonical != "" {
		if c.IsAbs() {
			return canonical, c
		}
		if og != nil {
			abs := og.ResolveReference(c)
			return abs.String(), abs
		}
	}
	if og != nil {
		return ogURL, og
	}
	return canonical, nil
}

// countElements counts element nodes, stopping at limit.
func countElements(root *xhtml.Node, limit int) int {
	n := 0
	stack := []*xhtml.Node{root}
	for len(stack) > 0 && n < limit {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if cur.Type == xhtml.ElementNode {
			n++
		}
		for c := cur.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return n
}

// stripBy drops the "By" that bylines start with in several languages.
func stripBy(s string) string {
	for _, p := range []string{"by ", "par ", "por ", "von ", "di "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return s
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
	a.Title = first(pm.ld.headline, res.title, pm.get("og:title", "twitter:title"), pm.title)
	a.Author = dedupeNames(stripBy(first(pm.ld.author, res.author, pm.get("author", "dc.creator", "byl"))))
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
