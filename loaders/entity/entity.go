// Package entity owns named-entity recognition, aliasing and coreference:
// which people, organizations and places a document names, and which of
// them each speaker, pronoun and nominal refers to.
package entity

import "github.com/claimgraph/claimgraph/loaders/doc"

// Recognize fills d.Mentions and d.Entities with named mentions.
func Recognize(d *doc.Document) {}

// Resolve links attribution speakers and non-comment subjects (names,
// pronouns, nominals such as "the group") to entities.
func Resolve(d *doc.Document) {}

// Link fills each attribution's AboutEntities and AboutEvents.
func Link(d *doc.Document) {}
