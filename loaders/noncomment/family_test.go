package noncomment_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

type familyCase struct {
	text string
	want []nc
}

// families are the cases of TestFamilies, one table per family.
var families = []struct {
	name  string
	cases []familyCase
}{
	{"comment", []familyCase{
		{"Acme declined to comment on the bid.", []nc{{Who: "Acme", Cue: "declined to comment", Topic: "the bid"}}},
		{"Acme has repeatedly refused to comment.", []nc{{Who: "Acme", Cue: "has repeatedly refused to comment"}}},
		{"Acme did not comment on the report.", []nc{{Who: "Acme", Cue: "did not comment", Topic: "the report"}}},
		{"The ministry didn’t immediately comment.", []nc{{Who: "The ministry", Cue: "didn’t immediately comment"}}},
		{"Acme would not comment on the report.", []nc{{Who: "Acme", Cue: "would not comment", Topic: "the report"}}},
		{"Acme would not like to comment.", []nc{{Who: "Acme", Cue: "would not like to comment"}}},
		{"Acme did not want to comment.", []nc{{Who: "Acme", Cue: "did not want to comment"}}},
		{"Acme cannot comment on the case.", []nc{{Who: "Acme", Cue: "cannot comment", Topic: "the case"}}},
		{"Acme is not able to comment on the case.", []nc{{Who: "Acme", Cue: "is not able to comment", Topic: "the case"}}},
		{"Acme was unable to comment.", []nc{{Who: "Acme", Cue: "was unable to comment"}}},
		{"Acme is not in a position to comment.", []nc{{Who: "Acme", Cue: "is not in a position to comment"}}},
		{"Acme preferred not to comment.", []nc{{Who: "Acme", Cue: "preferred not to comment"}}},
		{"Acme has yet to comment on the claims.", []nc{{Who: "Acme", Cue: "has yet to comment", Topic: "the claims"}}},
		{"Acme has never commented on the claims.", []nc{{Who: "Acme", Cue: "has never commented", Topic: "the claims"}}},
		{"Acme declined to comment when its report would be out.", []nc{{Who: "Acme", Cue: "declined to comment", Topic: "when its report would be out"}}},
		{"He commented that the plan was sound.", nil},
		{"It is too early to comment.", nil},
		{"Acme was asked to comment on the bid.", nil},
		{"Acme does not comment on rumours.", nil},
		{"The SEC, as a matter of policy, never comments on its inquiries.", nil},
		{"Acme should not comment on the case.", nil},
	}},
	{"comment noun", []familyCase{
		{"Acme declined comment.", []nc{{Who: "Acme", Cue: "declined comment"}}},
		{"Acme declined further comment on the report.", []nc{{Who: "Acme", Cue: "declined further comment", Topic: "the report"}}},
		{"Acme refused all comment.", []nc{{Who: "Acme", Cue: "refused all comment"}}},
		{"Acme had no immediate comment.", []nc{{Who: "Acme", Cue: "had no immediate comment"}}},
		{"Acme has made no comment so far.", []nc{{Who: "Acme", Cue: "has made no comment"}}},
		{"Acme could make no comment on the deal.", []nc{{Who: "Acme", Cue: "could make no comment", Topic: "the deal"}}},
		{"Acme has no comment to make.", []nc{{Who: "Acme", Cue: "has no comment to make"}}},
		{"There was no immediate comment from Borel.", []nc{{Who: "Borel", Cue: "There was no immediate comment"}}},
		{"Acme is not in a position to make any comment on the matter.", []nc{{Who: "Acme", Cue: "is not in a position to make any comment", Topic: "the matter"}}},
		{"The bank had earlier declined comment.", []nc{{Who: "The bank", Cue: "had earlier declined comment"}}},
		{"Comment from officials in Zaire was unavailable.", []nc{{Who: "officials in Zaire", Cue: "Comment from officials in Zaire was unavailable"}}},
		{"No comment was immediately available from the union.", []nc{{Who: "the union", Cue: "No comment was immediately available"}}},
		{"The court upheld the ruling without comment.", nil},
		{"His comments angered the union.", nil},
		{"Acme made a comment on the bid.", nil},
		{"Comment from officials was available on request.", nil},
	}},
	{"nothing to add", []familyCase{
		{"Borel said it had nothing to add.", []nc{{Who: "Borel", Cue: "had nothing to add"}}},
		{"Acme has nothing further to add on the bid.", []nc{{Who: "Acme", Cue: "has nothing further to add", Topic: "the bid"}}},
		{"\"I have got absolutely nothing to add to it,\" Mr Smith said.", []nc{{Who: "Mr Smith", Cue: "have got absolutely nothing to add", Topic: ""}}},
		{"Acme added nothing to the bid.", nil},
	}},
	{"respond", []familyCase{
		{"Acme did not respond to a request for comment.", []nc{{Who: "Acme", Cue: "did not respond to a request for comment"}}},
		{"Acme did not immediately respond to requests for comment on the deal.", []nc{{Who: "Acme", Cue: "did not immediately respond to requests for comment", Topic: "the deal"}}},
		{"Acme did not respond to emailed questions about its plans.", []nc{{Who: "Acme", Cue: "did not respond to emailed questions", Topic: "its plans"}}},
		{"Acme has not yet responded to the allegations.", []nc{{Who: "Acme", Cue: "has not yet responded", Topic: "the allegations"}}},
		{"Acme did not reply.", []nc{{Who: "Acme", Cue: "did not reply"}}},
		{"Acme failed to respond to calls seeking comment.", []nc{{Who: "Acme", Cue: "failed to respond to calls seeking comment"}}},
		{"He said he would not respond to \"tittle tattle in books\".", []nc{{Who: "he", Cue: "would not respond", Topic: "tittle tattle in books"}}},
		{"The patient did not respond to treatment.", nil},
		{"The donors had not responded as hoped.", nil},
		{"Producers have not responded to OPEC's calls for restraint.", nil},
		{"The army failed to respond to the attack.", nil},
	}},
	{"return calls", []familyCase{
		{"Acme did not return phone calls.", []nc{{Who: "Acme", Cue: "did not return phone calls"}}},
		{"Acme did not return calls and emails seeking comment.", []nc{{Who: "Acme", Cue: "did not return calls and emails seeking comment"}}},
		{"Acme didn't immediately return a request seeking comment.", []nc{{Who: "Acme", Cue: "didn't immediately return a request seeking comment"}}},
		{"Acme did not return the money.", nil},
	}},
	{"elaborate", []familyCase{
		{"Acme declined to elaborate.", []nc{{Who: "Acme", Cue: "declined to elaborate"}}},
		{"Mr Orme did not elaborate on the plan.", []nc{{Who: "Mr Orme", Cue: "did not elaborate", Topic: "the plan"}}},
		{"He declined to elaborate any further on the policy.", []nc{{Who: "He", Cue: "declined to elaborate any further", Topic: "the policy"}}},
		{"Acme would not elaborate beyond its statement.", []nc{{Who: "Acme", Cue: "would not elaborate"}}},
		{"Acme plans to elaborate on the plan next week.", nil},
		{"Acme said it would sell the mill. It did not elaborate.", nil},
		{"Acme said it would sell the mill. The company did not immediately elaborate.", nil},
		{"The minister said talks went well. He did not elaborate.", []nc{{Who: "He", Cue: "did not elaborate"}}},
	}},
	{"discuss", []familyCase{
		{"Acme declined to discuss the deal.", []nc{{Who: "Acme", Cue: "declined to discuss", Topic: "the deal"}}},
		{"Acme would not discuss reports the plant would close.", []nc{{Who: "Acme", Cue: "would not discuss", Topic: "reports the plant would close"}}},
		{"The leaders did not discuss trade.", nil},
		{"Target zones will not be discussed at the meeting.", nil},
	}},
	{"answer questions", []familyCase{
		{"Acme refused to answer further questions on the issue.", []nc{{Who: "Acme", Cue: "refused to answer further questions", Topic: "the issue"}}},
		{"Acme would not answer questions about the deal.", []nc{{Who: "Acme", Cue: "would not answer questions", Topic: "the deal"}}},
		{"The report did not answer the question.", nil},
		{"None of them gave Obama the answer he wanted.", nil},
	}},
	{"confirm or deny", []familyCase{
		{"Acme could neither confirm nor deny the report.", []nc{{Who: "Acme", Cue: "could neither confirm nor deny", Topic: "the report"}}},
		{"Acme declined to confirm or deny the report.", []nc{{Who: "Acme", Cue: "declined to confirm or deny", Topic: "the report"}}},
		{"Chelsea have yet to officially confirm or deny the meeting.", []nc{{Who: "Chelsea", Cue: "have yet to officially confirm or deny", Topic: "the meeting"}}},
		{"Acme would not confirm the report.", []nc{{Who: "Acme", Cue: "would not confirm", Topic: "the report"}}},
		{"The voters did not confirm their status.", nil},
		{"Acme confirmed the report.", nil},
	}},
	{"availability", []familyCase{
		{"Acme was not immediately available for comment.", []nc{{Who: "Acme", Cue: "was not immediately available for comment"}}},
		{"Acme officials were unavailable for comment.", []nc{{Who: "Acme officials", Cue: "were unavailable for comment", Subject: "Acme"}}},
		{"A spokeswoman for Delta Mills was unavailable.", []nc{{Who: "A spokeswoman for Delta Mills", Cue: "was unavailable", Subject: "Delta Mills"}}},
		{"Attorneys representing Acme were not immediately available.", []nc{{Who: "Attorneys representing Acme", Cue: "were not immediately available", Subject: "Acme"}}},
		{"No one at Acme was available for comment.", []nc{{Who: "No one at Acme", Cue: "was available for comment", Subject: "Acme"}}},
		{"Details were not immediately available.", nil},
		{"The product will not be available until May.", nil},
		{"He was not available at the time because he was abroad.", nil},
		{"The official estimate is not yet available.", nil},
	}},
	{"reachability", []familyCase{
		{"Acme could not be reached for comment.", []nc{{Who: "Acme", Cue: "could not be reached for comment"}}},
		{"Acme officials could not immediately be reached.", []nc{{Who: "Acme officials", Cue: "could not immediately be reached", Subject: "Acme"}}},
		{"Ms Obi could not be reached on Tuesday.", []nc{{Who: "Ms Obi", Cue: "could not be reached"}}},
		{"It reached a peak that has not been reached again.", nil},
		{"Agreement could not be reached.", nil},
	}},
	{"be drawn", []familyCase{
		{"Acme would not be drawn on the matter.", []nc{{Who: "Acme", Cue: "would not be drawn", Topic: "the matter"}}},
		{"Mr Smith refuses to be drawn on his future.", []nc{{Who: "Mr Smith", Cue: "refuses to be drawn", Topic: "his future"}}},
		{"The party has not been drawn into the row.", nil},
		{"The lines of credit have not been drawn on.", nil},
	}},
	{"speak", []familyCase{
		{"Mr Smith declined to talk to reporters about the deal.", []nc{{Who: "Mr Smith", Cue: "declined to talk", Topic: "reporters about the deal"}}},
		{"Acme declined to speak on the record.", nil},
		{"It was clear that it was never going to talk to the internet again.", nil},
		{"I won't just talk like a conservative.", nil},
	}},
	{"no comment as the reply", []familyCase{
		{"Asked about the deal, Mr Smith replied \"no comment\".", []nc{{Who: "Mr Smith", Cue: "no comment", Topic: "the deal"}}},
		{"\"No comment,\" said Mr Smith.", []nc{{Who: "Mr Smith", Cue: "No comment"}}},
		{"The coach's \"no comment\" on the transfer surprised fans.", []nc{{Who: "The coach", Cue: "no comment", Topic: "the transfer"}}},
	}},
	{"not non-comments", []familyCase{
		{"Acme declined to say whether it would bid.", nil},
		{"Acme declined to name the buyer.", nil},
		{"The guard, who declined to be named, waved us in.", nil},
		{"Acme has yet to announce a date.", nil},
		{"Acme shares declined 5 pct.", nil},
		{"They may not want to answer.", nil},
		{"Acme will refuse to answer any questions.", nil},
	}},
}

// TestFamilies runs each predicate family on its own: its head under each
// refusal frame it admits, and the look-alikes it must leave alone.
func TestFamilies(t *testing.T) {
	for _, f := range families {
		t.Run(f.name, func(t *testing.T) {
			for _, c := range f.cases {
				assert.Equal(t, c.want, found(c.text), "%s", c.text)
			}
		})
	}
}
