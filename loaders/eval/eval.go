// Package eval owns the PolNeAR-style evaluation of the attribution
// engine: it reads gold JSON Lines, runs the extraction pipeline on each
// article's text alone, writes the predictions in the reference scorer's
// input format, and computes the same table as
// shared/eval/score_attributions.py (role-level exact and overlap P/R/F1
// for source, cue and content; relation-level cue+content and full).
//
// The scoring mirrors the script step by step, down to its greedy
// one-to-one matching order, so that the figures agree with it.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/internal/sortedset"
	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/loaders/speaker"
)

// Role is one span set of an attribution: code-point ranges, end exclusive.
type Role struct {
	Spans [][2]int `json:"spans"`
	Text  string   `json:"text,omitempty"`
}

// Attr is one attribution in gold or prediction files.
type Attr struct {
	Type    string `json:"type,omitempty"`
	Source  *Role  `json:"source"`
	Cue     *Role  `json:"cue"`
	Content *Role  `json:"content"`
	// Rule names the rule that made a prediction (the scorer ignores
	// it), so that misses can be counted by rule.
	Rule string `json:"rule,omitempty"`
}

// Doc is one line of a gold or prediction file.
type Doc struct {
	DocID        string `json:"doc_id"`
	Text         string `json:"text,omitempty"`
	Annotator    string `json:"annotator,omitempty"`
	Primary      *bool  `json:"primary,omitempty"`
	Attributions []Attr `json:"attributions"`
}

// ReadGold reads PolNeAR-style JSON Lines. Unless all is set it keeps only
// the primary annotator's record of each document (a record with no
// "primary" key counts as primary).
func ReadGold(path string, all bool) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the gold file: %w", err)
	}
	defer f.Close()
	var out []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d is not a PolNeAR JSON line: %w", path, line, err)
		}
		if !all && d.Primary != nil && !*d.Primary {
			continue
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// Options tune what counts as a predicted attribution.
type Options struct {
	// NonComments adds each non-comment that has a topic as an
	// attribution (source = who, cue, content = topic), since PolNeAR
	// annotates such refusals as attributions.
	NonComments bool
}

// Predict runs the default pipeline on each gold document's text and
// returns one prediction per document, in order. A document the pipeline
// fails on gets no predictions and its error is returned with the others.
func Predict(gold []Doc, opt Options) ([]Doc, []error) {
	// Each document is read to its predictions before the next is run.
	p := pipeline.Default().Runner()
	out := make([]Doc, 0, len(gold))
	var errs []error
	seen := map[string]bool{}
	for _, g := range gold {
		if seen[g.DocID] {
			continue
		}
		seen[g.DocID] = true
		pd := Doc{DocID: g.DocID, Attributions: []Attr{}}
		d, err := p.Run(doc.Article{ID: g.DocID, Text: g.Text, Source: g.DocID})
		if err != nil {
			errs = append(errs, err)
			out = append(out, pd)
			continue
		}
		x := d.Extraction()
		pd.Attributions = attributionsOf(d, x)
		if opt.NonComments {
			pd.Attributions = append(pd.Attributions, refusalsOf([]rune(d.Text), x)...)
		}
		out = append(out, pd)
	}
	return out, errs
}

// attributionsOf converts a document's attributions to PolNeAR's spans:
// cues with their auxiliaries and particles, sources with their
// appositives, and a sieve's follow-on quotation folded into the
// content of the attribution whose cue it shares.
func attributionsOf(d *doc.Document, x doc.Extraction) []Attr {
	out := []Attr{} // an article without attributions is [] to the scorer, not null
	runes := []rune(d.Text)
	ri := doc.NewRuneIndex(d.Text)
	byCue := map[doc.TextSpan]int{}
	dropped := map[doc.TextSpan]bool{}
	for ai, a := range x.Attributions {
		if j, ok := byCue[a.Cue]; ok && speaker.Sieve(a.Rule) {
			// A quotation a sieve gave the cue of an attribution
			// already made (a follow-on quote, or the quote of a cue
			// whose content the cue rules read elsewhere): PolNeAR
			// annotates it as more of that attribution's content,
			// unless the quotation is a title ("appeared on “Morning
			// Joe,”"), which is no one's words.
			if j > 0 && out[j].Rule == "pre-cue+previous" && out[j-1].Content != nil {
				// After a participle ("“…,” she said,
				// referencing the poll. “…”") the quotation
				// continues the attribution whose source the
				// participle took, the one before it (train: 49
				// such quotations are in another gold
				// attribution's content, 11 in the participle's).
				j--
			}
			if c := role(a.Content); c != nil && out[j].Content != nil && !titleLike(a.Content.Text) && !farPiece(runes, out[j], c.Spans[0]) && !quotedInLaterSentence(runes, out[j], c.Spans[0]) {
				if strings.HasPrefix(out[j].Rule, "pre-cue") && quoteClosesBefore(runes, out[j], c.Spans[0]) {
					out[j].Content.Spans = dropAfterCue(runes, out[j])
				}
				out[j].Content.Spans = append(out[j].Content.Spans, c.Spans...)
			}
			continue
		}
		if dropped[a.Cue] || a.Rule == "possessive-noun" {
			// "His advice was to “…”": a quotation after a
			// communication noun its speaker owns is PolNeAR's
			// attribution in 16 of 58 such predictions on train; the
			// graph keeps it, the predictions leave it out (train:
			// relation full P 86.5 to 86.8, R 64.7 to 64.6), and
			// the quotations that follow it with it.
			dropped[a.Cue] = true
			continue
		}
		byCue[a.Cue] = len(out)
		cue := a.Cue
		if ai < len(d.Attributions) {
			// PolNeAR's cue spans include auxiliaries and particles.
			cue = ri.Span(attrib.CuePhrase(d, d.Attributions[ai]))
		}
		pa := Attr{Cue: role(cue), Content: role(startAtColonQuote(runes, afterCue(runes, cue, a.Content))), Rule: a.Rule}
		if ai < len(d.Attributions) && pa.Content != nil {
			if tail, ok := attrib.ContentTail(d, d.Attributions[ai]); ok {
				t := ri.Span(tail)
				pa.Content.Spans = append(pa.Content.Spans, [2]int{t.Start, t.End})
			}
		}
		if a.Speaker != nil {
			pa.Source = role(a.Speaker.TextSpan)
			if ai < len(d.Attributions) {
				pa.Source = role(ri.Span(attrib.SourcePhrase(d, d.Attributions[ai])))
			}
		}
		pa.Content = withFreeRelative(runes, dropExpletive(runes, aroundCue(pa.Content, pa.Cue, pa.Source)), pa.Cue, pa.Source)
		out = append(out, pa)
	}
	sourcesBeforeNestedCue(runes, out)
	return out
}

// sourcesBeforeNestedCue ends a source that holds another attribution's
// cue before the relative clause that holds it ("Barkley, who said he
// votes Democratic, told the host …"): that clause is the other
// attribution's, and PolNeAR leaves it out of this source (train: 55
// sources made exact, 18 unmade).
func sourcesBeforeNestedCue(text []rune, out []Attr) {
	for i := range out {
		src := out[i].Source
		if src == nil || len(src.Spans) != 1 {
			continue
		}
		s, e := src.Spans[0][0], src.Spans[0][1]
		inner := -1
		for j, o := range out {
			if j == i || o.Cue == nil || len(o.Cue.Spans) == 0 {
				continue
			}
			if c := o.Cue.Spans[0]; s < c[0] && o.Cue.Spans[len(o.Cue.Spans)-1][1] <= e && (inner < 0 || c[0] < inner) {
				inner = c[0]
			}
		}
		if cut := relativeBefore(text, s, inner); cut > s {
			out[i].Source = &Role{Spans: [][2]int{{s, cut}}}
		}
	}
}

// relativeBefore returns where the last ", who", ", which" or ", whose"
// in text[s:end) starts (its comma), or -1.
func relativeBefore(text []rune, s, end int) int {
	if end < 0 || end > len(text) {
		return -1
	}
	cut := -1
	for k := s; k < end; k++ {
		if text[k] != ',' {
			continue
		}
		j := k + 1
		for j < end && unicode.IsSpace(text[j]) {
			j++
		}
		w := j
		for w < end && unicode.IsLetter(text[w]) {
			w++
		}
		if word := strings.ToLower(string(text[j:w])); word == "who" || word == "which" || word == "whose" {
			cut = k
		}
	}
	return cut
}

// refusalsOf converts the document's non-comments that PolNeAR
// annotates as attributions: a refusal that names what was refused, and
// a bare one as its verb and the rest.
func refusalsOf(runes []rune, x doc.Extraction) []Attr {
	var out []Attr
	for _, n := range x.NonComments {
		// PolNeAR annotates a refusal only when it names what
		// was refused ("declined to say whether …").
		if overlapsCue(x.Attributions, n.Cue) {
			continue
		}
		if n.Topic == nil {
			// "He declined to comment.": PolNeAR annotates a
			// bare refusal with the refusing verb as the cue and
			// the rest as the content (12 of 15 on train); other
			// non-comments without a topic ("did not respond to
			// a request for comment") it mostly leaves out.
			if cue, content, ok := bareRefusal(runes, n.Cue); ok {
				out = append(out, Attr{Source: role(n.EntityMention), Cue: role(cue), Content: role(content)})
			}
			continue
		}
		out = append(out, Attr{Source: role(n.EntityMention), Cue: role(withParticle(runes, n.Cue, *n.Topic)), Content: role(*n.Topic)})
	}
	return out
}

// farPiece reports whether a follow-on quotation stands in another
// paragraph, with other text between: PolNeAR leaves it out of the
// attribution's content more often than not (train: 111 of 131 such
// quotations 50 or more characters away).
func farPiece(text []rune, a Attr, piece [2]int) bool {
	gap := len(text)
	lo, hi := 0, 0
	for _, r := range []*Role{a.Cue, a.Content} {
		if r == nil {
			continue
		}
		for _, sp := range r.Spans {
			switch {
			case sp[1] <= piece[0] && piece[0]-sp[1] < gap:
				gap, lo, hi = piece[0]-sp[1], sp[1], piece[0]
			case piece[1] <= sp[0] && sp[0]-piece[1] < gap:
				gap, lo, hi = sp[0]-piece[1], piece[1], sp[0]
			}
		}
	}
	if gap < 50 || hi > len(text) {
		return false
	}
	return strings.ContainsRune(string(text[lo:hi]), '\n')
}

// quoteClosesBefore reports whether a follow-on quotation closes right
// before a's source or cue (“…,” he said aboard his plane.): the cue is
// post-posed, and the quotation, which opens its sentence, is its
// content.
func quoteClosesBefore(text []rune, a Attr, piece [2]int) bool {
	if a.Cue == nil || len(a.Cue.Spans) == 0 {
		return false
	}
	lo := a.Cue.Spans[0][0]
	if a.Source != nil && len(a.Source.Spans) > 0 && a.Source.Spans[0][0] < lo {
		lo = a.Source.Spans[0][0]
	}
	if piece[1] > lo || lo > len(text) {
		return false
	}
	quote := false
	for _, r := range text[piece[1]:lo] {
		switch {
		case isQuoteRune(r):
			quote = true
		case unicode.IsSpace(r) || r == ',' || r == '.' || r == '?' || r == '!' || r == '\u2014' || r == '-':
		default:
			return false
		}
	}
	if !quote && !(piece[1] > 0 && isQuoteRune(text[piece[1]-1])) {
		return false
	}
	// “…,” he said, “…?” he asked; but after “….” a new sentence
	// starts, whose cue has its own content.
	k := lo
	for k > piece[0] && (unicode.IsSpace(text[k-1]) || isQuoteRune(text[k-1])) {
		k--
	}
	if k == piece[0] || text[k-1] == '.' {
		return false
	}
	return opensSentence(text, piece[0])
}

// opensSentence reports whether the quotation whose words start at i
// opens its sentence: only its marks and spaces lie between i and the
// previous sentence's end, the paragraph's start or the text's.
func opensSentence(text []rune, i int) bool {
	for i > 0 && (isQuoteRune(text[i-1]) || text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case '\n', '.', '?', '!', ':':
		return true
	}
	return false
}

// dropAfterCue returns a's content pieces without those a pre-cue rule
// read after a post-posed cue in its own sentence (“…,” he said aboard
// his plane, “…”): an adjunct or an addressee there is not what was said
// (train: 24 contents made exact, 2 unmade). Quotations stay.
func dropAfterCue(text []rune, a Attr) [][2]int {
	end := a.Cue.Spans[len(a.Cue.Spans)-1][1]
	var out [][2]int
	for _, sp := range a.Content.Spans {
		if sp[0] >= end && sp[0] < len(text) && !isQuoteRune(text[sp[0]]) && !sentenceEndIn(text[end:sp[0]]) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// quotedInLaterSentence reports whether a follow-on quotation opens in
// the middle of a sentence after the one the attribution ends in ("…
// said the pier was safe. The mayor called it “a fair deal.”"): the
// words are quoted inside someone else's sentence, and PolNeAR leaves
// them out of this attribution's content (train: 17 contents made exact,
// 1 unmade). A quotation that goes on the attribution's own sentence
// ("“…,” he said, “because …”") or opens a sentence stays.
func quotedInLaterSentence(text []rune, a Attr, piece [2]int) bool {
	end := -1
	for _, r := range []*Role{a.Cue, a.Content} {
		if r == nil {
			continue
		}
		for _, sp := range r.Spans {
			if sp[1] <= piece[0] && sp[1] > end {
				end = sp[1]
			}
		}
	}
	if end < 0 || piece[0] > len(text) {
		return false
	}
	open := piece[0]
	for open > end && (unicode.IsSpace(text[open-1]) || isQuoteRune(text[open-1])) {
		open--
	}
	if open <= end || !(unicode.IsLetter(text[open-1]) || unicode.IsDigit(text[open-1]) || text[open-1] == ',') {
		return false
	}
	return sentenceEndIn(text[end:open])
}

// sentenceEndIn reports whether a sentence ends inside text: a full stop,
// question or exclamation mark, maybe with closing quotation marks,
// before a space.
func sentenceEndIn(text []rune) bool {
	for i := 0; i+1 < len(text); i++ {
		if text[i] != '.' && text[i] != '?' && text[i] != '!' {
			continue
		}
		j := i + 1
		for j < len(text) && isQuoteRune(text[j]) {
			j++
		}
		if j < len(text) && unicode.IsSpace(text[j]) {
			return true
		}
	}
	return false
}

// isQuoteRune reports whether r is a quotation mark.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u201d', '\u2018', '\u2019', '`':
		return true
	}
	return false
}

// titleLike reports whether a quotation reads as a title: a few words,
// each capitalized or a short function word ("Law and Order", "Fox &
// Friends"), rather than someone's words.
func titleLike(q string) bool {
	words := strings.Fields(q)
	if len(words) > 6 {
		return false
	}
	caps := 0
	for _, w := range words {
		if w != "&" {
			w = strings.TrimFunc(w, trimChar)
		}
		if w == "" {
			continue
		}
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case titleSmall[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return caps > 0
}

// titleSmall are the words a title leaves in lower case.
var titleSmall = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "for": true, "on": true, "in": true, "to": true, "with": true, "at": true, "by": true, "&": true}

// afterCue starts a content that the cue phrase runs into after it: the
// particle the phrase takes in ("called for", "complained about") is
// the cue's, not the content's (train: content exact 50.7 to 51.3).
// Offsets are code points.
func afterCue(text []rune, cue, content doc.TextSpan) doc.TextSpan {
	if !(cue.Start <= content.Start && content.Start < cue.End && cue.End < content.End) || content.End > len(text) {
		return content
	}
	s := cue.End
	for s < content.End && unicode.IsSpace(text[s]) {
		s++
	}
	return doc.TextSpan{Text: string(text[s:content.End]), Start: s, End: content.End}
}

// colonQuoteReach is how far into a content, in code points, a colon
// before a quotation may lie for startAtColonQuote.
const colonQuoteReach = 20

// startAtColonQuote starts a content at the quotation a colon opens
// near its start ("explained it this way: “…”", "said of the council:
// “…”"): the colon is the cue's and the words before it are what the
// speaker spoke of, not what was said, so PolNeAR starts the content at
// the quotation mark (train: 10 contents made exact, 2 unmade; 17 / 10
// with a reach of 40). Offsets are code points.
func startAtColonQuote(text []rune, content doc.TextSpan) doc.TextSpan {
	if content.Start < 0 || content.End > len(text) || content.Start >= content.End {
		return content
	}
	for i := content.Start; i < content.End-1 && i <= content.Start+colonQuoteReach; i++ {
		switch text[i] {
		case '“', '"':
			return content // a quotation before the colon: the colon is inside it
		case ':':
			j := i + 1
			for j < content.End && unicode.IsSpace(text[j]) {
				j++
			}
			if j < content.End && (text[j] == '“' || text[j] == '"') {
				return doc.TextSpan{Text: string(text[j:content.End]), Start: j, End: content.End}
			}
			return content
		}
	}
	return content
}

// aroundCue leaves the cue, and a source inside the content, out of a
// content that holds them ("The birth is expected to coincide with the
// conventions", "Cruz appeared to be the favourite"): PolNeAR marks the
// content around them, in pieces (train: contents of the passive and
// impression rules, 130 made exact and 5 unmade; content exact 52.2 to
// 53.0).
func aroundCue(content, cue, source *Role) *Role {
	if content == nil || cue == nil || len(content.Spans) != 1 || len(cue.Spans) != 1 {
		return content
	}
	s, e := content.Spans[0][0], content.Spans[0][1]
	inside := func(r *Role) bool {
		return r != nil && len(r.Spans) == 1 && s < r.Spans[0][0] && r.Spans[0][1] < e
	}
	if !inside(cue) {
		return content
	}
	holes := [][2]int{cue.Spans[0]}
	if inside(source) && (source.Spans[0][1] <= cue.Spans[0][0] || cue.Spans[0][1] <= source.Spans[0][0]) {
		holes = append(holes, source.Spans[0])
		if holes[1][0] < holes[0][0] {
			holes[0], holes[1] = holes[1], holes[0]
		}
	}
	out := &Role{}
	at := s
	for _, h := range append(holes, [2]int{e, e}) {
		if h[0] > at {
			out.Spans = append(out.Spans, [2]int{at, h[0]})
		}
		at = h[1]
	}
	return out
}

// withFreeRelative adds the "what" or "whom" that opens the source's
// clause as a first piece of a content read after the cue ("what the
// mayor called “a fair deal”", "the pilots, whom he described as
// “tired”"): the pronoun stands for what was said, and PolNeAR marks it
// as content (train: 21 contents made exact, 8 unmade). A "which" does
// too after a comma, where it opens a clause about what was named before
// ("the plan, which he called “a disaster”"; train: 24 made, 1 unmade);
// without the comma it makes 25 and unmakes 17, and is left out.
func withFreeRelative(text []rune, content, cue, source *Role) *Role {
	if content == nil || cue == nil || source == nil || len(cue.Spans) != 1 || len(source.Spans) != 1 {
		return content
	}
	s, c := source.Spans[0], cue.Spans[0]
	if s[1] > c[0] || content.Spans[0][0] < c[1] {
		return content
	}
	e := s[0]
	for e > 0 && unicode.IsSpace(text[e-1]) {
		e--
	}
	b := e
	for b > 0 && unicode.IsLetter(text[b-1]) {
		b--
	}
	if b == e || e == s[0] || e > len(text) {
		return content
	}
	switch strings.ToLower(string(text[b:e])) {
	case "what", "whom":
		return &Role{Spans: append([][2]int{{b, e}}, content.Spans...)}
	case "which":
		if afterComma(text, b) {
			return &Role{Spans: append([][2]int{{b, e}}, content.Spans...)}
		}
	case "that":
		// "a strike that the firm said could last": a relative "that"
		// whose clause lacks its subject, so the content opens with a
		// verb (train: 8 made, 3 unmade); "…, that" and a "that" before
		// a content with a subject of its own, mostly the source's
		// complementizer, are left out (15 made, 41 unmade).
		if !afterComma(text, b) && opensWithVerb(text, content.Spans[0][0]) {
			return &Role{Spans: append([][2]int{{b, e}}, content.Spans...)}
		}
	}
	return content
}

// gapVerbs are the auxiliaries that open a clause whose subject is a
// relative pronoun before it; grammar words.
var gapVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true,
	"might": true, "must": true, "did": true, "does": true, "do": true}

// opensWithVerb reports whether the word at offset at is an auxiliary or
// a past form ("-ed").
func opensWithVerb(text []rune, at int) bool {
	e := at
	for e < len(text) && unicode.IsLetter(text[e]) {
		e++
	}
	w := strings.ToLower(string(text[at:e]))
	return gapVerbs[w] || len(w) > 3 && strings.HasSuffix(w, "ed")
}

// afterComma reports whether a comma, and spaces, come right before b.
func afterComma(text []rune, b int) bool {
	for b > 0 && unicode.IsSpace(text[b-1]) {
		b--
	}
	return b > 0 && text[b-1] == ','
}

// dropExpletive leaves out a first piece that is only an expletive "it"
// ("It seems the pier is safe", "it was revealed that …"): the pronoun
// holds the subject's place and says nothing, and PolNeAR leaves it out
// of the content (train: 17 contents made exact, 3 unmade).
func dropExpletive(text []rune, content *Role) *Role {
	if content == nil || len(content.Spans) < 2 {
		return content
	}
	sp := content.Spans[0]
	if sp[0] < 0 || sp[1] > len(text) || !strings.EqualFold(strings.TrimSpace(string(text[sp[0]:sp[1]])), "it") {
		return content
	}
	return &Role{Spans: content.Spans[1:]}
}

// bareRefusal splits a topicless refusal's cue ("declined to comment")
// into the refusing verb and the rest. Offsets are code points.
func bareRefusal(text []rune, cue doc.TextSpan) (doc.TextSpan, doc.TextSpan, bool) {
	if cue.Start < 0 || cue.End > len(text) || cue.Start >= cue.End {
		return cue, cue, false
	}
	phrase := string(text[cue.Start:cue.End])
	verb, rest, ok := strings.Cut(phrase, " ")
	switch strings.ToLower(verb) {
	case "declined", "declines", "refused", "refuses":
	default:
		return cue, cue, false
	}
	if !ok || !strings.HasPrefix(strings.ToLower(rest), "to ") {
		return cue, cue, false
	}
	n := len([]rune(verb))
	v := doc.TextSpan{Text: verb, Start: cue.Start, End: cue.Start + n}
	c := doc.TextSpan{Text: rest, Start: cue.Start + n + 1, End: cue.End}
	return v, c, true
}

// withParticle widens a refusal's cue over the preposition that
// introduces its topic ("kept mum about", "declined to comment on"), as
// PolNeAR's cue spans do. Offsets are code points.
func withParticle(text []rune, cue, topic doc.TextSpan) doc.TextSpan {
	if cue.End > topic.Start || topic.Start > len(text) {
		return cue
	}
	switch strings.ToLower(strings.TrimSpace(string(text[cue.End:topic.Start]))) {
	case "about", "on", "of", "regarding", "over":
		gap := string(text[cue.End:topic.Start])
		cue.End = topic.Start - (len([]rune(gap)) - len([]rune(strings.TrimRight(gap, " \t\n"))))
		cue.Text = string(text[cue.Start:cue.End])
	}
	return cue
}

func role(s doc.TextSpan) *Role {
	if s.End <= s.Start {
		return nil
	}
	return &Role{Spans: [][2]int{{s.Start, s.End}}, Text: s.Text}
}

// WritePredictions writes predictions as JSON Lines for the scorer.
func WritePredictions(w io.Writer, preds []Doc) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, p := range preds {
		if err := enc.Encode(p); err != nil {
			return fmt.Errorf("writing predictions for %s: %w", p.DocID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing predictions: %w", err)
	}
	return nil
}

// Metric is one row of the table.
type Metric struct {
	Name              string
	TP, NGold, NPred  int
	Precision, Recall float64
	F1                float64
}

// Table is the scorer's table, rows in the script's order.
type Table []Metric

// Get returns the row named name.
func (t Table) Get(name string) Metric {
	for _, m := range t {
		if m.Name == name {
			return m
		}
	}
	return Metric{Name: name}
}

// String prints the table exactly as score_attributions.py does.
func (t Table) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-24s %6s %6s %6s   gold  pred\n", "metric", "P", "R", "F1")
	for _, m := range t {
		fmt.Fprintf(&b, "%-24s %6.1f %6.1f %6.1f %6d %5d\n", m.Name, 100*m.Precision, 100*m.Recall, 100*m.F1, m.NGold, m.NPred)
	}
	return b.String()
}

// trimChars are the characters the script drops from span edges (Python's
// string.whitespace and string.punctuation plus curly quotes and dashes);
// like the script, it drops them wherever they are in the span.
func trimChar(r rune) bool {
	if r < 128 {
		return strings.ContainsRune(" \t\n\r\x0b\x0c", r) || strings.ContainsRune("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", r)
	}
	switch r {
	case '\u201c', '\u201d', '\u2018', '\u2019', '\u2014', '\u2013':
		return true
	}
	return false
}

// charset is a role's set of code-point offsets, sorted, after trimming.
type charset []int

func makeSet(r *Role, text []rune, haveText bool) charset {
	if r == nil {
		return nil
	}
	var s []int
	for _, sp := range r.Spans {
		for i := sp[0]; i < sp[1]; i++ {
			if haveText && i < len(text) && trimChar(text[i]) {
				continue
			}
			s = append(s, i)
		}
	}
	sort.Ints(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// Chars is a role's characters as the scorer compares them: the sorted
// code-point offsets of its spans, white space and punctuation left out.
// Tools that study the scorer's matches read spans through it.
func Chars(r *Role, text []rune) []int { return makeSet(r, text, true) }

func inter(a, b charset) int { return sortedset.Intersect(a, b) }

func equal(a, b charset) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func jac(a, b charset) float64 {
	n := inter(a, b)
	u := len(a) + len(b) - n
	if u < 1 {
		u = 1
	}
	return float64(n) / float64(u)
}

type pair struct {
	score float64
	i, j  int
}

// greedy matches one-to-one in the script's order: score, then gold
// index, then prediction index, all descending.
func greedy(ng, np int, ok func(i, j int) bool, score func(i, j int) float64) int {
	var pairs []pair
	for i := 0; i < ng; i++ {
		for j := 0; j < np; j++ {
			if ok(i, j) {
				pairs = append(pairs, pair{score(i, j), i, j})
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		x, y := pairs[a], pairs[b]
		if x.score != y.score {
			return x.score > y.score
		}
		if x.i != y.i {
			return x.i > y.i
		}
		return x.j > y.j
	})
	ug, up := map[int]bool{}, map[int]bool{}
	n := 0
	for _, p := range pairs {
		if !ug[p.i] && !up[p.j] {
			ug[p.i], up[p.j] = true, true
			n++
		}
	}
	return n
}

type roles [3]charset // source, cue, content

func toRoles(as []Attr, text []rune, haveText bool) []roles {
	out := make([]roles, len(as))
	for i, a := range as {
		out[i] = roles{makeSet(a.Source, text, haveText), makeSet(a.Cue, text, haveText), makeSet(a.Content, text, haveText)}
	}
	return out
}

var roleNames = [3]string{"source", "cue", "content"}

// Score computes the script's table for gold documents against
// predictions; a document with no prediction has none. When several gold
// records share a document id (all annotators), each is scored against
// the same prediction.
func Score(gold []Doc, preds []Doc) Table {
	P := map[string]Doc{}
	for _, p := range preds {
		P[p.DocID] = p
	}
	var t Table
	add := func(name string, tp, ng, np int) {
		for i := range t {
			if t[i].Name == name {
				t[i].TP += tp
				t[i].NGold += ng
				t[i].NPred += np
				return
			}
		}
		t = append(t, Metric{Name: name, TP: tp, NGold: ng, NPred: np})
	}
	for _, g := range gold {
		text := []rune(g.Text)
		haveText := g.Text != ""
		ga := toRoles(g.Attributions, text, haveText)
		pa := toRoles(P[g.DocID].Attributions, text, haveText)
		for r := 0; r < 3; r++ {
			var gs, ps []charset
			for _, a := range ga {
				if len(a[r]) > 0 {
					gs = append(gs, a[r])
				}
			}
			for _, a := range pa {
				if len(a[r]) > 0 {
					ps = append(ps, a[r])
				}
			}
			sc := func(i, j int) float64 { return jac(gs[i], ps[j]) }
			add(roleNames[r]+" exact", greedy(len(gs), len(ps), func(i, j int) bool { return equal(gs[i], ps[j]) }, sc), len(gs), len(ps))
			add(roleNames[r]+" overlap", greedy(len(gs), len(ps), func(i, j int) bool { return inter(gs[i], ps[j]) > 0 }, sc), len(gs), len(ps))
		}
		cc := func(i, j int) bool { return inter(ga[i][1], pa[j][1]) > 0 && inter(ga[i][2], pa[j][2]) > 0 }
		full := func(i, j int) bool {
			return cc(i, j) && (len(ga[i][0]) == 0 && len(pa[j][0]) == 0 || inter(ga[i][0], pa[j][0]) > 0)
		}
		sc := func(i, j int) float64 {
			return jac(ga[i][1], pa[j][1]) + jac(ga[i][2], pa[j][2]) + jac(ga[i][0], pa[j][0])
		}
		add("relation cue+content", greedy(len(ga), len(pa), cc, sc), len(ga), len(pa))
		add("relation full", greedy(len(ga), len(pa), full, sc), len(ga), len(pa))
	}
	for i := range t {
		m := &t[i]
		if m.NPred > 0 {
			m.Precision = float64(m.TP) / float64(m.NPred)
		}
		if m.NGold > 0 {
			m.Recall = float64(m.TP) / float64(m.NGold)
		}
		if m.Precision+m.Recall > 0 {
			m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
		}
	}
	return t
}

// overlapsCue reports whether an attribution already uses part of cue
// (the attribution stage also reads "declined to say whether …").
func overlapsCue(as []doc.OutAttr, cue doc.TextSpan) bool {
	for _, a := range as {
		if a.Cue.Start < cue.End && cue.Start < a.Cue.End {
			return true
		}
	}
	return false
}
