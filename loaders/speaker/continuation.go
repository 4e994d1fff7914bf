package speaker

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// continuation gives q the speaker of the attribution right before it
// when only punctuation and quote marks stand between them, in the same
// paragraph or the next.
func continuation(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	if !x.utterance(q) {
		return doc.Attribution{}, false
	}
	i := x.before(q.Start)
	if i < 0 {
		return doc.Attribution{}, false
	}
	a := x.d.Attributions[i]
	from := extent(a).End
	if !x.utters(a) || x.words(doc.Span{Start: from, End: q.Start}) > 0 || x.paraOf(q.Start)-x.paraOf(from) > 1 {
		return doc.Attribution{}, false
	}
	return x.follow(a, q), true
}

// utters reports whether attribution a can have said a quotation that
// follows it: it has a source that is no relative "which" or "that" (a
// thing: "…, which suggests the show may move"), and it reports speech,
// not a belief or an intention ("Sonaptic hopes the technology will …").
func (x *ctx) utters(a doc.Attribution) bool {
	if a.Speaker.Empty() || a.ActOrSpeech() != doc.Speech {
		return false
	}
	w := strings.ToLower(x.d.Slice(a.Speaker))
	return w != "which" && w != "that"
}

// follow makes q a further quotation of attribution a: the same speaker
// phrase and cue, so that resolution gives both the same entity.
func (x *ctx) follow(a doc.Attribution, q doc.Quote) doc.Attribution {
	return doc.Attribution{Speaker: a.Speaker, Cue: a.Cue, Content: x.trimmed(q), Kind: doc.Direct,
		Lemma: a.Lemma, Role: a.Role, Channel: a.Channel, Anonymous: a.Anonymous, Act: a.Act}
}
