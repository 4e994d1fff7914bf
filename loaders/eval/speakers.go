package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// SpeakerGold is one article of a hand-annotated quote-speaker set
// (shared/data/dev/speakers.jsonl): each quotation with the mention that
// names its speaker and the speaker's full name.
type SpeakerGold struct {
	DocID  string `json:"doc_id"`
	Quotes []struct {
		Quote        doc.TextSpan  `json:"quote"`
		Mention      *doc.TextSpan `json:"speaker_mention"`
		Speaker      *string       `json:"speaker"`
		Continuation bool          `json:"continuation"`
	} `json:"quotes"`
}

// ReadSpeakerGold reads a quote-speaker gold file, one article a line.
func ReadSpeakerGold(path string) ([]SpeakerGold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the speaker gold: %w", err)
	}
	defer f.Close()
	var out []SpeakerGold
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g SpeakerGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// ReadExtractions reads `claimgraph extract` output, keyed by article id.
func ReadExtractions(path string) (map[string]doc.Extraction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the extractions: %w", err)
	}
	defer f.Close()
	out := map[string]doc.Extraction{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var x doc.Extraction
		if err := json.Unmarshal(sc.Bytes(), &x); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out[x.ID] = x
	}
	return out, sc.Err()
}

// SpeakerRow counts the quotations of one kind of speaker mention.
type SpeakerRow struct {
	Kind                 string
	Quotes, Found, Right int
}

// SpeakerTable is the quote-speaker score by kind of mention, and in all.
type SpeakerTable struct {
	Rows  []SpeakerRow
	Total SpeakerRow
}

// ScoreSpeakers scores extractions against quote-speaker gold with the
// rules of shared/eval/score_extract.py's quotes mode: a quotation is
// found when the first attribution whose content overlaps it exists, and
// right when that attribution's speaker (its entity's name, else its
// text) equals the gold name, or has more than one word and shares its
// last word.
func ScoreSpeakers(gold []SpeakerGold, preds map[string]doc.Extraction) SpeakerTable {
	rows := map[string]*SpeakerRow{}
	var t SpeakerTable
	t.Total.Kind = "all"
	for _, g := range gold {
		x := preds[g.DocID]
		for _, q := range g.Quotes {
			if q.Speaker == nil {
				continue
			}
			kind := mentionKind(q.Mention)
			r := rows[kind]
			if r == nil {
				r = &SpeakerRow{Kind: kind}
				rows[kind] = r
			}
			found, right := judge(x, q.Quote, *q.Speaker)
			for _, c := range []*SpeakerRow{r, &t.Total} {
				c.Quotes++
				if found {
					c.Found++
				}
				if right {
					c.Right++
				}
			}
		}
	}
	for _, r := range rows {
		t.Rows = append(t.Rows, *r)
	}
	sort.Slice(t.Rows, func(i, j int) bool { return t.Rows[i].Quotes > t.Rows[j].Quotes })
	return t
}

// judge finds the first attribution over quote and checks its speaker.
func judge(x doc.Extraction, quote doc.TextSpan, speaker string) (found, right bool) {
	for _, a := range x.Attributions {
		if a.Content.Start >= quote.End || quote.Start >= a.Content.End {
			continue
		}
		name := ""
		if a.Speaker != nil {
			name = a.Speaker.Text
			if a.Speaker.Entity != nil && a.Speaker.Entity.Name != "" {
				name = a.Speaker.Entity.Name
			}
		}
		p, g := strings.Fields(normName(name)), strings.Fields(normName(speaker))
		same := strings.Join(p, " ") == strings.Join(g, " ")
		lastWord := len(p) > 1 && len(g) > 0 && p[len(p)-1] == g[len(g)-1]
		return true, same || lastWord
	}
	return false, false
}

func normName(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.Trim(strings.Join(strings.Fields(s), " "), " .,\"'")
}

// honorifics open a title-and-surname mention ("Mr Fox", "Dr Frasca").
var honorifics = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Lord": true, "Sir": true,
	"Miss": true, "Prof": true, "Baroness": true, "Lady": true, "Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true}

// mentionKind classes the gold mention that names a quotation's speaker.
func mentionKind(m *doc.TextSpan) string {
	if m == nil {
		return "none"
	}
	w := strings.Fields(m.Text)
	switch {
	case len(w) == 0:
		return "none"
	case len(w) == 1 && pronoun[strings.ToLower(w[0])]:
		return "pronoun"
	case honorifics[w[0]]:
		return "title and surname"
	case len(w) == 1:
		return "bare surname"
	case determiner[strings.ToLower(w[0])]:
		return "description"
	}
	return "full name"
}

var pronoun = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"him": true, "her": true, "his": true, "its": true, "their": true}

var determiner = map[string]bool{"the": true, "a": true, "an": true, "one": true, "his": true, "her": true, "its": true, "their": true}

// String prints the table.
func (t SpeakerTable) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-18s %7s %7s %7s %8s %8s\n", "speaker mention", "quotes", "found", "right", "found %", "right %")
	for _, r := range append(t.Rows, t.Total) {
		fmt.Fprintf(&b, "%-18s %7d %7d %7d %8.1f %8.1f\n", r.Kind, r.Quotes, r.Found, r.Right,
			100*float64(r.Found)/float64(max(1, r.Quotes)), 100*float64(r.Right)/float64(max(1, r.Quotes)))
	}
	return b.String()
}
