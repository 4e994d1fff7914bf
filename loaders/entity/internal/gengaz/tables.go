package main

import (
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// wordLevels are the SCOWL size levels read: a word in one of them is
// common enough in lower case that, capitalised, it is no sure name.
var wordLevels = []int{10, 20, 35}

// commonWords maps lower-case English words to their SCOWL level.
func commonWords(f *fetcher) (map[string]int, error) {
	words := map[string]int{}
	for _, lv := range wordLevels {
		for _, dialect := range []string{"english", "american", "british"} {
			b, err := f.file(srcWords, fmt.Sprintf("package/%s-words-%d.json", dialect, lv))
			if err != nil {
				return nil, err
			}
			var list []string
			if err := json.Unmarshal(b, &list); err != nil {
				return nil, fmt.Errorf("%s %s words %d: %w", srcWords, dialect, lv, err)
			}
			for _, w := range list {
				if _, ok := words[w]; !ok {
					words[w] = lv
				}
			}
		}
	}
	return words, nil
}

// wordsTable keeps the most common level only: the recognizer reads it to
// tell site furniture ("Continue Reading Below") from names.
func wordsTable(words map[string]int) string {
	var list []string
	for w, lv := range words {
		if lv == wordLevels[0] && isLetters(w) {
			list = append(list, w)
		}
	}
	sort.Strings(list)
	return header("The most common English words (SCOWL size 10, English, American and British), lower case, space-separated.", srcWords) +
		wrap("", list)
}

func isLetters(s string) bool {
	for _, c := range s {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return s != ""
}

// wrap joins words into lines of about 100 bytes, each led by prefix.
func wrap(prefix string, words []string) string {
	var b strings.Builder
	n := 0
	for _, w := range words {
		if n > 0 && n+len(w) > 100 {
			b.WriteByte('\n')
			n = 0
		}
		if n == 0 {
			b.WriteString(prefix)
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		n += len(w) + 1
	}
	if n > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

var enName = regexp.MustCompile(`\[\s*'([^']+)'\s*,\s*'(male|female)'\s*\]`)

// namesTable gives each given name its usual gender: the gender-detection
// list (English) first, then the Moby lists for names it lacks, leaving out
// names the Moby lists give both genders. A name that is also a common
// lower-case word ("Will", "Grace", "Chancellor") is kept for gender but
// marked, since alone it is no sign of a person.
func namesTable(f *fetcher, words map[string]int) (string, error) {
	gender := map[string]byte{}
	b, err := f.file(srcGender, "package/names/en.js")
	if err != nil {
		return "", err
	}
	for _, m := range enName.FindAllStringSubmatch(string(b), -1) {
		gender[strings.ToLower(m[1])] = m[2][0]
	}
	moby := map[string]byte{}
	for _, s := range []source{srcMale, srcFemale} {
		b, err := f.file(s, "package/data/names.txt")
		if err != nil {
			return "", err
		}
		g := byte('m')
		if s == srcFemale {
			g = 'f'
		}
		for _, n := range strings.Fields(string(b)) {
			n = strings.ToLower(n)
			if old, ok := moby[n]; ok && old != g {
				moby[n] = 0
			} else if !ok {
				moby[n] = g
			}
		}
	}
	for n, g := range moby {
		if _, ok := gender[n]; !ok || g == 0 {
			// The Moby lists giving a name both genders ("Nicky",
			// "Tony") overrule the single reading of the gender list: a
			// wrong gender keeps a pronoun from its antecedent ("Ms
			// Gavron" is Nicky Gavron), while a missing one only leaves
			// the choice to other evidence (an honorific, a title,
			// people.tsv).
			gender[n] = g
		}
	}
	groups := map[string][]string{}
	for n, g := range gender {
		if len(n) < 2 || !nameChars(n) {
			continue
		}
		kind := "name"
		if _, ok := words[n]; ok {
			kind = "word"
		} else if _, ok := moby[n]; ok {
			kind = "common"
		}
		gs := string(g)
		if g == 0 {
			gs = "-"
		}
		key := gs + "\t" + kind
		groups[key] = append(groups[key], titleCase(n))
	}
	var out strings.Builder
	out.WriteString(header("Given names and the gender they most often mark. Columns: gender (m, f, or -: the Moby lists give both), kind (common: in the Moby lists of common English names; name: in the gender list only; word: also a common lower-case English word, so no sign of a person alone), names space-separated.",
		srcGender, srcMale, srcFemale, srcWords))
	var keys []string
	for _, kind := range []string{"common", "name", "word"} {
		for _, g := range []string{"m", "f", "-"} {
			keys = append(keys, g+"\t"+kind)
		}
	}
	for _, key := range keys {
		sort.Strings(groups[key])
		out.WriteString(wrap(key+"\t", groups[key]))
	}
	return out.String(), nil
}

func nameChars(s string) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// titleCase capitalises each part of a name: "jean-pierre" → "Jean-Pierre".
func titleCase(s string) string {
	r := []rune(s)
	up := true
	for i, c := range r {
		if up {
			r[i] = unicode.ToUpper(c)
		}
		up = c == '-' || c == ' '
	}
	return string(r)
}

var folder = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// fold strips accents ("Kandahār" → "Kandahar", "São Paulo" → "Sao
// Paulo") and reports whether what is left is plain ASCII name text.
func fold(s string) (string, bool) {
	out, _, err := transform.String(folder, s)
	if err != nil {
		return "", false
	}
	out = strings.NewReplacer("‘", "'", "’", "'", "ʻ", "'", "ʼ", "'", "ı", "i", "ł", "l", "Ł", "L", "ø", "o", "Ø", "O", "đ", "d", "Đ", "D", "ß", "ss").Replace(out)
	for _, c := range out {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '\'' || c == '.') {
			return "", false
		}
	}
	return out, out != ""
}

// isWord reports a one-word name that is also a common lower-case word.
func isWord(words map[string]int, name string) bool {
	_, ok := words[strings.ToLower(name)]
	return ok && !strings.ContainsAny(name, " -")
}

func itoa(n int) string { return strconv.Itoa(n) }
