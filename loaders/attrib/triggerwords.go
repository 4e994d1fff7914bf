package attrib

import "github.com/claimgraph/claimgraph/loaders/vocab"

// triggerWords names, by rule, the lower-cased words at which the rule's
// trigger can hold. The dispatcher looks a token up once here and tries
// only the rules that can take it, rather than calling every trigger on
// every token; a rule missing here is tried on every token, so a new
// rule works before it is listed.
var triggerWords = func() map[string][]string {
	m := map[string][]string{
		"headline-colon": {":"},
		"asked-intro":    {"asked"},
		"when-asked":     {"asked"},
		"said-intro":     {"said", "says", "added"},
		"according-to":   {"according"},
		"to-viewpoint":   {"to"},
		"reportedly":     {"reportedly"},
		"poll":           {"in"},
	}
	for w := range cueStarts {
		m["cue-verb"] = append(m["cue-verb"], w)
	}
	return m
}()

// ruleMasks are the dispatcher's tables, built once from rules and
// triggerWords: byWord[w] has bit r set when rule r can trigger at w,
// and always the rules that may trigger anywhere. byWord is by
// vocabulary id (doc.View.Word): no string is hashed per token.
type ruleMasks struct {
	byWord vocab.Table[uint64]
	always uint64
}

var dispatchMasks = buildRuleMasks()

func buildRuleMasks() ruleMasks {
	m := ruleMasks{}
	byWord := map[string]uint64{}
	if len(rules) > 64 {
		m.always = ^uint64(0)
		return m
	}
	for ri, r := range rules {
		bit := uint64(1) << ri
		words, listed := triggerWords[r.name]
		if !listed {
			m.always |= bit
			continue
		}
		for _, w := range words {
			byWord[w] |= bit
		}
	}
	m.byWord = vocab.NewTable(byWord)
	return m
}

// rulesAt is the set of rules whose trigger may hold at token i.
func (x *ctx) rulesAt(i int) uint64 {
	return dispatchMasks.always | dispatchMasks.byWord.Get(x.word[i], x.lower[i])
}

// VocabWords lists the words the dispatcher's table holds, for
// loaders/vocab's generator: the shared vocabulary is made of the stages'
// own tables, not typed by hand.
func VocabWords() []string {
	var ws []string
	for _, list := range triggerWords {
		ws = append(ws, list...)
	}
	return ws
}
