package attrib

import (
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// weekdays and time words that sit between a cue and its content.
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "earlier", "later", "recently", "again", "also", "privately", "publicly", "repeatedly", "flatly", "simply", "bluntly", "separately", "instead", "too", "then", "previously", "afterward", "afterwards")

// channels are the media a claim is made through.
var channels = map[string]string{
	"twitter": "Twitter", "facebook": "Facebook", "instagram": "Instagram", "statement": "statement",
	"interview": "interview", "tweet": "Twitter", "post": "post", "letter": "letter", "speech": "speech",
	"radio": "radio", "television": "television", "tv": "television", "email": "email", "e-mail": "email",
	"op-ed": "op-ed", "blog": "blog", "telegram": "Telegram", "youtube": "YouTube", "video": "video",
	"briefing": "briefing", "conference": "press conference", "memo": "memo", "report": "report",
}

// selectedParticles are the particles a cue verb selects, which stand
// between it and its content ("complained of long delays", "called on
// Kabul to …"); open ones count only when the clause goes on after them
// ("the union he spoke of" ends there).
var selectedParticles = map[string]struct {
	words []string
	open  bool
}{
	"complain": {[]string{"of", "about"}, false}, "warn": {[]string{"of", "against"}, false},
	"refer": {[]string{"to"}, false}, "point": {[]string{"to", "out"}, false}, "talk": {[]string{"about"}, false},
	"respond": {[]string{"to"}, false}, "make the case": {[]string{"for", "against"}, false},
	"call": {[]string{"on", "upon"}, true}, "speak": {[]string{"about", "of"}, true},
	"agree": {[]string{"with"}, true}, "vote": {[]string{"for", "against"}, true},
}

// particleStep steps over a particle the cue verb selects.
func (x *ctx) particleStep(f *frame) verdict {
	p, ok := selectedParticles[f.c.lemma]
	if ok && x.is(f.k, p.words...) && (!p.open || !x.endsClause(f.s, f.k+1)) {
		f.k++
	}
	return next
}

// adverbialStep steps over dates and channels after the cue ("said
// Wednesday", "said in a statement that …") and a programme's quoted
// title that closes the clause ("said in May on the podcast “Here’s the
// Thing.”").
func (x *ctx) adverbialStep(f *frame) verdict {
	s := f.s
	f.k = x.skipAdverbials(s, f.k, &f.a)
	if k := f.k; k > f.r+1 && !x.is(k-1, "that") {
		if end, ok := x.quotedTitle(s, k); ok && x.titleWords(k+1, end-1) && x.endsClause(s, end) {
			f.k = end
		}
	}
	return next
}

// skipAdverbials steps over time words and channel phrases after a cue
// ("said Wednesday", "said on Twitter", "said in a statement that"),
// noting the channel.
func (x *ctx) skipAdverbials(s doc.Sentence, k int, a *doc.Attribution) int {
	for k < s.Last {
		switch {
		case timeWords[x.lower[k]]:
			k++
			// "said Wednesday night that …": the part of the day
			// belongs to the date, not to the content.
			if k < s.Last && (weekdays[x.lower[k-1]] || x.is(k-1, "yesterday")) && x.is(k, "night", "morning", "evening", "afternoon") {
				k++
			}
		case x.is(k, "in", "since", "until") && k+1 < s.Last && months[x.lower[k+1]] && capitalized(x.tok(k+1).Text):
			// "said in May on the podcast …"
			k += 2
		case x.is(k, "last", "this", "next", "on", "late", "early") && k+1 < s.Last && (timeWords[x.lower[k+1]] || x.is(k+1, "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend")):
			k += 2
		case x.is(k, "in", "on", "at", "during", "via", "through", "over") && k+1 < s.Last:
			end, ch, ok := x.channelPhrase(s, k)
			if !ok {
				return k
			}
			if ch != "" && a.Channel == "" {
				a.Channel = ch
			}
			k = end
		default:
			return k
		}
	}
	return k
}

// channelPhrase reads a prepositional phrase at k of up to eight tokens
// that names a medium ("on Twitter", "in a statement to AFP") or ends
// right before "that", a colon, a quote, or the clause's end.
func (x *ctx) channelPhrase(s doc.Sentence, k int) (end int, channel string, ok bool) {
	for e := k + 1; e < s.Last && e <= k+8; e++ {
		t := x.tok(e)
		if ch, found := channels[x.lower[e]]; found && channel == "" {
			channel = ch
		}
		if t.Kind == doc.Word || t.Kind == doc.Number || t.Text == "-" || t.Text == "’s" || t.Text == "'s" {
			if x.is(e, "that") {
				return e, channel, true
			}
			continue
		}
		if t.Text == ":" || x.isOpenQuote(e) || x.endsClause(s, e) {
			return e, channel, channel != "" || t.Text != ","
		}
		break
	}
	if channel != "" {
		// "said on Twitter the talks …": stop after the medium.
		for e := k + 1; e < s.Last && e <= k+8; e++ {
			if _, found := channels[x.lower[e]]; found {
				return e + 1, channel, true
			}
		}
	}
	return 0, "", false
}

// prefixChannel reads a channel from a sentence-initial "In a statement,".
func (x *ctx) prefixChannel(s doc.Sentence, a *doc.Attribution) {
	if a.Channel != "" || !x.is(s.First, "in", "on") {
		return
	}
	for e := s.First + 1; e < s.Last && e <= s.First+6; e++ {
		if x.is(e, ",") {
			for f := s.First + 1; f < e; f++ {
				if ch, ok := channels[x.lower[f]]; ok {
					a.Channel = ch
					return
				}
			}
			return
		}
	}
}

// adjuncts open a phrase that can close a post-posed cue: "she said of
// her talk", "Sanders said while campaigning in Iowa".
var adjuncts = set("of", "about", "while", "when", "after", "before", "during", "as", "at", "in", "on", "to", "from", "with", "before", "outside", "via", "through", "afterward", "recently", "later", "earlier")

// adjunctToEnd reports whether an adjunct phrase runs from k to the end of
// the sentence with no quote or clause of its own.
func (x *ctx) adjunctToEnd(s doc.Sentence, k int) bool {
	if k >= s.Last || !adjuncts[x.lower[k]] {
		return false
	}
	for e := k + 1; e < s.Last; e++ {
		if e-k > 40 {
			// A phrase this long is a clause of its own.
			return false
		}
		t := x.tok(e)
		if t.Kind == doc.QuoteMark || x.lower[e] == "that" || t.Text == ":" {
			return false
		}
		if finiteAux[x.lower[e]] && !capitalized(t.Text) && !x.is(e-1, "who", "which", "where", "when") {
			// (Not "at a rally in May".)
			// "said about half of the adjustment was due to …": a
			// finite verb makes the phrase a clause, the content.
			return false
		}
		if x.endsClause(s, e) {
			// "said Sunday in Madison, Wisconsin, that …": a "that"
			// after the phrase's commas still opens the content.
			for f := e + 1; f < s.Last && f-e <= 6; f++ {
				if x.is(f, "that") && x.is(f-1, ",") {
					return false
				}
			}
			return true
		}
	}
	return true
}

var finiteAux = set("is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "does", "did", "should", "may", "might", "must")
