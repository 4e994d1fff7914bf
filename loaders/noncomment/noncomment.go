// Package noncomment owns the non-comment stage: who was asked and did not
// comment ("declined to comment", "could not be reached"), and on what.
package noncomment

import "github.com/claimgraph/claimgraph/loaders/doc"

// Extract fills d.NonComments.
func Extract(d *doc.Document) {}
