package attrib

import (
	_ "embed"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/vocab"
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
	// acts is what the cue says its source did (the lexicon's act
	// column); zero for speech.
	acts acts
}

// acts is a cue's act (doc.Speech, doc.Belief, …) and the acts its frame
// may make of it: before a to-infinitive ("agreed to inject") and after a
// data source ("the poll found"); empty when the frame changes nothing.
type acts struct{ base, to, data, num, obj string }

// knownActs are the values of the lexicon's act column.
var knownActs = set(doc.Speech, doc.Belief, doc.Intention, doc.Evidence, doc.Action)

// parseActs reads the act column: "belief", "speech,to=intention",
// "speech,data=evidence", "speech,num=action" (a quantity after the cue:
// "the index added 20 points"), "speech,obj=action" (a plain object:
// "Mourinho agreed a deal").
func parseActs(col string) (acts, bool) {
	parts := strings.Split(col, ",")
	a := acts{base: parts[0]}
	if !knownActs[a.base] {
		return acts{}, false
	}
	for _, p := range parts[1:] {
		frame, act, ok := strings.Cut(p, "=")
		if !ok || !knownActs[act] {
			return acts{}, false
		}
		switch frame {
		case "to":
			a.to = act
		case "data":
			a.data = act
		case "num":
			a.num = act
		case "obj":
			a.obj = act
		default:
			return acts{}, false
		}
	}
	return a, true
}

// cueForms maps a lower-case word to the cue it inflects. It is built once
// at init from the embedded lexicon and only read afterwards;
// lexiconProblems lists the lines it could not read (a test keeps it
// empty).
var cueForms, lexiconProblems = buildLexicon(cueData)

// cueFormWords is cueForms by vocabulary id (every form is a trigger
// word of the cue-verb rule, so of the vocabulary), with whether the
// lexicon holds the word.
var cueFormWords = func() vocab.Table[lexEntry] {
	m := make(map[string]lexEntry, len(cueForms))
	for w, c := range cueForms {
		m[w] = lexEntry{c, true}
	}
	return vocab.NewTable(m)
}()

// lexEntry is a cueForms lookup's two results.
type lexEntry struct {
	c  cue
	ok bool
}

// cueFormAt is cueForms[x.lower[k]] by token k's vocabulary id.
func (x *ctx) cueFormAt(k int) (cue, bool) {
	e := cueFormWords.Get(x.word[k], x.lower[k])
	return e.c, e.ok
}

// buildLexicon reads the lexicon's lines (format in cues.txt), skipping
// and listing those it cannot read.
func buildLexicon(data string) (map[string]cue, []string) {
	m := map[string]cue{}
	var drop, problems []string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '-' {
			drop = append(drop, strings.Fields(line[1:])...)
			continue
		}
		c, forms, ok := parseLexiconLine(line)
		if !ok {
			problems = append(problems, line)
			continue
		}
		addForms(m, c, forms)
	}
	// Forms that are far more often nouns in news than reporting verbs.
	for _, w := range drop {
		delete(m, w)
	}
	return m, problems
}

// parseLexiconLine reads "lemma class act [irregular forms…] [N]" into the
// lemma's cue and its 3sg, past, participle and -ing forms.
func parseLexiconLine(line string) (cue, []string, bool) {
	f := strings.Fields(line)
	if len(f) < 3 || len(f[1]) != 1 || !strings.Contains("STOCP", f[1]) {
		return cue{}, nil, false
	}
	c := cue{lemma: f[0], class: class(f[1][0])}
	ac, ok := parseActs(f[2])
	if !ok {
		return cue{}, nil, false
	}
	c.acts = ac
	f = f[3:]
	if len(f) > 0 && f[len(f)-1] == "N" {
		c.nouny = true
		f = f[:len(f)-1]
	}
	r := regular(c.lemma)
	switch len(f) {
	case 0:
		return c, r, true
	case 1:
		// past (and participle)
		return c, []string{r[0], f[0], f[0], r[3]}, true
	case 2:
		// past ing
		return c, []string{r[0], f[0], f[0], f[1]}, true
	case 3:
		// 3sg past ing
		return c, []string{f[0], f[1], f[1], f[2]}, true
	case 4:
		// 3sg past participle ing
		return c, f, true
	}
	return cue{}, nil, false
}

// addForms enters a lemma's forms; a form already entered by an earlier
// lemma keeps its first reading.
func addForms(m map[string]cue, c cue, forms []string) {
	add := func(w string, past, ing, nouny bool) {
		if _, ok := m[w]; !ok {
			m[w] = cue{lemma: c.lemma, class: c.class, acts: c.acts, past: past, ing: ing, nouny: nouny}
		}
	}
	if forms[1] == c.lemma {
		// "read" is its own past: "the email read, “…”" reports what
		// the email said, so the past reading wins over the noun ("a
		// good read", which a determiner rules out).
		add(c.lemma, true, false, false)
	}
	add(c.lemma, false, false, c.nouny)
	add(forms[0], false, false, c.nouny)
	add(forms[1], true, false, false)
	add(forms[2], true, false, false)
	add(forms[3], false, true, false)
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
