package html

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/mmcdole/gofeed"
	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ReadFeed extracts one article per item of an RSS or Atom feed whose
// items carry full content. The item's content is already the article, so
// it is rendered as it stands, without boilerplate removal. Items with no
// text are skipped; a feed with none at all gives ErrNoArticle.
func ReadFeed(data []byte, source string) ([]doc.Article, error) {
	data, err := unwrapFeed(data, source)
	if err != nil {
		return nil, err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the file as an RSS, Atom or JSON feed: %w", source, err)
	}
	var out []doc.Article
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		body := it.Content
		if strings.TrimSpace(body) == "" {
			// Some feeds put the full text in <description>; a short
			// teaser there still beats dropping the item silently.
			body = it.Description
		}
		text := fragmentText(body)
		if text == "" {
			continue
		}
		a := doc.Article{
			Source:    fmt.Sprintf("%s#item%d", source, i+1),
			URL:       strings.TrimSpace(it.Link),
			Title:     collapse(fragmentText(it.Title)),
			Author:    feedAuthor(it),
			Publisher: collapse(feed.Title),
			Text:      text,
		}
		switch {
		case it.PublishedParsed != nil:
			a.Published = feedDate(it.Published, *it.PublishedParsed)
		case it.UpdatedParsed != nil:
			a.Published = feedDate(it.Updated, *it.UpdatedParsed)
		}
		a.Lang = detectLang(text, feed.Language)
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: %w: the feed has %d items and none carries text", source, ErrNoArticle, len(feed.Items))
	}
	return out, nil
}

// feedDate keeps the feed's own UTC offset, which gofeed's parsed time
// drops: the local date is what the publisher meant.
func feedDate(raw string, parsed time.Time) string {
	raw = strings.TrimSpace(raw)
	for _, layout := range []string{time.RFC3339Nano, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700"} {
		if t, err := time.Parse(layout, raw); err == nil {
			return t.Format(time.RFC3339)
		}
	}
	return parsed.Format(time.RFC3339)
}

func unwrapFeed(data []byte, source string) ([]byte, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: %w: the feed file is empty", source, ErrNoArticle)
	}
	if len(data) > MaxPageBytes {
		return nil, fmt.Errorf("%s: %w: the feed has more than %d MiB; split it", source, ErrTooLarge, MaxPageBytes>>20)
	}
	return data, nil
}

func feedAuthor(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			names = append(names, collapse(p.Name))
		}
	}
	if len(names) == 0 && it.Author != nil {
		names = append(names, collapse(it.Author.Name))
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		names = append(names, it.DublinCoreExt.Creator...)
	}
	return strings.Join(names, ", ")
}

// fragmentText renders an HTML fragment (or plain text) as paragraphs.
func fragmentText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	if !strings.Contains(s, "<") {
		// Plain text: blank lines are the only paragraph marks it has.
		var paras []string
		for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
			if p = collapse(xhtml.UnescapeString(p)); p != "" {
				paras = append(paras, p)
			}
		}
		return strings.Join(paras, "\n\n")
	}
	ctx := &xhtml.Node{Type: xhtml.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := xhtml.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return normalizeParagraphs(s)
	}
	for _, n := range nodes {
		ctx.AppendChild(n)
	}
	return nodeText(ctx)
}
