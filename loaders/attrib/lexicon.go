package attrib

import (
	_ "embed"
	"strings"
)

//go:embed cues.txt
var cueData string

// class is how a cue verb takes its content.
type class byte

const (
	clauseClass  class = 'S' // "said (that) ...", "“...,” he said"
	tellClass    class = 'T' // "told AFP (that) ..."
	postClass    class = 'P' // only after its content: "“…,” he continued"
	objectClass  class = 'O' // "urged Kabul to ...", "described X as ..."
	strictClause class = 'C' // "that", a colon, a quote or a bare object after it
)

// cue is one inflected form of a cue verb.
type cue struct {
	lemma string
	class class
	// ing and past tell participles, which need a subject found elsewhere
	// ("…, saying that …") or may be adjectives ("the reported deal").
	ing, past bool
	// nouny forms are also common nouns ("states", "support", "claims"):
	// they need a subject right before them.
	nouny bool
	// extra counts the words after the verb that belong to a phrase cue
	// ("made it clear", "put it"); zero for a one-word cue.
	extra int
}

// cueForms maps a lower-case word to the cue it inflects. It is built once
// at init from the embedded lexicon and only read afterwards.
var cueForms = buildLexicon(cueData)

func buildLexicon(data string) map[string]cue {
	m := map[string]cue{}
	var drop []string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '-' {
			drop = append(drop, strings.Fields(line[1:])...)
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		nouny := len(f) > 2 && f[len(f)-1] == "N"
		if nouny {
			f = f[:len(f)-1]
		}
		lemma, cl := f[0], class(f[1][0])
		var forms []string
		if len(f) >= 6 {
			// lemma class 3sg past participle ing
			forms = f[2:6]
		} else if len(f) == 5 {
			// lemma class 3sg past ing
			forms = []string{f[2], f[3], f[3], f[4]}
		} else {
			forms = regular(lemma)
		}
		add := func(w string, c cue) {
			if _, ok := m[w]; !ok {
				m[w] = c
			}
		}
		if forms[1] == lemma {
			// "read" is its own past: "the email read, “…”" reports
			// what the email said, so the past reading wins over the
			// noun ("a good read", which a determiner rules out).
			add(lemma, cue{lemma: lemma, class: cl, past: true})
		}
		add(lemma, cue{lemma: lemma, class: cl, nouny: nouny})
		add(forms[0], cue{lemma: lemma, class: cl, nouny: nouny})
		add(forms[1], cue{lemma: lemma, class: cl, past: true})
		add(forms[2], cue{lemma: lemma, class: cl, past: true})
		add(forms[3], cue{lemma: lemma, class: cl, ing: true})
	}
	// Forms that are far more often nouns in news than reporting verbs.
	for _, w := range drop {
		delete(m, w)
	}
	return m
}

// doubled are verbs that double their last consonant before -ed and -ing.
var doubled = map[string]bool{"admit": true, "commit": true, "regret": true, "refer": true, "quip": true, "brag": true, "plan": true, "stop": true}

// regular returns the 3sg, past, participle and -ing forms of a regular verb.
func regular(v string) []string {
	n := len(v)
	switch {
	case doubled[v]:
		c := v[n-1:]
		return []string{v + "s", v + c + "ed", v + c + "ed", v + c + "ing"}
	case strings.HasSuffix(v, "e"):
		return []string{v + "s", v + "d", v + "d", v[:n-1] + "ing"}
	case strings.HasSuffix(v, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return []string{v[:n-1] + "ies", v[:n-1] + "ied", v[:n-1] + "ied", v + "ing"}
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		return []string{v + "es", v + "ed", v + "ed", v + "ing"}
	}
	return []string{v + "s", v + "ed", v + "ed", v + "ing"}
}
