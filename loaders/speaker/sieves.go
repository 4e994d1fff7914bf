package speaker

// sieves is the ordered list of quote-to-mention sieves, most reliable
// first; the first that attributes a quotation wins. Each lives in its own
// file, with its own table tests.
var sieves = []sieve{
	// “Q,” X said. / “Q,” said X. — a reporting verb right after the
	// closing mark, with its subject before or after it.
	{"cue-after", cueAfter},
	// X said: “Q” / X told the BBC, “Q” / “A,” she said, “B” — a
	// reporting verb right before the opening mark.
	{"cue-before", cueBefore},
	// “A,” she said. “B.” / “A. ¶ “B.” / X said: “A.” “B.” — a quotation
	// with nothing but punctuation between it and the attribution before
	// it continues that attribution (follow-on sentences, paragraphs
	// reopened with a mark, a block of quotes after one introduction).
	{"continuation", continuation},
	// X accused Y of “Q” — a quoted fragment in a sentence whose
	// reporting verb another attribution already read.
	{"same-sentence", sameSentence},
	// His advice was to “Q” / Mr Lim's letter calls it “Q” — a fragment
	// after a communication noun owned by its speaker.
	{"possessive-noun", possessiveNoun},
	// … research director Dr Alastair Sibbald. “Q.” — the person whose
	// name closes the sentence before, when it reports nobody's words.
	{"introduced", introduced},
	// The last resort: the speaker of the nearest attribution before the
	// quotation in its paragraph or the one before.
	{"previous-speaker", previousSpeaker},
}
