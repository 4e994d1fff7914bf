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
	words := phraseWords(rs.d.Slice(sp))
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

// phraseWords lower-cases and splits a phrase, trimming punctuation.
func phraseWords(text string) []string {
	words := strings.Fields(strings.ToLower(text))
	out := words[:0]
	for _, w := range words {
		if w = strings.Trim(w, ",.;:\"'\u201c\u201d\u2018\u2019()"); w != "" {
			out = append(out, w)
		}
	}
	return out
}
