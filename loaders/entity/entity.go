// Package entity owns named-entity recognition, aliasing and coreference:
// which people, organizations, governments and places a document names,
// the stable IDs that join them across articles, and which of them each
// speaker, pronoun and nominal refers to.
//
// Recognize finds names (gazetteers for countries, capitals, demonyms,
// agencies, organizations, titles and a few well-known surnames, and case
// and context for the rest). Resolve links attribution speakers and
// non-comment subjects to entities. Link records which entities and events
// each claim is about. All three are linear in the number of tokens, with
// bounded look-around and look-back.
package entity
