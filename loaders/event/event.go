// Package event owns event mentions: their trigger, type, participants,
// places, times and quantities.
package event

import "github.com/claimgraph/claimgraph/loaders/doc"

// Extract fills d.Events.
func Extract(d *doc.Document) {}
