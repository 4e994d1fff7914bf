// Package quotes owns the quote-span stage: it finds quoted stretches,
// with their marks, in a segmented document.
package quotes

import "github.com/claimgraph/claimgraph/loaders/doc"

// Find fills d.Quotes.
func Find(d *doc.Document) {}
