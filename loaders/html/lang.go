package html

import (
	"strings"
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

// stopwords holds the most frequent function words of the languages we
// meet most in news. Function words make up a third to a half of running
// text in these languages and rarely overlap between them, so their share
// is a cheap and robust language signal for Latin-script text.
var stopwords = map[string]map[string]bool{
	"en": set("the of and to a in is that for it was on with as he be by at are this have from his not but had they said which were an has their been will would who its or"),
	"fr": set("le la les de des du et un une est en que qui dans pour pas sur au aux par ce il elle sont avec plus ont été cette mais ou se ses leur"),
	"de": set("der die das und ist nicht zu den von mit sich des auf für im dem ein eine einen als auch es an werden aus er hat dass sie nach wird bei noch wie"),
	"es": set("el la los las de del y en que un una es por con para no se su al lo como más pero sus le ha fue este esta entre cuando muy sin sobre"),
	"pt": set("o a os as de do da dos das e em que um uma é por com para não se seu sua no na nos nas ao mais mas foi como ele ela são"),
	"it": set("il lo la gli le di del della dei delle e è un una per che non con si sono da nel nella al alla ha più anche come ma questo"),
	"nl": set("de het een en van in is dat op te zijn met voor niet aan er ook als bij door maar om dan nog wordt werd naar heeft hij zij"),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// minLangWords is how many words we need before trusting a text-based
// guess over what the page declares.
const minLangWords = 30

// detectLang decides the article's language. The text decides when it
// speaks clearly, because templates often declare a site-wide language
// that the article does not use; the page's declaration decides
// otherwise.
func detectLang(text, declared string) string {
	declared = primaryTag(declared)
	if lang, ok := stopwordLang(text); ok {
		return lang
	}
	if declared != "" {
		return declared
	}
	// Non-Latin scripts carry few or no spaces; whatlanggo (already linked
	// in through go-trafilatura) reads their script and trigrams.
	if info := whatlanggo.Detect(text); info.Confidence >= 0.5 {
		return info.Lang.Iso6391()
	}
	return ""
}

// stopwordLang returns the Latin-script language whose function words
// cover most of the text, when the text has enough words and the winner
// is clear.
func stopwordLang(text string) (string, bool) {
	counts := map[string]int{}
	words := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		lw := strings.ToLower(w)
		for lang, sw := range stopwords {
			if sw[lw] {
				counts[lang]++
			}
		}
		if words >= 2000 {
			break
		}
	}
	if words < minLangWords {
		return "", false
	}
	best, second := "", 0
	for _, lang := range []string{"en", "fr", "de", "es", "pt", "it", "nl"} {
		c := counts[lang]
		if best == "" || c > counts[best] {
			if best != "" {
				second = max(second, counts[best])
			}
			best = lang
		} else {
			second = max(second, c)
		}
	}
	share := float64(counts[best]) / float64(words)
	// Romance languages share many function words; demand a clear margin.
	if share < 0.15 || float64(counts[best]) < 1.3*float64(second) {
		return "", false
	}
	return best, true
}

// primaryTag reduces "en-US" or "pt_BR" to "en" or "pt".
func primaryTag(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, r := range tag {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return tag
}
