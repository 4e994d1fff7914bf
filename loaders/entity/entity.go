// Package entity owns named-entity recognition, aliasing and coreference:
// which people, organizations, governments and places a document names,
// the stable IDs that join them across articles, and which of them each
// speaker, pronoun and nominal refers to.
//
// Recognize finds names from case and context, helped by embedded
// gazetteers (data/*.tsv): countries with capitals and demonyms, cities,
// first-level subdivisions, given names with their gender and common
// English words, generated from maintained data sets by `go generate`
// (internal/gengaz); and small hand-written tables of organizations and
// news agencies with their acronyms, titles and roles, and surnames that
// meant one well-known person. Resolve links
// attribution speakers and non-comment subjects to entities. Link records
// which entities and events each claim is about. All three are linear in
// the number of tokens, with bounded look-around and look-back.
//
// Entity IDs (see ids.go) come from canonical names, so that the same
// entity has the same ID in every article. People are joined within an
// article by surname and given name ("Mr Smith" is the nearest Smith of the
// honorific's gender). A surname the article never completes takes the
// full name's ID when people.tsv lists it ("Mr Blair" → person/tony-blair),
// and otherwise the partial ID person/~surname, which the "~" marks as a
// candidate for the graph layer to merge, never as a full name: two
// different Smiths in one article always keep two IDs.
//
// A country or a capital that speaks ("Islamabad has complained") or whose
// "new rulers" are meant stands for its government (gov/<country>), as do
// demonym phrases ("Pakistani officials"). When an article says that a
// group rules a country ("the Afghan Taliban returned to power"), that
// country's government in this article is the group.
package entity
