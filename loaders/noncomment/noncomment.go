// Package noncomment owns the non-comment stage: who was asked and did not
// comment ("declined to comment", "could not be reached"), and on what.
//
// A non-comment is matched as a fixed phrase over lower-cased tokens: a
// few verbs ("declined", "refused", "has yet to") and negated auxiliaries
// followed by "comment", "respond", "be reached" or "available for
// comment". "He commented that …" is a claim, which the attribution stage
// handles, not a non-comment.
package noncomment

import (
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Extract fills d.NonComments. Each token starts at most one bounded
// pattern match, so the stage is linear in the text.
func Extract(d *doc.Document) {
	d.NonComments = d.NonComments[:0]
	low := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		low[i] = strings.ToLower(t.Text)
	}
	for _, s := range d.Sentences {
		if d.BodyStart > 0 && s.End <= d.BodyStart || s.Start >= d.BodyEnd {
			continue
		}
		for i := s.First; i < s.Last; i++ {
			end, ok := match(low, i, s.Last)
			if !ok {
				continue
			}
			n := doc.NonComment{Entity: -1, Cue: doc.Span{Start: d.Tokens[i].Start, End: d.Tokens[end-1].End}}
			n.Who = who(d, low, s, i)
			n.Topic = topic(d, low, s, end, direct(low[end-1]))
			if n.Who.Empty() {
				i = end - 1
				continue
			}
			d.NonComments = append(d.NonComments, n)
			i = end - 1
		}
	}
}

// negations are the negated auxiliaries that start "did not comment".
var negAux = map[string]bool{"did": true, "does": true, "do": true, "would": true, "could": true, "has": true, "have": true, "had": true, "was": true, "were": true, "is": true, "are": true, "will": true}

var negContracted = map[string]bool{"didn't": true, "didn’t": true, "doesn't": true, "doesn’t": true, "don't": true, "don’t": true,
	"wouldn't": true, "wouldn’t": true, "couldn't": true, "couldn’t": true, "hasn't": true, "hasn’t": true, "haven't": true,
	"haven’t": true, "wasn't": true, "wasn’t": true, "weren't": true, "weren’t": true, "isn't": true, "isn’t": true, "won't": true, "won’t": true}

// match returns the end of a non-comment cue that starts at token i.
func match(low []string, i, last int) (int, bool) {
	at := func(k int, words ...string) bool {
		if k >= last {
			return false
		}
		for _, w := range words {
			if low[k] == w {
				return true
			}
		}
		return false
	}
	k := i
	switch {
	case at(k, "declined", "declines", "declining", "decline", "refused", "refuses", "refusing", "refuse"):
		k++
		if at(k, "to") {
			k++
		}
		if at(k, "comment", "comments") {
			return k + 1, true
		}
		// "declined to say whether …", "refused to be identified"
		if at(k-1, "to") && at(k, telling...) {
			return k + 1, true
		}
		if at(k-1, "to") && at(k, "be") && at(k+1, "identified", "interviewed", "named", "reached", "quoted") {
			return k + 2, true
		}
		return 0, false
	case at(k, "kept", "keeps", "remained", "remains", "stayed", "stays") && (at(k+1, "mum", "silent", "quiet") || at(k+2, "mum", "silent")):
		e := k + 2
		if !at(k+1, "mum", "silent", "quiet") {
			e++
		}
		return e, true
	case at(k, "made", "makes") && at(k+1, "no") && at(k+2, "comment"):
		return k + 3, true
	case at(k, "has", "have", "had") && at(k+1, "yet") && at(k+2, "to"):
		k += 3
		return tail(at, k)
	case at(k, "had", "has", "have") && at(k+1, "no"):
		k += 2
		if at(k, "immediate") {
			k++
		}
		if at(k, "comment") {
			return k + 1, true
		}
		return 0, false
	case negAux[low[k]] && at(k+1, "not") || negContracted[low[k]]:
		if negContracted[low[k]] {
			k++
		} else {
			k += 2
		}
		for at(k, "immediately", "yet", "publicly", "specifically", "directly", "explicitly") {
			k++
		}
		return tail(at, k)
	}
	return 0, false
}

// telling are the verbs a refusal takes besides "comment": "declined to
// say", "would not discuss", "did not disclose".
var telling = []string{"say", "discuss", "disclose", "answer", "elaborate", "specify", "confirm", "address", "reveal",
	"detail", "explain", "speak", "respond", "name", "identify", "provide", "release", "share", "talk"}

// tail matches what follows a negation: "comment", "respond to (a)
// request(s) for comment", "return (a) request for comment", "be reached
// (for comment)", "be (immediately) available for comment".
func tail(at func(int, ...string) bool, k int) (int, bool) {
	switch {
	case at(k, "comment", "commented"):
		return k + 1, true
	case at(k, telling...) && !at(k, "respond", "speak", "talk"):
		// "did not say when", "would not discuss the matter"
		return k + 1, true
	case at(k, "respond", "responded", "return", "returned", "reply", "replied"):
		e := k + 1
		if at(e, "to") {
			e++
		}
		if at(e, "a", "an", "multiple", "repeated", "several") {
			e++
		}
		if at(e, "emailed", "written", "phone", "telephone", "interview") && at(e+1, "questions", "requests", "request", "message", "messages", "call", "calls") {
			e++
		}
		if at(e, "request", "requests", "call", "calls", "message", "messages", "email", "emails", "phone", "questions", "inquiries") {
			e++
			if at(e, "calls", "call", "messages") {
				e++
			}
			if at(e, "for", "seeking") && at(e+1, "comment") {
				return e + 2, true
			}
			return e, true
		}
		if at(k, "respond", "responded", "reply", "replied") {
			// "did not respond", "has not yet responded to Calderon's remarks"
			if at(k+1, "to") {
				return k + 2, true
			}
			return k + 1, true
		}
		return 0, false
	case at(k, "be", "been") && at(k+1, "reached"):
		e := k + 2
		if at(e, "for") && at(e+1, "comment") {
			e += 2
		}
		return e, true
	case at(k, "available") && at(k+1, "for") && at(k+2, "comment"):
		return k + 3, true
	case at(k, "be", "been") && at(k+1, "immediately", "available"):
		e := k + 1
		if at(e, "immediately") {
			e++
		}
		if at(e, "available") && at(e+1, "for") && at(e+2, "comment") {
			return e + 3, true
		}
	}
	return 0, false
}

// subjectStop are words that end a subject read leftwards.
var subjectStop = map[string]bool{"that": true, "which": true, "who": true, "when": true, "while": true, "because": true, "as": true,
	"but": true, "and": true, "if": true, "since": true, "after": true, "before": true, "said": true, "says": true, "to": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "with": true, "by": true, "also": true}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// direct tells cue words whose object is the topic ("declined to say
// whether …", "did not respond to the letter").
func direct(w string) bool {
	if w == "to" {
		return true
	}
	for _, t := range telling {
		if w == t {
			return true
		}
	}
	return false
}

// who returns the subject before the cue at i; after "but"/"and" with no
// subject of its own, the sentence's first subject.
func who(d *doc.Document, low []string, s doc.Sentence, i int) doc.Span {
	j := i - 1
	for j >= s.First && (low[j] == "also" || low[j] == "so" || low[j] == "far" || strings.HasSuffix(low[j], "ly") && len(low[j]) > 4) {
		j--
	}
	if j >= s.First && (low[j] == "who" || low[j] == "which") {
		// "…, who declined to comment, …": PolNeAR keeps the pronoun.
		return d.Tokens[j].Span
	}
	start := j + 1
	for k := j; k >= s.First && j-k < 10; k-- {
		t := d.Tokens[k]
		if t.Kind != doc.Word && t.Kind != doc.Number && t.Text != "-" && t.Text != "." {
			break
		}
		if subjectStop[low[k]] {
			break
		}
		start = k
		if pronouns[low[k]] {
			break
		}
	}
	for start <= j && (low[start] == "in" || low[start] == "on" || low[start] == "but" || low[start] == "and") {
		start++
	}
	if start <= j {
		return doc.Span{Start: d.Tokens[start].Start, End: d.Tokens[j].End}
	}
	// The sentence's subject.
	e := s.First
	for e < s.Last && e < s.First+8 && (d.Tokens[e].Kind == doc.Word || d.Tokens[e].Kind == doc.Number) && !subjectStop[low[e]] && !negAux[low[e]] && !negContracted[low[e]] {
		e++
	}
	if e == s.First || e > i {
		return doc.Span{}
	}
	return doc.Span{Start: d.Tokens[s.First].Start, End: d.Tokens[e-1].End}
}

// topic returns "the strike" in "did not comment on the strike but …".
func topic(d *doc.Document, low []string, s doc.Sentence, k int, direct bool) doc.Span {
	if k >= s.Last {
		return doc.Span{}
	}
	if low[k] == "on" || low[k] == "about" || low[k] == "regarding" || low[k] == "to" {
		k++
	} else if !direct || d.Tokens[k].Kind != doc.Word {
		return doc.Span{}
	}
	e := k
	for e < s.Last {
		t := d.Tokens[e]
		if t.Kind == doc.Punct && t.Text != "-" && t.Text != "’" || t.Kind == doc.QuoteMark {
			break
		}
		if low[e] == "but" || low[e] == "and" && e > k+3 || e > k && (low[e] == "when" || low[e] == "because" || low[e] == "as" || low[e] == "while") {
			break
		}
		e++
	}
	if e == k {
		return doc.Span{}
	}
	sp := doc.Span{Start: d.Tokens[k].Start, End: d.Tokens[e-1].End}
	if r, _ := utf8.DecodeRuneInString(d.Text[sp.Start:]); r == utf8.RuneError {
		return doc.Span{}
	}
	return sp
}
