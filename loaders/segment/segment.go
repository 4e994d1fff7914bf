// Package segment owns the first extraction stage: it splits a document's
// text into paragraphs, tokens and sentences with byte offsets, and marks
// the headline and trailing boilerplate, so that later stages never
// re-scan raw text.
package segment

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Segment fills Paragraphs, Tokens and Sentences, trims boilerplate, and
// indexes the tokens for later stages (doc.View: lower-cased text,
// sentence and paragraph of each token).
// It runs in time linear in the text and never panics on any input.
func Segment(d *doc.Document) {
	d.BodyEnd = boilerplateStart(d.Text, d.BodyStart)
	d.Paragraphs = paragraphs(d.Paragraphs[:0], d.Text, d.BodyStart, d.BodyEnd)
	// About one token per five bytes of news text: growing the slice by
	// doubling would copy it a dozen times on long texts.
	if n := (d.BodyEnd-d.BodyStart)/5 + 16; cap(d.Tokens) < n {
		d.Tokens = make([]doc.Token, 0, n)
	}
	d.Tokens = d.Tokens[:0]
	d.Sentences = d.Sentences[:0]
	if d.BodyStart > 0 {
		// The headline is its own paragraph and its own sentence: it has
		// no final stop, and must never run into the first paragraph.
		head := doc.Span{Start: 0, End: trimRight(d.Text, 0, d.BodyStart)}
		if !head.Empty() {
			// In place: the storage is the last article's (doc.Reset).
			d.Paragraphs = slices.Insert(d.Paragraphs, 0, head)
		}
	}
	for pi, p := range d.Paragraphs {
		first := len(d.Tokens)
		d.Tokens = tokenize(d.Text, p, d.Tokens)
		splitSentences(d, pi, first, len(d.Tokens))
	}
	d.IndexTokens()
}

// boilerplateRe matches the trailing lines news sites append to wire copy.
var boilerplateRe = regexp.MustCompile(`(?i)^(read (all )?(the )?(latest|more|full)\b|read the rest\b|click here\b|follow us\b|(also )?read:|subscribe\b|sign up\b|copyright\b|©|\(c\) ?\d{4}|all rights reserved|(reporting|additional reporting|editing|writing) by\b|related:)`)

// boilerplateStart returns where trailing boilerplate starts: the last
// paragraphs of the text while each one is short and reads like a
// site's footer.
func boilerplateStart(text string, from int) int {
	end := len(text)
	for end > from {
		e := trimRight(text, from, end)
		s := strings.LastIndex(text[from:e], "\n")
		if s < 0 {
			s = from
		} else {
			s += from + 1
		}
		line := strings.TrimSpace(text[s:e])
		if line == "" || len(line) > 300 || !boilerplateRe.MatchString(line) {
			return trimRight(text, from, end)
		}
		end = s
	}
	return end
}

func trimRight(text string, from, end int) int {
	for end > from {
		r, size := utf8.DecodeLastRuneInString(text[from:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}

// paragraphs splits [from, to) at blank lines. A single newline also ends
// a paragraph when the next line is indented (wire copy such as
// Reuters-21578), or when the text is not hard-wrapped, so that each line
// is a paragraph. Wire copy that marks paragraphs by indentation
// hard-wraps its lines at about 70 characters: there a newline before an
// unindented line only wraps, and the paragraph (and the quotation or
// sentence running through it) goes on.
func paragraphs(out []doc.Span, text string, from, to int) []doc.Span {
	hasBlank := strings.Contains(text[from:to], "\n\n") || strings.Contains(text[from:to], "\n\r\n")
	if !hasBlank && (indentedLines(text[from:to]) || wrapsWords(text[from:to])) {
		hasBlank = true
	}
	start := from
	i := from
	for i < to {
		// Most bytes are no line break: IndexByte passes over them a
		// word at a time.
		nl := strings.IndexByte(text[i:to], '\n')
		if nl < 0 {
			break
		}
		i += nl
		j := i + 1
		blank := false
		for j < to && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n') {
			if text[j] == '\n' {
				blank = true
			}
			j++
		}
		indented := j > i+1 && !blank
		if blank || indented || !hasBlank {
			out = appendPara(out, text, start, i)
			start = j
		}
		i = j
	}
	return appendPara(out, text, start, to)
}

// indentedLines reports whether paragraphs are marked by indenting their
// first line: at least two lines start with spaces or a tab and the rest
// run on.
func indentedLines(text string) bool {
	n := 0
	for i := 0; i+1 < len(text) && n < 2; i++ {
		if text[i] == '\n' && (text[i+1] == ' ' || text[i+1] == '\t') {
			n++
		}
	}
	return n >= 2
}

// wrapsWords reports a hard-wrapped text without blank lines: at least
// half of its line breaks (before an unindented line) fall mid-sentence,
// after a word or a comma, and before a lower-case letter or after a long
// line, where a text of one paragraph a line almost never breaks. A short
// wire story has one indented paragraph or none, so its wrapped lines,
// and not its indents, show that a newline only wraps ("Chairman J.
// Hugh\nLanders told"); a headline ends a short line.
func wrapsWords(text string) bool {
	breaks, wraps := 0, 0
	for line := 0; ; {
		k := strings.IndexByte(text[line:], '\n')
		if k < 0 || line+k+1 >= len(text) {
			break
		}
		i := line + k
		prev := strings.TrimRight(text[line:i], " \t\r")
		headline := line == 0
		line = i + 1
		next := text[line]
		if next == ' ' || next == '\t' || next == '\n' || next == '\r' {
			continue
		}
		breaks++
		// A long first line may be a headline without a stop: there
		// only a lower-case letter after the break shows a wrap.
		if midSentenceEnd(prev) && ('a' <= next && next <= 'z' || utf8.RuneCountInString(prev) >= wrapLine && !headline) {
			wraps++
		}
	}
	return breaks > 0 && wraps*2 >= breaks
}

// wrapLine is the length from which a line that stops mid-sentence reads
// as wrapped: wire copy wraps at about 70 characters; a headline or a
// list item is seldom this long.
const wrapLine = 45

// midSentenceEnd reports a line that ends where no sentence ends: after a
// letter, a digit, a comma, a semicolon, a hyphen or an open bracket.
func midSentenceEnd(line string) bool {
	if line == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(",;-(", r)
}

func appendPara(out []doc.Span, text string, s, e int) []doc.Span {
	for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r' || text[s] == '\n') {
		s++
	}
	e = trimRight(text, s, e)
	if e > s {
		out = append(out, doc.Span{Start: s, End: e})
	}
	return out
}

// wordRune decodes the rune at j and reports whether it continues a
// word (a letter, digit or mark). ASCII, most of news text, is decided
// on the byte: its letters and digits are exactly a-z, A-Z and 0-9, and
// it has no marks.
func wordRune(text string, j, end int) (rune, int, bool) {
	if c := text[j]; c < utf8.RuneSelf {
		return rune(c), 1, 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, size := utf8.DecodeRuneInString(text[j:end])
	return r, size, unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenize appends the tokens of span p to toks. Apostrophes inside words
// ("Kabul’s", "don't") stay in the word; hyphens join words
// ("Tehreek-e-Taliban"); periods stay with abbreviations and initials so
// that "U.S." and "A." are one token.
func tokenize(text string, p doc.Span, toks []doc.Token) []doc.Token {
	i := p.Start
	for i < p.End {
		// ASCII white space, a sixth of news text, skips the decoding
		// and the Unicode tables.
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && size <= 1 && !validAt(text, i):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := wordEnd(text, r, i+size, p.End)
			// Abbreviations and initials keep their period: "U.S.", "Gen.", "A."
			if j < p.End && text[j] == '.' && isAbbrev(text[i:j], text, j, p.End) {
				j++
			}
			kind := doc.Word
			if unicode.IsDigit(r) {
				kind = doc.Number
			}
			toks = append(toks, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: kind, Text: text[i:j]})
			i = j
		default:
			kind := doc.Punct
			if doc.IsQuoteMark(r) {
				kind = doc.QuoteMark
			}
			j := i + size
			// Typewriter double quotes ('' and ``), as in New York Times
			// copy, are one mark.
			if (r == '\'' || r == '`') && j < p.End && text[j] == byte(r) {
				j++
				if r == '\'' && j < p.End && text[j] == '\'' && i > p.Start && !unicode.IsSpace(rune(text[i-1])) {
					// A nested single quote closes before the double one
					// ("the word 'old-school,''' said X").
					j = i + size
				}
			}
			// Runs of the same mark ("...", "--") are one token.
			for j < p.End && kind == doc.Punct {
				r2, s2 := utf8.DecodeRuneInString(text[j:p.End])
				if r2 != r {
					break
				}
				j += s2
			}
			toks = append(toks, doc.Token{Span: doc.Span{Start: i, End: j}, Kind: kind, Text: text[i:j]})
			i = j
		}
	}
	return toks
}

// asciiWord marks the bytes that are ASCII letters and digits, the
// bytes wordRune lets continue a word without decoding; read-only.
var asciiWord = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordEnd returns where the word whose first rune r ends at j ends,
// before end. Apostrophes and hyphens inside it keep it whole ("Kabul’s",
// "Tehreek-e-Taliban"), and so do periods and commas inside a number.
func wordEnd(text string, r rune, j, end int) int {
	for j < end {
		// ASCII letters and digits, most of a word, skip the decoding.
		if asciiWord[text[j]] {
			j++
			continue
		}
		r2, s2, inWord := wordRune(text, j, end)
		if inWord {
			j += s2
			continue
		}
		// Inner apostrophes, hyphens and number punctuation keep a word whole.
		if (r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '\u2011' || ((r2 == '.' || r2 == ',') && unicode.IsDigit(r))) && j+s2 < end {
			r3, _ := utf8.DecodeRuneInString(text[j+s2 : end])
			if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
				if (r2 == '.' || r2 == ',') && !unicode.IsDigit(r3) {
					break
				}
				j += s2
				continue
			}
		}
		break
	}
	return j
}

func validAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r != utf8.RuneError
}

// abbreviations that take a period and do not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "capt": true, "cpl": true, "sgt": true,
	"maj": true, "adm": true, "cmdr": true, "st": true, "jr": true, "sr": true, "rev": true,
	"hon": true, "pres": true, "supt": true, "insp": true, "det": true, "atty": true, "messrs": true,
	"no": true, "vs": true, "v": true, "etc": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "a.m": true, "p.m": true,
	"i.e": true, "e.g": true, "approx": true, "dept": true, "est": true, "univ": true, "calif": true,
	"fla": true, "ill": true, "mass": true, "mich": true, "minn": true, "penn": true, "va": true,
	"wash": true, "ariz": true, "colo": true, "conn": true, "tenn": true, "tex": true, "wis": true,
}

// neverEnd are abbreviations after which a sentence cannot end (titles).
var neverEnd = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true,
	"adm": true, "st": true, "rev": true, "hon": true, "pres": true, "messrs": true, "no": true,
	"vs": true, "v": true, "mt": true, "det": true, "insp": true, "supt": true, "cpl": true, "cmdr": true, "atty": true,
}

func isAbbrev(word, text string, dot, end int) bool {
	// Lower-cased on the stack: the lookup makes no string.
	var b [16]byte
	if abbreviations[string(doc.AppendLower(b[:0], word))] {
		return true
	}
	// Dotted acronyms: "U.S", "D.C" (the tokenizer stops at the last
	// period). A decimal ("$12.05bn") is a number, whose full stop ends
	// the sentence.
	if strings.Contains(word, ".") && !unicode.IsDigit(rune(word[0])) {
		return true
	}
	// A single capital letter followed by a period is an initial, unless it
	// ends the paragraph.
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) && dot+1 < end {
			return true
		}
	}
	return false
}

// stopMark reports a mark that can end a sentence: it holds a full
// stop, a question or an exclamation mark and no comma, semicolon or
// colon. It is strings.ContainsAny twice in one pass over the bytes
// (the marks are ASCII, and no byte of a multi-byte character is), as
// every mark of the text is asked.
func stopMark(s string) bool {
	stop := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '?', '!':
			stop = true
		case ',', ';', ':':
			return false
		}
	}
	return stop
}

// splitSentences adds the sentences of tokens [first, last), which all lie
// in paragraph pi.
func splitSentences(d *doc.Document, pi, first, last int) {
	start := first
	depth := 0 // open double quotes, to keep "Why?" he asked in one sentence
	for i := first; i < last; i++ {
		t := &d.Tokens[i] // (not a copy: most tokens only have their kind read)
		switch t.Kind {
		case doc.QuoteMark:
			switch t.Text {
			case "\u201c":
				depth = 1
			case "\u201d":
				depth = 0
			case "\"", "''":
				depth = 1 - depth
			case "``":
				depth = 1
			}
			continue
		case doc.Word:
			if strings.HasSuffix(t.Text, ".") && i+1 < last && endsAfterAbbrev(d, *t, i+1, last) {
				d.Sentences = append(d.Sentences, sentence(d, pi, start, i+1))
				start = i + 1
			}
			continue
		case doc.Punct:
		default:
			continue
		}
		if !stopMark(t.Text) {
			continue
		}
		if t.Text == "." && insideParens(d, first, i, last) {
			// "Rep. Gregory Meeks (D-N.Y.) said": the periods of a
			// short parenthesis end no sentence.
			continue
		}
		// Swallow closing quotes and brackets that follow the stop.
		j := i + 1
		// Only marks touching the stop close: in `taxes. "When` the
		// mark opens the next sentence.
		for j < last && d.Tokens[j].Start == d.Tokens[j-1].End && (d.Tokens[j].Kind == doc.QuoteMark && closing(d.Tokens[j].Text) || d.Tokens[j].Text == ")") {
			if d.Tokens[j].Text == "\u201d" || d.Tokens[j].Text == "\"" || d.Tokens[j].Text == "''" {
				depth = 0
			}
			j++
		}
		if j >= last {
			break
		}
		next := d.Tokens[j]
		// A quote that ends in ? or ! followed by a lower-case word is one
		// sentence: “Why now?” he asked.
		if next.Kind == doc.Word && startsLower(next.Text) {
			i = j - 1
			continue
		}
		if next.Text == "," && t.Text == "." && j == i+1 {
			// "Sen. Rand Paul, R-Ky., told …", "from Ava, Mo., who …":
			// a period that a comma follows closes an abbreviation.
			continue
		}
		if depth > 0 && t.Text != "." {
			continue
		}
		d.Sentences = append(d.Sentences, sentence(d, pi, start, j))
		start = j
		i = j - 1
	}
	if start < last {
		d.Sentences = append(d.Sentences, sentence(d, pi, start, last))
	}
}

// insideParens reports whether token i lies in a short parenthesis: an
// opening bracket at most six tokens before it and a closing one at most
// six after it, with no bracket closed in between.
func insideParens(d *doc.Document, first, i, last int) bool {
	open := false
	for k := i - 1; k >= first && i-k <= 6; k-- {
		if d.Tokens[k].Text == ")" {
			return false
		}
		if d.Tokens[k].Text == "(" {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := i + 1; k < last && k-i <= 6; k++ {
		if d.Tokens[k].Text == "(" {
			return false
		}
		if d.Tokens[k].Text == ")" {
			return true
		}
	}
	return false
}

// endsAfterAbbrev decides whether an abbreviation such as "U.S." or
// "Corp." also ends its sentence: it does when the next word is one that
// starts sentences rather than a name the abbreviation introduces
// ("U.S. Army", "Acme Corp. Chairman").
func endsAfterAbbrev(d *doc.Document, t doc.Token, next, last int) bool {
	lw := strings.ToLower(strings.TrimSuffix(t.Text, "."))
	if neverEnd[lw] || utf8.RuneCountInString(lw) == 1 {
		return false
	}
	if !strings.Contains(lw, ".") && !closesList[lw] {
		return false
	}
	n := d.Tokens[next]
	if n.Kind == doc.QuoteMark {
		return true
	}
	return n.Kind == doc.Word && !startsLower(n.Text) && sentenceStarter[strings.ToLower(n.Text)]
}

// closesList are the undotted abbreviations that end a name or a list
// and so may end a sentence too: "…Texas Oil and Gas Corp. He said…",
// "…steel, coal etc. The rest…".
var closesList = map[string]bool{"inc": true, "corp": true, "ltd": true, "co": true, "etc": true}

// sentenceStarter are capitalised words that after "U.S." begin a new
// sentence rather than continue a name ("U.S. Army").
var sentenceStarter = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	"but": true, "and": true, "in": true, "a": true, "an": true, "this": true, "that": true,
	"there": true, "his": true, "her": true, "their": true, "on": true, "at": true, "for": true,
}

func closing(s string) bool {
	return s == "\u201d" || s == "\"" || s == "\u2019" || s == "'" || s == "\u00bb" || s == "''"
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func sentence(d *doc.Document, pi, first, last int) doc.Sentence {
	return doc.Sentence{
		Span: doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End},
		Para: pi, First: first, Last: last,
	}
}
