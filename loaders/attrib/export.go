package attrib

// CueLemma returns the lemma of a reporting-verb form from the embedded
// cue lexicon ("said" → "say", "told" → "tell") and whether the
// lower-case word w is one. Forms that are mostly nouns ("claims",
// "states") are left out: other stages use it to read a verb next to a
// quotation without the cue rules' context.
func CueLemma(w string) (string, bool) {
	c, ok := cueForms[w]
	if !ok || c.nouny && !c.past && !c.ing {
		return "", false
	}
	return c.lemma, true
}
