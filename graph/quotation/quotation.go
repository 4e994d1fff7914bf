// Package quotation decides when two claims carry the same quote. It owns
// the normalisation of a quote's wording (case, punctuation, quote marks
// and whitespace do not count), the word shingles and the index keys that
// find candidate quotations without a scan, and the test that accepts or
// refuses a candidate. It knows nothing of stores or quads: graph links
// claims to quotation nodes with it.
//
// Candidates come from winnowing (Schleimer, Wilkerson and Aiken, 2003):
// the keys a quotation is stored under are the least shingle hash of
// every window of Window consecutive shingles, about 2n/(Window+1) for a
// quote of n words. A new quote is looked up by every one of its
// shingles (Probes), not by its own keys only, so it finds a stored
// quotation whenever it contains the quotation's whole wording, or
// shares a run of Window+Shingle-1 words with it, whether one quote
// contains the other or a word was changed elsewhere. Looking up every
// shingle lets the window, and so the number of stored keys, be twice
// what a look-up by keys alone would need for the same recall. A
// candidate is then accepted only by Match, which compares the two
// quotes' shingles and words.
package quotation

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/internal/sortedset"
)

const (
	// Shingle is the number of words in a shingle.
	Shingle = 3
	// Window is the number of consecutive shingles winnowing takes its
	// least hash from. On the 22,316 claims of the BBC corpus, 8 stores
	// half the keys of 4; of the 1,119 pairs of matching quotes with
	// different wordings, 5 have no probe of either among the other's
	// keys, where a look-up by keys alone would miss 23 with a window
	// of 4 and 133 with 8.
	Window = 8
	// MinQuoteWords is the fewest words a quote needs to be linked at
	// all: a one- or two-word quote ("buy", "Big Bang") is a term in
	// quotation marks, and the same term in two articles is no shared
	// quote (the BBC + Reuters sample read for the README merged "Bud"
	// and "buy" across unrelated stories).
	MinQuoteWords = 3
	// MinWords is the fewest words a quote needs to join a quotation
	// whose wording contains it; shorter quotes join only on an exact
	// match.
	MinWords = 5
	// MinFuzzyWords is the fewest words the shorter of two quotes needs
	// when neither contains the other (a word or two changed): short
	// quotes that share a phrase and end differently ("too much money
	// chasing too few stocks" / "… goods", "it could lead to war") are
	// different quotes, and were the sample's false merges.
	MinFuzzyWords = 10
	// MinShingleOverlap is the share of the shorter quote's shingles
	// that the longer one must have.
	MinShingleOverlap = 0.55
	// MinWordOverlap is the share of the shorter quote's words (counted
	// with repeats) that the longer one must have.
	MinWordOverlap = 0.8
)

// Quote is a quote's normalised wording with its shingles and keys.
type Quote struct {
	Words    []string
	Norm     string   // the words joined by single spaces
	shingles []uint64 // sorted, distinct
	keys     []uint64
}

// Parse normalises text: letters and digits are lowercased, apostrophes
// inside a word are dropped ("don’t" and "don't" are "dont"), and
// everything else (punctuation, quote marks, hyphens, whitespace)
// separates words.
func Parse(text string) Quote {
	var words []string
	var w strings.Builder
	end := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(unicode.ToLower(r))
		case isApostrophe(r) && w.Len() > 0:
			// dropped; a trailing one ends the word at the next separator
		default:
			end()
		}
	}
	end()
	q := Quote{Words: words, Norm: strings.Join(words, " ")}
	q.shingles, q.keys = shingle(words)
	return q
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

// Empty reports whether the quote has no words.
func (q Quote) Empty() bool { return len(q.Words) == 0 }

// Linkable reports whether the quote is long enough to be linked to a
// quotation at all (MinQuoteWords).
func (q Quote) Linkable() bool { return len(q.Words) >= MinQuoteWords }

// shingle returns the distinct sorted hashes of the quote's shingles and
// the winnowed keys. A quote shorter than a shingle is one shingle.
func shingle(words []string) (set, keys []uint64) {
	if len(words) == 0 {
		return nil, nil
	}
	n := max(len(words)-Shingle+1, 1)
	hs := make([]uint64, n)
	for i := range hs {
		h := fnv.New64a()
		for j := i; j < min(i+Shingle, len(words)); j++ {
			h.Write([]byte(words[j]))
			h.Write([]byte{' '})
		}
		hs[i] = h.Sum64()
	}
	keys = winnow(hs)
	set = append([]uint64(nil), hs...)
	sortUniq(&set)
	return set, keys
}

// winnow picks the least hash of every window of Window hashes (the
// rightmost on ties), each position once; fewer hashes than a window
// give their least.
func winnow(hs []uint64) []uint64 {
	w := min(Window, len(hs))
	var out []uint64
	last := -1
	for start := 0; start+w <= len(hs); start++ {
		m := start
		for i := start; i < start+w; i++ {
			if hs[i] <= hs[m] {
				m = i
			}
		}
		if m != last {
			out = append(out, hs[m])
			last = m
		}
	}
	sortUniq(&out)
	return out
}

func sortUniq(s *[]uint64) {
	slices.Sort(*s)
	*s = slices.Compact(*s)
}

// Keys are the quote's index keys as strings, each prefixed so that no
// other literal of the graph equals one.
func (q Quote) Keys() []string {
	out := make([]string, len(q.keys))
	for i, k := range q.keys {
		out[i] = keyString(k)
	}
	return out
}

// Probes are the keys to look the quote up by: one for each of its
// distinct shingles, in the form of Keys.
func (q Quote) Probes() []string {
	out := make([]string, len(q.shingles))
	for i, k := range q.shingles {
		out[i] = keyString(k)
	}
	return out
}

// KeyPrefix starts every key of Keys and Probes, so that no word and no
// other literal of the graph equals one.
const KeyPrefix = "qk:"

func keyString(k uint64) string { return KeyPrefix + strconv.FormatUint(k, 36) }

// ProbeHashes are the hashes behind Probes, sorted; the caller must not
// change them.
func (q Quote) ProbeHashes() []uint64 { return q.shingles }

// KeyHashes are the hashes behind Keys, sorted; the caller must not
// change them.
func (q Quote) KeyHashes() []uint64 { return q.keys }

// KeyHash is the hash a key of Keys or Probes stands for.
func KeyHash(k string) (uint64, bool) {
	rest, ok := strings.CutPrefix(k, KeyPrefix)
	if !ok {
		return 0, false
	}
	h, err := strconv.ParseUint(rest, 36, 64)
	return h, err == nil
}

// ID is a stable identifier of the quote's normalised wording, so that
// two loaders founding a quotation for the same words found the same one.
func (q Quote) ID() string {
	sum := sha256.Sum256([]byte(q.Norm))
	return hex.EncodeToString(sum[:10])
}

// Match reports whether a and b are the same quote and how closely.
// Both need MinQuoteWords words. The same normalised wording scores 1;
// so does a quote of MinWords words or more whose shingles and words are
// all in the other (a partial quote). Otherwise, when the shorter has
// MinFuzzyWords words or more, the score is the share of its shingles
// found in the other, and they match if that is at least
// MinShingleOverlap and the same share of its words is at least
// MinWordOverlap.
func Match(a, b Quote) (bool, float64) {
	short := min(len(a.Words), len(b.Words))
	if short < MinQuoteWords {
		return false, 0
	}
	if a.Norm == b.Norm {
		return true, 1
	}
	if short < MinWords {
		return false, 0
	}
	sh := overlap(a.shingles, b.shingles)
	if sh == 1 && wordOverlap(a.Words, b.Words) == 1 {
		return true, 1 // the shorter is inside the longer
	}
	if short < MinFuzzyWords || sh < MinShingleOverlap || wordOverlap(a.Words, b.Words) < MinWordOverlap {
		return false, sh
	}
	return true, sh
}

// overlap is |a∩b| / min(|a|,|b|) of two sorted sets.
func overlap(a, b []uint64) float64 {
	return float64(sortedset.Intersect(a, b)) / float64(min(len(a), len(b)))
}

// wordOverlap is the share of the shorter list's words, counted with
// repeats, that the other has.
func wordOverlap(a, b []string) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	have := make(map[string]int, len(b))
	for _, w := range b {
		have[w]++
	}
	n := 0
	for _, w := range a {
		if have[w] > 0 {
			have[w]--
			n++
		}
	}
	return float64(n) / float64(len(a))
}
