package noncomment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// subjectCases are the cases of TestSubjects.
var subjectCases = []struct {
	name, text string
	want       []nc
}{
	{"coordinated", "Acme and Borel declined to comment.",
		[]nc{{Who: "Acme", Cue: "declined to comment"}, {Who: "Borel", Cue: "declined to comment"}}},
	{"neither nor", "Neither the council nor the union wanted to comment.",
		[]nc{{Who: "the council", Cue: "wanted to comment"}, {Who: "the union", Cue: "wanted to comment"}}},
	{"person and description", "Ms Obi and her publisher were not available for comment.",
		[]nc{{Who: "Ms Obi", Cue: "were not available for comment"}, {Who: "her publisher", Cue: "were not available for comment"}}},
	{"list", "Ariadne, Jacksons and Neptunia declined to comment.",
		[]nc{{Who: "Ariadne", Cue: "declined to comment"}, {Who: "Jacksons", Cue: "declined to comment"}, {Who: "Neptunia", Cue: "declined to comment"}}},
	{"one spokesman for two", "A spokesman for Acme and Borel declined to comment.",
		[]nc{{Who: "A spokesman for Acme and Borel", Cue: "declined to comment", Subject: "Acme and Borel"}}},
	{"name with and", "The Securities and Exchange Commission declined to comment.",
		[]nc{{Who: "The Securities and Exchange Commission", Cue: "declined to comment"}}},
	{"spokeswoman for", "A spokeswoman for Delta Mills declined to comment.",
		[]nc{{Who: "A spokeswoman for Delta Mills", Cue: "declined to comment", Subject: "Delta Mills"}}},
	{"organization's spokesmen", "Northwind spokesmen declined to comment.",
		[]nc{{Who: "Northwind spokesmen", Cue: "declined to comment", Subject: "Northwind"}}},
	{"possessive", "Acme's spokesman declined to comment.",
		[]nc{{Who: "Acme's spokesman", Cue: "declined to comment", Subject: "Acme"}}},
	{"named spokesman", "Acme spokesman John Hale declined to comment.",
		[]nc{{Who: "Acme spokesman John Hale", Cue: "declined to comment", Subject: "Acme", Spokes: "John Hale"}}},
	{"apposition", "John Hale, a spokesman for Acme, declined to comment.",
		[]nc{{Who: "John Hale, a spokesman for Acme", Cue: "declined to comment", Subject: "Acme", Spokes: "John Hale"}}},
	{"other apposition", "BP, a big investor, declined to comment.",
		[]nc{{Who: "BP", Cue: "declined to comment"}}},
	{"relative clause", "An official of Acme, which has plants in Leeds, York and Hull, declined comment.",
		[]nc{{Who: "An official of Acme", Cue: "declined comment", Subject: "Acme"}}},
	{"relative pronoun", "The guard, who declined to comment, waved us in.",
		[]nc{{Who: "who", Cue: "declined to comment", Subject: "The guard"}}},
	{"relative clause without commas", "Several banks that will meet the minister tomorrow declined to comment.",
		[]nc{{Who: "Several banks", Cue: "declined to comment"}}},
	{"reporting subject", "Acme said it had no comment.",
		[]nc{{Who: "Acme", Cue: "had no comment"}}},
	{"reporting subject past a parenthetical", "A Borel spokesman, asked about the bid, said he could make no comment.",
		[]nc{{Who: "A Borel spokesman", Cue: "could make no comment", Subject: "Borel", Topic: "the bid"}}},
	{"post-posed reporting subject", "\"Talks go on,\" Dallaire said, adding she could not elaborate.",
		[]nc{{Who: "Dallaire", Cue: "could not elaborate"}}},
	{"description stays", "A Borel official said the airline has no comment on the deal.",
		[]nc{{Who: "the airline", Cue: "has no comment", Topic: "the deal"}}},
	{"pronoun alone", "Acme cut jobs. It declined to comment.",
		[]nc{{Who: "It", Cue: "declined to comment"}}},
	{"coordinated verb phrase", "Pernod said it was seeking acquisitions but refused to comment on specifics.",
		[]nc{{Who: "Pernod", Cue: "refused to comment", Topic: "specifics"}}},
	{"clause subject", "The Football Association has yet to act and refuses to discuss his case.",
		[]nc{{Who: "The Football Association", Cue: "refuses to discuss", Topic: "his case"}}},
	{"clauses joined", "He gave no details and ministry officials had no immediate comment.",
		[]nc{{Who: "ministry officials", Cue: "had no immediate comment", Subject: "ministry"}}},
	{"first person in a quote", "\"I can't comment on that,\" said Mr Smith.",
		[]nc{{Who: "Mr Smith", Cue: "can't comment", Topic: "that"}}},
	{"we in a quote", "\"We are unable to discuss an ongoing case,\" a spokeswoman for Acme said.",
		[]nc{{Who: "a spokeswoman for Acme", Cue: "are unable to discuss", Topic: "an ongoing case", Subject: "Acme"}}},
	{"speaker before the quote", "Nick Davies, spokesman for the IAAF, said: \"We can't comment because we were not there.\"",
		[]nc{{Who: "Nick Davies, spokesman for the IAAF", Cue: "can't comment", Subject: "the IAAF", Spokes: "Nick Davies"}}},
	{"contracted first person", "\"I'm not going to comment on that,\" Mr Smith said.",
		[]nc{{Who: "Mr Smith", Cue: "I'm not going to comment", Topic: "that"}}},
	{"third person in a quote", "\"Fifa is not in a position to make any comment on the matter,\" said a Fifa spokesman.",
		[]nc{{Who: "Fifa", Cue: "is not in a position to make any comment", Topic: "the matter"}}},
	{"present want, third person", "He said the government doesn't want to discuss the plan.", nil},
	{"statement", "\"We cannot comment,\" the statement read.",
		[]nc{{Who: "the statement", Cue: "cannot comment"}}},
	{"first person, no speaker", "\"We cannot comment.\"", nil},
	{"adverb before the verb group", "Mr Brown pointedly refused to comment.",
		[]nc{{Who: "Mr Brown", Cue: "refused to comment"}}},
	{"time word", "Acme on Tuesday declined to comment.",
		[]nc{{Who: "Acme", Cue: "declined to comment"}}},
	{"ticker", "Fiat SpA <FIAT.MI> declined to confirm or deny the report.",
		[]nc{{Who: "Fiat SpA", Cue: "declined to confirm or deny", Topic: "the report"}}},
	{"wrapped wire copy", "The West German Finance Ministry declined to\ncomment on weekend criticism by U.S. Treasury Secretary James\nBaker.\n    Baker said more.",
		[]nc{{Who: "The West German Finance Ministry", Cue: "declined to\ncomment", Topic: "weekend criticism by U.S. Treasury Secretary James\nBaker"}}},
	{"participle", "The minister told reporters the plan was sound, declining to comment on the cost.",
		[]nc{{Who: "The minister", Cue: "declining to comment", Topic: "the cost"}}},
	{"participle without subject", "He spent years in the job refusing to comment on personnel matters.", nil},
	{"no party", "If no-one responded to junk e-mail, spam would end.", nil},
	{"two titles, one person", "Acme president and chairman Tom Bell was out of town and unavailable for comment.",
		[]nc{{Who: "Acme president and chairman Tom Bell", Cue: "unavailable for comment"}}},
	{"ticker before a coordinated verb", "Acme Ltd <ACM.L> said it would buy Borel but declined to comment on the price.",
		[]nc{{Who: "Acme Ltd", Cue: "declined to comment", Topic: "the price"}}},
	{"title stays", "Lord Carrick declined to comment.",
		[]nc{{Who: "Lord Carrick", Cue: "declined to comment"}}},
}

// TestSubjects reads who declined from the clause: coordination, a
// spokesperson's organization, a pronoun bound to a reporting subject,
// "I" or "we" inside a quote, relative pronouns and parentheticals.
func TestSubjects(t *testing.T) {
	for _, tt := range subjectCases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, found(tt.text))
		})
	}
}

// TestTopics takes the topic without its preposition, from the
// complement or from "asked whether …" and "when asked about …".
func TestTopics(t *testing.T) {
	tests := []struct{ text, topic string }{
		{"Acme declined to comment on the report, saying talks went on.", "the report"},
		{"Acme would not comment about the timing but said it was confident.", "the timing"},
		{"When asked whether the deal was off, Acme declined to comment.", "whether the deal was off"},
		{"Acme, asked about the bid, said it could not comment.", "the bid"},
		{"A spokesman, asked for an official reaction to the remarks, said he could make no comment.", "the remarks"},
		{"Asked on Thursday about the crash, a ministry spokesman declined comment.", "the crash"},
		{"Acme declined to comment Tuesday on the report.", "the report"},
		{"Acme declined to comment.", ""},
		{"Acme declined to elaborate beyond its statement.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := found(tt.text)
			if assert.Len(t, got, 1) {
				assert.Equal(t, tt.topic, got[0].Topic)
			}
		})
	}
}
