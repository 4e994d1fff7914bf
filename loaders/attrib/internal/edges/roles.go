package main

import (
	"strings"
)

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	complementizers = set("that", "whether", "if")
	connectives     = set("but", "and", "so", "or", "yet", "still", "however", "meanwhile", "now", "also", "indeed", "instead", "then")
	particles       = set("to", "of", "about", "for", "on", "with", "at", "as", "over", "against", "into", "up", "out", "back", "off", "by")
	prepositions    = set("in", "on", "at", "by", "for", "with", "during", "after", "before", "from", "to", "as", "through", "over", "since", "amid", "despite", "because", "including", "like", "than")
	clauseWords     = set("which", "who", "whom", "whose", "where", "when", "while", "although", "though", "even", "since", "because")
	cueWords        = set("said", "says", "say", "told", "added", "according", "wrote", "asked", "noted", "explained")
	timeWords       = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
		"tonight", "last", "this", "next", "week", "month", "year", "night", "morning", "afternoon", "evening", "earlier", "later", "ago")
	determiners = set("the", "a", "an", "this", "that", "these", "those", "some", "many", "most", "all", "both")
	titles      = set("sen", "rep", "gov", "president", "former", "mr", "mrs", "ms", "dr", "gen", "secretary", "senator", "mayor",
		"chairman", "chief", "sens", "reps", "candidate", "nominee", "leader", "speaker", "ambassador", "judge", "attorney")
	auxiliaries = set("has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can",
		"may", "might", "should", "must", "did", "does", "do", "not", "n't", "never", "also", "then", "again", "already",
		"just", "still", "even", "now", "first", "only", "further", "it", "both", "all", "'s", "’s", "s")
	documentWords = set("interview", "statement", "email", "tweet", "reporters", "letter", "speech", "memo", "post", "press", "conference")
)

// contentStart classifies the words between a content's predicted start
// and the gold's.
func contentStart(words []string) string {
	if len(words) == 0 {
		return "marks only"
	}
	switch w := words[0]; {
	case complementizers[w]:
		return "complementizer (that, whether, if)"
	case connectives[w]:
		return "connective or discourse adverb (but, and, so, now)"
	case w == "to":
		return "infinitive to"
	case particles[w]:
		return "particle or preposition (of, about, for)"
	}
	return byCount(words)
}

// contentEnd classifies the text between a content's predicted end and
// the gold's.
func contentEnd(seg string, words []string) string {
	switch firstMark(seg) {
	case ',':
		switch {
		case len(words) > 0 && clauseWords[words[0]]:
			return "comma + relative or subordinate clause (, which / , while)"
		case len(words) > 0 && (words[0] == "but" || words[0] == "and" || words[0] == "or"):
			return "comma + coordinated clause (, but / , and)"
		case hasAny(words, cueWords):
			return "comma + a cue of its own (…,” he said)"
		}
		return "comma + other (apposition, adjunct, new clause)"
	case '—', '–', '-', '―':
		return "dash"
	case ';', ':':
		return "semicolon or colon"
	case '(':
		return "parenthesis"
	}
	if len(words) == 0 {
		return "marks only"
	}
	switch w := words[0]; {
	case w == "and" || w == "but" || w == "or":
		return "coordinated clause without a comma"
	case timeWords[w] || prepositions[w] && len(words) > 1 && timeWords[words[1]]:
		return "date or time"
	case prepositions[w]:
		return "prepositional adjunct (in, at, by, with)"
	}
	return byCount(words)
}

// sourceKind classifies the text between a source's predicted edge and
// the gold's.
func sourceKind(seg string, words []string) string {
	if len(words) == 0 {
		return "marks only"
	}
	w := words[0]
	switch {
	case clauseWords[w] || firstMark(seg) == ',' && (w == "who" || w == "which" || w == "whose"):
		return "relative clause (, who …)"
	case firstMark(seg) == ',' || firstMark(seg) == '(':
		return "apposition or tag (, a professor at …; (R-Ohio))"
	case w == "and" || w == "or" || hasAny(words, set("and", "or")):
		return "coordination (X and Y)"
	case determiners[w] && len(words) == 1:
		return "determiner"
	case titles[strings.TrimSuffix(w, ".")]:
		return "title (Sen., former, Mr.)"
	case timeWords[w]:
		return "date or time"
	case prepositions[w]:
		return "prepositional phrase (of, at, in)"
	}
	return byCount(words)
}

// cueKind classifies the words between a cue's predicted edge and the
// gold's.
func cueKind(words []string) string {
	switch {
	case len(words) == 0:
		return "marks only"
	case allIn(words, auxiliaries) || len(words) == 1 && strings.HasSuffix(words[0], "ly"):
		return "auxiliary, negation or adverb (has, not, also)"
	case len(words) == 1 && particles[words[0]]:
		return "particle (to, of, about)"
	case allIn(words, timeWords) || timeWords[words[0]] && len(words) <= 2:
		return "date or time (said Tuesday)"
	case hasAny(words, documentWords):
		return "multiword cue (in an interview, told reporters)"
	}
	return byCount(words) + " (a noun cue or another frame)"
}

// hasAny and allIn classify the words between two edges by the word
// classes of kindOf: some of them, or all of them, in a class.
func hasAny(words []string, m map[string]bool) bool {
	for _, w := range words {
		if m[w] {
			return true
		}
	}
	return false
}

func allIn(words []string, m map[string]bool) bool {
	for _, w := range words {
		if !m[w] {
			return false
		}
	}
	return true
}
