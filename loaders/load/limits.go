package load

import (
	"fmt"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/schema"
)

// Limits bound what one article may cost a load. Extraction takes
// time and memory in proportion to an article's text, and one article is
// written in one transaction, whose cost on bolt grows faster than its
// size (issue 16: one article of 1 MB gave 230k quads, 100 s and 1 GB).
type Limits struct {
	// MaxBytes is the most text an article may have; a longer one is
	// rejected before extraction (max_article_bytes).
	MaxBytes int
	// MaxClaims is the most attributions, non-comments, events and
	// entities (each) stored for one article; the rest are left out and
	// the load says so (max_article_claims).
	MaxClaims int
}

// quadsPerClaim bounds the quads an article may give per MaxClaims: a
// claim gives about 20, and its "about" list a few more. An article over
// it is rejected (it would take one transaction as large).
const quadsPerClaim = 40

// CheckSize rejects an article whose text is over the byte cap.
func (l Limits) CheckSize(a doc.Article) error {
	if l.MaxBytes > 0 && len(a.Text) > l.MaxBytes {
		return fmt.Errorf("%s: the article's text is %s, more than the %s one article may have (max_article_bytes); split it, or raise max_article_bytes",
			a.Source, mib(len(a.Text)), mib(l.MaxBytes))
	}
	return nil
}

// fit trims x to the claim cap, keeping the first of each list (in text
// order), and returns its quads and a note saying what was left out ("" if
// nothing). An article whose quads still exceed the cap is rejected.
func (l Limits) fit(x *doc.Extraction, source string) (schema.Bundle, string, error) {
	note := ""
	if n := l.MaxClaims; n > 0 {
		counts := [4]int{len(x.Attributions), len(x.NonComments), len(x.Events), len(x.Entities)}
		if counts[0] > n || counts[1] > n || counts[2] > n || counts[3] > n {
			x.Attributions = x.Attributions[:min(n, counts[0])]
			x.NonComments = x.NonComments[:min(n, counts[1])]
			x.Events = x.Events[:min(n, counts[2])]
			x.Entities = x.Entities[:min(n, counts[3])]
			note = fmt.Sprintf("truncated %s: it has %d claims, %d non-comments, %d events and %d entities; stored the first %d of each (max_article_claims)",
				source, counts[0], counts[1], counts[2], counts[3], n)
		}
	}
	b := schema.FromExtraction(*x)
	if l.MaxClaims > 0 && b.Len() > quadsPerClaim*l.MaxClaims {
		return b, "", fmt.Errorf("%s: the article gives %d quads, more than the %d (%d per claim of max_article_claims) one article may write at once; split it",
			source, b.Len(), quadsPerClaim*l.MaxClaims, quadsPerClaim)
	}
	return b, note, nil
}

// mib prints a byte count in MiB, to one decimal.
func mib(n int) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
