// Package html owns reading saved web pages and feeds: it finds the
// article body and its metadata and hands the pipeline plain text.
package html

import (
	"errors"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// ErrNoArticle means the page holds no article text.
var ErrNoArticle = errors.New("no article text found in the page")

// ReadPage extracts one article from a saved HTML page; source names the
// file for errors and is kept as the article's Source.
func ReadPage(data []byte, source string) (doc.Article, error) {
	return doc.Article{}, ErrNoArticle
}

// ReadFeed extracts one article per item of an RSS or Atom feed whose
// items carry full content.
func ReadFeed(data []byte, source string) ([]doc.Article, error) {
	return nil, ErrNoArticle
}
