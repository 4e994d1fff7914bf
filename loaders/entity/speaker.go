package entity

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// A speakerSieve is one mention-to-speaker rule: given a speaker or
// subject phrase, it returns the entity the phrase means and the mention
// it makes, or false to let the next sieve try. The words are the
// phrase's lower-cased words with punctuation trimmed.
type speakerSieve struct {
	name string
	run  func(rs *resolver, sp doc.Span, words []string, attr int) (int, doc.Mention, bool)
}

// speakerSieves are tried in order on every speaker and non-comment
// subject phrase, the way CoreNLP's mention-to-speaker sieves are: the
// most specific reading of the phrase first.
var speakerSieves = []speakerSieve{
	// "a spokesman for the ministry", "the DCA's spokeswoman", "Northwind
	// spokesmen": the body the spokesperson speaks for.
	{"spokesperson", (*resolver).spokesperson},
	// "a statement from the ministry", "a report by the Federal
	// Reserve": who the document comes from.
	{"document", (*resolver).documentBy},
	// "Morgan Stanley analyst Walter Loeb", "Jones' lawyer Richard
	// Nicholls", "Mr Blair": the name that heads the phrase.
	{"name", (*resolver).headName},
	// "His deputy, Jane Smith, said": the name in apposition.
	{"appositive", (*resolver).appositive},
	// "Mr Blair, who said …": the name the relative pronoun hangs on.
	{"relative", (*resolver).relative},
	// "he", "she", "they", "it": by gender, number and salience.
	{"pronoun", (*resolver).pronounSieve},
	// "Her lawsuit said", "the firm's website says", "His advice": a
	// thing of someone's that speaks for them.
	{"possessor", (*resolver).possessor},
	// "the group", "the prime minister", "the 29-year-old": by type,
	// role and salience.
	{"description", (*resolver).description},
}

// resolve returns the entity a speaker or subject phrase means, the
// mention it made (a name, a pronoun or a nominal) and the name of the
// sieve that resolved it ("" when none did).
func (rs *resolver) resolve(sp doc.Span, attr int) (int, doc.Mention, string) {
	// A sieve may resolve another phrase (who.go); that call finds
	// rs.words taken and splits into storage of its own.
	words := phraseWords(rs.words[:0], rs.d.Slice(sp))
	rs.words = nil
	defer func() { rs.words = words[:0] }()
	if len(words) == 0 {
		return -1, doc.Mention{Span: sp, Entity: -1}, ""
	}
	for _, s := range speakerSieves {
		if e, m, ok := s.run(rs, sp, words, attr); ok {
			return e, m, s.name
		}
	}
	return -1, doc.Mention{Span: sp, Entity: -1}, ""
}

// phraseWords lower-cases and splits a phrase, trimming punctuation,
// and appends the words to out.
func phraseWords(out []string, text string) []string {
	for w := range strings.FieldsSeq(strings.ToLower(text)) {
		if w = strings.Trim(w, ",.;:\"'\u201c\u201d\u2018\u2019()"); w != "" {
			out = append(out, w)
		}
	}
	return out
}
