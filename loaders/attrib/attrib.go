// Package attrib owns the attribution stage: who asserted what, with which
// cue, as a direct, indirect or mixed quote.
package attrib

import "github.com/claimgraph/claimgraph/loaders/doc"

// Extract fills d.Attributions.
func Extract(d *doc.Document) {}
