package entity

import (
	"bufio"
	"strings"
)

// nounTable says which common nouns name a person or a group, from
// data/nouns.tsv (Princeton WordNet, see that file's header). It is built
// once at init and only read afterwards.
type nounTable map[string]byte

var nouns = loadNouns()

func loadNouns() nounTable {
	t := nounTable{}
	data, err := dataFS.ReadFile("data/nouns.tsv")
	if err != nil {
		return t
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if w, kind, ok := strings.Cut(line, "\t"); ok && kind != "" {
			t[w] = kind[0]
		}
	}
	return t
}

// person reports whether a lower-case noun, singular or plural, names a
// person in its most frequent sense ("winger", "researchers").
func (t nounTable) person(w string) bool { return t.kind(w) == 'P' }

// group reports whether a lower-case noun names a group or organization
// in its most frequent sense ("corporation", "committee").
func (t nounTable) group(w string) bool { return t.kind(w) == 'G' }

func (t nounTable) kind(w string) byte {
	if k, ok := t[w]; ok {
		return k
	}
	for _, s := range singulars(w) {
		if k, ok := t[s]; ok {
			return k
		}
	}
	return 0
}

// singulars guesses the singular of a regular English plural.
func singulars(w string) []string {
	switch {
	case strings.HasSuffix(w, "men"):
		return []string{strings.TrimSuffix(w, "men") + "man"}
	case strings.HasSuffix(w, "ies"):
		return []string{strings.TrimSuffix(w, "ies") + "y"}
	case strings.HasSuffix(w, "es"):
		return []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es")}
	case strings.HasSuffix(w, "s"):
		return []string{strings.TrimSuffix(w, "s")}
	}
	return nil
}

// CommunicationNoun reports whether a lower-case noun, singular or
// plural, names a communication in its most frequent sense ("advice",
// "statement", "letters"), so that "his advice" or "the firm's statement"
// reports what its owner said.
func CommunicationNoun(w string) bool { return nouns.kind(w) == 'C' }

// CommonWord reports whether w, lower-cased, is among the most common
// English words (data/commonwords.tsv): a capitalised "More" or
// "Source" at a line's start is no name.
func CommonWord(w string) bool { return gaz.common[strings.ToLower(w)] }
