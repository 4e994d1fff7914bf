// Package bench owns the pieces of `claimgraph-bench` that are not the
// load itself: building the replayed benchmark corpus, spooling the
// quads a load wrote so that they can be written again without
// extraction, sampling a process's memory from /proc, and latency
// percentiles. The load goes through cmd/claimgraph's own load path.
package bench

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"

	"github.com/claimgraph/claimgraph/loaders/input"
)

// CorpusStats says what BuildCorpus read and wrote.
type CorpusStats struct {
	Sources []string `json:"sources"`
	// Read is every article read from the sources on the first pass;
	// Unique those with an identity not seen before (the identity is the
	// one the loader gives: the id field, else the url, else a hash of
	// the text); DuplicateIDs the rest, which are dropped.
	Read         int `json:"read"`
	Unique       int `json:"unique"`
	DuplicateIDs int `json:"duplicate_ids"`
	// DuplicateTexts counts unique-identity articles whose text equals an
	// earlier one's; they are kept (they are distinct articles to the
	// loader) and only reported.
	DuplicateTexts int   `json:"duplicate_texts"`
	Rejected       int   `json:"rejected"`
	Replays        int   `json:"replays"`
	Written        int   `json:"written"`
	Bytes          int64 `json:"bytes"`
}

// corpusArticle is the JSON Lines object the loader reads back.
type corpusArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Author    string `json:"author,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Body      string `json:"body"`
}

// ReplayID is the id an article gets in replay k (1-based): every copy is
// a new article to the store, so replays add rather than replace.
func ReplayID(k int, id string) string { return fmt.Sprintf("bench%d-%s", k, id) }

// BuildCorpus writes the unique articles of sources to w as JSON Lines,
// replays times over with fresh ids, stopping after limit articles when
// limit > 0. It reads the sources once per replay rather than holding
// the corpus: only the identities seen are kept in memory.
func BuildCorpus(sources []string, replays, limit int, w io.Writer) (CorpusStats, error) {
	st := CorpusStats{Sources: sources, Replays: replays}
	bw := bufio.NewWriterSize(w, 1<<20)
	cw := &countWriter{w: bw}
	enc := json.NewEncoder(cw)
	enc.SetEscapeHTML(false)
	seen := map[string]bool{}
	texts := map[[32]byte]bool{}
	var werr error
	for k := 1; k <= replays && werr == nil; k++ {
		written := map[string]bool{}
		input.Walk(sources, nil, func(it input.Item) bool {
			if limit > 0 && st.Written >= limit {
				return false
			}
			if it.Err != nil {
				if k == 1 {
					st.Rejected++
				}
				return true
			}
			a := it.Article
			if k == 1 {
				st.Read++
				if seen[a.ID] {
					st.DuplicateIDs++
					return true
				}
				seen[a.ID] = true
				st.Unique++
				h := sha256.Sum256([]byte(a.Text))
				if texts[h] {
					st.DuplicateTexts++
				}
				texts[h] = true
			}
			if written[a.ID] {
				return true
			}
			written[a.ID] = true
			werr = enc.Encode(corpusArticle{
				ID: ReplayID(k, a.ID), URL: a.URL, Title: a.Title, Published: a.Published,
				Publisher: a.Publisher, Author: a.Author, Lang: a.Lang, Body: a.Text,
			})
			if werr != nil {
				return false
			}
			st.Written++
			return true
		})
		if limit > 0 && st.Written >= limit {
			break
		}
	}
	if werr == nil {
		werr = bw.Flush()
	}
	st.Bytes = cw.n
	if werr != nil {
		return st, fmt.Errorf("writing the benchmark corpus: %w", werr)
	}
	if st.Written == 0 {
		return st, fmt.Errorf("no articles found in %v", sources)
	}
	return st, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
