package attrib

import (
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// inPoll reads a poll as the source of the finding it reports: "In a
// CBS News poll released Monday, 50 percent chose …" and "… fell to 10
// percent in the latest CNN poll". PolNeAR's cue is the bare "in". A
// respondent phrase before it ("voters in a new poll said …") is a
// source of its own, and a poll's own parts ("in the poll's margin")
// report nothing.
func (x *ctx) inPoll(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "in (poll)", Cue: x.tok(i).Span}
	if i > s.First && respondents[x.lower[i-1]] {
		return a, false
	}
	head := -1
	for k := i + 1; k < s.Last && k-i <= 10; k++ {
		t := x.tok(k)
		if t.Kind == doc.Word && x.is(k, "poll", "survey", "polls", "surveys") {
			head = k
			break
		}
		if k > i+1 && x.is(k, "of") && !x.is(k-1, "percent") {
			// "in the RealClearPolitics average of recent polls"
			continue
		}
		if t.Kind == doc.Word && (boundary[x.lower[k]] || prepositions[x.lower[k]]) || t.Kind == doc.Punct && t.Text != "/" && t.Text != "-" && t.Text != "&" && t.Text != "." ||
			t.Kind == doc.QuoteMark && !(t.Text == "’" || t.Text == "'") {
			return a, false
		}
	}
	if head < 0 || x.is(head+1, "of", "by", "results", "numbers", "data", "respondents", "question", "questions", "’s", "'s") {
		return a, false
	}
	end := head + 1
	if x.is(end, "released", "conducted", "taken", "published") && end+1 < s.Last && x.tok(end+1).Kind == doc.Word && !boundary[x.lower[end+1]] {
		end += 2
	} else if x.is(end, "last", "this") && end+1 < s.Last && x.tok(end+1).Kind == doc.Word {
		end += 2
	}
	a.Speaker = doc.Span{Start: x.tok(i + 1).Start, End: x.tok(end - 1).End}
	if i == s.First {
		// In a poll …, CLAUSE.
		k := end
		for k < s.Last && k-end < 12 && !x.is(k, ",") {
			k++
		}
		if !x.is(k, ",") || k+1 >= s.Last {
			return a, false
		}
		a.Content, _ = x.contentAfter(s, k+1)
	} else {
		// CLAUSE in a poll.
		b := i - 1
		if x.is(b, ",") {
			b--
		}
		if b < s.First || b-s.First < 2 {
			return a, false
		}
		a.Content = x.trimEnd(doc.Span{Start: x.tok(s.First).Start, End: x.tok(b).End})
	}
	if a.Content.Empty() {
		return a, false
	}
	x.describe(&a, false)
	a.Role = "" // a poll has no role, whatever its name's words say
	return a, true
}

// respondents are the words before "in a poll" that make the poll part of
// a source phrase, not a source ("voters in a new poll said").
var respondents = set("people", "voters", "respondents", "surveyed", "polled", "americans", "republicans", "democrats",
	"independents", "adults", "those", "participants", "likely", "registered", "one", "many", "most")
